/*
 * fnmatch_ref.c: the glibc reference for the fnmatch differential test.
 * Built with the host's compiler and C library (HOSTPROGS), never with
 * Bulkhead's libc.  Reads lines "flags<TAB>pattern<TAB>string", flags
 * as letters (E noescape, P pathname, D period, C casefold, L leading
 * dir, - none) because glibc's flag values differ from NetBSD's, and
 * prints 1 for a match, 0 otherwise.
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

int
main(void)
{
	char line[1024], *p, *s;
	int f;

	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if ((p = strchr(line, '\t')) == NULL ||
		    (s = strchr(p + 1, '\t')) == NULL) {
			printf("?\n");
			continue;
		}
		*p++ = '\0';
		*s++ = '\0';
		f = 0;
		f |= strchr(line, 'E') ? FNM_NOESCAPE : 0;
		f |= strchr(line, 'P') ? FNM_PATHNAME : 0;
		f |= strchr(line, 'D') ? FNM_PERIOD : 0;
		f |= strchr(line, 'C') ? FNM_CASEFOLD : 0;
		f |= strchr(line, 'L') ? FNM_LEADING_DIR : 0;
		printf("%d\n", fnmatch(p, s, f) == 0);
	}
	return 0;
}
