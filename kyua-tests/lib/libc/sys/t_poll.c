/*
 * t_poll: poll(2) and select(2) on pipes: readiness, timeouts, hang-up,
 * invalid descriptors.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/time.h>
#include <unistd.h>

#include "h_tc.h"

TC(poll_ready,
    "poll: an empty pipe is writable, not readable; after a "
    "write it is readable")
{
	struct pollfd pfd[2];
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	pfd[0].fd = p[0];
	pfd[0].events = POLLIN;
	pfd[1].fd = p[1];
	pfd[1].events = POLLOUT | POLLWRNORM;
	ATF_CHECK_EQ(poll(pfd, 2, 0), 1);
	ATF_CHECK_EQ(pfd[0].revents, 0);
	ATF_CHECK(pfd[1].revents & POLLOUT);
	ATF_CHECK_EQ(pfd[1].events, POLLOUT | POLLWRNORM);
	ATF_REQUIRE(write(p[1], "x", 1) == 1);
	ATF_CHECK_EQ(poll(pfd, 1, 1000), 1);
	ATF_CHECK(pfd[0].revents & POLLIN);
}

TC(poll_timeout, "poll with nothing ready times out and returns 0")
{
	struct pollfd pfd;
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	pfd.fd = p[0];
	pfd.events = POLLIN;
	ATF_CHECK_EQ(poll(&pfd, 1, 50), 0);
}

TC(poll_hup_nval,
    "poll reports POLLHUP when the writer is gone and "
    "POLLNVAL for a closed fd")
{
	struct pollfd pfd[2];
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	close(p[1]);
	pfd[0].fd = p[0];
	pfd[0].events = POLLIN;
	pfd[1].fd = p[1]; /* closed above */
	pfd[1].events = POLLIN;
	ATF_CHECK_EQ(poll(pfd, 2, 0), 2);
	ATF_CHECK(pfd[0].revents & POLLHUP);
	ATF_CHECK_EQ(pfd[1].revents, POLLNVAL);
	ATF_CHECK_EQ(POLLNVAL, 0x20);
}

TC(select_ready, "select marks a readable pipe and clears others")
{
	fd_set r, w;
	struct timeval tv = { 1, 0 };
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	ATF_REQUIRE(write(p[1], "x", 1) == 1);
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(p[0], &r);
	FD_SET(0, &r);
	ATF_CHECK(select(p[0] + 1, &r, &w, NULL, &tv) >= 1);
	ATF_CHECK(FD_ISSET(p[0], &r));
}

TC(select_timeout, "select times out after the given time")
{
	struct timeval tv = { 0, 30000 }, a, b;
	fd_set r;
	int p[2];
	long us;

	ATF_REQUIRE(pipe(p) == 0);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	gettimeofday(&a, NULL);
	ATF_CHECK_EQ(select(p[0] + 1, &r, NULL, NULL, &tv), 0);
	gettimeofday(&b, NULL);
	us = (b.tv_sec - a.tv_sec) * 1000000L + (b.tv_usec - a.tv_usec);
	ATF_CHECK(us >= 25000);
	ATF_CHECK(!FD_ISSET(p[0], &r));
}

TC(select_errors,
    "select with a negative count is EINVAL, with a closed "
    "fd EBADF")
{
	struct timeval tv = { 0, 0 };
	fd_set r;
	int fd;

	errno = 0;
	ATF_CHECK_EQ(select(-1, NULL, NULL, NULL, &tv), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	/*
	 * A descriptor just closed: the runner may pass high ones down, and
	 * Linux ignores bits beyond its descriptor table, so a fixed high
	 * number is neither surely closed nor surely checked.
	 */
	fd = open("/dev/null", O_RDONLY);
	ATF_REQUIRE(fd >= 0 && fd < FD_SETSIZE);
	ATF_REQUIRE_EQ(close(fd), 0);
	FD_ZERO(&r);
	FD_SET(fd, &r);
	errno = 0;
	ATF_CHECK_EQ(select(fd + 1, &r, NULL, NULL, &tv), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(fd_macros, "FD_SET/FD_CLR/FD_ISSET on the 256-bit fd_set")
{
	fd_set s;

	FD_ZERO(&s);
	FD_SET(0, &s);
	FD_SET(31, &s);
	FD_SET(32, &s);
	FD_SET(FD_SETSIZE - 1, &s);
	ATF_CHECK(FD_ISSET(31, &s) && FD_ISSET(32, &s));
	ATF_CHECK(FD_ISSET(FD_SETSIZE - 1, &s));
	ATF_CHECK(!FD_ISSET(1, &s));
	FD_CLR(31, &s);
	ATF_CHECK(!FD_ISSET(31, &s));
	ATF_CHECK_EQ(s.fds_bits[1], 1U);
	ATF_CHECK_EQ(FD_SETSIZE, 256);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, poll_ready);
	ATF_TP_ADD_TC(tp, poll_timeout);
	ATF_TP_ADD_TC(tp, poll_hup_nval);
	ATF_TP_ADD_TC(tp, select_ready);
	ATF_TP_ADD_TC(tp, select_timeout);
	ATF_TP_ADD_TC(tp, select_errors);
	ATF_TP_ADD_TC(tp, fd_macros);
	return atf_no_error();
}
