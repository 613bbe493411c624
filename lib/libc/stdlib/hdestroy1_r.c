/*
 * hdestroy1_r.c: hdestroy1_r() (NetBSD): free a hash table, calling
 * freekey and freedata (when not NULL) on every entry's key and data.
 */
#include <stdlib.h>

#include "search_impl.h"

void
hdestroy1_r(struct hsearch_data *head, void (*freekey)(void *),
    void (*freedata)(void *))
{
	struct _hsearch_entry *e, *next;

	if (head == NULL || head->table == NULL)
		return;
	for (size_t i = 0; i < head->size; i++)
		for (e = head->table[i].first; e != NULL; e = next) {
			next = e->next;
			if (freekey != NULL)
				freekey(e->ent.key);
			if (freedata != NULL)
				freedata(e->ent.data);
			free(e);
		}
	free(head->table);
	head->table = NULL;
	head->size = head->filled = 0;
}
