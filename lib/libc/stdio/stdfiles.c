/*
 * stdfiles.c: the three standard streams and the head of the list of
 * open streams.  stdin reads descriptor 0, stdout writes descriptor 1
 * (line buffered on a terminal, fully buffered otherwise, decided at
 * first use), stderr writes descriptor 2 unbuffered.
 */
#include "stdio_impl.h"

static FILE std[3] = {
	{ .flags = F_RD | F_STATIC | F_USED,
	    .fd = 0,
	    .io_read = __sfd_read,
	    .io_write = __sfd_write,
	    .io_seek = __sfd_seek,
	    .io_close = __sfd_close,
	    .next = &std[1] },
	{ .flags = F_WR | F_STATIC | F_USED,
	    .fd = 1,
	    .io_read = __sfd_read,
	    .io_write = __sfd_write,
	    .io_seek = __sfd_seek,
	    .io_close = __sfd_close,
	    .next = &std[2] },
	{ .flags = F_WR | F_STATIC | F_USED | F_MODESET,
	    .fd = 2,
	    .mode = _IONBF,
	    .io_read = __sfd_read,
	    .io_write = __sfd_write,
	    .io_seek = __sfd_seek,
	    .io_close = __sfd_close,
	    .next = NULL },
};

FILE *__stdinp = &std[0];
FILE *__stdoutp = &std[1];
FILE *__stderrp = &std[2];
FILE *__sfhead = &std[0];
