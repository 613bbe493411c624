/*
 * search.h: searching tables: binary trees (tsearch), hash tables
 * (hsearch and NetBSD's hsearch_r), linear search and queue insertion.
 */
#ifndef _SEARCH_H_
#define _SEARCH_H_

#include <sys/cdefs.h>
#include <machine/ansi.h>

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#undef _BSD_SIZE_T_
#endif

typedef struct entry {
	char *key;
	void *data;
} ENTRY;

typedef enum { FIND, ENTER } ACTION;

typedef enum { preorder, postorder, endorder, leaf } VISIT;

struct _hsearch_bucket;
struct hsearch_data {
	struct _hsearch_bucket *table;
	size_t size;
	size_t filled;
};

__BEGIN_DECLS
int hcreate(size_t);
void hdestroy(void);
ENTRY *hsearch(ENTRY, ACTION);
#if defined(_NETBSD_SOURCE)
void hdestroy1(void (*)(void *), void (*)(void *));
int hcreate_r(size_t, struct hsearch_data *);
void hdestroy_r(struct hsearch_data *);
void hdestroy1_r(struct hsearch_data *, void (*)(void *), void (*)(void *));
int hsearch_r(ENTRY, ACTION, ENTRY **, struct hsearch_data *);
#endif
void *lfind(const void *, const void *, size_t *, size_t,
    int (*)(const void *, const void *));
void *lsearch(const void *, void *, size_t *, size_t,
    int (*)(const void *, const void *));
void insque(void *, void *);
void remque(void *);
void *tdelete(const void *__restrict, void **__restrict,
    int (*)(const void *, const void *));
void *tfind(const void *, void *const *, int (*)(const void *, const void *));
void *tsearch(const void *, void **, int (*)(const void *, const void *));
void twalk(const void *, void (*)(const void *, VISIT, int));
#if defined(_NETBSD_SOURCE)
void tdestroy(void *, void (*)(void *));
#endif
__END_DECLS

#endif /* !_SEARCH_H_ */
