/*
 * strsignal: a description of a NetBSD signal number.  Real-time signals
 * get "Real time signal N"; unknown numbers "Unknown signal: N", both
 * formatted into a static buffer.
 */
#include <signal.h>
#include <string.h>

#include "string_impl.h"

static const char *const sigmsg[] = {
	[SIGHUP] = "Hangup",
	[SIGINT] = "Interrupt",
	[SIGQUIT] = "Quit",
	[SIGILL] = "Illegal instruction",
	[SIGTRAP] = "Trace/BPT trap",
	[SIGABRT] = "Abort trap",
	[SIGEMT] = "EMT trap",
	[SIGFPE] = "Floating point exception",
	[SIGKILL] = "Killed",
	[SIGBUS] = "Bus error",
	[SIGSEGV] = "Segmentation fault",
	[SIGSYS] = "Bad system call",
	[SIGPIPE] = "Broken pipe",
	[SIGALRM] = "Alarm clock",
	[SIGTERM] = "Terminated",
	[SIGURG] = "Urgent I/O condition",
	[SIGSTOP] = "Suspended (signal)",
	[SIGTSTP] = "Suspended",
	[SIGCONT] = "Continued",
	[SIGCHLD] = "Child exited",
	[SIGTTIN] = "Stopped (tty input)",
	[SIGTTOU] = "Stopped (tty output)",
	[SIGIO] = "I/O possible",
	[SIGXCPU] = "Cputime limit exceeded",
	[SIGXFSZ] = "Filesize limit exceeded",
	[SIGVTALRM] = "Virtual timer expired",
	[SIGPROF] = "Profiling timer expired",
	[SIGWINCH] = "Window size changes",
	[SIGINFO] = "Information request",
	[SIGUSR1] = "User defined signal 1",
	[SIGUSR2] = "User defined signal 2",
	[SIGPWR] = "Power fail/restart",
};

char *
strsignal(int sig)
{
	static char buf[40];

	if (sig > 0 && sig < (int)(sizeof(sigmsg) / sizeof(sigmsg[0])) &&
	    sigmsg[sig] != NULL)
		return __UNCONST(sigmsg[sig]);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
	if (sig >= SIGRTMIN && sig <= SIGRTMAX) {
		__fmt_unknown(buf, sizeof(buf), "Real time signal ", sig);
		return buf;
	}
#endif
	__fmt_unknown(buf, sizeof(buf), "Unknown signal: ", sig);
	return buf;
}
