/*
 * user_from_uid.c: user_from_uid() (NetBSD pwcache): the name of a uid,
 * or, if there is none, NULL when nouser is non-zero and the uid in
 * decimal otherwise.  A small cache of recent answers saves rereading
 * /etc/passwd.
 */
#include <stdio.h>
#include <string.h>

#include "pwgr_impl.h"

#define NCACHE 16

const char *
user_from_uid(uid_t uid, int nouser)
{
	static struct {
		int valid;
		uid_t uid;
		char name[64];
	} cache[NCACHE];
	static char numbuf[16];
	struct passwd *pw;
	unsigned slot = uid % NCACHE;

	if (cache[slot].valid && cache[slot].uid == uid)
		return cache[slot].name;
	if ((pw = getpwuid(uid)) != NULL &&
	    strlen(pw->pw_name) < sizeof(cache[slot].name)) {
		cache[slot].valid = 1;
		cache[slot].uid = uid;
		strcpy(cache[slot].name, pw->pw_name);
		return cache[slot].name;
	}
	if (pw != NULL)
		return pw->pw_name;
	if (nouser)
		return NULL;
	snprintf(numbuf, sizeof(numbuf), "%u", (unsigned)uid);
	return numbuf;
}
