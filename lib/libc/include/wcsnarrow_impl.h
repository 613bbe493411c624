/*
 * wcsnarrow_impl.h: the helper of wcstod, wcstof and wcstold
 * (lib/libc/stdlib/wcsnarrow.c), which parse through the byte-string
 * converters: every character of a floating-point number is ASCII.
 */
#ifndef _WCSNARROW_IMPL_H_
#define _WCSNARROW_IMPL_H_

#include <stddef.h>
#include <wchar.h>

struct __wcsnarrow {
	const wchar_t *start; /* after leading wide white space */
	char *bytes;	      /* its ASCII prefix as a byte string */
	char small[128];      /* bytes, when it fits */
};

/* Set up n for s; -1 (ENOMEM) if a long prefix cannot be copied. */
int __wcsnarrow_init(struct __wcsnarrow *, const wchar_t *);

/* Map the byte converter's end pointer back; release memory. */
wchar_t *__wcsnarrow_end(struct __wcsnarrow *, const wchar_t *, const char *);

#endif /* !_WCSNARROW_IMPL_H_ */
