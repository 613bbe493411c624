/*
 * <sys/queue.h>: intrusive lists as macros (the BSD interface).
 *
 *	SLIST	singly-linked list: insert at head or after an element,
 *		remove head (removing another element walks the list).
 *	LIST	doubly-linked list: insert before/after, O(1) removal.
 *	SIMPLEQ	singly-linked tail queue: insert at head or tail.
 *	STAILQ	the same as SIMPLEQ under the other common name.
 *	TAILQ	doubly-linked tail queue: O(1) everything, reverse walks.
 *
 * A list head is declared with X_HEAD(name, type), an entry field in the
 * element with X_ENTRY(type).  The _SAFE loop variants allow removing
 * the current element while walking.
 */

#ifndef _SYS_QUEUE_H_
#define _SYS_QUEUE_H_

#include <sys/null.h>

/* ---- singly-linked list ---- */
#define SLIST_HEAD(name, type)                                                 \
	struct name {                                                          \
		struct type *slh_first;                                        \
	}
#define SLIST_HEAD_INITIALIZER(head)                                           \
	{                                                                      \
		NULL                                                           \
	}
#define SLIST_ENTRY(type)                                                      \
	struct {                                                               \
		struct type *sle_next;                                         \
	}

#define SLIST_FIRST(head)      ((head)->slh_first)
#define SLIST_END(head)	       NULL
#define SLIST_EMPTY(head)      ((head)->slh_first == NULL)
#define SLIST_NEXT(elm, field) ((elm)->field.sle_next)

#define SLIST_FOREACH(var, head, field)                                        \
	for ((var) = (head)->slh_first; (var) != NULL;                         \
	     (var) = (var)->field.sle_next)
#define SLIST_FOREACH_SAFE(var, head, field, tvar)                             \
	for ((var) = SLIST_FIRST(head);                                        \
	     (var) != NULL && ((tvar) = SLIST_NEXT(var, field), 1);            \
	     (var) = (tvar))

#define SLIST_INIT(head)                                                       \
	do {                                                                   \
		(head)->slh_first = NULL;                                      \
	} while (/* CONSTCOND */ 0)
#define SLIST_INSERT_HEAD(head, elm, field)                                    \
	do {                                                                   \
		(elm)->field.sle_next = (head)->slh_first;                     \
		(head)->slh_first = (elm);                                     \
	} while (/* CONSTCOND */ 0)
#define SLIST_INSERT_AFTER(slistelm, elm, field)                               \
	do {                                                                   \
		(elm)->field.sle_next = (slistelm)->field.sle_next;            \
		(slistelm)->field.sle_next = (elm);                            \
	} while (/* CONSTCOND */ 0)
#define SLIST_REMOVE_HEAD(head, field)                                         \
	do {                                                                   \
		(head)->slh_first = (head)->slh_first->field.sle_next;         \
	} while (/* CONSTCOND */ 0)
#define SLIST_REMOVE_AFTER(slistelm, field)                                    \
	do {                                                                   \
		(slistelm)->field.sle_next =                                   \
		    SLIST_NEXT(SLIST_NEXT(slistelm, field), field);            \
	} while (/* CONSTCOND */ 0)
#define SLIST_REMOVE(head, elm, type, field)                                   \
	do {                                                                   \
		if ((head)->slh_first == (elm)) {                              \
			SLIST_REMOVE_HEAD((head), field);                      \
		} else {                                                       \
			struct type *_p = (head)->slh_first;                   \
			while (_p->field.sle_next != (elm))                    \
				_p = _p->field.sle_next;                       \
			_p->field.sle_next = (elm)->field.sle_next;            \
		}                                                              \
	} while (/* CONSTCOND */ 0)

/* ---- doubly-linked list ---- */
#define LIST_HEAD(name, type)                                                  \
	struct name {                                                          \
		struct type *lh_first;                                         \
	}
#define LIST_HEAD_INITIALIZER(head)                                            \
	{                                                                      \
		NULL                                                           \
	}
