/*
 * realpath: the canonical absolute path of a file: no ".", ".." or
 * symbolic-link components and no repeated slashes.  Every component
 * must exist.  resolved (PATH_MAX bytes) may be NULL: the result is then
 * malloc'd.  Errors: EINVAL (NULL path), ENOENT (missing component or
 * empty path), ENOTDIR, ELOOP (more than 32 links), ENAMETOOLONG, and
 * those of lstat, readlink and getcwd.
 */
#include <sys/stat.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_LINKS 32

struct walk {
	char res[PATH_MAX]; /* resolved prefix, no trailing '/' */
	size_t rlen;
	char rem[PATH_MAX]; /* what is left to resolve */
	int links;
};

/* Drop the last component of the resolved prefix. */
static void
pop(struct walk *w)
{
	while (w->rlen > 0 && w->res[w->rlen - 1] != '/')
		w->rlen--;
	if (w->rlen > 1)
		w->rlen--;
	w->res[w->rlen] = '\0';
}

/* Replace the just-appended symlink with its target plus the rest. */
static int
follow(struct walk *w, const char *rest)
{
	char target[PATH_MAX];
	ssize_t n;
	size_t rlen = strlen(rest);

	if (++w->links > MAX_LINKS)
		return ELOOP;
	n = readlink(w->res, target, sizeof(target) - 1);
	if (n < 0)
		return errno;
	/* rest is empty or starts with its '/'. */
	if ((size_t)n + rlen + 1 > sizeof(w->rem))
		return ENAMETOOLONG;
	memmove(w->rem + n, rest, rlen + 1);
	memcpy(w->rem, target, (size_t)n);
	if (target[0] == '/') {
		w->rlen = 1;
		strcpy(w->res, "/");
	} else {
		pop(w);
	}
	return 0;
}

/* Resolve one component comp (len bytes); rest follows it. */
static int
step(struct walk *w, const char *comp, size_t len, const char *rest)
{
	struct stat st;

	if (len == 0 || (len == 1 && comp[0] == '.'))
		return 0;
	if (len == 2 && comp[0] == '.' && comp[1] == '.') {
		pop(w);
		return 0;
	}
	if (w->rlen + (w->rlen > 1) + len + 1 > sizeof(w->res))
		return ENAMETOOLONG;
	if (w->rlen > 1)
		w->res[w->rlen++] = '/';
	memcpy(w->res + w->rlen, comp, len);
	w->rlen += len;
	w->res[w->rlen] = '\0';
	if (lstat(w->res, &st) < 0)
		return errno;
	if (S_ISLNK(st.st_mode))
		return follow(w, rest);
	if (!S_ISDIR(st.st_mode) && *rest != '\0')
		return ENOTDIR;
	return 0;
}

static int
resolve(struct walk *w, const char *path)
{
	char comp[PATH_MAX];
	const char *p, *slash;
	size_t len;
	int e;

	if (strlen(path) >= sizeof(w->rem))
		return ENAMETOOLONG;
	strcpy(w->rem, path);
	if (path[0] == '/') {
		strcpy(w->res, "/");
	} else if (getcwd(w->res, sizeof(w->res)) == NULL) {
		return errno;
	}
	w->rlen = strlen(w->res);
	while (w->rem[0] != '\0') {
		p = w->rem;
		slash = strchr(p, '/');
		len = slash != NULL ? (size_t)(slash - p) : strlen(p);
		memcpy(comp, p, len);
		comp[len] = '\0';
		/* Keep the '/' in rest: a trailing one needs a directory. */
		memmove(w->rem, p + len, strlen(p + len) + 1);
		e = step(w, comp, len, w->rem);
		if (e != 0)
			return e;
		if (w->rem[0] == '/')
			memmove(w->rem, w->rem + 1, strlen(w->rem));
	}
	return 0;
}

char *
realpath(const char *__restrict path, char *__restrict resolved)
{
	struct walk *w;
	int e;

	if (path == NULL) {
		errno = EINVAL;
		return NULL;
	}
	if (path[0] == '\0') {
		errno = ENOENT;
		return NULL;
	}
	w = malloc(sizeof(*w));
	if (w == NULL)
		return NULL;
	w->links = 0;
	e = resolve(w, path);
	if (e == 0 && resolved == NULL &&
	    (resolved = malloc(w->rlen + 1)) == NULL)
		e = ENOMEM;
	if (e == 0)
		memcpy(resolved, w->res, w->rlen + 1);
	free(w);
	if (e != 0) {
		errno = e;
		return NULL;
	}
	return resolved;
}
