/*
 * sys_signame.c: the abbreviated signal names of <signal.h>
 * (sys_signame[SIGHUP] is "HUP"), indexed by NetBSD signal number.
 */

#include <signal.h>

static const char *const names[] = {
	"Signal 0",
	"HUP",
	"INT",
	"QUIT",
	"ILL",
	"TRAP",
	"ABRT",
	"EMT",
	"FPE",
	"KILL",
	"BUS",
	"SEGV",
	"SYS",
	"PIPE",
	"ALRM",
	"TERM",
	"URG",
	"STOP",
	"TSTP",
	"CONT",
	"CHLD",
	"TTIN",
	"TTOU",
	"IO",
	"XCPU",
	"XFSZ",
	"VTALRM",
	"PROF",
	"WINCH",
	"INFO",
	"USR1",
	"USR2",
	"PWR",
};

const char *const *sys_signame = names;
