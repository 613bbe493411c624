/*
 * stdio_impl.h: the private layout of FILE and the internal helpers of
 * lib/libc/stdio.
 *
 * A stream moves bytes through four hooks (io_read, io_write, io_seek,
 * io_close): descriptors, funopen callbacks and memory streams differ
 * only there.  One buffer serves both directions; the stream is either
 * reading (unread bytes in [rpos, rend)), writing (pending bytes in
 * [buf, wpos), room up to wend) or idle.  UNGET bytes below buf hold
 * ungetc pushback, so at least that many pushbacks always succeed.
 * Every open stream is on one list (__sfhead) so fflush(NULL) and exit
 * can reach it; stdin, stdout and stderr are static members.
 */
#ifndef _STDIO_IMPL_H_
#define _STDIO_IMPL_H_

#include <sys/types.h>
#include <errno.h>
#include <stdio.h>
#include <wchar.h>

#include "libc_private.h"

#define UNGET 8

/* FILE flags */
#define F_RD	  0x0001 /* open for reading */
#define F_WR	  0x0002 /* open for writing */
#define F_APP	  0x0004 /* append mode */
#define F_EOF	  0x0008 /* end-of-file indicator */
#define F_ERR	  0x0010 /* error indicator */
#define F_READING 0x0020 /* buffer holds input */
#define F_WRITING 0x0040 /* buffer holds output */
#define F_MYBUF	  0x0080 /* buffer allocated by stdio */
#define F_STATIC  0x0100 /* stdin, stdout, stderr: never freed */
#define F_MODESET 0x0200 /* buffering mode chosen */
#define F_USED	  0x0400 /* slot in use */

struct __sFILE {
	int flags;
	int fd;		     /* -1 when not backed by a descriptor */
	int mode;	     /* _IOFBF, _IOLBF, _IONBF */
	unsigned char *base; /* allocation: pushback area + buf */
	unsigned char *buf;
	size_t bufsize;
	unsigned char *rpos, *rend;
	unsigned char *wpos, *wend;
	ssize_t (*io_read)(FILE *, void *, size_t);
	ssize_t (*io_write)(FILE *, const void *, size_t);
	off_t (*io_seek)(FILE *, off_t, int);
	int (*io_close)(FILE *);
	void *cookie;  /* hook state (funopen, memstreams) */
	int orient;    /* <0 byte, >0 wide, 0 undecided */
	mbstate_t mbs; /* wide-character conversion state */
	pid_t pid;     /* popen child, or 0 */
	char *lnbuf;   /* fgetln line */
	size_t lnsize;
	unsigned char nbuf[UNGET + 1]; /* buffer when unbuffered */
	FILE *next;
};

extern FILE *__sfhead;

FILE *__sfp(void);
void __sfree(FILE *);
int __sflags(const char *, int *);
int __smakebuf(FILE *);
int __srefill(FILE *);
int __sflush(FILE *);
int __sdiscard(FILE *);
int __swprep(FILE *);
size_t __sfwrite(FILE *, const void *, size_t);
void __sflushall(int);
void __sexit(void);
void __sinit(void);
ssize_t __sfd_read(FILE *, void *, size_t);
ssize_t __sfd_write(FILE *, const void *, size_t);
off_t __sfd_seek(FILE *, off_t, int);
int __sfd_close(FILE *);
int __sgetc(FILE *);
int __sputc(int, FILE *);

/* Set up f as a stream over a caller-provided string (sscanf). */
void __sstrfile(FILE *, const char *, size_t);

int __vfscanf(FILE *, const char *, __builtin_va_list);
/*
 * The wide scanf family: input from stream f, or (f NULL) from the wide
 * string src; widths and %n count wide characters.
 */
int __vfwscanf(FILE *, const wchar_t *, const wchar_t *, __builtin_va_list);
char *__wfmt_to_mb(const wchar_t *);

/*
 * The byte count of an fread or fwrite of n objects of size bytes, or 0
 * when there is nothing to do or the request is bad: EBADF for a NULL
 * stream, EOVERFLOW (and the stream's error indicator) when size * n
 * does not fit in a size_t.
 */
static __inline size_t
__sio_bytes(FILE *f, size_t size, size_t n)
{
	if (f == NULL) {
		errno = EBADF;
		return 0;
	}
	if (size == 0 || n == 0)
		return 0;
	if (n > (size_t)-1 / size) {
		f->flags |= F_ERR;
		errno = EOVERFLOW;
		return 0;
	}
	return size * n;
}

/* Makes f a stream over the file descriptor fd with the F_* flags fl. */
static __inline void
__sfd_attach(FILE *f, int fd, int fl)
{
	f->flags |= fl;
	f->fd = fd;
	f->io_read = __sfd_read;
	f->io_write = __sfd_write;
	f->io_seek = __sfd_seek;
	f->io_close = __sfd_close;
}

#endif /* !_STDIO_IMPL_H_ */
