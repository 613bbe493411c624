/*
 * getpwnam.c: getpwnam(): getpwnam_r() into static storage; NULL if the
 * user does not exist (errno unchanged) or on error (errno set).
 */
#include <errno.h>

#include "pwgr_impl.h"

struct passwd *
getpwnam(const char *name)
{
	static struct passwd pw;
	static char buf[PWGR_LINE_MAX];
	struct passwd *res;
	int r;

	if ((r = getpwnam_r(name, &pw, buf, sizeof(buf), &res)) != 0)
		errno = r;
	return res;
}
