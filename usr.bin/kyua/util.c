/*
 * util.c: small helpers for kyua: allocation that cannot fail (kyua
 * cannot do anything useful without memory), name/value lists, whole-file
 * I/O, path manipulation, recursive mkdir and removal of work
 * directories, and error messages in kyua's "kyua: E: ..." style.
 */
#include <sys/types.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kyua.h"

/* Prints "kyua: <kind>: <message>" on stderr after flushing stdout. */
static void
vmessage(char kind, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: %c: ", kyua_progname, kind);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
}

void
die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage('E', fmt, ap);
	va_end(ap);
	exit(1);
}

void
warnx_kyua(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage('W', fmt, ap);
	va_end(ap);
}

void *
xmalloc(size_t size)
{
	void *p;

	if ((p = malloc(size == 0 ? 1 : size)) == NULL)
		die("out of memory");
	return p;
}

void *
xrealloc(void *old, size_t size)
{
	void *p;

	if ((p = realloc(old, size == 0 ? 1 : size)) == NULL)
		die("out of memory");
	return p;
}

char *
xstrdup(const char *s)
{
	size_t len;
	char *p;

	len = strlen(s) + 1;
	p = xmalloc(len);
	memcpy(p, s, len);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *buf;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0)
		die("bad format '%s'", fmt);
	buf = xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(buf, (size_t)len + 1, fmt, ap);
	va_end(ap);
	return buf;
}

bool
str_starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

void
md_set(struct md *md, const char *name, const char *value)
{
	size_t i;

	for (i = 0; i < md->n; i++) {
		if (strcmp(md->kv[2 * i], name) == 0) {
			free(md->kv[2 * i + 1]);
			md->kv[2 * i + 1] = xstrdup(value);
			return;
		}
	}
	md->kv = xrealloc(md->kv, (2 * md->n + 2) * sizeof(*md->kv));
	md->kv[2 * md->n] = xstrdup(name);
	md->kv[2 * md->n + 1] = xstrdup(value);
	md->n++;
}

const char *
md_get(const struct md *md, const char *name)
{
	size_t i;

	for (i = 0; i < md->n; i++)
		if (strcmp(md->kv[2 * i], name) == 0)
			return md->kv[2 * i + 1];
	return NULL;
}

void
md_copy(struct md *dst, const struct md *src)
{
	size_t i;

	for (i = 0; i < src->n; i++)
		md_set(dst, src->kv[2 * i], src->kv[2 * i + 1]);
}

char *
read_whole_file(const char *name, size_t *lenp)
{
	char *buf;
	size_t len, cap;
	ssize_t n;
	int fd;

	if ((fd = open(name, O_RDONLY)) == -1)
		return NULL;
	cap = 4096;
	len = 0;
	buf = xmalloc(cap);
	for (;;) {
		if (len + 1 >= cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		n = read(fd, buf + len, cap - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	buf[len] = '\0';
	if (lenp != NULL)
		*lenp = len;
	return buf;
}

bool
write_whole_file(const char *name, const char *contents)
{
	FILE *f;
	bool ok;

	if ((f = fopen(name, "w")) == NULL)
		return false;
	ok = fputs(contents, f) != EOF;
	return fclose(f) == 0 && ok;
}

int
mkdir_p(const char *path, int mode)
{
	char *copy, *p;
	int rv;

	copy = xstrdup(path);
	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, (mode_t)mode) == -1 && errno != EEXIST) {
			free(copy);
			return -1;
		}
		*p = '/';
	}
	rv = mkdir(copy, (mode_t)mode);
	free(copy);
	return rv == -1 && errno != EEXIST ? -1 : 0;
}

/* Removes path and everything below it; tests may leave read-only dirs. */
int
remove_tree(const char *path)
{
	struct stat st;
	struct dirent *de;
	DIR *dir;
	char *child;
	int rv;

	if (lstat(path, &st) == -1)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlink(path);
	chmod(path, 0700);
	if ((dir = opendir(path)) == NULL)
		return -1;
	rv = 0;
	while ((de = readdir(dir)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		child = path_join(path, de->d_name);
		if (remove_tree(child) == -1)
			rv = -1;
		free(child);
	}
	closedir(dir);
	if (rmdir(path) == -1)
		rv = -1;
	return rv;
}

char *
path_dirname(const char *path)
{
	const char *slash;

	slash = strrchr(path, '/');
	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xasprintf("%.*s", (int)(slash - path), path);
}

char *
path_join(const char *dir, const char *name)
{
	if (strcmp(dir, ".") == 0)
		return xstrdup(name);
	if (dir[0] != '\0' && dir[strlen(dir) - 1] == '/')
		return xasprintf("%s%s", dir, name);
	return xasprintf("%s/%s", dir, name);
}

char *
path_absolute(const char *path)
{
	char cwd[4096];

	if (path[0] == '/')
		return xstrdup(path);
	if (getcwd(cwd, sizeof(cwd)) == NULL)
		die("cannot get the current directory: %s", strerror(errno));
	if (strcmp(path, ".") == 0)
		return xstrdup(cwd);
	if (str_starts(path, "./"))
		path += 2;
	return xasprintf("%s/%s", cwd, path);
}

/* A copy with tabs and line breaks turned into spaces (for cases.tsv). */
char *
sanitize_line(const char *s)
{
	char *copy, *p;

	copy = xstrdup(s);
	for (p = copy; *p != '\0'; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	return copy;
}
