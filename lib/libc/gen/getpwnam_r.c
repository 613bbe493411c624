/*
 * getpwnam_r.c: getpwnam_r(): look a user up by name in /etc/passwd.
 * Returns 0 (with *result NULL if there is none) or an errno value
 * (ERANGE: buffer too small; EINVAL: NULL arguments; or why the file
 * could not be read).
 */
#include <errno.h>
#include <string.h>

#include "pwgr_impl.h"

int
getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
    struct passwd **result)
{
	FILE *fp;
	int r;

	if (result == NULL)
		return EINVAL;
	*result = NULL;
	if (name == NULL || pw == NULL || buf == NULL)
		return EINVAL;
	if ((fp = fopen(__pw_path(), "r")) == NULL)
		return errno == ENOENT ? 0 : errno;
	while ((r = __pw_next(fp, pw, buf, size, result)) == 0 &&
	    *result != NULL && strcmp(pw->pw_name, name) != 0)
		continue;
	fclose(fp);
	if (r != 0)
		*result = NULL;
	return r;
}
