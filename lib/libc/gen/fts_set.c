/*
 * fts_set.c: fts_set(): give an instruction for an entry: FTS_AGAIN
 * (return it again), FTS_FOLLOW (follow the symbolic link), FTS_SKIP (do
 * not descend or, in a fts_children() list, do not visit), FTS_NOINSTR.
 */
#include <errno.h>

#include "fts_impl.h"

int
fts_set(FTS *sp, FTSENT *p, int instr)
{
	if (sp == NULL || p == NULL ||
	    (instr != 0 && instr != FTS_AGAIN && instr != FTS_FOLLOW &&
		instr != FTS_NOINSTR && instr != FTS_SKIP)) {
		errno = EINVAL;
		return -1;
	}
	p->fts_instr = (unsigned short)(instr == 0 ? FTS_NOINSTR : instr);
	return 0;
}
