/*
 * catclose.c: catclose(3): free a catalogue opened by catopen; EBADF for
 * one that is not open.
 */

#include <errno.h>
#include <stdlib.h>

#include "nls_impl.h"

int
catclose(nl_catd catd)
{
	if (catd == NULL || catd == (nl_catd)-1 || catd->__data == NULL) {
		errno = EBADF;
		return -1;
	}
	free(catd->__data);
	catd->__data = NULL;
	free(catd);
	return 0;
}
