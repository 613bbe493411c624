/*
 * tempnam: a malloc'd temporary file name in dir ($TMPDIR first, then
 * dir, then P_tmpdir) starting with up to five bytes of pfx.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stdio_impl.h"

static int
usable(const char *dir)
{
	return dir != NULL && *dir != '\0' && access(dir, W_OK | X_OK) == 0;
}

char *
tempnam(const char *dir, const char *pfx)
{
	static unsigned long count;
	const char *d = getenv("TMPDIR");
	size_t size;
	char *s;
	int tries;

	if (!usable(d))
		d = usable(dir) ? dir : P_tmpdir;
	if (pfx == NULL)
		pfx = "tmp.";
	size = strlen(d) + 48;
	if ((s = malloc(size)) == NULL)
		return NULL;
	for (tries = 0; tries < 1000; tries++) {
		(void)snprintf(
		    s, size, "%s/%.5s%ld.%lu", d, pfx, (long)getpid(), count++);
		if (access(s, F_OK) != 0 && errno == ENOENT)
			return s;
	}
	free(s);
	errno = EEXIST;
	return NULL;
}
