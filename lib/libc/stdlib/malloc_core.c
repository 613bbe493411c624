/*
 * malloc_core.c: the allocator behind malloc(3) (see malloc_impl.h).
 *
 * Block layout: a 16-byte header {prev_size, head} precedes the user
 * area, so user pointers are 16-byte aligned.  head holds the block size
 * (a multiple of 16), the flags INUSE, PREV_INUSE and MMAPPED, and a
 * magic value in the top byte.  prev_size is meaningful only while the
 * previous block is free (it is that block's footer).  A free block
 * keeps its list links in its user area.  Invariant: no two adjacent
 * blocks are free.  Each chunk ends with a zero-size in-use sentinel and
 * its first block carries FIRST, so a chunk that becomes entirely free
 * is recognised and unmapped (one free chunk is kept for reuse).
 */
#include <sys/mman.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "malloc_impl.h"

#define HDR	     16
#define MIN_BLOCK    32
#define F_INUSE	     ((size_t)1)
#define F_PREV_INUSE ((size_t)2)
#define F_MMAPPED    ((size_t)4)
#define F_FIRST	     ((size_t)8)
#define F_MASK	     ((size_t)15)
#define MAGIC	     ((size_t)0xb1 << 56)
#define MAGIC_MASK   ((size_t)0xff << 56)
#define SIZE_OF(h)   ((h) & ~(MAGIC_MASK | F_MASK))
#define CHUNK	     ((size_t)1 << 20)
#define MMAP_MIN     ((size_t)256 << 10)
#define MAX_REQUEST  ((size_t)1 << 46)
#define NBINS	     80
#define PAGE	     ((size_t)4096)

struct block {
	size_t prev_size;
	size_t head;
	struct block *next; /* free blocks only */
	struct block *prev;
};

static struct block *bins[NBINS];
static int nchunks; /* chunks currently mapped */

static __dead void
corrupt(const char *what)
{
	static const char prefix[] = "malloc: ";
	static const char suffix[] = ", aborting\n";

	(void)write(STDERR_FILENO, prefix, sizeof(prefix) - 1);
	(void)write(STDERR_FILENO, what, strlen(what));
	(void)write(STDERR_FILENO, suffix, sizeof(suffix) - 1);
	abort();
}

static size_t
bsize(const struct block *b)
{
	return SIZE_OF(b->head);
}

static struct block *
next_block(struct block *b)
{
	return (struct block *)(void *)((char *)b + bsize(b));
}

static void
set_head(struct block *b, size_t size, size_t flags)
{
	b->head = size | flags | MAGIC;
}

static int
bin_of(size_t size)
{
	int bits;

	if (size <= 1024)
		return (int)(size / 16) - 2;
	bits = 64 - __builtin_clzl(size - 1);
	return bits - 11 + 63 < NBINS ? bits - 11 + 63 : NBINS - 1;
}

static void
unlink_free(struct block *b)
{
	struct block **head = &bins[bin_of(bsize(b))];

	if ((b->next != NULL && b->next->prev != b) ||
	    (b->prev != NULL ? b->prev->next != b : *head != b))
		corrupt("free list corruption detected");
	if (b->prev != NULL)
		b->prev->next = b->next;
	else
		*head = b->next;
	if (b->next != NULL)
		b->next->prev = b->prev;
}

static void
insert_free(struct block *b)
{
	int bin = bin_of(bsize(b));

	b->prev = NULL;
	b->next = bins[bin];
	if (b->next != NULL)
		b->next->prev = b;
	bins[bin] = b;
}

/*
 * Make [b, b + size) one free block: merge with a free successor, write
 * header and footer, clear the successor's PREV_INUSE, file it in a bin
 * (or unmap its chunk if the block now spans all of it).  The caller has
 * already merged with a free predecessor; flags keeps PREV_INUSE and
 * FIRST.
 */
static void
make_free(struct block *b, size_t size, size_t flags)
{
	struct block *n = (struct block *)(void *)((char *)b + size);

	if ((n->head & MAGIC_MASK) != MAGIC)
		corrupt("heap corruption detected");
	if (!(n->head & F_INUSE)) {
		unlink_free(n);
		size += bsize(n);
	}
	set_head(b, size, flags);
	n = next_block(b);
	if ((b->head & F_FIRST) && bsize(n) == 0 && nchunks > 1) {
		nchunks--;
		(void)munmap(b, CHUNK);
		return;
	}
	n->prev_size = size;
	n->head &= ~F_PREV_INUSE;
	insert_free(b);
}

/* Trim an in-use block to need bytes, freeing a large enough tail. */
static void
split(struct block *b, size_t need)
{
	size_t size = bsize(b);
	struct block *rest;

	if (size - need < MIN_BLOCK)
		return;
	set_head(b, need, b->head & F_MASK);
	rest = next_block(b);
	make_free(rest, size - need, F_PREV_INUSE);
}

static struct block *
new_chunk(void)
{
	struct block *b, *end;
	void *p;

	p = mmap(
	    NULL, CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANON, -1, 0);
	if (p == MAP_FAILED)
		return NULL;
	b = p;
	end = (struct block *)(void *)((char *)p + CHUNK - HDR);
	set_head(end, 0, F_INUSE);
	end->prev_size = CHUNK - HDR;
	set_head(b, CHUNK - HDR, F_PREV_INUSE | F_FIRST);
	insert_free(b);
	nchunks++;
	return b;
}

static struct block *
take_free(size_t need)
{
	struct block *b;
	int bin;

	for (bin = bin_of(need); bin < NBINS; bin++) {
		for (b = bins[bin]; b != NULL; b = b->next) {
			if (bsize(b) >= need) {
				unlink_free(b);
				return b;
			}
		}
	}
	return NULL;
}

