/*
 * fts_children.c: fts_children(): the entries of the directory fts_read()
 * just returned as FTS_D (the roots before the first fts_read()), as a
 * list linked by fts_link; with FTS_NAMEONLY only names are filled in.
 * NULL with errno 0 if there are none or the current entry is not a
 * directory; EINVAL for a bad instruction.
 */
#include <errno.h>

#include "fts_impl.h"

FTSENT *
fts_children(FTS *sp, int instr)
{
	struct fts_state *st;
	FTSENT *p;
	int e;

	if (sp == NULL || sp->fts_private == NULL ||
	    (instr != 0 && instr != FTS_NAMEONLY)) {
		errno = EINVAL;
		return NULL;
	}
	st = sp->fts_private;
	errno = 0;
	if ((p = sp->fts_cur) == NULL)
		return NULL;
	if (!st->started)
		return st->roots;
	if (p->fts_info != FTS_D)
		return NULL;
	__fts_freelist(p->fts_kids);
	p->fts_kids = __fts_build(sp, p, instr == FTS_NAMEONLY);
	st->kidsnames = instr == FTS_NAMEONLY;
	if (p->fts_info == FTS_DNR) {
		/* fts_read() will report it */
		e = p->fts_errno;
		p->fts_info = FTS_D;
		errno = e;
		return NULL;
	}
	errno = 0;
	return p->fts_kids;
}
