/*
 * getgrouplist.c: getgrouplist(): the groups of user name: basegid first,
 * then every /etc/group group listing name as a member, without
 * duplicates.  Returns 0, or -1 if *ngroups slots were too few: then the
 * array holds what fit and *ngroups the total found.
 */
#include <errno.h>
#include <string.h>

#include "pwgr_impl.h"

static int
add(gid_t *groups, int max, int *n, gid_t gid)
{
	for (int i = 0; i < *n && i < max; i++)
		if (groups[i] == gid)
			return 0;
	if (*n < max)
		groups[*n] = gid;
	(*n)++;
	return 0;
}

int
getgrouplist(const char *name, gid_t basegid, gid_t *groups, int *ngroups)
{
	static char buf[PWGR_LINE_MAX + GR_MEM_MAX * sizeof(char *)];
	struct group gr, *res;
	FILE *fp;
	int n = 0, max;

	if (name == NULL || groups == NULL || ngroups == NULL || *ngroups < 0) {
		errno = EINVAL;
		return -1;
	}
	max = *ngroups;
	add(groups, max, &n, basegid);
	if ((fp = fopen(__gr_path(), "r")) != NULL) {
		while (__gr_next(fp, &gr, buf, sizeof(buf), &res) == 0 &&
		    res != NULL)
			for (char **m = gr.gr_mem; *m != NULL; m++)
				if (strcmp(*m, name) == 0) {
					add(groups, max, &n, gr.gr_gid);
					break;
				}
		fclose(fp);
	}
	*ngroups = n;
	return n > max ? -1 : 0;
}
