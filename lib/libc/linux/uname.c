/*
 * uname.c: uname(3) on the host port: Linux's own values (the host
 * port does not pretend to be Bulkhead).
 */

#include <string.h>
#include <sys/utsname.h>

#include "linux.h"

#define L_LEN 65

static void
copy(char *dst, const char *src)
{
	size_t n = strnlen(src, L_LEN);

	memcpy(dst, src, n);
	dst[n] = '\0';
}

int
uname(struct utsname *u)
{
	char l[6][L_LEN];

	if (__linux_ret(__lsys1(LNR_uname, l)) < 0)
		return -1;
	copy(u->sysname, l[0]);
	copy(u->nodename, l[1]);
	copy(u->release, l[2]);
	copy(u->version, l[3]);
	copy(u->machine, l[4]);
	return 0;
}
