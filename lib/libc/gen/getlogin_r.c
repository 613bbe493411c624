/*
 * getlogin_r.c: getlogin_r(2): the login name of this session.  NetBSD
 * keeps it in the kernel (set by setlogin(2)); neither port has one, so
 * the name set by setlogin in this process is used, else the name of
 * the real user ID from getpwuid(getuid()) (LOGNAME is not trusted).
 * Returns 0, ERANGE if it does not fit in len bytes with its NUL, or
 * ENOENT if the user has no passwd entry.
 */

#include <errno.h>
#include <pwd.h>
#include <string.h>
#include <sys/param.h>
#include <unistd.h>

#include "libc_private.h"

/* The name set by setlogin(2) in this process; "" if none. */
char __logname[MAXLOGNAME + 1];

int
getlogin_r(char *name, size_t len)
{
	const char *s = __logname;
	struct passwd *pw;
	int saved = errno;
	size_t n;

	if (s[0] == '\0') {
		if ((pw = getpwuid(getuid())) == NULL) {
			errno = saved;
			return ENOENT;
		}
		s = pw->pw_name;
	}
	errno = saved;
	n = strlen(s);
	if (name == NULL || n + 1 > len)
		return ERANGE;
	memcpy(name, s, n + 1);
	return 0;
}
