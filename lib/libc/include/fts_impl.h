/*
 * fts_impl.h: private helpers shared by the fts(3) functions.
 * Bulkhead's fts never changes the working directory (it behaves as if
 * FTS_NOCHDIR were always given): fts_accpath is always fts_path.
 */
#ifndef _FTS_IMPL_H_
#define _FTS_IMPL_H_

#include <stddef.h>

#include <fts.h>

/* The private state behind FTS.fts_private. */
struct fts_state {
	FTSENT *rootparent; /* level -1: parent of the roots */
	FTSENT *start;	    /* sentinel before the first root */
	FTSENT *roots;
	int started;   /* fts_read() has returned something */
	int kidsnames; /* fts_cur's kids were read with FTS_NAMEONLY */
};

FTSENT *__fts_alloc(FTSENT *, const char *, size_t);
void __fts_freelist(FTSENT *);
unsigned short __fts_stat(FTS *, FTSENT *, int);
FTSENT *__fts_build(FTS *, FTSENT *, int);
FTSENT *__fts_sort(FTS *, FTSENT *);

#endif /* !_FTS_IMPL_H_ */
