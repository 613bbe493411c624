/*
 * getpwent.c: getpwent(): the next /etc/passwd entry in static storage,
 * NULL at the end.
 */
#include <errno.h>

#include "pwgr_impl.h"

struct passwd *
getpwent(void)
{
	static struct passwd pw;
	static char buf[PWGR_LINE_MAX];
	struct passwd *res;
	int r;

	if ((r = getpwent_r(&pw, buf, sizeof(buf), &res)) != 0)
		errno = r;
	return res;
}
