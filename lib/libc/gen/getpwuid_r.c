/*
 * getpwuid_r.c: getpwuid_r(): look a user up by uid in /etc/passwd.
 * Returns 0 (with *result NULL if there is none) or an errno value
 * (ERANGE: buffer too small; EINVAL: NULL arguments; or why the file
 * could not be read).
 */
#include <errno.h>

#include "pwgr_impl.h"

int
getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
    struct passwd **result)
{
	FILE *fp;
	int r;

	if (result == NULL)
		return EINVAL;
	*result = NULL;
	if (pw == NULL || buf == NULL)
		return EINVAL;
	if ((fp = fopen(__pw_path(), "r")) == NULL)
		return errno == ENOENT ? 0 : errno;
	while ((r = __pw_next(fp, pw, buf, size, result)) == 0 &&
	    *result != NULL && pw->pw_uid != uid)
		continue;
	fclose(fp);
	if (r != 0)
		*result = NULL;
	return r;
}