#define LIST_ENTRY(type)                                                       \
	struct {                                                               \
		struct type *le_next;  /* next element */                      \
		struct type **le_prev; /* address of previous next */          \
	}

#define LIST_FIRST(head)      ((head)->lh_first)
#define LIST_END(head)	      NULL
#define LIST_EMPTY(head)      ((head)->lh_first == NULL)
#define LIST_NEXT(elm, field) ((elm)->field.le_next)

#define LIST_FOREACH(var, head, field)                                         \
	for ((var) = ((head)->lh_first); (var) != NULL;                        \
	     (var) = ((var)->field.le_next))
#define LIST_FOREACH_SAFE(var, head, field, tvar)                              \
	for ((var) = LIST_FIRST(head);                                         \
	     (var) != NULL && ((tvar) = LIST_NEXT(var, field), 1);             \
	     (var) = (tvar))

#define LIST_INIT(head)                                                        \
	do {                                                                   \
		(head)->lh_first = NULL;                                       \
	} while (/* CONSTCOND */ 0)
#define LIST_INSERT_AFTER(listelm, elm, field)                                 \
	do {                                                                   \
		if (((elm)->field.le_next = (listelm)->field.le_next) != NULL) \
			(listelm)->field.le_next->field.le_prev =              \
			    &(elm)->field.le_next;                             \
		(listelm)->field.le_next = (elm);                              \
		(elm)->field.le_prev = &(listelm)->field.le_next;              \
	} while (/* CONSTCOND */ 0)
#define LIST_INSERT_BEFORE(listelm, elm, field)                                \
	do {                                                                   \
		(elm)->field.le_prev = (listelm)->field.le_prev;               \
		(elm)->field.le_next = (listelm);                              \
		*(listelm)->field.le_prev = (elm);                             \
		(listelm)->field.le_prev = &(elm)->field.le_next;              \
	} while (/* CONSTCOND */ 0)
#define LIST_INSERT_HEAD(head, elm, field)                                     \
	do {                                                                   \
		if (((elm)->field.le_next = (head)->lh_first) != NULL)         \
			(head)->lh_first->field.le_prev =                      \
			    &(elm)->field.le_next;                             \
		(head)->lh_first = (elm);                                      \
		(elm)->field.le_prev = &(head)->lh_first;                      \
	} while (/* CONSTCOND */ 0)
#define LIST_REMOVE(elm, field)                                                \
	do {                                                                   \
		if ((elm)->field.le_next != NULL)                              \
			(elm)->field.le_next->field.le_prev =                  \
			    (elm)->field.le_prev;                              \
		*(elm)->field.le_prev = (elm)->field.le_next;                  \
	} while (/* CONSTCOND */ 0)
#define LIST_REPLACE(elm, elm2, field)                                         \
	do {                                                                   \
		if (((elm2)->field.le_next = (elm)->field.le_next) != NULL)    \
			(elm2)->field.le_next->field.le_prev =                 \
			    &(elm2)->field.le_next;                            \
		(elm2)->field.le_prev = (elm)->field.le_prev;                  \
		*(elm2)->field.le_prev = (elm2);                               \
	} while (/* CONSTCOND */ 0)

/* ---- simple (singly-linked tail) queue ---- */
#define SIMPLEQ_HEAD(name, type)                                               \
	struct name {                                                          \
		struct type *sqh_first; /* first element */                    \
		struct type **sqh_last; /* addr of last next element */        \
	}
#define SIMPLEQ_HEAD_INITIALIZER(head)                                         \
	{                                                                      \
		NULL, &(head).sqh_first                                        \
	}
#define SIMPLEQ_ENTRY(type)                                                    \
	struct {                                                               \
		struct type *sqe_next;                                         \
	}

#define SIMPLEQ_FIRST(head)	 ((head)->sqh_first)
#define SIMPLEQ_END(head)	 NULL
#define SIMPLEQ_EMPTY(head)	 ((head)->sqh_first == NULL)
#define SIMPLEQ_NEXT(elm, field) ((elm)->field.sqe_next)

