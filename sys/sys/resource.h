/*
 * <sys/resource.h>: resource usage and limits: getrusage, getrlimit,
 * setrlimit, getpriority, setpriority (NetBSD's constants).
 */

#ifndef _SYS_RESOURCE_H_
#define _SYS_RESOURCE_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/time.h>

#define PRIO_MIN -20
#define PRIO_MAX 20

#define PRIO_PROCESS 0
#define PRIO_PGRP    1
#define PRIO_USER    2

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN -1

struct rusage {
	struct timeval ru_utime; /* user time used */
	struct timeval ru_stime; /* system time used */
	long ru_maxrss;		 /* max resident set size */
#define ru_first ru_ixrss
	long ru_ixrss;	  /* integral shared memory size */
	long ru_idrss;	  /* integral unshared data " */
	long ru_isrss;	  /* integral unshared stack " */
	long ru_minflt;	  /* page reclaims */
	long ru_majflt;	  /* page faults */
	long ru_nswap;	  /* swaps */
	long ru_inblock;  /* block input operations */
	long ru_oublock;  /* block output operations */
	long ru_msgsnd;	  /* messages sent */
	long ru_msgrcv;	  /* messages received */
	long ru_nsignals; /* signals received */
	long ru_nvcsw;	  /* voluntary context switches */
	long ru_nivcsw;	  /* involuntary " */
#define ru_last ru_nivcsw
};

#define RLIMIT_CPU     0  /* cpu time in milliseconds */
#define RLIMIT_FSIZE   1  /* maximum file size */
#define RLIMIT_DATA    2  /* data size */
#define RLIMIT_STACK   3  /* stack size */
#define RLIMIT_CORE    4  /* core file size */
#define RLIMIT_RSS     5  /* resident set size */
#define RLIMIT_MEMLOCK 6  /* locked-in-memory address space */
#define RLIMIT_NPROC   7  /* number of processes */
#define RLIMIT_NOFILE  8  /* number of open files */
#define RLIMIT_SBSIZE  9  /* maximum size of all socket buffers */
#define RLIMIT_AS      10 /* virtual process size (inclusive of mmap) */
#define RLIMIT_VMEM    RLIMIT_AS
#define RLIMIT_NTHR    11 /* number of threads */

#if defined(_NETBSD_SOURCE)
#define RLIM_NLIMITS 12 /* number of resource limits */
#endif

#define RLIM_INFINITY  (~((__uint64_t)1 << 63)) /* no limit */
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

struct rlimit {
	rlim_t rlim_cur; /* current (soft) limit */
	rlim_t rlim_max; /* maximum value for rlim_cur */
};

__BEGIN_DECLS
int getpriority(int, id_t);
int getrlimit(int, struct rlimit *);
int getrusage(int, struct rusage *);
int setpriority(int, id_t, int);
int setrlimit(int, const struct rlimit *);
__END_DECLS

#endif /* !_SYS_RESOURCE_H_ */
