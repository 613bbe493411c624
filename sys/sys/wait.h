/*
 * <sys/wait.h>: wait(2) family options and the status macros.
 *
 * Status word: low 7 bits 0 = exited, exit code in bits 8..15;
 * 0177 = stopped, stop signal in bits 8..15; otherwise the terminating
 * signal, with 0200 set if a core was dumped; 0xffff = continued.
 */

#ifndef _SYS_WAIT_H_
#define _SYS_WAIT_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>

#define _W_INT(i)	(i)
#define _WSTATUS(x)	(_W_INT(x) & 0177)
#define _WSTOPPED	0177 /* _WSTATUS if process is stopped */
#define WIFSTOPPED(x)	(_WSTATUS(x) == _WSTOPPED)
#define WSTOPSIG(x)	((int)(((unsigned int)_W_INT(x)) >> 8) & 0xff)
#define WIFSIGNALED(x)	(_WSTATUS(x) != _WSTOPPED && _WSTATUS(x) != 0)
#define WTERMSIG(x)	(_WSTATUS(x))
#define WIFEXITED(x)	(_WSTATUS(x) == 0)
#define WEXITSTATUS(x)	((int)(((unsigned int)_W_INT(x)) >> 8) & 0xff)
#define WIFCONTINUED(x) (_W_INT(x) == 0xffff)
#if defined(_NETBSD_SOURCE)
#define WCOREFLAG	     0200
#define WCOREDUMP(x)	     (_W_INT(x) & WCOREFLAG)
#define W_EXITCODE(ret, sig) ((ret) << 8 | (sig))
#define W_STOPCODE(sig)	     ((sig) << 8 | _WSTOPPED)
#define W_CONTCODE()	     (0xffff)
#endif

/* Options for wait4/waitpid/waitid. */
#define WNOHANG	   0x00000001 /* don't hang in wait */
#define WUNTRACED  0x00000002 /* tell about stopped, untraced children */
#define WSTOPPED   WUNTRACED
#define WCONTINUED 0x00000010 /* report a job control continued process */
#define WEXITED	   0x00000020 /* wait for exited processes */
#define WTRAPPED   0x00000040 /* wait for a process to hit a trap */
#define WNOWAIT	   0x00010000 /* don't mark child 'collected' */
#if defined(_NETBSD_SOURCE)
#define WALTSIG                                                                \
	0x00000004 /* wait for processes that exit with an alt. signal */
#define WALLSIG	    0x00000008 /* wait for processes that exit with any signal */
#define WNOZOMBIE   0x00020000 /* ignore zombies */
#define WAIT_ANY    (-1)       /* any process */
#define WAIT_MYPGRP 0	       /* any process in my process group */
#endif

typedef enum {
	P_MYID,	 /* Me/my process group */
	P_ALL,	 /* All processes. */
	P_PID,	 /* A process identifier. */
	P_LWPID, /* An LWP identifier. */
	P_PPID,	 /* A parent process identifier. */
	P_PGID,	 /* A process group identifier. */
	P_SID,	 /* A session identifier. */
	P_CID,	 /* A scheduling class identifier. */
	P_UID,	 /* A user identifier. */
	P_GID,	 /* A group identifier. */
	P_TASKID,
	P_PROJID,
	P_POOLID,
	P_ZONEID,
	P_CTID,
	P_CPUID,
	P_PSETID
} idtype_t;

#include <sys/siginfo.h>

struct rusage;

__BEGIN_DECLS
pid_t wait(int *);
pid_t waitpid(pid_t, int *, int);
int waitid(idtype_t, id_t, siginfo_t *, int);
#if defined(_NETBSD_SOURCE)
pid_t wait3(int *, int, struct rusage *);
pid_t wait4(pid_t, int *, int, struct rusage *);
#endif
__END_DECLS

#endif /* !_SYS_WAIT_H_ */