static void *
mmap_alloc(size_t need, size_t align)
{
	size_t len = (need + align + PAGE - 1) & ~(PAGE - 1);
	struct block *b;
	char *base, *user;

	base = mmap(
	    NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANON, -1, 0);
	if (base == MAP_FAILED) {
		errno = ENOMEM;
		return NULL;
	}
	user = (char *)(((uintptr_t)base + HDR + align - 1) & ~(align - 1));
	b = (struct block *)(void *)(user - HDR);
	b->prev_size = (size_t)((char *)b - base);
	set_head(b, len, F_INUSE | F_MMAPPED);
	return user;
}

static size_t
request_size(size_t n)
{
	size_t need = (n + HDR + 15) & ~(size_t)15;

	return need < MIN_BLOCK ? MIN_BLOCK : need;
}

void *
__malloc_alloc(size_t n)
{
	struct block *b, *nb;
	size_t need;

	if (n > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	need = request_size(n);
	if (need >= MMAP_MIN)
		return mmap_alloc(need, __MALLOC_ALIGN);
	b = take_free(need);
	if (b == NULL) {
		if (new_chunk() == NULL) {
			errno = ENOMEM;
			return NULL;
		}
		b = take_free(need);
	}
	b->head |= F_INUSE;
	nb = next_block(b);
	nb->head |= F_PREV_INUSE;
	split(b, need);
	return (char *)b + HDR;
}

void *
__malloc_zalloc(size_t n)
{
	void *p;

	if (n <= MAX_REQUEST && request_size(n) >= MMAP_MIN)
		return mmap_alloc(request_size(n), __MALLOC_ALIGN); /* zeroed */
	p = __malloc_alloc(n);
	if (p != NULL)
		memset(p, 0, n);
	return p;
}

/* The header of a pointer passed to free/realloc, checked. */
static struct block *
checked_block(const void *p, const char *fn)
{
	struct block *b;

	(void)fn;
	if (((uintptr_t)p & 15) != 0)
		corrupt("free/realloc of a pointer not from malloc");
	b = (struct block *)(void *)((char *)__UNCONST(p) - HDR);
	if ((b->head & MAGIC_MASK) != MAGIC)
		corrupt("free/realloc of a pointer not from malloc");
	if (!(b->head & F_INUSE))
		corrupt("double free or free of an unallocated block");
	return b;
}

void
__malloc_free(void *p)
{
	struct block *b, *pb;
	size_t size;

	if (p == NULL)
		return;
	b = checked_block(p, "free");
	if (b->head & F_MMAPPED) {
		b->head &= ~F_INUSE;
		(void)munmap((char *)b - b->prev_size, bsize(b));
		return;
	}
	size = bsize(b);
	b->head &= ~F_INUSE;
	if (!(b->head & F_PREV_INUSE)) {
		pb = (struct block *)(void *)((char *)b - b->prev_size);
		if ((pb->head & (MAGIC_MASK | F_INUSE)) != MAGIC ||
		    bsize(pb) != b->prev_size)
			corrupt("heap corruption detected");
		unlink_free(pb);
		size += bsize(pb);
		b = pb;
	}
	make_free(b, size, b->head & (F_PREV_INUSE | F_FIRST));
}

size_t
__malloc_usable(const void *p)
{
	const struct block *b = checked_block(p, "usable");

	if (b->head & F_MMAPPED)
		return bsize(b) - b->prev_size - HDR;
	return bsize(b) - HDR;
}

/* Try to grow an arena block in place by absorbing a free successor. */
static int
grow_in_place(struct block *b, size_t need)
{
	struct block *n = next_block(b);

	if ((n->head & F_INUSE) || bsize(b) + bsize(n) < need)
		return 0;
	unlink_free(n);
	set_head(b, bsize(b) + bsize(n), b->head & F_MASK);
	next_block(b)->head |= F_PREV_INUSE;
	split(b, need);
	return 1;
}

void *
__malloc_realloc(void *p, size_t n)
{
	struct block *b;
	size_t need, have;
	void *q;

	if (p == NULL)
		return __malloc_alloc(n);
	b = checked_block(p, "realloc");
	if (n > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	need = request_size(n);
	have = __malloc_usable(p);
	if (b->head & F_MMAPPED) {
		if (n <= have && n >= have / 2)
			return p;
	} else if (need <= bsize(b)) {
		split(b, need);
		return p;
	} else if (need < MMAP_MIN && grow_in_place(b, need)) {
		return p;
	}
	q = __malloc_alloc(n);
	if (q == NULL)
		return NULL;
	memcpy(q, p, n < have ? n : have);
	__malloc_free(p);
	return q;
}

void *
__malloc_aligned(size_t align, size_t n)
{
	struct block *b, *nb;
	size_t need, lead, total;
	char *p, *a;

	if (align <= __MALLOC_ALIGN)
		return __malloc_alloc(n);
	if (n > MAX_REQUEST || align > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	need = request_size(n);
	if (need + align + MIN_BLOCK >= MMAP_MIN)
		return mmap_alloc(need, align);
	p = __malloc_alloc(need + align + MIN_BLOCK);
	if (p == NULL)
		return NULL;
	b = (struct block *)(void *)(p - HDR);
	a = (char *)(((uintptr_t)p + align - 1) & ~(align - 1));
	if (a == p) {
		split(b, need);
		return p;
	}
	if ((size_t)(a - p) < MIN_BLOCK)
		a += align;
	lead = (size_t)(a - p);
	total = bsize(b);
	nb = (struct block *)(void *)(a - HDR);
	set_head(nb, total - lead, F_INUSE);
	make_free(b, lead, b->head & (F_PREV_INUSE | F_FIRST));
	split(nb, need);
	return a;
}
