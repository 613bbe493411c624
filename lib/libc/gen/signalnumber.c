/*
 * signalnumber.c: signalnumber(3): the number of a signal named with or
 * without "SIG", in any case ("hup", "SIGINT", "RTMIN+2"); 0 if unknown.
 */

#include <signal.h>
#include <string.h>
#include <strings.h>

int
signalnumber(const char *name)
{
	const char *n;
	int sig;

	if (name == NULL)
		return 0;
	if (strncasecmp(name, "SIG", 3) == 0)
		name += 3;
	for (sig = 1; sig < _NSIG; sig++) {
		n = signalname(sig);
		if (n != NULL && strcasecmp(n, name) == 0)
			return sig;
	}
	return 0;
}
