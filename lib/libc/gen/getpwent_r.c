/*
 * getpwent_r.c: getpwent_r(): the next entry of /etc/passwd into the
 * caller's storage (opening the file on first use).  Returns 0 with
 * *result NULL at the end, or an errno value.
 */
#include <errno.h>

#include "pwgr_impl.h"

int
getpwent_r(struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	if (result == NULL)
		return EINVAL;
	*result = NULL;
	if (pw == NULL || buf == NULL)
		return EINVAL;
	if (__pw_fp == NULL && (__pw_fp = fopen(__pw_path(), "r")) == NULL)
		return errno == ENOENT ? 0 : errno;
	return __pw_next(__pw_fp, pw, buf, size, result);
}
