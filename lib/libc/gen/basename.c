/*
 * basename.c: basename(): the last component of a path name, POSIX
 * style ("" and NULL give ".", "/" and "//" give "/", trailing slashes
 * ignored).  As NetBSD's, it never modifies its argument and returns
 * static storage; NULL with ENAMETOOLONG if the component is too long.
 */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <string.h>

char *
basename(char *path)
{
	static char buf[PATH_MAX + 1];
	const char *end, *start;
	size_t len;

	if (path == NULL || *path == '\0') {
		strcpy(buf, ".");
		return buf;
	}
	end = path + strlen(path);
	while (end > path + 1 && end[-1] == '/')
		end--;
	if (end == path + 1 && *path == '/') {
		strcpy(buf, "/");
		return buf;
	}
	for (start = end; start > path && start[-1] != '/'; start--)
		continue;
	len = (size_t)(end - start);
	if (len > PATH_MAX) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	memcpy(buf, start, len);
	buf[len] = '\0';
	return buf;
}
