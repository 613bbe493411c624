/*
 * grp.h: the group database, read from the flat file /etc/group
 * (name:passwd:gid:member,member,...).
 */
#ifndef _GRP_H_
#define _GRP_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>

#if defined(_NETBSD_SOURCE)
#define _PATH_GROUP "/etc/group"
#endif

struct group {
	char *gr_name;	 /* group name */
	char *gr_passwd; /* group password */
	gid_t gr_gid;	 /* group id */
	char **gr_mem;	 /* member names, NULL-terminated */
};

__BEGIN_DECLS
struct group *getgrgid(gid_t);
struct group *getgrnam(const char *);
int getgrgid_r(gid_t, struct group *, char *, size_t, struct group **);
int getgrnam_r(const char *, struct group *, char *, size_t, struct group **);
#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
#endif
#if defined(_NETBSD_SOURCE)
int setgroupent(int);
int getgrent_r(struct group *, char *, size_t, struct group **);
int getgrouplist(const char *, gid_t, gid_t *, int *);
const char *group_from_gid(gid_t, int);
int gid_from_group(const char *, gid_t *);
#endif
__END_DECLS

#endif /* !_GRP_H_ */
