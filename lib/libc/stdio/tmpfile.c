/*
 * tmpfile: an anonymous temporary file opened "w+", already unlinked
 * so it disappears when closed.  Uses $TMPDIR if set, else /tmp.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stdio_impl.h"

FILE *
tmpfile(void)
{
	char path[L_tmpnam];
	const char *dir = getenv("TMPDIR");
	FILE *f;
	int fd;

	if (dir == NULL || *dir == '\0' || strlen(dir) > L_tmpnam - 20)
		dir = "/tmp";
	(void)snprintf(path, sizeof(path), "%s/tmp.XXXXXXXX", dir);
	if ((fd = mkstemp(path)) < 0)
		return NULL;
	(void)unlink(path);
	if ((f = fdopen(fd, "w+")) == NULL)
		(void)close(fd);
	return f;
}
