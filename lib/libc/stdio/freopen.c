/*
 * freopen: reopen a stream on another file (or, with a NULL path, the
 * same descriptor in another mode).  The FILE object is reused in place;
 * on failure the stream is left closed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stdio_impl.h"

static FILE *
reuse_fd(FILE *f, int fl)
{
	int cur;

	if (f->fd < 0 || (cur = fcntl(f->fd, F_GETFL)) < 0) {
		errno = EBADF;
		return NULL;
	}
	if (((fl & F_RD) && (cur & O_ACCMODE) == O_WRONLY) ||
	    ((fl & F_WR) && (cur & O_ACCMODE) == O_RDONLY)) {
		errno = EINVAL;
		return NULL;
	}
	(void)__sflush(f);
	(void)__sdiscard(f);
	f->flags = (f->flags & (F_USED | F_STATIC | F_MYBUF | F_MODESET)) | fl;
	f->wpos = f->wend = NULL;
	return f;
}

/* Close the old file and reset the object, keeping its list link. */
static void
reset(FILE *f)
{
	FILE *next = f->next;
	int keep = f->flags & F_STATIC;

	if (f->flags & F_USED) { /* not already closed by fclose */
		(void)__sflush(f);
		if (f->io_close != NULL)
			(void)f->io_close(f);
	}
	if (f->flags & F_MYBUF)
		free(f->base);
	free(f->lnbuf);
	memset(f, 0, sizeof(*f));
	f->next = next;
	f->flags = keep | F_USED;
	f->fd = -1;
}

FILE *
freopen(const char *__restrict path, const char *__restrict mode,
    FILE *__restrict f)
{
	int fl, of, fd;

	if ((fl = __sflags(mode, &of)) == 0)
		return NULL;
	if (path == NULL)
		return reuse_fd(f, fl);
	reset(f);
	if ((fd = open(path, of, 0666)) < 0)
		return NULL;
	__sfd_attach(f, fd, fl);
	return f;
}
