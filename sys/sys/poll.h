/*
 * <sys/poll.h>: struct pollfd, the POLL* events (NetBSD's values) and
 * poll(2).
 */

#ifndef _SYS_POLL_H_
#define _SYS_POLL_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#if defined(_NETBSD_SOURCE)
#include <sys/sigtypes.h>
#endif

typedef unsigned int nfds_t;

struct pollfd {
	int fd;	       /* file descriptor */
	short events;  /* events to look for */
	short revents; /* events returned */
};

#define POLLIN	   0x0001
#define POLLPRI	   0x0002
#define POLLOUT	   0x0004
#define POLLRDNORM 0x0040
#define POLLWRNORM POLLOUT
#define POLLRDBAND 0x0080
#define POLLWRBAND 0x0100

/* Only in revents. */
#define POLLERR	 0x0008
#define POLLHUP	 0x0010
#define POLLNVAL 0x0020

#if defined(_NETBSD_SOURCE)
#define INFTIM -1 /* infinite timeout */
#endif

struct timespec;

__BEGIN_DECLS
int poll(struct pollfd *, nfds_t, int);
#if defined(_NETBSD_SOURCE)
int pollts(struct pollfd *__restrict, nfds_t, const struct timespec *__restrict,
    const sigset_t *__restrict);
#endif
__END_DECLS

#endif /* !_SYS_POLL_H_ */