#define SIMPLEQ_FOREACH(var, head, field)                                      \
	for ((var) = ((head)->sqh_first); (var) != NULL;                       \
	     (var) = ((var)->field.sqe_next))
#define SIMPLEQ_FOREACH_SAFE(var, head, field, next)                           \
	for ((var) = ((head)->sqh_first);                                      \
	     (var) != NULL && ((next) = ((var)->field.sqe_next), 1);           \
	     (var) = (next))

#define SIMPLEQ_INIT(head)                                                     \
	do {                                                                   \
		(head)->sqh_first = NULL;                                      \
		(head)->sqh_last = &(head)->sqh_first;                         \
	} while (/* CONSTCOND */ 0)
#define SIMPLEQ_INSERT_HEAD(head, elm, field)                                  \
	do {                                                                   \
		if (((elm)->field.sqe_next = (head)->sqh_first) == NULL)       \
			(head)->sqh_last = &(elm)->field.sqe_next;             \
		(head)->sqh_first = (elm);                                     \
	} while (/* CONSTCOND */ 0)
#define SIMPLEQ_INSERT_TAIL(head, elm, field)                                  \
	do {                                                                   \
		(elm)->field.sqe_next = NULL;                                  \
		*(head)->sqh_last = (elm);                                     \
		(head)->sqh_last = &(elm)->field.sqe_next;                     \
	} while (/* CONSTCOND */ 0)
#define SIMPLEQ_INSERT_AFTER(head, listelm, elm, field)                        \
	do {                                                                   \
		if (((elm)->field.sqe_next = (listelm)->field.sqe_next) ==     \
		    NULL)                                                      \
			(head)->sqh_last = &(elm)->field.sqe_next;             \
		(listelm)->field.sqe_next = (elm);                             \
	} while (/* CONSTCOND */ 0)
#define SIMPLEQ_REMOVE_HEAD(head, field)                                       \
	do {                                                                   \
		if (((head)->sqh_first = (head)->sqh_first->field.sqe_next) == \
		    NULL)                                                      \
			(head)->sqh_last = &(head)->sqh_first;                 \
	} while (/* CONSTCOND */ 0)
#define SIMPLEQ_REMOVE_AFTER(head, elm, field)                                 \
	do {                                                                   \
		if (((elm)->field.sqe_next =                                   \
			    (elm)->field.sqe_next->field.sqe_next) == NULL)    \
			(head)->sqh_last = &(elm)->field.sqe_next;             \
	} while (/* CONSTCOND */ 0)
#define SIMPLEQ_REMOVE(head, elm, type, field)                                 \
	do {                                                                   \
		if ((head)->sqh_first == (elm)) {                              \
			SIMPLEQ_REMOVE_HEAD((head), field);                    \
		} else {                                                       \
			struct type *_p = (head)->sqh_first;                   \
			while (_p->field.sqe_next != (elm))                    \
				_p = _p->field.sqe_next;                       \
			if ((_p->field.sqe_next =                              \
				    _p->field.sqe_next->field.sqe_next) ==     \
			    NULL)                                              \
				(head)->sqh_last = &_p->field.sqe_next;        \
		}                                                              \
	} while (/* CONSTCOND */ 0)
#define SIMPLEQ_CONCAT(head1, head2)                                           \
	do {                                                                   \
		if (!SIMPLEQ_EMPTY((head2))) {                                 \
			*(head1)->sqh_last = (head2)->sqh_first;               \
			(head1)->sqh_last = (head2)->sqh_last;                 \
			SIMPLEQ_INIT((head2));                                 \
		}                                                              \
	} while (/* CONSTCOND */ 0)

