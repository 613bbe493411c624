/*
 * t_pty: the termios functions on a real terminal, a pseudo-terminal
 * from /dev/ptmx (TIOCGRANTPT, TIOCPTSNAME): attribute round trips,
 * output processing, window size, isatty/ttyname.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "h_tc.h"

static char slave_name[1024];

/* Open a master and its slave; skip if the system has no ptys. */
static void
openpty_pair(int *master, int *slave)
{
	struct ptmget pm;

	*master = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	if (*master < 0)
		atf_tc_skip("no /dev/ptmx: %s", strerror(errno));
	ATF_REQUIRE(ioctl(*master, TIOCGRANTPT, 0) == 0);
	ATF_REQUIRE(ioctl(*master, TIOCPTSNAME, &pm) == 0);
	strcpy(slave_name, pm.sn);
	*slave = open(pm.sn, O_RDWR | O_NOCTTY);
	if (*slave < 0)
		atf_tc_skip("cannot open %s: %s", pm.sn, strerror(errno));
}

/* Non-blocking read of whatever the line discipline produced. */
static ssize_t
drain(int fd, char *buf, size_t size)
{
	ssize_t n;

	usleep(50000);
	fcntl(fd, F_SETFL, O_NONBLOCK);
	n = read(fd, buf, size);
	fcntl(fd, F_SETFL, 0);
	return n;
}

TC(isatty_ttyname, "the slave is a terminal and ttyname names it")
{
	char buf[1024];
	int m, s;

	openpty_pair(&m, &s);
	ATF_CHECK_EQ(isatty(s), 1);
	ATF_CHECK_EQ(isatty(m), 1);
	ATF_REQUIRE(ttyname_r(s, buf, sizeof(buf)) == 0);
	ATF_CHECK_STREQ(buf, slave_name);
	ATF_CHECK_EQ(ttyname_r(s, buf, 3), ERANGE);
	ATF_CHECK(ttyname(s) != NULL);
}

TC(getattr_defaults, "a new terminal is canonical with echo and signals")
{
	struct termios t;
	int m, s;

	openpty_pair(&m, &s);
	ATF_REQUIRE(tcgetattr(s, &t) == 0);
	ATF_CHECK(t.c_lflag & ICANON);
	ATF_CHECK(t.c_lflag & ECHO);
	ATF_CHECK(t.c_lflag & ISIG);
	ATF_CHECK(t.c_cflag & CREAD);
	ATF_CHECK_EQ(t.c_cc[VINTR], 3); /* ^C */
	ATF_CHECK_EQ(t.c_cc[VEOF], 4);	/* ^D */
	ATF_CHECK(cfgetospeed(&t) > 0);
}

TC(setattr_roundtrip,
    "flags, control characters and speeds set with "
    "tcsetattr come back from tcgetattr")
{
	struct termios t, u;
	int m, s;

	openpty_pair(&m, &s);
	ATF_REQUIRE(tcgetattr(s, &t) == 0);
	t.c_lflag &= ~(ECHO | ICANON);
	t.c_lflag |= ECHONL | NOFLSH;
	t.c_iflag |= IXANY | IGNCR;
	t.c_iflag &= ~ICRNL;
	t.c_oflag |= OCRNL;
	/* Pseudo-terminals may force CS8 and no parity; use other bits. */
	t.c_cflag |= CSTOPB | PARODD | CLOCAL;
	t.c_cflag &= ~HUPCL;
	t.c_cc[VMIN] = 3;
	t.c_cc[VTIME] = 7;
	t.c_cc[VERASE] = 0x08;
	t.c_cc[VWERASE] = 0x17;
	ATF_REQUIRE(cfsetspeed(&t, B19200) == 0);
	ATF_REQUIRE(tcsetattr(s, TCSANOW, &t) == 0);
	ATF_REQUIRE(tcgetattr(s, &u) == 0);
	ATF_CHECK_EQ(
	    u.c_lflag & (ECHO | ICANON | ECHONL | NOFLSH), ECHONL | NOFLSH);
	ATF_CHECK_EQ(u.c_iflag & (IXANY | IGNCR | ICRNL), IXANY | IGNCR);
	ATF_CHECK(u.c_oflag & OCRNL);
	ATF_CHECK_EQ(u.c_cflag & (CSTOPB | PARODD | CLOCAL | HUPCL),
	    CSTOPB | PARODD | CLOCAL);
	ATF_CHECK(u.c_cflag & CREAD);
	ATF_CHECK_EQ(u.c_cc[VMIN], 3);
	ATF_CHECK_EQ(u.c_cc[VTIME], 7);
	ATF_CHECK_EQ(u.c_cc[VERASE], 0x08);
	ATF_CHECK_EQ(u.c_cc[VWERASE], 0x17);
	ATF_CHECK_EQ(cfgetospeed(&u), B19200);
	ATF_CHECK_EQ(cfgetispeed(&u), B19200);
}

