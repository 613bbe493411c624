/*
 * perror: print "s: " (if s is neither NULL nor empty) and the message
 * for errno to stderr, as one write.
 */
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

void
perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s != NULL && *s != '\0')
		(void)fprintf(stderr, "%s: %s\n", s, msg);
	else
		(void)fprintf(stderr, "%s\n", msg);
}