/* ---- STAILQ: the same structure under its other name ---- */
#define STAILQ_HEAD(name, type)		 SIMPLEQ_HEAD(name, type)
#define STAILQ_HEAD_INITIALIZER(head)	 SIMPLEQ_HEAD_INITIALIZER(head)
#define STAILQ_ENTRY(type)		 SIMPLEQ_ENTRY(type)
#define STAILQ_FIRST(head)		 SIMPLEQ_FIRST(head)
#define STAILQ_END(head)		 SIMPLEQ_END(head)
#define STAILQ_EMPTY(head)		 SIMPLEQ_EMPTY(head)
#define STAILQ_NEXT(elm, field)		 SIMPLEQ_NEXT(elm, field)
#define STAILQ_FOREACH(var, head, field) SIMPLEQ_FOREACH(var, head, field)
#define STAILQ_FOREACH_SAFE(var, head, field, next)                            \
	SIMPLEQ_FOREACH_SAFE(var, head, field, next)
#define STAILQ_INIT(head) SIMPLEQ_INIT(head)
#define STAILQ_INSERT_HEAD(head, elm, field)                                   \
	SIMPLEQ_INSERT_HEAD(head, elm, field)
#define STAILQ_INSERT_TAIL(head, elm, field)                                   \
	SIMPLEQ_INSERT_TAIL(head, elm, field)
#define STAILQ_INSERT_AFTER(head, listelm, elm, field)                         \
	SIMPLEQ_INSERT_AFTER(head, listelm, elm, field)
#define STAILQ_REMOVE_HEAD(head, field) SIMPLEQ_REMOVE_HEAD(head, field)
#define STAILQ_REMOVE_AFTER(head, elm, field)                                  \
	SIMPLEQ_REMOVE_AFTER(head, elm, field)
#define STAILQ_REMOVE(head, elm, type, field)                                  \
	SIMPLEQ_REMOVE(head, elm, type, field)
#define STAILQ_CONCAT(head1, head2) SIMPLEQ_CONCAT(head1, head2)

/* ---- tail queue ---- */
#define TAILQ_HEAD(name, type)                                                 \
	struct name {                                                          \
		struct type *tqh_first; /* first element */                    \
		struct type **tqh_last; /* addr of last next element */        \
	}
#define TAILQ_HEAD_INITIALIZER(head)                                           \
	{                                                                      \
		NULL, &(head).tqh_first                                        \
	}
#define TAILQ_ENTRY(type)                                                      \
	struct {                                                               \
		struct type *tqe_next;	/* next element */                     \
		struct type **tqe_prev; /* address of previous next element */ \
	}

#define TAILQ_FIRST(head)      ((head)->tqh_first)
#define TAILQ_END(head)	       NULL
#define TAILQ_NEXT(elm, field) ((elm)->field.tqe_next)
#define TAILQ_EMPTY(head)      ((head)->tqh_first == NULL)
/*
 * The last element and the previous one are found through the
 * tqh_last / tqe_prev pointers, which point at a `next' field; the
 * structure holding that field starts with the same two pointers as a
 * head, hence the casts.
 */
#define TAILQ_LAST(head, headname)                                             \
	(*(((struct headname *)(void *)((head)->tqh_last))->tqh_last))
#define TAILQ_PREV(elm, headname, field)                                       \
	(*(((struct headname *)(void *)((elm)->field.tqe_prev))->tqh_last))

#define TAILQ_FOREACH(var, head, field)                                        \
	for ((var) = ((head)->tqh_first); (var) != NULL;                       \
	     (var) = ((var)->field.tqe_next))
#define TAILQ_FOREACH_SAFE(var, head, field, next)                             \
	for ((var) = ((head)->tqh_first);                                      \
	     (var) != NULL && ((next) = TAILQ_NEXT(var, field), 1);            \
	     (var) = (next))
#define TAILQ_FOREACH_REVERSE(var, head, headname, field)                      \
	for ((var) = TAILQ_LAST((head), headname); (var) != NULL;              \
	     (var) = TAILQ_PREV((var), headname, field))
#define TAILQ_FOREACH_REVERSE_SAFE(var, head, headname, field, prev)           \
	for ((var) = TAILQ_LAST((head), headname); (var) != NULL &&            \
	     ((prev) = TAILQ_PREV((var), headname, field), 1);                 \
	     (var) = (prev))

