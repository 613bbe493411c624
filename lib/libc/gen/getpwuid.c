/*
 * getpwuid.c: getpwuid(): getpwuid_r() into static storage; NULL if the
 * user does not exist (errno unchanged) or on error (errno set).
 */
#include <errno.h>

#include "pwgr_impl.h"

struct passwd *
getpwuid(uid_t uid)
{
	static struct passwd pw;
	static char buf[PWGR_LINE_MAX];
	struct passwd *res;
	int r;

	if ((r = getpwuid_r(uid, &pw, buf, sizeof(buf), &res)) != 0)
		errno = r;
	return res;
}
