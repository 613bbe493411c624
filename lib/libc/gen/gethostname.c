/*
 * gethostname.c: gethostname(3): the node name from uname(3).
 * ENAMETOOLONG if it does not fit in len bytes with its NUL.
 */

#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

int
gethostname(char *name, size_t len)
{
	struct utsname u;
	size_t n;

	if (uname(&u) < 0)
		return -1;
	n = strlen(u.nodename);
	if (n + 1 > len) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(name, u.nodename, n + 1);
	return 0;
}
