/*
 * <nl_types.h>: message catalogues (catopen, catgets, catclose) and
 * nl_item for <langinfo.h>.
 *
 * A catalogue file, as NetBSD's gencat(1) writes it, is all big-endian
 * 32-bit fields: a struct _nls_cat_hdr, then __nsets struct _nls_set_hdr
 * sorted by set number, then the struct _nls_msg_hdr of every set (each
 * set's messages sorted by number, starting at entry __index), then the
 * NUL-terminated message texts.  __msg_hdr_offset, __msg_txt_offset and
 * each message's __offset (from the text start) count bytes after the
 * catalogue header; __mem is the size of everything after the header.
 */
#ifndef _NL_TYPES_H_
#define _NL_TYPES_H_

#include <sys/cdefs.h>
#include <sys/types.h>

#ifdef _NLS_PRIVATE
#define _NLS_MAGIC 0xff88ff89

struct _nls_cat_hdr {
	int32_t __magic;
	int32_t __nsets;
	int32_t __mem;
	int32_t __msg_hdr_offset;
	int32_t __msg_txt_offset;
};

struct _nls_set_hdr {
	int32_t __setno; /* 1 .. NL_SETMAX */
	int32_t __nmsgs; /* messages in the set */
	int32_t __index; /* its first entry in the message header table */
};

struct _nls_msg_hdr {
	int32_t __msgno;  /* 1 .. NL_MSGMAX */
	int32_t __msglen; /* bytes of the text with its NUL */
	int32_t __offset; /* from the start of the texts */
};
#endif /* _NLS_PRIVATE */

#define NL_SETD	      1
#define NL_CAT_LOCALE 1

typedef struct __nl_cat_d {
	void *__data; /* the whole file */
	int __size;
} * nl_catd;

typedef long nl_item;

__BEGIN_DECLS
nl_catd catopen(const char *, int);
char *catgets(nl_catd, int, int, const char *);
int catclose(nl_catd);
__END_DECLS

#endif /* !_NL_TYPES_H_ */
