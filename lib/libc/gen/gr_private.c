/*
 * gr_private.c: parsing /etc/group lines "name:passwd:gid:m1,m2,...";
 * malformed lines and comments are skipped.  Entries are copied into the
 * caller's buffer (ERANGE if too small): the member pointer array first
 * (aligned), then the strings.
 * Entry points: __gr_path, __gr_parse, __gr_copy, __gr_next, and the
 * getgrent() stream __gr_fp.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pwgr_impl.h"

FILE *__gr_fp;
int __gr_stayopen;

const char *
__gr_path(void)
{
	return _PATH_GROUP;
}

/* Split line in place; mem (nmem slots) receives the member names. */
int
__gr_parse(char *line, struct group *gr, char **mem, size_t nmem)
{
	char *f[4], *p, *end;
	unsigned long long gid;
	size_t n = 0, i = 0;

	line[strcspn(line, "\n")] = '\0';
	if (line[0] == '#' || line[0] == '\0')
		return -1;
	f[n++] = line;
	for (p = line; *p != '\0'; p++)
		if (*p == ':') {
			if (n == 4)
				return -1;
			*p = '\0';
			f[n++] = p + 1;
		}
	if (n != 4 || f[0][0] == '\0' || f[2][0] < '0' || f[2][0] > '9')
		return -1;
	errno = 0;
	gid = strtoull(f[2], &end, 10);
	if (*end != '\0' || errno != 0 || gid > UINT32_MAX)
		return -1;
	for (p = f[3]; *p != '\0' && i + 1 < nmem;) {
		mem[i++] = p;
		p += strcspn(p, ",");
		if (*p == ',')
			*p++ = '\0';
	}
	mem[i] = NULL;
	gr->gr_name = f[0];
	gr->gr_passwd = f[1];
	gr->gr_gid = (gid_t)gid;
	gr->gr_mem = mem;
	return 0;
}

int
__gr_copy(const struct group *src, struct group *dst, char *buf, size_t size)
{
	size_t nmem = 0, need, off;
	uintptr_t a;
	char **mem, *s;

	if (buf == NULL)
		return ERANGE;
	a = ((uintptr_t)buf + sizeof(char *) - 1) &
	    ~(uintptr_t)(sizeof(char *) - 1);
	off = (size_t)(a - (uintptr_t)buf);
	while (src->gr_mem[nmem] != NULL)
		nmem++;
	need = off + (nmem + 1) * sizeof(char *) + strlen(src->gr_name) +
	    strlen(src->gr_passwd) + 2;
	for (size_t i = 0; i < nmem; i++)
		need += strlen(src->gr_mem[i]) + 1;
	if (need > size)
		return ERANGE;
	mem = (char **)(void *)(buf + off);
	s = (char *)(mem + nmem + 1);
	dst->gr_gid = src->gr_gid;
	dst->gr_name = strcpy(s, src->gr_name);
	s += strlen(s) + 1;
	dst->gr_passwd = strcpy(s, src->gr_passwd);
	s += strlen(s) + 1;
	for (size_t i = 0; i < nmem; i++) {
		mem[i] = strcpy(s, src->gr_mem[i]);
		s += strlen(s) + 1;
	}
	mem[nmem] = NULL;
	dst->gr_mem = mem;
	return 0;
}

int
__gr_next(
    FILE *fp, struct group *gr, char *buf, size_t size, struct group **res)
{
	char line[PWGR_LINE_MAX];
	char *mem[GR_MEM_MAX];
	struct group tmp;

	*res = NULL;
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (strchr(line, '\n') == NULL && !feof(fp)) {
			int c;

			while ((c = getc(fp)) != EOF && c != '\n')
				continue;
			continue;
		}
		if (__gr_parse(line, &tmp, mem, GR_MEM_MAX) != 0)
			continue;
		if (__gr_copy(&tmp, gr, buf, size) != 0)
			return ERANGE;
		*res = gr;
		return 0;
	}
	return ferror(fp) ? EIO : 0;
}
