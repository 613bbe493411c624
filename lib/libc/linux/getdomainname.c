/*
 * getdomainname.c: getdomainname(3) on the host port: the domainname
 * field of Linux's uname.  At most len bytes are copied; a name that does
 * not fit with its NUL is truncated and left unterminated, as NetBSD
 * documents.
 */

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "linux.h"

#define L_LEN 65

int
getdomainname(char *name, size_t len)
{
	char l[6][L_LEN];
	size_t n;

	if (name == NULL) {
		errno = EFAULT;
		return -1;
	}
	if (__linux_ret(__lsys1(LNR_uname, l)) < 0)
		return -1;
	n = strnlen(l[5], L_LEN - 1) + 1;
	memcpy(name, l[5], n < len ? n : len);
	return 0;
}
