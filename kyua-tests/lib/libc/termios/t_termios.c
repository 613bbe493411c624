/*
 * t_termios: the termios functions that need no terminal (cfget/cfset
 * speeds, cfmakeraw) and the error paths of those that do (ENOTTY on a
 * pipe or file, EBADF, EINVAL for bad actions).
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "h_tc.h"

TC(speeds, "cfsetispeed/cfsetospeed store what cfget* return")
{
	struct termios t;

	memset(&t, 0, sizeof(t));
	ATF_CHECK_EQ(cfsetospeed(&t, B9600), 0);
	ATF_CHECK_EQ(cfsetispeed(&t, B115200), 0);
	ATF_CHECK_EQ(cfgetospeed(&t), B9600);
	ATF_CHECK_EQ(cfgetispeed(&t), B115200);
	ATF_CHECK_EQ(cfsetspeed(&t, B38400), 0);
	ATF_CHECK_EQ(cfgetospeed(&t), B38400);
	ATF_CHECK_EQ(cfgetispeed(&t), B38400);
	ATF_CHECK_EQ(cfsetospeed(&t, B0), 0);
	ATF_CHECK_EQ(cfgetospeed(&t), 0);
}

TC(speed_values, "NetBSD speed constants are the rates themselves")
{
	ATF_CHECK_EQ(B50, 50);
	ATF_CHECK_EQ(B9600, 9600);
	ATF_CHECK_EQ(B19200, 19200);
	ATF_CHECK_EQ(B115200, 115200);
	ATF_CHECK_EQ(B921600, 921600);
}

TC(bad_speed, "cfset*speed reject a value that is not a B* rate")
{
	struct termios t;

	memset(&t, 0, sizeof(t));
	cfsetospeed(&t, B1200);
	errno = 0;
	ATF_CHECK_EQ(cfsetospeed(&t, 12345), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(cfgetospeed(&t), B1200);
	errno = 0;
	ATF_CHECK_EQ(cfsetispeed(&t, 7), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(cfsetspeed(&t, 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(makeraw,
    "cfmakeraw clears canonical mode, echo, signals and output "
    "processing and selects 8-bit characters")
{
	struct termios t;

	memset(&t, 0, sizeof(t));
	t.c_lflag = ICANON | ECHO | ISIG | IEXTEN | ECHOE;
	t.c_iflag = ICRNL | IXON | BRKINT | ISTRIP;
	t.c_oflag = OPOST | ONLCR;
	t.c_cflag = CS7 | PARENB;
	cfmakeraw(&t);
	ATF_CHECK_EQ(t.c_lflag & (ICANON | ECHO | ISIG | IEXTEN | ECHOE), 0);
	ATF_CHECK_EQ(t.c_iflag & (ICRNL | IXON | BRKINT | ISTRIP), 0);
	ATF_CHECK_EQ(t.c_oflag & OPOST, 0);
	ATF_CHECK_EQ(t.c_cflag & CSIZE, CS8);
	ATF_CHECK_EQ(t.c_cflag & PARENB, 0);
	ATF_CHECK_EQ(t.c_cc[VMIN], 1);
	ATF_CHECK_EQ(t.c_cc[VTIME], 0);
}

TC(tcgetattr_notty, "tcgetattr on a pipe or a file fails ENOTTY (25)")
{
	struct termios t;
	int p[2], fd;

	ATF_REQUIRE(pipe(p) == 0);
	errno = 0;
	ATF_CHECK_EQ(tcgetattr(p[0], &t), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
	ATF_CHECK_EQ(ENOTTY, 25);
	fd = open("f", O_RDWR | O_CREAT, 0600);
	errno = 0;
	ATF_CHECK_EQ(tcgetattr(fd, &t), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
}

TC(tcgetattr_ebadf, "tcgetattr on a closed descriptor fails EBADF")
{
	struct termios t;

	errno = 0;
	ATF_CHECK_EQ(tcgetattr(77, &t), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(tcsetattr_errors, "tcsetattr: bad action EINVAL, non-tty ENOTTY")
{
	struct termios t;
	int p[2];

	memset(&t, 0, sizeof(t));
	ATF_REQUIRE(pipe(p) == 0);
	errno = 0;
	ATF_CHECK_EQ(tcsetattr(p[0], 99, &t), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(tcsetattr(p[0], TCSANOW, &t), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
	errno = 0;
	ATF_CHECK_EQ(tcsetattr(p[0], TCSAFLUSH | TCSASOFT, &t), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
}

TC(tc_other_errors,
    "tcflush/tcflow reject bad selectors with EINVAL; "
    "tcdrain, tcgetpgrp and tcsendbreak on a pipe fail ENOTTY")
{
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	errno = 0;
	ATF_CHECK_EQ(tcflush(p[0], 42), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(tcflow(p[0], 42), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(tcflush(p[0], TCIOFLUSH), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
	errno = 0;
	ATF_CHECK_EQ(tcdrain(p[0]), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
	errno = 0;
	ATF_CHECK_EQ(tcgetpgrp(p[0]), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
	errno = 0;
	ATF_CHECK_EQ(tcsendbreak(p[0], 0), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
}

TC(isatty_test, "isatty is 0 for pipes and files, with errno ENOTTY")
{
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	errno = 0;
	ATF_CHECK_EQ(isatty(p[0]), 0);
	ATF_CHECK_EQ(errno, ENOTTY);
	errno = 0;
	ATF_CHECK_EQ(isatty(99), 0);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(winsize_ioctl,
    "TIOCGWINSZ on a pipe fails ENOTTY; an unknown ioctl "
    "too")
{
	struct winsize ws;
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	errno = 0;
	ATF_CHECK_EQ(ioctl(p[0], TIOCGWINSZ, &ws), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
	errno = 0;
	ATF_CHECK_EQ(ioctl(p[0], _IO('z', 200), 0), -1);
	ATF_CHECK_EQ(errno, ENOTTY);
}

TC(fionread, "FIONREAD counts the bytes waiting in a pipe")
{
	int p[2], n = -1;

	ATF_REQUIRE(pipe(p) == 0);
	ATF_REQUIRE(write(p[1], "hello", 5) == 5);
	ATF_CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	ATF_CHECK_EQ(n, 5);
}

TC(ccindex, "c_cc indices and NCCS are NetBSD's")
{
	ATF_CHECK_EQ(NCCS, 20);
	ATF_CHECK_EQ(VEOF, 0);
	ATF_CHECK_EQ(VINTR, 8);
	ATF_CHECK_EQ(VMIN, 16);
	ATF_CHECK_EQ(VTIME, 17);
	ATF_CHECK_EQ(ICANON, 0x100);
	ATF_CHECK_EQ(TIOCGWINSZ, 0x40087468UL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, speeds);
	ATF_TP_ADD_TC(tp, speed_values);
	ATF_TP_ADD_TC(tp, bad_speed);
	ATF_TP_ADD_TC(tp, makeraw);
	ATF_TP_ADD_TC(tp, tcgetattr_notty);
	ATF_TP_ADD_TC(tp, tcgetattr_ebadf);
	ATF_TP_ADD_TC(tp, tcsetattr_errors);
	ATF_TP_ADD_TC(tp, tc_other_errors);
	ATF_TP_ADD_TC(tp, isatty_test);
	ATF_TP_ADD_TC(tp, winsize_ioctl);
	ATF_TP_ADD_TC(tp, fionread);
	ATF_TP_ADD_TC(tp, ccindex);
	return atf_no_error();
}
