/*
 * sfp.c: allocation of stream objects.  Entry points (private): __sfp,
 * __sfree.  A new stream is zeroed, has no descriptor, and is linked at
 * the head of the open-stream list; __sfree unlinks and frees it (the
 * static standard streams are only reset).
 */
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

FILE *
__sfp(void)
{
	FILE *f;

	if ((f = calloc(1, sizeof(*f))) == NULL)
		return NULL;
	f->flags = F_USED;
	f->fd = -1;
	f->next = __sfhead;
	__sfhead = f;
	return f;
}

void
__sfree(FILE *f)
{
	FILE **pp;

	if (f->flags & F_MYBUF)
		free(f->base);
	free(f->lnbuf);
	f->lnbuf = NULL;
	f->lnsize = 0;
	f->base = f->buf = f->rpos = f->rend = f->wpos = f->wend = NULL;
	f->bufsize = 0;
	if (f->flags & F_STATIC) {
		f->flags = F_STATIC; /* closed: F_USED is clear */
		f->fd = -1;
		return;
	}
	for (pp = &__sfhead; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == f) {
			*pp = f->next;
			break;
		}
	}
	free(f);
}
