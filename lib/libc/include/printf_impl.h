/*
 * printf_impl.h: the one formatting engine behind the whole printf family
 * (lib/libc/stdio/vfmt.c).  Output goes through a sink: a put function
 * that consumes bytes (writing them to a FILE, a string or a descriptor);
 * the engine counts every byte produced, so callers can report the
 * would-be length.
 */
#ifndef _PRINTF_IMPL_H_
#define _PRINTF_IMPL_H_

#include <stdarg.h>
#include <stddef.h>
#include <wchar.h>

/*
 * In wide mode (the wprintf family) the output is still produced as
 * multibyte bytes, but len counts characters, and field widths and
 * string precisions are measured in characters, as C requires there.
 */
struct __fmtout {
	void (*put)(struct __fmtout *, const char *, size_t);
	void *ctx;
	size_t len; /* bytes (characters in wide mode) so far */
	int err;    /* set by put: an errno value, 0 if fine */
	int wide;
	mbstate_t mbs; /* wide mode: decoding state for counting */
};

/* Conversion flags. */
#define __FMT_MINUS 0x01
#define __FMT_PLUS  0x02
#define __FMT_SPACE 0x04
#define __FMT_HASH  0x08
#define __FMT_ZERO  0x10
#define __FMT_QUOTE 0x20

/* A parsed conversion specification. */
struct __fmtspec {
	int flags;
	int width;
	int prec; /* -1: none */
	int len;  /* length modifier, __FMT_L* */
	int conv; /* conversion character */
};

#define __FMT_LNONE 0
#define __FMT_LHH   1
#define __FMT_LH    2
#define __FMT_LL    3
#define __FMT_LLL   4
#define __FMT_LJ    5
#define __FMT_LZ    6
#define __FMT_LT    7
#define __FMT_LBIG  8 /* L */

int __vfmt(struct __fmtout *, const char *, va_list);
void __fmt_put(struct __fmtout *, const char *, size_t);
void __fmt_pad(struct __fmtout *, int, int);
size_t __fmt_chars(const char *, size_t, size_t *);
void __fmt_float(struct __fmtout *, const struct __fmtspec *, long double, int);

#endif /* !_PRINTF_IMPL_H_ */
