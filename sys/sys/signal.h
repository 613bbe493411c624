/*
 * <sys/signal.h>: signal numbers (NetBSD's), struct sigaction and the
 * flags of sigaction(2) and sigprocmask(2).
 */

#ifndef _SYS_SIGNAL_H_
#define _SYS_SIGNAL_H_

#include <sys/featuretest.h>
#include <sys/sigtypes.h>

#define _NSIG 64

#if defined(_NETBSD_SOURCE)
#define NSIG _NSIG
#endif

#define SIGHUP	  1 /* hangup */
#define SIGINT	  2 /* interrupt */
#define SIGQUIT	  3 /* quit */
#define SIGILL	  4 /* illegal instruction */
#define SIGTRAP	  5 /* trace trap */
#define SIGABRT	  6 /* abort() */
#define SIGIOT	  SIGABRT
#define SIGEMT	  7  /* EMT instruction */
#define SIGFPE	  8  /* floating point exception */
#define SIGKILL	  9  /* kill (cannot be caught or ignored) */
#define SIGBUS	  10 /* bus error */
#define SIGSEGV	  11 /* segmentation violation */
#define SIGSYS	  12 /* bad argument to system call */
#define SIGPIPE	  13 /* write on a pipe with no one to read it */
#define SIGALRM	  14 /* alarm clock */
#define SIGTERM	  15 /* software termination signal from kill */
#define SIGURG	  16 /* urgent condition on IO channel */
#define SIGSTOP	  17 /* sendable stop signal not from tty */
#define SIGTSTP	  18 /* stop signal from tty */
#define SIGCONT	  19 /* continue a stopped process */
#define SIGCHLD	  20 /* to parent on child stop or exit */
#define SIGTTIN	  21 /* to readers pgrp upon background tty read */
#define SIGTTOU	  22 /* like TTIN for output */
#define SIGIO	  23 /* input/output possible signal */
#define SIGXCPU	  24 /* exceeded CPU time limit */
#define SIGXFSZ	  25 /* exceeded file size limit */
#define SIGVTALRM 26 /* virtual time alarm */
#define SIGPROF	  27 /* profiling time alarm */
#define SIGWINCH  28 /* window size changes */
#define SIGINFO	  29 /* information request */
#define SIGUSR1	  30 /* user defined signal 1 */
#define SIGUSR2	  31 /* user defined signal 2 */
#define SIGPWR	  32 /* power fail/restart */
#define SIGRTMIN  33
#define SIGRTMAX  63

#define SIG_DFL	 ((void (*)(int))0)
#define SIG_IGN	 ((void (*)(int))1)
#define SIG_ERR	 ((void (*)(int)) - 1)
#define SIG_HOLD ((void (*)(int))3)

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
#include <sys/siginfo.h>

struct sigaction {
	union {
		void (*_sa_handler)(int);
		void (*_sa_sigaction)(int, siginfo_t *, void *);
	} _sa_u;	  /* signal handler */
	sigset_t sa_mask; /* signal mask to apply */
	int sa_flags;	  /* see signal options below */
};

#define sa_handler   _sa_u._sa_handler
#define sa_sigaction _sa_u._sa_sigaction

#define SA_ONSTACK   0x0001 /* take signal on signal stack */
#define SA_RESTART   0x0002 /* restart system call on signal return */
#define SA_RESETHAND 0x0004 /* reset to SIG_DFL when taking signal */
#define SA_NOCLDSTOP 0x0008 /* do not generate SIGCHLD on child stop */
#define SA_NODEFER   0x0010 /* don't mask the signal we're delivering */
#define SA_NOCLDWAIT 0x0020 /* do not generate zombies on unwaited child */
#define SA_SIGINFO   0x0040 /* take sa_sigaction handler */
#if defined(_NETBSD_SOURCE)
#define SA_NOKERNINFO 0x0080 /* siginfo does not print kernel info on tty */
#define SA_ALLBITS    0x00ff
#endif

#define SIG_BLOCK   1 /* block specified signal set */
#define SIG_UNBLOCK 2 /* unblock specified signal set */
#define SIG_SETMASK 3 /* set specified signal set */

#define SS_ONSTACK  0x0001 /* take signals on alternate stack */
#define SS_DISABLE  0x0004 /* disable taking signals on alternate stack */
#define MINSIGSTKSZ 8192
#define SIGSTKSZ    (MINSIGSTKSZ + 32768)

#include <machine/signal.h>

#if defined(_NETBSD_SOURCE)
typedef void (*sig_t)(int); /* type of signal function */

/* 4.3BSD-compatible sigvec-less interface: struct sigstack. */
struct sigstack {
	void *ss_sp;	/* signal stack pointer */
	int ss_onstack; /* current status */
};

#define BADSIG SIG_ERR
#endif

/* SIGEV_ notification types for timers and AIO. */
struct sigevent {
	int sigev_notify;
	int sigev_signo;
	union sigval sigev_value;
	void (*sigev_notify_function)(union sigval);
	void *sigev_notify_attributes;
};
#define SIGEV_NONE   0
#define SIGEV_SIGNAL 1
#define SIGEV_THREAD 2
#endif

#endif /* !_SYS_SIGNAL_H_ */
