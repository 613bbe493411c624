/*
 * dirname.c: dirname(): the parent directory of a path name, POSIX style
 * ("", NULL and "name" give ".", "/" and "//" give "/", "/a" gives "/",
 * trailing slashes ignored).  As NetBSD's, it never modifies its argument
 * and returns static storage; NULL with ENAMETOOLONG if too long.
 */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <string.h>

char *
dirname(char *path)
{
	static char buf[PATH_MAX + 1];
	const char *end;
	size_t len;

	if (path == NULL || *path == '\0') {
		strcpy(buf, ".");
		return buf;
	}
	end = path + strlen(path);
	while (end > path + 1 && end[-1] == '/') /* trailing slashes */
		end--;
	while (end > path && end[-1] != '/') /* last component */
		end--;
	if (end == path) {
		strcpy(buf, *path == '/' ? "/" : ".");
		return buf;
	}
	while (end > path + 1 && end[-1] == '/') /* separating slashes */
		end--;
	len = (size_t)(end - path);
	if (len > PATH_MAX) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	memcpy(buf, path, len);
	buf[len] = '\0';
	return buf;
}
