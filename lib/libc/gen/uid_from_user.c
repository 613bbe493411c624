/*
 * uid_from_user.c: uid_from_user() (NetBSD pwcache): the uid of a user
 * name into *uid; 0, or -1 if there is no such user.
 */
#include "pwgr_impl.h"

int
uid_from_user(const char *name, uid_t *uid)
{
	struct passwd *pw;

	if (name == NULL || uid == NULL || (pw = getpwnam(name)) == NULL)
		return -1;
	*uid = pw->pw_uid;
	return 0;
}
