/*
 * getusershell.c: getusershell(3): the next legal user shell from
 * _PATH_SHELLS (/etc/shells: one path per line, '#' starts a comment,
 * blank lines skipped), or NULL at the end.  When the file cannot be
 * opened the list is _PATH_BSHELL and _PATH_CSHELL, as on NetBSD.
 * The list is read on first use and kept until endusershell(3).
 */

#include <ctype.h>
#include <paths.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "libc_private.h"

/* Shared with setusershell.c and endusershell.c. */
char **__usershells;
size_t __usershell_pos;

static int
add_shell(char ***list, size_t *n, const char *s, size_t len)
{
	char **nl;

	if ((nl = realloc(*list, (*n + 2) * sizeof(*nl))) == NULL)
		return -1;
	*list = nl;
	if ((nl[*n] = strndup(s, len)) == NULL)
		return -1;
	nl[++*n] = NULL;
	return 0;
}

static char **
read_shells(FILE *fp)
{
	char line[1024], *p;
	char **list = NULL;
	size_t n = 0, len;

	if ((list = calloc(1, sizeof(*list))) == NULL)
		return NULL;
	if (fp == NULL) {
		(void)add_shell(&list, &n, _PATH_BSHELL, strlen(_PATH_BSHELL));
		(void)add_shell(&list, &n, _PATH_CSHELL, strlen(_PATH_CSHELL));
		return list;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		for (p = line; isspace((unsigned char)*p); p++)
			continue;
		if (*p == '#' || *p == '\0')
			continue;
		for (len = 0; p[len] != '\0' && p[len] != '#' &&
		     !isspace((unsigned char)p[len]);
		     len++)
			continue;
		if (add_shell(&list, &n, p, len) < 0)
			break;
	}
	return list;
}

char *
getusershell(void)
{
	FILE *fp;

	if (__usershells == NULL) {
		__usershell_pos = 0;
		fp = fopen(_PATH_SHELLS, "r");
		__usershells = read_shells(fp);
		if (fp != NULL)
			fclose(fp);
		if (__usershells == NULL)
			return NULL;
	}
	if (__usershells[__usershell_pos] == NULL)
		return NULL;
	return __usershells[__usershell_pos++];
}
