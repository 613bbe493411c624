/*
 * catgets.c: catgets(3): message msg_id of set set_id from a catalogue
 * opened by catopen, or s (errno EBADF for a bad catalogue, ENOMSG for a
 * missing set or message).  catopen checked the file, so the offsets
 * here are known to be inside it.
 */

#include <errno.h>

#include "nls_impl.h"

/*
 * Binary search of n entries of `size' bytes at base, sorted by their
 * first field; the entry with key, or NULL.
 */
static const unsigned char *
find(const unsigned char *base, int32_t n, size_t size, int key)
{
	int32_t lo = 0, hi = n - 1, mid, k;

	while (lo <= hi) {
		mid = lo + (hi - lo) / 2;
		k = __nls_be32(base + (size_t)mid * size);
		if (k == key)
			return base + (size_t)mid * size;
		if (k < key)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

char *
catgets(nl_catd catd, int set_id, int msg_id, const char *s)
{
	const unsigned char *d, *body, *set, *msg;

	if (catd == NULL || catd == (nl_catd)-1 || catd->__data == NULL) {
		errno = EBADF;
		return (char *)(uintptr_t)s;
	}
	d = catd->__data;
	body = d + sizeof(struct _nls_cat_hdr);
	set =
	    find(body, __nls_be32(d + 4), sizeof(struct _nls_set_hdr), set_id);
	if (set == NULL ||
	    (msg = find(body + __nls_be32(d + 12) +
		     (size_t)__nls_be32(set + 8) * sizeof(struct _nls_msg_hdr),
		 __nls_be32(set + 4), sizeof(struct _nls_msg_hdr), msg_id)) ==
		NULL) {
		errno = ENOMSG;
		return (char *)(uintptr_t)s;
	}
	return (
	    char *)(uintptr_t)(body + __nls_be32(d + 16) + __nls_be32(msg + 8));
}
