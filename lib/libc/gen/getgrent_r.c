/*
 * getgrent_r.c: getgrent_r(): the next entry of /etc/group into the
 * caller's storage (opening the file on first use).  Returns 0 with
 * *result NULL at the end, or an errno value.
 */
#include <errno.h>

#include "pwgr_impl.h"

int
getgrent_r(struct group *gr, char *buf, size_t size, struct group **result)
{
	if (result == NULL)
		return EINVAL;
	*result = NULL;
	if (gr == NULL || buf == NULL)
		return EINVAL;
	if (__gr_fp == NULL && (__gr_fp = fopen(__gr_path(), "r")) == NULL)
		return errno == ENOENT ? 0 : errno;
	return __gr_next(__gr_fp, gr, buf, size, result);
}