#define TAILQ_INIT(head)                                                       \
	do {                                                                   \
		(head)->tqh_first = NULL;                                      \
		(head)->tqh_last = &(head)->tqh_first;                         \
	} while (/* CONSTCOND */ 0)
#define TAILQ_INSERT_HEAD(head, elm, field)                                    \
	do {                                                                   \
		if (((elm)->field.tqe_next = (head)->tqh_first) != NULL)       \
			(head)->tqh_first->field.tqe_prev =                    \
			    &(elm)->field.tqe_next;                            \
		else                                                           \
			(head)->tqh_last = &(elm)->field.tqe_next;             \
		(head)->tqh_first = (elm);                                     \
		(elm)->field.tqe_prev = &(head)->tqh_first;                    \
	} while (/* CONSTCOND */ 0)
#define TAILQ_INSERT_TAIL(head, elm, field)                                    \
	do {                                                                   \
		(elm)->field.tqe_next = NULL;                                  \
		(elm)->field.tqe_prev = (head)->tqh_last;                      \
		*(head)->tqh_last = (elm);                                     \
		(head)->tqh_last = &(elm)->field.tqe_next;                     \
	} while (/* CONSTCOND */ 0)
#define TAILQ_INSERT_AFTER(head, listelm, elm, field)                          \
	do {                                                                   \
		if (((elm)->field.tqe_next = (listelm)->field.tqe_next) !=     \
		    NULL)                                                      \
			(elm)->field.tqe_next->field.tqe_prev =                \
			    &(elm)->field.tqe_next;                            \
		else                                                           \
			(head)->tqh_last = &(elm)->field.tqe_next;             \
		(listelm)->field.tqe_next = (elm);                             \
		(elm)->field.tqe_prev = &(listelm)->field.tqe_next;            \
	} while (/* CONSTCOND */ 0)
#define TAILQ_INSERT_BEFORE(listelm, elm, field)                               \
	do {                                                                   \
		(elm)->field.tqe_prev = (listelm)->field.tqe_prev;             \
		(elm)->field.tqe_next = (listelm);                             \
		*(listelm)->field.tqe_prev = (elm);                            \
		(listelm)->field.tqe_prev = &(elm)->field.tqe_next;            \
	} while (/* CONSTCOND */ 0)
#define TAILQ_REMOVE(head, elm, field)                                         \
	do {                                                                   \
		if (((elm)->field.tqe_next) != NULL)                           \
			(elm)->field.tqe_next->field.tqe_prev =                \
			    (elm)->field.tqe_prev;                             \
		else                                                           \
			(head)->tqh_last = (elm)->field.tqe_prev;              \
		*(elm)->field.tqe_prev = (elm)->field.tqe_next;                \
	} while (/* CONSTCOND */ 0)
#define TAILQ_REPLACE(head, elm, elm2, field)                                  \
	do {                                                                   \
		if (((elm2)->field.tqe_next = (elm)->field.tqe_next) != NULL)  \
			(elm2)->field.tqe_next->field.tqe_prev =               \
			    &(elm2)->field.tqe_next;                           \
		else                                                           \
			(head)->tqh_last = &(elm2)->field.tqe_next;            \
		(elm2)->field.tqe_prev = (elm)->field.tqe_prev;                \
		*(elm2)->field.tqe_prev = (elm2);                              \
	} while (/* CONSTCOND */ 0)
#define TAILQ_CONCAT(head1, head2, field)                                      \
	do {                                                                   \
		if (!TAILQ_EMPTY(head2)) {                                     \
			*(head1)->tqh_last = (head2)->tqh_first;               \
			(head2)->tqh_first->field.tqe_prev =                   \
			    (head1)->tqh_last;                                 \
			(head1)->tqh_last = (head2)->tqh_last;                 \
			TAILQ_INIT((head2));                                   \
		}                                                              \
	} while (/* CONSTCOND */ 0)

#endif /* !_SYS_QUEUE_H_ */
