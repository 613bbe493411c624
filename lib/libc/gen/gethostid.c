/*
 * gethostid.c: gethostid(3): a 32-bit identifier of this host.  NetBSD
 * returns the kern.hostid sysctl; neither port has one, so this returns
 * a stable value derived from the host name (FNV-1a hash, as a signed
 * 32-bit value like NetBSD's), or 0 if the name cannot be read.
 */

#include <stdint.h>
#include <sys/param.h>
#include <unistd.h>

long
gethostid(void)
{
	char name[MAXHOSTNAMELEN + 1];
	uint32_t h = 2166136261u;
	const unsigned char *p;

	if (gethostname(name, sizeof(name)) < 0)
		return 0;
	for (p = (const unsigned char *)name; *p != '\0'; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	return (long)(int32_t)h;
}
