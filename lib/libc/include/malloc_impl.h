/*
 * malloc_impl.h: the allocator's private interface (lib/libc/stdlib/
 * malloc_core.c) used by malloc, free, realloc, calloc and the aligned
 * allocation functions.
 *
 * Design: blocks with boundary tags carved from 1 MiB chunks obtained
 * with mmap, kept in segregated free lists (exact 16-byte classes up to
 * 1 KiB, power-of-two classes above), coalesced on free.  Requests of
 * 256 KiB and more get their own mapping, returned with munmap on free.
 * Every block header carries a magic byte and an in-use bit, so freeing
 * a pointer twice or one malloc never returned aborts with a message.
 */
#ifndef _MALLOC_IMPL_H_
#define _MALLOC_IMPL_H_

#include <stddef.h>

#define __MALLOC_ALIGN 16

/* Allocate size bytes; NULL with errno ENOMEM on failure. */
void *__malloc_alloc(size_t);

/* Allocate n zeroed bytes (fresh mappings are not cleared again). */
void *__malloc_zalloc(size_t);

/* Free a pointer from the allocator (NULL is ignored). */
void __malloc_free(void *);

/* Resize; on failure NULL with ENOMEM and the old block untouched. */
void *__malloc_realloc(void *, size_t);

/* Allocate with a power-of-two alignment (>= sizeof(void *)). */
void *__malloc_aligned(size_t, size_t);

/* Usable bytes of an allocated block. */
size_t __malloc_usable(const void *);

#endif /* !_MALLOC_IMPL_H_ */
