/*
 * ioctl.c: ioctl(2) on the host port.  NetBSD command numbers are
 * translated to Linux's for the terminal and file ioctls libc uses;
 * termios arguments are converted; TIOCGRANTPT/TIOCPTSNAME map to
 * Linux's pty unlock and number.  Unknown commands get ENOTTY.
 */

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <fcntl.h>
#include <termios.h>

#include "linux.h"
#include "linux_termios.h"

#define L_TCGETS     0x5401
#define L_TCSETS     0x5402
#define L_TCSETSW    0x5403
#define L_TCSETSF    0x5404
#define L_TCSBRK     0x5409
#define L_TCXONC     0x540a
#define L_TCFLSH     0x540b
#define L_TIOCEXCL   0x540c
#define L_TIOCNXCL   0x540d
#define L_TIOCSCTTY  0x540e
#define L_TIOCGPGRP  0x540f
#define L_TIOCSPGRP  0x5410
#define L_TIOCOUTQ   0x5411
#define L_TIOCSTI    0x5412
#define L_TIOCGWINSZ 0x5413
#define L_TIOCSWINSZ 0x5414
#define L_FIONREAD   0x541b
#define L_FIONBIO    0x5421
#define L_TIOCNOTTY  0x5422
#define L_TIOCSBRK   0x5427
#define L_TIOCCBRK   0x5428
#define L_TIOCGSID   0x5429
#define L_FIONCLEX   0x5450
#define L_FIOCLEX    0x5451
#define L_FIOASYNC   0x5452
#define L_TIOCGPTN   0x80045430
#define L_TIOCSPTLCK 0x40045431

static const struct {
	unsigned long nb;
	unsigned long lx;
} direct[] = {
	{ TIOCEXCL, L_TIOCEXCL },
	{ TIOCNXCL, L_TIOCNXCL },
	{ TIOCSCTTY, L_TIOCSCTTY },
	{ TIOCGPGRP, L_TIOCGPGRP },
	{ TIOCSPGRP, L_TIOCSPGRP },
	{ TIOCOUTQ, L_TIOCOUTQ },
	{ TIOCSTI, L_TIOCSTI },
	{ TIOCGWINSZ, L_TIOCGWINSZ },
	{ TIOCSWINSZ, L_TIOCSWINSZ },
	{ FIONREAD, L_FIONREAD },
	{ FIONBIO, L_FIONBIO },
	{ TIOCNOTTY, L_TIOCNOTTY },
	{ TIOCSBRK, L_TIOCSBRK },
	{ TIOCCBRK, L_TIOCCBRK },
	{ TIOCGSID, L_TIOCGSID },
	{ FIONCLEX, L_FIONCLEX },
	{ FIOCLEX, L_FIOCLEX },
	{ FIOASYNC, L_FIOASYNC },
};

static int
getattr(int fd, struct termios *t)
{
	struct l_termios l;

	if (__linux_ret(__lsys3(LNR_ioctl, fd, L_TCGETS, &l)) < 0)
		return -1;
	__linux_termios_back(&l, t);
	return 0;
}

static int
setattr(int fd, unsigned long lcmd, const struct termios *t)
{
	struct l_termios l, cur;

	if (t->c_cflag & CIGNORE) {
		/* TCSASOFT: keep the hardware (control) settings. */
		if (__linux_ret(__lsys3(LNR_ioctl, fd, L_TCGETS, &cur)) < 0)
			return -1;
		__linux_termios(t, &l);
		l.c_cflag = cur.c_cflag;
	} else
		__linux_termios(t, &l);
	return (int)__linux_ret(__lsys3(LNR_ioctl, fd, lcmd, &l));
}

static int
flush(int fd, const int *which)
{
	int w = *which, lq;

	if (w == 0 || w == (FREAD | FWRITE))
		lq = 2;
	else if (w == FREAD)
		lq = 0;
	else if (w == FWRITE)
		lq = 1;
	else
		return (int)__linux_fail(EINVAL);
	return (int)__linux_ret(__lsys3(LNR_ioctl, fd, L_TCFLSH, lq));
}

/* TIOCPTSNAME: the slave of a /dev/ptmx master is /dev/pts/<n>. */
static int
ptsname_ioctl(int fd, struct ptmget *pm)
{
	unsigned int n, i = 0;
	char num[12];
	int k = 0;

	if (__linux_ret(__lsys3(LNR_ioctl, fd, L_TIOCGPTN, &n)) < 0)
		return -1;
	do
		num[k++] = (char)('0' + n % 10);
	while ((n /= 10) != 0);
	memcpy(pm->sn, "/dev/pts/", 9);
	i = 9;
	while (k > 0)
		pm->sn[i++] = num[--k];
	pm->sn[i] = '\0';
	memcpy(pm->cn, "/dev/ptmx", 10);
	pm->cfd = fd;
	pm->sfd = -1;
	return 0;
}

int
ioctl(int fd, unsigned long cmd, ...)
{
	va_list ap;
	void *arg;
	unsigned int i;

	va_start(ap, cmd);
	arg = va_arg(ap, void *);
	va_end(ap);
	switch (cmd) {
	case TIOCGETA:
		return getattr(fd, arg);
	case TIOCSETA:
		return setattr(fd, L_TCSETS, arg);
	case TIOCSETAW:
		return setattr(fd, L_TCSETSW, arg);
	case TIOCSETAF:
		return setattr(fd, L_TCSETSF, arg);
	case TIOCFLUSH:
		return flush(fd, arg);
	case TIOCDRAIN:
		return (int)__linux_ret(__lsys3(LNR_ioctl, fd, L_TCSBRK, 1));
	case TIOCSTOP:
		return (int)__linux_ret(__lsys3(LNR_ioctl, fd, L_TCXONC, 0));
	case TIOCSTART:
		return (int)__linux_ret(__lsys3(LNR_ioctl, fd, L_TCXONC, 1));
	case TIOCGRANTPT: {
		int unlock = 0;

		return (int)__linux_ret(
		    __lsys3(LNR_ioctl, fd, L_TIOCSPTLCK, &unlock));
	}
	case TIOCPTSNAME:
		return ptsname_ioctl(fd, arg);
	}
	for (i = 0; i < sizeof(direct) / sizeof(direct[0]); i++)
		if (direct[i].nb == cmd)
			return (int)__linux_ret(
			    __lsys3(LNR_ioctl, fd, direct[i].lx, arg));
	return (int)__linux_fail(ENOTTY);
}
