/*
 * poll.c: poll(2) on the host port: event bits agree except
 * POLLWRNORM (NetBSD: = POLLOUT) and POLLWRBAND, which are translated
 * in place and back.
 */

#include <poll.h>

#include "linux.h"

#define L_POLLWRBAND 0x200

static short
tolinux(short ev)
{
	if (ev & POLLWRBAND)
		ev = (short)((ev & ~POLLWRBAND) | L_POLLWRBAND);
	return ev;
}

static short
fromlinux(short ev)
{
	short n = ev & 0xff & ~0x100; /* bits 0..7 agree */

	if (ev & 0x100) /* Linux POLLWRNORM */
		n |= POLLOUT;
	if (ev & L_POLLWRBAND)
		n |= POLLWRBAND;
	return n;
}

int
poll(struct pollfd *fds, nfds_t n, int timeout)
{
	nfds_t i;
	long r;

	for (i = 0; i < n; i++)
		fds[i].events = tolinux(fds[i].events);
	r = __linux_ret(__lsys3(LNR_poll, fds, n, timeout));
	for (i = 0; i < n; i++) {
		fds[i].events = fromlinux(fds[i].events);
		fds[i].revents = fromlinux(fds[i].revents);
	}
	return (int)r;
}
