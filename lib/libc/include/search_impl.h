/*
 * search_impl.h: private types of search.h's implementations: the AVL
 * tree node behind tsearch() (the key comes first, as POSIX requires of
 * the returned node pointers) and the hash-table chains behind hsearch().
 */
#ifndef _SEARCH_IMPL_H_
#define _SEARCH_IMPL_H_

#include <stddef.h>

#include <search.h>

typedef struct tnode {
	const void *key; /* must stay the first member */
	struct tnode *left, *right;
	int height;
} tnode_t;

struct _hsearch_entry {
	ENTRY ent;
	struct _hsearch_entry *next;
};

struct _hsearch_bucket {
	struct _hsearch_entry *first;
};

int __tnode_height(const tnode_t *);
tnode_t *__tnode_balance(tnode_t *);

extern struct hsearch_data __hsearch_global;

#endif /* !_SEARCH_IMPL_H_ */
