/*
 * gid_from_group.c: gid_from_group() (NetBSD pwcache): the gid of a group
 * name into *gid; 0, or -1 if there is no such group.
 */
#include "pwgr_impl.h"

int
gid_from_group(const char *name, gid_t *gid)
{
	struct group *gr;

	if (name == NULL || gid == NULL || (gr = getgrnam(name)) == NULL)
		return -1;
	*gid = gr->gr_gid;
	return 0;
}
