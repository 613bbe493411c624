/*
 * fts_read.c: fts_read(): the next entry of the traversal: directories
 * come twice (FTS_D before their contents, FTS_DP after), other files
 * once.  Honours fts_set() instructions (FTS_AGAIN, FTS_FOLLOW, FTS_SKIP)
 * and FTS_XDEV; a directory that cannot be read is returned a second
 * time as FTS_DNR.  Returns NULL with errno 0 at the end.
 */
#include <errno.h>
#include <stdlib.h>

#include "fts_impl.h"

static dev_t
rootdev(FTSENT *p)
{
	while (p->fts_level > FTS_ROOTLEVEL)
		p = p->fts_parent;
	return p->fts_dev;
}

/* Descend into directory p (just returned as FTS_D). */
static FTSENT *
descend(FTS *sp, struct fts_state *st, FTSENT *p, int instr)
{
	FTSENT *kids;

	if (instr == FTS_SKIP ||
	    ((sp->fts_options & FTS_XDEV) && p->fts_dev != rootdev(p))) {
		__fts_freelist(p->fts_kids);
		p->fts_kids = NULL;
		p->fts_info = FTS_DP;
		return p;
	}
	if (p->fts_kids == NULL || st->kidsnames) {
		__fts_freelist(p->fts_kids);
		p->fts_kids = __fts_build(sp, p, 0);
	}
	st->kidsnames = 0;
	kids = p->fts_kids;
	while (kids != NULL && kids->fts_instr == FTS_SKIP)
		kids = kids->fts_link;
	if (kids == NULL) {
		if (p->fts_info != FTS_DNR)
			p->fts_info = FTS_DP;
		return p;
	}
	return kids;
}

/* The entry after p: its next sibling, or its parent in postorder. */
static FTSENT *
next(FTSENT *p)
{
	for (p = p->fts_link; p != NULL; p = p->fts_link)
		if (p->fts_instr != FTS_SKIP)
			return p;
	return NULL;
}

FTSENT *
fts_read(FTS *sp)
{
	struct fts_state *st;
	FTSENT *p, *n;
	int instr;

	if (sp == NULL || sp->fts_private == NULL) {
		errno = EINVAL;
		return NULL;
	}
	st = sp->fts_private;
	if ((p = sp->fts_cur) == NULL || (sp->fts_options & FTS_STOP))
		return NULL;
	instr = p->fts_instr;
	p->fts_instr = FTS_NOINSTR;
	if (st->started && instr == FTS_AGAIN) {
		p->fts_info = __fts_stat(sp, p, 0);
		return p;
	}
	if (st->started && instr == FTS_FOLLOW &&
	    (p->fts_info == FTS_SL || p->fts_info == FTS_SLNONE)) {
		p->fts_info = __fts_stat(sp, p, 1);
		if (p->fts_info == FTS_D)
			p->fts_flags |= FTS_SYMFOLLOW;
		return p;
	}
	st->started = 1;
	if (p->fts_info == FTS_D)
		n = descend(sp, st, p, instr);
	else if ((n = next(p)) == NULL) {
		n = p->fts_parent;
		if (n == NULL || n->fts_level == FTS_ROOTPARENTLEVEL) {
			sp->fts_cur = NULL;
			errno = 0;
			return NULL;
		}
		/* postorder: the children are done with */
		__fts_freelist(n->fts_kids);
		n->fts_kids = NULL;
		n->fts_info = FTS_DP;
	}
	sp->fts_cur = n;
	return n;
}
