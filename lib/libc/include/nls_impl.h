/*
 * nls_impl.h: private helpers of the message catalogue functions
 * (gen/catopen.c, catgets.c, catclose.c, __nls_load.c, __nls_expand.c).
 * The file format is described in <nl_types.h>.
 */
#ifndef _NLS_IMPL_H_
#define _NLS_IMPL_H_

#define _NLS_PRIVATE
#include <nl_types.h>
#include <stddef.h>
#include <stdint.h>

/* Where catopen looks when NLSPATH is unset or empty. */
#define __NLS_DEFAULT_PATH                                                     \
	"/usr/share/nls/%L/%N.cat:/usr/share/nls/%N/%L:"                       \
	"/usr/share/nls/%l/%N.cat:/usr/share/nls/%N/%l"

/* A big-endian 32-bit field of the file. */
static __inline int32_t
__nls_be32(const void *p)
{
	const unsigned char *b = p;

	return (int32_t)((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 |
	    (uint32_t)b[2] << 8 | b[3]);
}

/*
 * Substitute %N (name), %L (locale), %l (its language), %t (its
 * territory), %c (its codeset) and %% in the n bytes of template tmpl
 * into buf; -1 if the result does not fit in size bytes.
 */
int __nls_expand(
    const char *, size_t, const char *, const char *, char *, size_t);

/*
 * Read the catalogue at path and check every header, offset and length,
 * so that catgets can trust it.  NULL with errno set (EFTYPE for a file
 * that is not a valid catalogue).
 */
nl_catd __nls_load(const char *);

#endif /* !_NLS_IMPL_H_ */
