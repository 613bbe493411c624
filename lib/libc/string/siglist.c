/*
 * siglist.c: the descriptions of NetBSD's signal numbers, exported as
 * sys_siglist (sys_nsig entries) for <signal.h>; strsignal
 * reads it too.
 */
#include <signal.h>

static const char *const siglist[] = {
	[0] = "Signal 0",
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

const char *const *sys_siglist = siglist;
const int sys_nsig = sizeof(siglist) / sizeof(siglist[0]);
