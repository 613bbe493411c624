/*
 * linux_convert.c: structure conversions of the host port: Linux's
 * struct stat, timeval, dev_t and siginfo into NetBSD's layouts.
 */

#include <string.h>
#include <signal.h>
#include <sys/stat.h>

#include "linux.h"

unsigned long
__linux_dev(dev_t d)
{
	unsigned long ma = major(d), mi = minor(d);

	return ((ma & 0xfff) << 8) | ((ma & ~0xfffUL) << 32) | (mi & 0xff) |
	    ((mi & ~0xffUL) << 12);
}

dev_t
__linux_dev_back(unsigned long ld)
{
	unsigned long ma, mi;

	ma = ((ld >> 8) & 0xfff) | ((ld >> 32) & ~0xfffUL);
	mi = (ld & 0xff) | ((ld >> 12) & ~0xffUL);
	return makedev(ma, mi);
}

void
__linux_stat_back(const struct l_stat *l, struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = __linux_dev_back(l->st_dev);
	st->st_ino = l->st_ino;
	st->st_mode = l->st_mode; /* S_IF* and permission bits agree */
	st->st_nlink = (nlink_t)l->st_nlink;
	st->st_uid = l->st_uid;
	st->st_gid = l->st_gid;
	st->st_rdev = __linux_dev_back(l->st_rdev);
	st->st_atimespec.tv_sec = (time_t)l->st_atime_sec;
	st->st_atimespec.tv_nsec = (long)l->st_atime_nsec;
	st->st_mtimespec.tv_sec = (time_t)l->st_mtime_sec;
	st->st_mtimespec.tv_nsec = (long)l->st_mtime_nsec;
	st->st_ctimespec.tv_sec = (time_t)l->st_ctime_sec;
	st->st_ctimespec.tv_nsec = (long)l->st_ctime_nsec;
	st->st_birthtimespec = st->st_ctimespec;
	st->st_size = l->st_size;
	st->st_blocks = l->st_blocks;
	st->st_blksize = (blksize_t)l->st_blksize;
}

void
__linux_tv(const struct timeval *tv, struct l_timeval *l)
{
	l->tv_sec = tv->tv_sec;
	l->tv_usec = tv->tv_usec;
}

void
__linux_tv_back(const struct l_timeval *l, struct timeval *tv)
{
	tv->tv_sec = l->tv_sec;
	tv->tv_usec = (suseconds_t)l->tv_usec;
}

/* Linux si_code values that differ from NetBSD's. */
#define L_SI_MESGQ   -3
#define L_SI_ASYNCIO -4
#define L_SI_TKILL   -6
#define L_SI_KERNEL  0x80

static int
code_back(int code)
{
	switch (code) {
	case L_SI_MESGQ:
		return SI_MESGQ;
	case L_SI_ASYNCIO:
		return SI_ASYNCIO;
	case L_SI_TKILL:
		return SI_LWP;
	case L_SI_KERNEL:
		return SI_NOINFO;
	default:
		return code;
	}
}

void
__linux_siginfo_back(const struct l_siginfo *l, siginfo_t *si)
{
	int s;

	memset(si, 0, sizeof(*si));
	si->si_signo = __linux_sig_back(l->signo);
	si->si_errno = __linux_errno(l->err);
	if (l->err == 0)
		si->si_errno = 0;
	si->si_code = code_back(l->code);
	switch (si->si_signo) {
	case SIGCHLD:
		si->si_pid = l->u.child.pid;
		si->si_uid = l->u.child.uid;
		si->si_status = l->u.child.status;
		if (l->code != CLD_EXITED) {
			s = __linux_sig_back(l->u.child.status);
			si->si_status = s > 0 ? s : l->u.child.status;
		}
		si->si_utime = l->u.child.utime;
		si->si_stime = l->u.child.stime;
		break;
	case SIGILL:
	case SIGFPE:
	case SIGSEGV:
	case SIGBUS:
	case SIGTRAP:
		si->si_addr = l->u.addr;
		break;
	case SIGIO:
		si->si_band = l->u.poll.band;
		si->si_fd = l->u.poll.fd;
		break;
	default:
		si->_info._reason._rt._pid = l->u.rt.pid;
		si->_info._reason._rt._uid = l->u.rt.uid;
		si->_info._reason._rt._value.sival_ptr = l->u.rt.ptr;
		break;
	}
}
