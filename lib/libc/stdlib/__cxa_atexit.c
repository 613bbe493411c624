/*
 * __cxa_atexit.c: the exit-handler registry.  __cxa_atexit(fn, arg, dso)
 * registers fn(arg); atexit(3) registers through it.  Handlers live in
 * blocks of 32, the first one static so the first 32 registrations never
 * allocate (POSIX requires at least 32); __libc_atexit_run() calls them
 * newest first, each once, including handlers registered while running.
 */

#include <errno.h>
#include <stdlib.h>

#include "libc_private.h"

#define ATEXIT_BLOCK 32

struct atexit_fn {
	void (*fn)(void *);
	void *arg;
};

struct atexit_block {
	struct atexit_block *next; /* older block */
	int n;
	struct atexit_fn fns[ATEXIT_BLOCK];
};

static struct atexit_block first;
static struct atexit_block *head;

int __cxa_atexit(void (*)(void *), void *, void *);

int
__cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	struct atexit_block *b;

	(void)dso;
	if (fn == NULL) {
		errno = EINVAL;
		return -1;
	}
	if (head == NULL)
		head = &first;
	if (head->n == ATEXIT_BLOCK) {
		if ((b = calloc(1, sizeof(*b))) == NULL) {
			errno = ENOMEM;
			return -1;
		}
		b->next = head;
		head = b;
	}
	head->fns[head->n].fn = fn;
	head->fns[head->n].arg = arg;
	head->n++;
	return 0;
}

void
__libc_atexit_run(void)
{
	struct atexit_fn f;

	while (head != NULL) {
		if (head->n == 0) {
			head = head->next; /* blocks are never freed */
			continue;
		}
		f = head->fns[--head->n];
		f.fn(f.arg);
	}
}
