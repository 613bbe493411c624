/*
 * getgrent.c: getgrent(): the next /etc/group entry in static storage,
 * NULL at the end.
 */
#include <errno.h>

#include "pwgr_impl.h"

struct group *
getgrent(void)
{
	static struct group gr;
	static char buf[PWGR_LINE_MAX + GR_MEM_MAX * sizeof(char *)];
	struct group *res;
	int r;

	if ((r = getgrent_r(&gr, buf, sizeof(buf), &res)) != 0)
		errno = r;
	return res;
}
