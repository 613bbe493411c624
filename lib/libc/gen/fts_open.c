/*
 * fts_open.c: fts_open(): start a traversal of the hierarchies named in
 * argv.  options must include FTS_PHYSICAL or FTS_LOGICAL (EINVAL
 * otherwise, and for unknown bits); roots are stat'ed (following links
 * under FTS_LOGICAL or FTS_COMFOLLOW) and sorted with compar if given.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fts_impl.h"

static void
freeall(FTS *sp, struct fts_state *st)
{
	if (st != NULL) {
		__fts_freelist(st->roots);
		free(st->rootparent);
		free(st->start);
		free(st);
	}
	free(sp);
}

FTS *
fts_open(char *const *argv, int options,
    int (*compar)(const FTSENT **, const FTSENT **))
{
	struct fts_state *st = NULL;
	FTSENT *tail = NULL, *p;
	FTS *sp;

	if (argv == NULL || (options & ~FTS_OPTIONMASK) ||
	    !(options & (FTS_LOGICAL | FTS_PHYSICAL))) {
		errno = EINVAL;
		return NULL;
	}
	if ((sp = calloc(1, sizeof(*sp))) == NULL ||
	    (st = calloc(1, sizeof(*st))) == NULL)
		goto nomem;
	sp->fts_private = st;
	sp->fts_options = options | FTS_NOCHDIR;
	sp->fts_compar = compar;
	sp->fts_rfd = -1;
	if ((st->rootparent = __fts_alloc(NULL, "", 0)) == NULL ||
	    (st->start = __fts_alloc(NULL, "", 0)) == NULL)
		goto nomem;
	st->rootparent->fts_level = FTS_ROOTPARENTLEVEL;
	for (; *argv != NULL; argv++) {
		size_t len = strlen(*argv);

		if (len == 0) {
			errno = ENOENT;
			freeall(sp, st);
			return NULL;
		}
		if ((p = __fts_alloc(st->rootparent, *argv, len)) == NULL)
			goto nomem;
		p->fts_level = FTS_ROOTLEVEL;
		p->fts_info = __fts_stat(
		    sp, p, (options & (FTS_LOGICAL | FTS_COMFOLLOW)) != 0);
		if (tail == NULL)
			st->roots = p;
		else
			tail->fts_link = p;
		tail = p;
	}
	st->roots = __fts_sort(sp, st->roots);
	st->start->fts_link = st->roots;
	st->start->fts_parent = st->rootparent;
	st->start->fts_level = FTS_ROOTLEVEL;
	st->start->fts_info = FTS_INIT;
	sp->fts_cur = st->start;
	return sp;
nomem:
	freeall(sp, st);
	errno = ENOMEM;
	return NULL;
}
