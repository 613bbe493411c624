/*
 * tmpnam: a file name that did not exist when it was made (in s, or a
 * static buffer).  Names combine the process id and a counter.
 */
#include <errno.h>
#include <unistd.h>

#include "stdio_impl.h"

char *
tmpnam(char *s)
{
	static char name[L_tmpnam];
	static unsigned long count;
	int tries;

	if (s == NULL)
		s = name;
	for (tries = 0; tries < 1000; tries++) {
		(void)snprintf(s, L_tmpnam, "%stmp.%ld.%lu", P_tmpdir,
		    (long)getpid(), count++);
		if (access(s, F_OK) != 0 && errno == ENOENT)
			return s;
	}
	errno = EEXIST;
	return NULL;
}
