/*
 * getgrgid.c: getgrgid(): getgrgid_r() into static storage; NULL if the
 * group does not exist (errno unchanged) or on error (errno set).
 */
#include <errno.h>

#include "pwgr_impl.h"

struct group *
getgrgid(gid_t gid)
{
	static struct group gr;
	static char buf[PWGR_LINE_MAX + GR_MEM_MAX * sizeof(char *)];
	struct group *res;
	int r;

	if ((r = getgrgid_r(gid, &gr, buf, sizeof(buf), &res)) != 0)
		errno = r;
	return res;
}
