/*
 * hsearch_r.c: hsearch_r() (NetBSD): find item.key (compared with
 * strcmp) in the table; with ENTER, insert item if absent.  *retval gets
 * the table's entry.  Returns 1, or 0 with errno: ESRCH (FIND, absent),
 * ENOMEM, EINVAL (no table).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "search_impl.h"

static size_t
hash(const char *s)
{
	size_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Double the bucket array, relinking the entries (which do not move). */
static void
grow(struct hsearch_data *head)
{
	size_t n = head->size * 2;
	struct _hsearch_bucket *t = calloc(n, sizeof(*t));
	struct _hsearch_entry *e, *next;

	if (t == NULL)
		return; /* longer chains, still correct */
	for (size_t i = 0; i < head->size; i++)
		for (e = head->table[i].first; e != NULL; e = next) {
			size_t b = hash(e->ent.key) & (n - 1);

			next = e->next;
			e->next = t[b].first;
			t[b].first = e;
		}
	free(head->table);
	head->table = t;
	head->size = n;
}

int
hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *head)
{
	struct _hsearch_entry *e;
	size_t b;

	if (retval == NULL || head == NULL || head->table == NULL ||
	    item.key == NULL) {
		errno = EINVAL;
		return 0;
	}
	*retval = NULL;
	b = hash(item.key) & (head->size - 1);
	for (e = head->table[b].first; e != NULL; e = e->next)
		if (strcmp(e->ent.key, item.key) == 0) {
			*retval = &e->ent;
			return 1;
		}
	if (action != ENTER) {
		errno = ESRCH;
		return 0;
	}
	if ((e = malloc(sizeof(*e))) == NULL) {
		errno = ENOMEM;
		return 0;
	}
	e->ent = item;
	e->next = head->table[b].first;
	head->table[b].first = e;
	*retval = &e->ent;
	if (++head->filled > head->size * 2)
		grow(head);
	return 1;
}
