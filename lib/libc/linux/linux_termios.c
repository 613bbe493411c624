/*
 * linux_termios.c: struct termios translation for the host port: flag
 * bits, c_cc indices and speed codes differ between NetBSD and Linux.
 */

#include <string.h>
#include <termios.h>

#include "linux.h"
#include "linux_termios.h"

struct bitmap {
	unsigned int nb, lx;
};

static const struct bitmap imap[] = { { IGNBRK, 0x1 }, { BRKINT, 0x2 },
	{ IGNPAR, 0x4 }, { PARMRK, 0x8 }, { INPCK, 0x10 }, { ISTRIP, 0x20 },
	{ INLCR, 0x40 }, { IGNCR, 0x80 }, { ICRNL, 0x100 }, { IXON, 0x400 },
	{ IXANY, 0x800 }, { IXOFF, 0x1000 }, { IMAXBEL, 0x2000 }, { 0, 0 } };
static const struct bitmap omap[] = { { OPOST, 0x1 }, { ONLCR, 0x4 },
	{ OCRNL, 0x8 }, { ONOCR, 0x10 }, { ONLRET, 0x20 }, { OXTABS, 0x1800 },
	{ 0, 0 } };
static const struct bitmap cmap[] = { { CSTOPB, 0x40 }, { CREAD, 0x80 },
	{ PARENB, 0x100 }, { PARODD, 0x200 }, { HUPCL, 0x400 },
	{ CLOCAL, 0x800 }, { CRTSCTS, 0x80000000 }, { 0, 0 } };
static const struct bitmap lmap[] = { { ISIG, 0x1 }, { ICANON, 0x2 },
	{ ECHO, 0x8 }, { ECHOE, 0x10 }, { ECHOK, 0x20 }, { ECHONL, 0x40 },
	{ NOFLSH, 0x80 }, { TOSTOP, 0x100 }, { ECHOCTL, 0x200 },
	{ ECHOPRT, 0x400 }, { ECHOKE, 0x800 }, { FLUSHO, 0x1000 },
	{ PENDIN, 0x4000 }, { IEXTEN, 0x8000 }, { EXTPROC, 0x10000 },
	{ 0, 0 } };

/* Index: NetBSD c_cc index; value: Linux's, or -1. */
static const signed char ccmap[NCCS] = {
	[VEOF] = 4,
	[VEOL] = 11,
	[VEOL2] = 16,
	[VERASE] = 2,
	[VWERASE] = 14,
	[VKILL] = 3,
	[VREPRINT] = 12,
	[7] = -1,
	[VINTR] = 0,
	[VQUIT] = 1,
	[VSUSP] = 10,
	[VDSUSP] = -1,
	[VSTART] = 8,
	[VSTOP] = 9,
	[VLNEXT] = 15,
	[VDISCARD] = 13,
	[VMIN] = 6,
	[VTIME] = 5,
	[VSTATUS] = -1,
	[19] = -1,
};

/* Linux speed codes 0..15, then 0x1001.. for the high rates. */
static const unsigned int speeds[] = { 0, 50, 75, 110, 134, 150, 200, 300, 600,
	1200, 1800, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400,
	460800, 500000, 576000, 921600, 1000000, 1152000, 1500000, 2000000,
	2500000, 3000000, 3500000, 4000000 };

static unsigned int
map(unsigned int v, const struct bitmap *m, int tolinux)
{
	unsigned int r = 0;

	for (; m->nb != 0; m++) {
		if (tolinux && (v & m->nb))
			r |= m->lx;
		else if (!tolinux && (v & m->lx) == m->lx)
			r |= m->nb;
	}
	return r;
}

static unsigned int
speed_code(unsigned int speed)
{
	unsigned int i;

	for (i = 0; i < sizeof(speeds) / sizeof(speeds[0]); i++)
		if (speeds[i] == speed)
			return i < 16 ? i : 0x1000 | (i - 15);
	return 13; /* unknown: 9600 */
}

static unsigned int
code_speed(unsigned int code)
{
	if (code & 0x1000)
		code = 15 + (code & 0xf);
	if (code >= sizeof(speeds) / sizeof(speeds[0]))
		return 0;
	return speeds[code];
}

void
__linux_termios(const struct termios *t, struct l_termios *l)
{
	int i;

	memset(l, 0, sizeof(*l));
	l->c_iflag = map(t->c_iflag, imap, 1);
	l->c_oflag = map(t->c_oflag, omap, 1);
	l->c_cflag = map(t->c_cflag, cmap, 1) | ((t->c_cflag & CSIZE) >> 4);
	l->c_cflag |= speed_code((unsigned int)t->c_ospeed);
	l->c_cflag |= speed_code((unsigned int)t->c_ispeed) << 16;
	l->c_lflag = map(t->c_lflag, lmap, 1);
	for (i = 0; i < NCCS; i++)
		if (ccmap[i] >= 0)
			l->c_cc[(int)ccmap[i]] = t->c_cc[i];
}

void
__linux_termios_back(const struct l_termios *l, struct termios *t)
{
	unsigned int ic;
	int i;

	memset(t, 0, sizeof(*t));
	t->c_iflag = map(l->c_iflag, imap, 0);
	t->c_oflag = map(l->c_oflag, omap, 0);
	t->c_cflag = map(l->c_cflag, cmap, 0) | ((l->c_cflag & 0x30) << 4);
	t->c_lflag = map(l->c_lflag, lmap, 0);
	for (i = 0; i < NCCS; i++)
		t->c_cc[i] =
		    ccmap[i] >= 0 ? l->c_cc[(int)ccmap[i]] : _POSIX_VDISABLE;
	t->c_ospeed = (int)code_speed(l->c_cflag & 0x100f);
	ic = (l->c_cflag >> 16) & 0x100f;
	t->c_ispeed = ic != 0 ? (int)code_speed(ic) : t->c_ospeed;
}
