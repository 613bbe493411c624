/*
 * fts_close.c: fts_close(): end a traversal and free every entry.
 */
#include <errno.h>
#include <stdlib.h>

#include "fts_impl.h"

int
fts_close(FTS *sp)
{
	struct fts_state *st;

	if (sp == NULL) {
		errno = EINVAL;
		return -1;
	}
	st = sp->fts_private;
	if (st != NULL) {
		__fts_freelist(st->roots);
		free(st->rootparent);
		free(st->start);
		free(st);
	}
	free(sp);
	return 0;
}
