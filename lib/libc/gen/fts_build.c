/*
 * fts_build.c: the internals of fts(3): entry allocation, stat
 * classification (including cycle detection), reading a directory into a
 * sorted list of entries, and freeing.  Entry points: __fts_alloc,
 * __fts_freelist, __fts_stat, __fts_build, __fts_sort.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fts_impl.h"

/* An entry for name under parent; its path is parent's path + "/" + name
 * (roots: the name as given). */
FTSENT *
__fts_alloc(FTSENT *parent, const char *name, size_t namelen)
{
	size_t plen = 0, len;
	FTSENT *p;
	char *path;

	if (parent != NULL && parent->fts_level >= FTS_ROOTLEVEL) {
		plen = parent->fts_pathlen;
		if (plen > 0 && parent->fts_path[plen - 1] == '/')
			plen--;
	}
	len = (parent != NULL && parent->fts_level >= FTS_ROOTLEVEL)
	    ? plen + 1 + namelen
	    : namelen;
	p = calloc(1, sizeof(*p) + sizeof(struct stat) + len + 1);
	if (p == NULL)
		return NULL;
	p->fts_statp = (struct stat *)(void *)(p + 1);
	path = (char *)(p->fts_statp + 1);
	if (len != namelen) {
		memcpy(path, parent->fts_path, plen);
		path[plen] = '/';
	}
	memcpy(path + len - namelen, name, namelen);
	path[len] = '\0';
	p->fts_path = p->fts_accpath = path;
	p->fts_pathlen = (unsigned)len;
	p->fts_name = path + len - namelen;
	p->fts_namelen = (unsigned)namelen;
	p->fts_parent = parent;
	p->fts_level = parent != NULL ? (short)(parent->fts_level + 1) : 0;
	p->fts_instr = FTS_NOINSTR;
	p->fts_info = FTS_INIT;
	return p;
}

void
__fts_freelist(FTSENT *p)
{
	while (p != NULL) {
		FTSENT *next = p->fts_link;

		__fts_freelist(p->fts_kids);
		free(p);
		p = next;
	}
}

static int
isdot(const char *name)
{
	return name[0] == '.' &&
	    (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

/* Classify p with stat (follow) or lstat; sets fts_errno, dev, ino. */
unsigned short
__fts_stat(FTS *sp, FTSENT *p, int follow)
{
	struct stat *st = p->fts_statp;
	FTSENT *a;

	p->fts_errno = 0;
	if (follow || (sp->fts_options & FTS_LOGICAL)) {
		if (stat(p->fts_accpath, st) == -1) {
			int e = errno;

			if (lstat(p->fts_accpath, st) == 0) {
				errno = 0;
				return FTS_SLNONE;
			}
			p->fts_errno = e;
			memset(st, 0, sizeof(*st));
			return FTS_NS;
		}
	} else if (lstat(p->fts_accpath, st) == -1) {
		p->fts_errno = errno;
		memset(st, 0, sizeof(*st));
		return FTS_NS;
	}
	p->fts_dev = st->st_dev;
	p->fts_ino = st->st_ino;
	p->fts_nlink = st->st_nlink;
	if (S_ISDIR(st->st_mode)) {
		if (p->fts_level > FTS_ROOTLEVEL && isdot(p->fts_name))
			return FTS_DOT;
		for (a = p->fts_parent; a != NULL && a->fts_level >= 0;
		     a = a->fts_parent)
			if (a->fts_dev == p->fts_dev &&
			    a->fts_ino == p->fts_ino) {
				p->fts_cycle = a;
				return FTS_DC;
			}
		return FTS_D;
	}
	if (S_ISLNK(st->st_mode))
		return FTS_SL;
	if (S_ISREG(st->st_mode))
		return FTS_F;
	return FTS_DEFAULT;
}

static int
sortcmp(const void *a, const void *b, FTS *sp)
{
	return sp->fts_compar((const FTSENT **)a, (const FTSENT **)b);
}

static FTS *sortfts;

static int
sortcmp1(const void *a, const void *b)
{
	return sortcmp(a, b, sortfts);
}

/* Sort a list with fts_compar (if any); returns the new head. */
FTSENT *
__fts_sort(FTS *sp, FTSENT *head)
{
	FTSENT *p, **v;
	size_t n = 0, i;

	if (sp->fts_compar == NULL || head == NULL)
		return head;
	for (p = head; p != NULL; p = p->fts_link)
		n++;
	if ((v = malloc(n * sizeof(*v))) == NULL)
		return head; /* unsorted rather than lost */
	for (p = head, i = 0; p != NULL; p = p->fts_link)
		v[i++] = p;
	sortfts = sp;
	qsort(v, n, sizeof(*v), sortcmp1);
	for (i = 0; i + 1 < n; i++)
		v[i]->fts_link = v[i + 1];
	v[n - 1]->fts_link = NULL;
	head = v[0];
	free(v);
	return head;
}

/*
 * Read directory p into a list of entries (stat'ed unless nameonly).
 * NULL with p->fts_info = FTS_DNR and fts_errno set if it cannot be read;
 * NULL with fts_errno 0 if it is empty.
 */
FTSENT *
__fts_build(FTS *sp, FTSENT *p, int nameonly)
{
	FTSENT *head = NULL, *tail = NULL, *c;
	struct dirent *d;
	DIR *dir;

	if ((dir = opendir(p->fts_accpath)) == NULL) {
		p->fts_errno = errno;
		p->fts_info = FTS_DNR;
		return NULL;
	}
	p->fts_errno = 0;
	while ((d = readdir(dir)) != NULL) {
		if (isdot(d->d_name) && !(sp->fts_options & FTS_SEEDOT))
			continue;
		if ((c = __fts_alloc(p, d->d_name, strlen(d->d_name))) ==
		    NULL) {
			p->fts_errno = ENOMEM;
			break;
		}
		c->fts_info = nameonly ? FTS_NSOK : __fts_stat(sp, c, 0);
		if (tail == NULL)
			head = c;
		else
			tail->fts_link = c;
		tail = c;
	}
	closedir(dir);
	return __fts_sort(sp, head);
}
