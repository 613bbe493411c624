/*
 * glob.c: glob(): expand a path name pattern into the existing paths it
 * matches, each component matched with fnmatch().  Flags: GLOB_APPEND,
 * GLOB_DOOFFS, GLOB_ERR, GLOB_MARK, GLOB_NOCHECK, GLOB_NOSORT,
 * GLOB_NOESCAPE, and NetBSD's GLOB_ALTDIRFUNC, GLOB_BRACE, GLOB_MAGCHAR
 * (output), GLOB_NOMAGIC, GLOB_LIMIT (at most ARG_MAX bytes of paths),
 * GLOB_TILDE, GLOB_PERIOD, GLOB_NO_DOTDIRS, GLOB_STAR ("**" spans
 * directory levels).  errfunc (and GLOB_ERR) are consulted for
 * directories that exist but cannot be read.  Each call's paths are sorted
 * with strcmp() unless GLOB_NOSORT.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GLOB_ARG_MAX (256 * 1024)

struct gstate {
	glob_t *pglob;
	int flags;
	int (*errfunc)(const char *, int);
	size_t bytes;
	int nomem;
};

static int
hasmagic(const char *p, int flags)
{
	for (; *p != '\0'; p++) {
		if (*p == '\\' && !(flags & GLOB_NOESCAPE) && p[1] != '\0')
			p++;
		else if (*p == '*' || *p == '?' || *p == '[')
			return 1;
	}
	return 0;
}

/* Copy pattern text without its escapes. */
static void
unescape(char *dst, const char *src, size_t n, int flags)
{
	for (size_t i = 0; i < n; i++) {
		if (src[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < n)
			i++;
		*dst++ = src[i];
	}
	*dst = '\0';
}

static int
addpath(struct gstate *G, const char *path, size_t len)
{
	glob_t *g = G->pglob;
	size_t n = g->gl_offs + g->gl_pathc;
	char **v, *s;

	G->bytes += len + 1 + sizeof(char *);
	if ((G->flags & GLOB_LIMIT) && G->bytes > GLOB_ARG_MAX) {
		errno = 0;
		return GLOB_NOSPACE;
	}
	if ((v = realloc(g->gl_pathv, (n + 2) * sizeof(char *))) == NULL ||
	    (s = malloc(len + 1)) == NULL) {
		if (v != NULL)
			g->gl_pathv = v;
		return GLOB_NOSPACE;
	}
	memcpy(s, path, len);
	s[len] = '\0';
	v[n] = s;
	v[n + 1] = NULL;
	g->gl_pathv = v;
	g->gl_pathc++;
	g->gl_matchc++;
	return 0;
}

static int
dostat(struct gstate *G, const char *path, struct stat *st, int follow)
{
	glob_t *g = G->pglob;

	if (G->flags & GLOB_ALTDIRFUNC)
		return follow ? g->gl_stat(path, st) : g->gl_lstat(path, st);
	return follow ? stat(path, st) : lstat(path, st);
}

/* A complete path: add it (with '/' for directories under GLOB_MARK). */
static int
found(struct gstate *G, char *buf, size_t len)
{
	struct stat st;

	if ((G->flags & GLOB_MARK) && len > 0 && buf[len - 1] != '/' &&
	    dostat(G, buf, &st, 1) == 0 && S_ISDIR(st.st_mode)) {
		buf[len++] = '/';
		buf[len] = '\0';
	}
	return addpath(G, buf, len);
}

static int expand(struct gstate *, char *, size_t, const char *);
static int globstar(struct gstate *, char *, size_t, const char *);

static int
readerr(struct gstate *G, const char *dir)
{
	if (errno == ENOENT || errno == ENOTDIR)
		return 0;
	if ((G->errfunc != NULL && G->errfunc(dir, errno) != 0) ||
	    (G->flags & GLOB_ERR))
		return GLOB_ABORTED;
	return 0;
}

/* Match the wildcard component comp (length n) in directory buf. */
static int
matchdir(struct gstate *G, char *buf, size_t len, const char *comp, size_t n,
    const char *rest)
{
	glob_t *g = G->pglob;
	char pat[PATH_MAX], *dirname = len ? buf : (char *)".";
	struct dirent *d;
	void *dir;
	int r = 0, fl;

	if (n >= sizeof(pat))
		return 0;
	memcpy(pat, comp, n);
	pat[n] = '\0';
	buf[len] = '\0';
	dir = (G->flags & GLOB_ALTDIRFUNC) ? g->gl_opendir(dirname)
					   : (void *)opendir(dirname);
	if (dir == NULL)
		return readerr(G, dirname);
	fl = (G->flags & GLOB_NOESCAPE) ? FNM_NOESCAPE : 0;
	if (!(G->flags & GLOB_PERIOD))
		fl |= FNM_PERIOD;
	while (r == 0 &&
	    (d = (G->flags & GLOB_ALTDIRFUNC) ? g->gl_readdir(dir)
					      : readdir((DIR *)dir)) != NULL) {
		size_t dl = strlen(d->d_name);

		if ((G->flags & GLOB_NO_DOTDIRS) &&
		    (strcmp(d->d_name, ".") == 0 ||
			strcmp(d->d_name, "..") == 0))
			continue;
		if (fnmatch(pat, d->d_name, fl) != 0 ||
		    len + dl + 2 >= PATH_MAX)
			continue;
		memcpy(buf + len, d->d_name, dl + 1);
		r = expand(G, buf, len + dl, rest);
	}
	if (G->flags & GLOB_ALTDIRFUNC)
		g->gl_closedir(dir);
	else
		closedir((DIR *)dir);
	buf[len] = '\0';
	return r;
}

/*
 * GLOB_STAR: "**" as a whole component matches any number of directory
 * levels, zero included (components a, **, b find a/b, a/x/b ...); as
 * the last component it matches everything below.  Symbolic links to
 * directories are not followed; hidden directories need GLOB_PERIOD.
 */
static int
globstar(struct gstate *G, char *buf, size_t len, const char *after)
{
	glob_t *g = G->pglob;
	struct dirent *d;
	struct stat st;
	void *dir;
	int r;

	buf[len] = '\0';
	r = *after == '\0' ? matchdir(G, buf, len, "*", 1, after)
			   : expand(G, buf, len, after + 1);
	buf[len] = '\0';
	dir = (G->flags & GLOB_ALTDIRFUNC) ? g->gl_opendir(len ? buf : ".")
					   : (void *)opendir(len ? buf : ".");
	if (dir == NULL)
		return r;
	while (r == 0 &&
	    (d = (G->flags & GLOB_ALTDIRFUNC) ? g->gl_readdir(dir)
					      : readdir((DIR *)dir)) != NULL) {
		size_t dl = strlen(d->d_name);

		if (strcmp(d->d_name, ".") == 0 ||
		    strcmp(d->d_name, "..") == 0 ||
		    (d->d_name[0] == '.' && !(G->flags & GLOB_PERIOD)) ||
		    len + dl + 2 >= PATH_MAX)
			continue;
		memcpy(buf + len, d->d_name, dl + 1);
		if (dostat(G, buf, &st, 0) == 0 && S_ISDIR(st.st_mode)) {
			buf[len + dl] = '/';
			buf[len + dl + 1] = '\0';
			r = globstar(G, buf, len + dl + 1, after);
		}
	}
	if (G->flags & GLOB_ALTDIRFUNC)
		g->gl_closedir(dir);
	else
		closedir((DIR *)dir);
	buf[len] = '\0';
	return r;
}

/*
 * buf (length len) is an existing path prefix; expand the rest of the
 * pattern, one component at a time.
 */
static int
expand(struct gstate *G, char *buf, size_t len, const char *rest)
{
	struct stat st;
	const char *comp, *end;
	size_t n;

	while (*rest == '/') {
		if (len + 2 >= PATH_MAX)
			return 0;
		buf[len++] = '/';
		rest++;
	}
	buf[len] = '\0';
	if (*rest == '\0')
		return dostat(G, buf, &st, 0) == 0 ? found(G, buf, len) : 0;
	comp = rest;
	end = strchr(comp, '/');
	if (end == NULL)
		end = comp + strlen(comp);
	n = (size_t)(end - comp);
	if ((G->flags & GLOB_STAR) && n == 2 && comp[0] == '*' &&
	    comp[1] == '*')
		return globstar(G, buf, len, end);
	if (memchr(comp, '*', n) == NULL && memchr(comp, '?', n) == NULL &&
	    memchr(comp, '[', n) == NULL) {
		if (len + n + 2 >= PATH_MAX)
			return 0;
		unescape(buf + len, comp, n, G->flags);
		return expand(G, buf, len + strlen(buf + len), end);
	}
	return matchdir(G, buf, len, comp, n, end);
}

/* ~ and ~user at the start of the pattern, into buf; returns the rest. */
static const char *
tilde(const char *pat, char *buf, size_t *lenp)
{
	const char *end = strchr(pat, '/'), *home = NULL;
	char user[256];
	struct passwd *pw;
	size_t n;

	if (end == NULL)
		end = pat + strlen(pat);
	n = (size_t)(end - pat - 1);
	if (n == 0) {
		if ((home = getenv("HOME")) == NULL &&
		    (pw = getpwuid(getuid())) != NULL)
			home = pw->pw_dir;
	} else if (n < sizeof(user)) {
		memcpy(user, pat + 1, n);
		user[n] = '\0';
		if ((pw = getpwnam(user)) != NULL)
			home = pw->pw_dir;
	}
	if (home == NULL || strlen(home) >= PATH_MAX / 2)
		return NULL;
	strcpy(buf, home);
	*lenp = strlen(home);
	return end;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
glob1(struct gstate *G, const char *pat)
{
	char buf[PATH_MAX + 2];
	size_t len = 0;
	const char *rest = pat;

	if (strlen(pat) >= PATH_MAX)
		return 0;
	if (hasmagic(pat, G->flags))
		G->pglob->gl_flags |= GLOB_MAGCHAR;
	if ((G->flags & GLOB_TILDE) && pat[0] == '~') {
		if ((rest = tilde(pat, buf, &len)) == NULL)
			rest = pat, len = 0;
	}
	return expand(G, buf, len, rest);
}

/* Find the '}' matching the '{' at p, or NULL. */
static const char *
closebrace(const char *p, int flags)
{
	int depth = 0;

	for (; *p != '\0'; p++) {
		if (*p == '\\' && !(flags & GLOB_NOESCAPE) && p[1] != '\0')
			p++;
		else if (*p == '{')
			depth++;
		else if (*p == '}' && --depth == 0)
			return p;
	}
	return NULL;
}

/* GLOB_BRACE: expand the first {a,b} and recurse, then glob1(). */
static int
brace(struct gstate *G, const char *pat)
{
	const char *o, *c, *alt, *p;
	char *buf;
	int r = 0, depth = 0;

	for (o = pat; *o != '\0'; o++) {
		if (*o == '\\' && !(G->flags & GLOB_NOESCAPE) && o[1] != '\0')
			o++;
		else if (*o == '{' && o[1] != '}' &&
		    (c = closebrace(o, G->flags)) != NULL)
			break;
	}
	if (*o == '\0')
		return glob1(G, pat);
	if ((buf = malloc(strlen(pat) + 1)) == NULL)
		return GLOB_NOSPACE;
	for (alt = p = o + 1; r == 0 && p <= c; p++) {
		if (*p == '\\' && !(G->flags & GLOB_NOESCAPE) && p < c - 1) {
			p++;
			continue;
		}
		if (*p == '{')
			depth++;
		else if (*p == '}' && p < c)
			depth--;
		if ((*p == ',' && depth == 0) || p == c) {
			size_t pre = (size_t)(o - pat), n = (size_t)(p - alt);

			memcpy(buf, pat, pre);
			memcpy(buf + pre, alt, n);
			strcpy(buf + pre + n, c + 1);
			r = brace(G, buf);
			alt = p + 1;
		}
	}
	free(buf);
	return r;
}

static int
setup(glob_t *pglob, int flags)
{
	if (!(flags & GLOB_APPEND)) {
		pglob->gl_pathc = 0;
		pglob->gl_pathv = NULL;
		if (!(flags & GLOB_DOOFFS))
			pglob->gl_offs = 0;
		if (pglob->gl_offs > 0) {
			pglob->gl_pathv =
			    calloc(pglob->gl_offs + 1, sizeof(char *));
			if (pglob->gl_pathv == NULL)
				return GLOB_NOSPACE;
		}
	}
	pglob->gl_flags = flags & ~GLOB_MAGCHAR;
	pglob->gl_matchc = 0;
	return 0;
}

int
glob(const char *__restrict pattern, int flags,
    int (*errfunc)(const char *, int), glob_t *__restrict pglob)
{
	struct gstate G;
	size_t old;
	int r;

	if (pattern == NULL || pglob == NULL) {
		errno = EINVAL;
		return GLOB_NOSYS;
	}
	if ((r = setup(pglob, flags)) != 0)
		return r;
	old = pglob->gl_pathc;
	G.pglob = pglob;
	G.flags = flags;
	G.errfunc = errfunc;
	G.bytes = 0;
	r = (flags & GLOB_BRACE) ? brace(&G, pattern) : glob1(&G, pattern);
	if (r != 0)
		return r;
	if (pglob->gl_pathc == old) {
		if (!(flags & GLOB_NOCHECK) &&
		    !((flags & GLOB_NOMAGIC) &&
			!(pglob->gl_flags & GLOB_MAGCHAR)))
			return GLOB_NOMATCH;
		if ((r = addpath(&G, pattern, strlen(pattern))) != 0)
			return r;
	}
	if (!(flags & GLOB_NOSORT))
		qsort(pglob->gl_pathv + pglob->gl_offs + old,
		    pglob->gl_pathc - old, sizeof(char *), cmp);
	return 0;
}
