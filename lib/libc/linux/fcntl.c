/*
 * fcntl.c: fcntl(2) on the host port.  Command numbers, F_GETFL/F_SETFL
 * flags and struct flock differ from Linux's and are translated;
 * F_CLOSEM is emulated with close_range(2) or a loop.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/resource.h>

#include "linux.h"

#define L_F_DUPFD	  0
#define L_F_GETFD	  1
#define L_F_SETFD	  2
#define L_F_GETFL	  3
#define L_F_SETFL	  4
#define L_F_GETLK	  5
#define L_F_SETLK	  6
#define L_F_SETLKW	  7
#define L_F_SETOWN	  8
#define L_F_GETOWN	  9
#define L_F_DUPFD_CLOEXEC 1030

struct l_flock {
	short l_type;
	short l_whence;
	long l_start;
	long l_len;
	int l_pid;
};

static int
lock(int fd, int lcmd, struct flock *fl)
{
	static const short ltype[] = {
		[F_RDLCK] = 0, [F_WRLCK] = 1, [F_UNLCK] = 2
	};
	struct l_flock l;
	long r;

	if (fl->l_type < F_RDLCK || fl->l_type > F_WRLCK)
		return (int)__linux_fail(EINVAL);
	l.l_type = ltype[fl->l_type];
	l.l_whence = fl->l_whence;
	l.l_start = fl->l_start;
	l.l_len = fl->l_len;
	l.l_pid = fl->l_pid;
	r = __linux_ret(__lsys3(LNR_fcntl, fd, lcmd, &l));
	if (r < 0)
		return -1;
	if (lcmd == L_F_GETLK) {
		fl->l_type = l.l_type == 0 ? F_RDLCK
		    : l.l_type == 1	   ? F_WRLCK
					   : F_UNLCK;
		fl->l_whence = l.l_whence;
		fl->l_start = l.l_start;
		fl->l_len = l.l_len;
		fl->l_pid = l.l_pid;
	}
	return (int)r;
}

static int
closem(int fd)
{
	struct rlimit rl;
	long r;
	int i, max = 1024;

	if (fd < 0)
		return (int)__linux_fail(EBADF);
	r = __lsys3(LNR_close_range, fd, ~0U, 0);
	if (r == 0)
		return 0;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 65536)
		max = (int)rl.rlim_cur;
	for (i = fd; i < max; i++)
		(void)__lsys1(LNR_close, i);
	return 0;
}

static int
setfl(int fd, int flags)
{
	int lflags;

	/* Only the status flags may change; access mode bits are ignored. */
	flags &= ~(O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY |
	    O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (__linux_oflags(flags, &lflags) != 0)
		return (int)__linux_fail(EINVAL);
	lflags &= ~L_O_LARGEFILE;
	return (int)__linux_ret(__lsys3(LNR_fcntl, fd, L_F_SETFL, lflags));
}

int
fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg, r;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	switch (cmd) {
	case F_DUPFD:
		return (int)__linux_ret(__lsys3(LNR_fcntl, fd, L_F_DUPFD, arg));
	case F_DUPFD_CLOEXEC:
		return (int)__linux_ret(
		    __lsys3(LNR_fcntl, fd, L_F_DUPFD_CLOEXEC, arg));
	case F_GETFD:
		return (int)__linux_ret(__lsys2(LNR_fcntl, fd, L_F_GETFD));
	case F_SETFD:
		return (int)__linux_ret(
		    __lsys3(LNR_fcntl, fd, L_F_SETFD, (int)arg & FD_CLOEXEC));
	case F_GETFL:
		r = __linux_ret(__lsys2(LNR_fcntl, fd, L_F_GETFL));
		return r < 0 ? -1 : __linux_oflags_back(r);
	case F_SETFL:
		return setfl(fd, (int)arg);
	case F_GETOWN:
		return (int)__linux_ret(__lsys2(LNR_fcntl, fd, L_F_GETOWN));
	case F_SETOWN:
		return (int)__linux_ret(
		    __lsys3(LNR_fcntl, fd, L_F_SETOWN, (int)arg));
	case F_GETLK:
		return lock(fd, L_F_GETLK, (struct flock *)arg);
	case F_SETLK:
		return lock(fd, L_F_SETLK, (struct flock *)arg);
	case F_SETLKW:
		return lock(fd, L_F_SETLKW, (struct flock *)arg);
	case F_CLOSEM:
		return closem(fd);
	default:
		return (int)__linux_fail(EINVAL);
	}
}
