/*
 * pw_private.c: parsing /etc/passwd.  A line is the seven-field
 * "name:passwd:uid:gid:gecos:dir:shell", or NetBSD's ten-field
 * master.passwd form "name:passwd:uid:gid:class:change:expire:gecos:dir:
 * shell"; malformed lines and comments are skipped.  Entries are copied
 * into the caller's buffer (ERANGE if it is too small).
 * Entry points: __pw_path, __pw_parse, __pw_copy, __pw_next, and the
 * getpwent() stream __pw_fp.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pwgr_impl.h"

FILE *__pw_fp;
int __pw_stayopen;

const char *
__pw_path(void)
{
	return _PATH_PASSWD;
}

static int
split(char *line, char **f, int max)
{
	int n = 0;

	f[n++] = line;
	for (char *p = line; *p != '\0'; p++)
		if (*p == ':') {
			*p = '\0';
			if (n == max)
				return -1;
			f[n++] = p + 1;
		}
	return n;
}

static int
number(const char *s, unsigned long long max, unsigned long long *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtoull(s, &end, 10);
	if (*end != '\0' || errno != 0 || *v > max)
		return -1;
	return 0;
}

int
__pw_parse(char *line, struct passwd *pw)
{
	char *f[10];
	unsigned long long uid, gid, change = 0, expire = 0;
	int n;

	line[strcspn(line, "\n")] = '\0';
	if (line[0] == '#' || line[0] == '\0')
		return -1;
	n = split(line, f, 10);
	if ((n != 7 && n != 10) || f[0][0] == '\0' ||
	    number(f[2], UINT32_MAX, &uid) || number(f[3], UINT32_MAX, &gid))
		return -1;
	if (n == 10 &&
	    ((f[5][0] != '\0' && number(f[5], INT64_MAX, &change)) ||
		(f[6][0] != '\0' && number(f[6], INT64_MAX, &expire))))
		return -1;
	pw->pw_name = f[0];
	pw->pw_passwd = f[1];
	pw->pw_uid = (uid_t)uid;
	pw->pw_gid = (gid_t)gid;
	pw->pw_class = n == 10 ? f[4] : f[0] + strlen(f[0]);
	pw->pw_change = (time_t)change;
	pw->pw_expire = (time_t)expire;
	pw->pw_gecos = f[n - 3];
	pw->pw_dir = f[n - 2];
	pw->pw_shell = f[n - 1];
	return 0;
}

static char *
put(char **bp, const char *s)
{
	char *r = *bp;
	size_t n = strlen(s) + 1;

	memcpy(r, s, n);
	*bp += n;
	return r;
}

int
__pw_copy(const struct passwd *src, struct passwd *dst, char *buf, size_t size)
{
	size_t need = strlen(src->pw_name) + strlen(src->pw_passwd) +
	    strlen(src->pw_class) + strlen(src->pw_gecos) +
	    strlen(src->pw_dir) + strlen(src->pw_shell) + 6;

	if (buf == NULL || need > size)
		return ERANGE;
	*dst = *src;
	dst->pw_name = put(&buf, src->pw_name);
	dst->pw_passwd = put(&buf, src->pw_passwd);
	dst->pw_class = put(&buf, src->pw_class);
	dst->pw_gecos = put(&buf, src->pw_gecos);
	dst->pw_dir = put(&buf, src->pw_dir);
	dst->pw_shell = put(&buf, src->pw_shell);
	return 0;
}

/* The next valid entry of fp into pw/buf; 0 with *res NULL at the end. */
int
__pw_next(
    FILE *fp, struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	char line[PWGR_LINE_MAX];
	struct passwd tmp;

	*res = NULL;
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (strchr(line, '\n') == NULL && !feof(fp)) {
			int c;

			while ((c = getc(fp)) != EOF && c != '\n')
				continue; /* overlong line: skip it */
			continue;
		}
		if (__pw_parse(line, &tmp) != 0)
			continue;
		if (__pw_copy(&tmp, pw, buf, size) != 0)
			return ERANGE;
		*res = pw;
		return 0;
	}
	return ferror(fp) ? EIO : 0;
}
