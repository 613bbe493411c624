/*
 * funopen: a stream whose I/O is done by caller-supplied functions.
 * At least one of readfn and writefn is required (EINVAL otherwise);
 * the stream is readable and/or writable accordingly, seekable if seekfn
 * is given.  closefn (if any) runs at fclose.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "stdio_impl.h"

struct fun {
	void *cookie;
	int (*rd)(void *, char *, int);
	int (*wr)(void *, const char *, int);
	off_t (*sk)(void *, off_t, int);
	int (*cl)(void *);
};

static int
clamp(size_t n)
{
	return n > INT_MAX ? INT_MAX : (int)n;
}

static ssize_t
fun_read(FILE *f, void *buf, size_t n)
{
	struct fun *u = f->cookie;

	return u->rd(u->cookie, buf, clamp(n));
}

static ssize_t
fun_write(FILE *f, const void *buf, size_t n)
{
	struct fun *u = f->cookie;

	return u->wr(u->cookie, buf, clamp(n));
}

static off_t
fun_seek(FILE *f, off_t off, int whence)
{
	struct fun *u = f->cookie;

	return u->sk(u->cookie, off, whence);
}

static int
fun_close(FILE *f)
{
	struct fun *u = f->cookie;
	int r = u->cl != NULL ? u->cl(u->cookie) : 0;

	free(u);
	return r;
}

FILE *
funopen(const void *cookie, int (*readfn)(void *, char *, int),
    int (*writefn)(void *, const char *, int),
    off_t (*seekfn)(void *, off_t, int), int (*closefn)(void *))
{
	struct fun *u;
	FILE *f;

	if (readfn == NULL && writefn == NULL) {
		errno = EINVAL;
		return NULL;
	}
	if ((u = malloc(sizeof(*u))) == NULL)
		return NULL;
	if ((f = __sfp()) == NULL) {
		free(u);
		return NULL;
	}
	u->cookie = (void *)(uintptr_t)cookie;
	u->rd = readfn;
	u->wr = writefn;
	u->sk = seekfn;
	u->cl = closefn;
	f->cookie = u;
	f->flags |= (readfn != NULL ? F_RD : 0) | (writefn != NULL ? F_WR : 0);
	f->io_read = readfn != NULL ? fun_read : NULL;
	f->io_write = writefn != NULL ? fun_write : NULL;
	f->io_seek = seekfn != NULL ? fun_seek : NULL;
	f->io_close = fun_close;
	return f;
}
