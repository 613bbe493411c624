/*
 * signalname.c: signalname(3): the name of a signal without "SIG"
 * ("HUP"), "RTMIN+n" for real-time ones, or NULL if there is none.
 */

#include <signal.h>
#include <stddef.h>

#define NNAMED 33 /* 0 .. SIGPWR */

const char *
signalname(int sig)
{
	static const char *const rt[] = { "RTMIN", "RTMIN+1", "RTMIN+2",
		"RTMIN+3", "RTMIN+4", "RTMIN+5", "RTMIN+6", "RTMIN+7",
		"RTMIN+8", "RTMIN+9", "RTMIN+10", "RTMIN+11", "RTMIN+12",
		"RTMIN+13", "RTMIN+14", "RTMIN+15", "RTMAX-15", "RTMAX-14",
		"RTMAX-13", "RTMAX-12", "RTMAX-11", "RTMAX-10", "RTMAX-9",
		"RTMAX-8", "RTMAX-7", "RTMAX-6", "RTMAX-5", "RTMAX-4",
		"RTMAX-3", "RTMAX-2", "RTMAX-1", "RTMAX" };

	if (sig > 0 && sig < NNAMED)
		return sys_signame[sig];
	if (sig >= SIGRTMIN && sig <= SIGRTMAX)
		return rt[sig - SIGRTMIN];
	return NULL;
}
