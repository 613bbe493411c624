/*
 * <sys/time.h>: struct timeval/timespec/itimerval, the clock ids, the
 * timeval macros (timeradd ...) and gettimeofday/setitimer and friends.
 */

#ifndef _SYS_TIME_H_
#define _SYS_TIME_H_

#include <sys/featuretest.h>
#include <sys/types.h>
#include <sys/timespec.h>

struct timeval {
	time_t tv_sec;	     /* seconds */
	suseconds_t tv_usec; /* and microseconds */
};

#if defined(_NETBSD_SOURCE)
#define TIMEVAL_TO_TIMESPEC(tv, ts)                                            \
	do {                                                                   \
		(ts)->tv_sec = (tv)->tv_sec;                                   \
		(ts)->tv_nsec = (tv)->tv_usec * 1000;                          \
	} while (/* CONSTCOND */ 0)
#define TIMESPEC_TO_TIMEVAL(tv, ts)                                            \
	do {                                                                   \
		(tv)->tv_sec = (ts)->tv_sec;                                   \
		(tv)->tv_usec = (suseconds_t)(ts)->tv_nsec / 1000;             \
	} while (/* CONSTCOND */ 0)

struct timezone {
	int tz_minuteswest; /* minutes west of Greenwich */
	int tz_dsttime;	    /* type of dst correction */
};

#define timerclear(tvp) (tvp)->tv_sec = (tvp)->tv_usec = 0
#define timerisset(tvp) ((tvp)->tv_sec || (tvp)->tv_usec)
#define timercmp(tvp, uvp, cmp)                                                \
	(((tvp)->tv_sec == (uvp)->tv_sec) ? ((tvp)->tv_usec cmp(uvp)->tv_usec) \
					  : ((tvp)->tv_sec cmp(uvp)->tv_sec))
#define timeradd(tvp, uvp, vvp)                                                \
	do {                                                                   \
		(vvp)->tv_sec = (tvp)->tv_sec + (uvp)->tv_sec;                 \
		(vvp)->tv_usec = (tvp)->tv_usec + (uvp)->tv_usec;              \
		if ((vvp)->tv_usec >= 1000000) {                               \
			(vvp)->tv_sec++;                                       \
			(vvp)->tv_usec -= 1000000;                             \
		}                                                              \
	} while (/* CONSTCOND */ 0)
#define timersub(tvp, uvp, vvp)                                                \
	do {                                                                   \
		(vvp)->tv_sec = (tvp)->tv_sec - (uvp)->tv_sec;                 \
		(vvp)->tv_usec = (tvp)->tv_usec - (uvp)->tv_usec;              \
		if ((vvp)->tv_usec < 0) {                                      \
			(vvp)->tv_sec--;                                       \
			(vvp)->tv_usec += 1000000;                             \
		}                                                              \
	} while (/* CONSTCOND */ 0)
#endif /* _NETBSD_SOURCE */

/* Interval timers: setitimer(2) and getitimer(2). */
#define ITIMER_REAL	 0
#define ITIMER_VIRTUAL	 1
#define ITIMER_PROF	 2
#define ITIMER_MONOTONIC 3

struct itimerval {
	struct timeval it_interval; /* timer interval */
	struct timeval it_value;    /* current value */
};

struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

/* Clock ids of clock_gettime(2) (NetBSD values). */
#define CLOCK_REALTIME		 0
#define CLOCK_VIRTUAL		 1
#define CLOCK_PROF		 2
#define CLOCK_MONOTONIC		 3
#define CLOCK_THREAD_CPUTIME_ID	 0x20000000
#define CLOCK_PROCESS_CPUTIME_ID 0x40000000

#define TIMER_RELTIME 0x0 /* relative timer */
#define TIMER_ABSTIME 0x1 /* absolute timer */

#include <sys/select.h>

__BEGIN_DECLS
int getitimer(int, struct itimerval *);
int gettimeofday(struct timeval *__restrict, void *__restrict);
int setitimer(
    int, const struct itimerval *__restrict, struct itimerval *__restrict);
int utimes(const char *, const struct timeval[2]);
#if defined(_NETBSD_SOURCE)
int adjtime(const struct timeval *, struct timeval *);
int futimes(int, const struct timeval[2]);
int lutimes(const char *, const struct timeval[2]);
int settimeofday(const struct timeval *__restrict, const void *__restrict);
#endif
__END_DECLS

#if defined(_NETBSD_SOURCE)
#include <time.h>
#endif

#endif /* !_SYS_TIME_H_ */
