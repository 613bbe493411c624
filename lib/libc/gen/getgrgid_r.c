/*
 * getgrgid_r.c: getgrgid_r(): look a group up by gid in /etc/group.
 * Returns 0 (with *result NULL if there is none) or an errno value
 * (ERANGE: buffer too small; EINVAL: NULL arguments; or why the file
 * could not be read).
 */
#include <errno.h>

#include "pwgr_impl.h"

int
getgrgid_r(
    gid_t gid, struct group *gr, char *buf, size_t size, struct group **result)
{
	FILE *fp;
	int r;

	if (result == NULL)
		return EINVAL;
	*result = NULL;
	if (gr == NULL || buf == NULL)
		return EINVAL;
	if ((fp = fopen(__gr_path(), "r")) == NULL)
		return errno == ENOENT ? 0 : errno;
	while ((r = __gr_next(fp, gr, buf, size, result)) == 0 &&
	    *result != NULL && gr->gr_gid != gid)
		continue;
	fclose(fp);
	if (r != 0)
		*result = NULL;
	return r;
}
