/*
 * <sys/siginfo.h>: siginfo_t, the information passed to an SA_SIGINFO
 * handler, and the si_code values.
 */

#ifndef _SYS_SIGINFO_H_
#define _SYS_SIGINFO_H_

#include <sys/featuretest.h>
#include <machine/int_types.h>
#include <sys/ansi.h>

typedef union sigval {
	int sival_int;
	void *sival_ptr;
} sigval_t;

struct _ksiginfo {
	int _signo;
	int _code;
	int _errno;
	int _pad; /* LP64 alignment */
	union {
		struct { /* kill(), sigqueue(), timers */
			__pid_t _pid;
			__uid_t _uid;
			sigval_t _value;
		} _rt;
		struct { /* SIGCHLD */
			__pid_t _pid;
			__uid_t _uid;
			int _status;
			int _pad2;
			__int64_t _utime; /* clock ticks */
			__int64_t _stime;
		} _child;
		struct { /* SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP */
			void *_addr;
			int _trap;
			int _trap2;
			int _trap3;
		} _fault;
		struct { /* SIGPOLL */
			long _band;
			int _fd;
		} _poll;
	} _reason;
};

typedef union siginfo {
	char si_pad[128];
	struct _ksiginfo _info;
} siginfo_t;

#define si_signo  _info._signo
#define si_code	  _info._code
#define si_errno  _info._errno
#define si_value  _info._reason._rt._value
#define si_pid	  _info._reason._child._pid
#define si_uid	  _info._reason._child._uid
#define si_status _info._reason._child._status
#define si_utime  _info._reason._child._utime
#define si_stime  _info._reason._child._stime
#define si_addr	  _info._reason._fault._addr
#define si_trap	  _info._reason._fault._trap
#define si_band	  _info._reason._poll._band
#define si_fd	  _info._reason._poll._fd

/* si_code for signals sent by a process. */
#define SI_USER	   0	 /* kill(2) or raise(3) */
#define SI_QUEUE   -1	 /* sigqueue(2) */
#define SI_TIMER   -2	 /* timer expiry */
#define SI_ASYNCIO -3	 /* asynchronous I/O completion */
#define SI_MESGQ   -4	 /* message queue */
#define SI_LWP	   -5	 /* _lwp_kill(2) */
#define SI_NOINFO  32767 /* no signal-specific information */

/* SIGILL */
#define ILL_ILLOPC 1
#define ILL_ILLOPN 2
#define ILL_ILLADR 3
#define ILL_ILLTRP 4
#define ILL_PRVOPC 5
#define ILL_PRVREG 6
#define ILL_COPROC 7
#define ILL_BADSTK 8

/* SIGFPE */
#define FPE_INTDIV 1
#define FPE_INTOVF 2
#define FPE_FLTDIV 3
#define FPE_FLTOVF 4
#define FPE_FLTUND 5
#define FPE_FLTRES 6
#define FPE_FLTINV 7
#define FPE_FLTSUB 8

/* SIGSEGV */
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2

/* SIGBUS */
#define BUS_ADRALN 1
#define BUS_ADRERR 2
#define BUS_OBJERR 3

/* SIGTRAP */
#define TRAP_BRKPT 1
#define TRAP_TRACE 2

/* SIGCHLD */
#define CLD_EXITED    1
#define CLD_KILLED    2
#define CLD_DUMPED    3
#define CLD_TRAPPED   4
#define CLD_STOPPED   5
#define CLD_CONTINUED 6

/* SIGPOLL */
#define POLL_IN	 1
#define POLL_OUT 2
#define POLL_MSG 3
#define POLL_ERR 4
#define POLL_PRI 5
#define POLL_HUP 6

#endif /* !_SYS_SIGINFO_H_ */
