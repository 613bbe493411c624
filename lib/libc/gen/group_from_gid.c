/*
 * group_from_gid.c: group_from_gid() (NetBSD pwcache): the name of a gid,
 * or, if there is none, NULL when nogroup is non-zero and the gid in
 * decimal otherwise.  A small cache of recent answers saves rereading
 * /etc/group.
 */
#include <stdio.h>
#include <string.h>

#include "pwgr_impl.h"

#define NCACHE 16

const char *
group_from_gid(gid_t gid, int nogroup)
{
	static struct {
		int valid;
		gid_t gid;
		char name[64];
	} cache[NCACHE];
	static char numbuf[16];
	struct group *gr;
	unsigned slot = gid % NCACHE;

	if (cache[slot].valid && cache[slot].gid == gid)
		return cache[slot].name;
	if ((gr = getgrgid(gid)) != NULL &&
	    strlen(gr->gr_name) < sizeof(cache[slot].name)) {
		cache[slot].valid = 1;
		cache[slot].gid = gid;
		strcpy(cache[slot].name, gr->gr_name);
		return cache[slot].name;
	}
	if (gr != NULL)
		return gr->gr_name;
	if (nogroup)
		return NULL;
	snprintf(numbuf, sizeof(numbuf), "%u", (unsigned)gid);
	return numbuf;
}