TC(onlcr_output,
    "with OPOST|ONLCR a newline written to the slave reaches "
    "the master as CR LF; after cfmakeraw it stays LF")
{
	struct termios t;
	char buf[16];
	int m, s;

	openpty_pair(&m, &s);
	ATF_REQUIRE(tcgetattr(s, &t) == 0);
	t.c_oflag |= OPOST | ONLCR;
	ATF_REQUIRE(tcsetattr(s, TCSANOW, &t) == 0);
	ATF_REQUIRE(write(s, "a\n", 2) == 2);
	ATF_CHECK_EQ(drain(m, buf, sizeof(buf)), 3);
	ATF_CHECK(memcmp(buf, "a\r\n", 3) == 0);
	cfmakeraw(&t);
	ATF_REQUIRE(tcsetattr(s, TCSADRAIN, &t) == 0);
	ATF_REQUIRE(write(s, "b\n", 2) == 2);
	ATF_CHECK_EQ(drain(m, buf, sizeof(buf)), 2);
	ATF_CHECK(memcmp(buf, "b\n", 2) == 0);
}

TC(canonical_input,
    "in canonical mode input is delivered by lines; "
    "VERASE edits the line")
{
	struct termios t;
	char buf[16];
	int m, s;

	openpty_pair(&m, &s);
	ATF_REQUIRE(tcgetattr(s, &t) == 0);
	t.c_lflag |= ICANON;
	t.c_lflag &= ~ECHO;
	t.c_cc[VERASE] = '#';
	ATF_REQUIRE(tcsetattr(s, TCSANOW, &t) == 0);
	ATF_REQUIRE(write(m, "abx#c\n", 6) == 6);
	ATF_CHECK_EQ(drain(s, buf, sizeof(buf)), 4);
	ATF_CHECK(memcmp(buf, "abc\n", 4) == 0);
}

TC(winsize, "TIOCSWINSZ/TIOCGWINSZ round trip")
{
	struct winsize ws = { 24, 80, 0, 0 }, got;
	int m, s;

	openpty_pair(&m, &s);
	ws.ws_row = 33;
	ws.ws_col = 101;
	ATF_REQUIRE(ioctl(m, TIOCSWINSZ, &ws) == 0);
	ATF_REQUIRE(ioctl(s, TIOCGWINSZ, &got) == 0);
	ATF_CHECK_EQ(got.ws_row, 33);
	ATF_CHECK_EQ(got.ws_col, 101);
}

TC(flush_drain, "tcflush discards pending input; tcdrain succeeds")
{
	struct termios t;
	char buf[16];
	int m, s;

	openpty_pair(&m, &s);
	ATF_REQUIRE(tcgetattr(s, &t) == 0);
	cfmakeraw(&t);
	ATF_REQUIRE(tcsetattr(s, TCSANOW, &t) == 0);
	ATF_REQUIRE(write(m, "junk", 4) == 4);
	usleep(50000);
	ATF_CHECK_EQ(tcflush(s, TCIFLUSH), 0);
	errno = 0;
	ATF_CHECK_EQ(drain(s, buf, sizeof(buf)), -1);
	ATF_CHECK_EQ(errno, EAGAIN);
	ATF_CHECK_EQ(tcdrain(s), 0);
}

TC(tcsasoft, "TCSASOFT leaves the control flags alone")
{
	struct termios t, u;
	int m, s;

	openpty_pair(&m, &s);
	ATF_REQUIRE(tcgetattr(s, &t) == 0);
	u = t;
	u.c_cflag ^= CSTOPB;
	u.c_lflag &= ~ECHO;
	ATF_REQUIRE(tcsetattr(s, TCSANOW | TCSASOFT, &u) == 0);
	ATF_REQUIRE(tcgetattr(s, &u) == 0);
	ATF_CHECK_EQ(u.c_cflag & CSTOPB, t.c_cflag & CSTOPB);
	ATF_CHECK_EQ(u.c_lflag & ECHO, 0);
	u.c_cflag ^= CSTOPB;
	ATF_REQUIRE(tcsetattr(s, TCSANOW, &u) == 0);
	ATF_REQUIRE(tcgetattr(s, &u) == 0);
	ATF_CHECK_EQ(u.c_cflag & CSTOPB, (t.c_cflag & CSTOPB) ^ CSTOPB);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, isatty_ttyname);
	ATF_TP_ADD_TC(tp, getattr_defaults);
	ATF_TP_ADD_TC(tp, setattr_roundtrip);
	ATF_TP_ADD_TC(tp, onlcr_output);
	ATF_TP_ADD_TC(tp, canonical_input);
	ATF_TP_ADD_TC(tp, winsize);
	ATF_TP_ADD_TC(tp, flush_drain);
	ATF_TP_ADD_TC(tp, tcsasoft);
	return atf_no_error();
}
