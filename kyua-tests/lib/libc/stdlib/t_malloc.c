/*
 * t_malloc: the allocator: sizes, alignment, zeroing, realloc growth and
 * shrinking, overflow checks (calloc, reallocarray, reallocarr), the
 * aligned allocators, invalid and double frees, and a randomized stress
 * run that checks every live block's contents.
 */
#include <sys/wait.h>
#include <atf-c.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * Call the allocator through volatile pointers: the compiler knows
 * malloc's contract and would otherwise delete unused allocations, fold
 * malloc(huge) == NULL to false and drop a free/free pair.
 */
static void *(*volatile v_malloc)(size_t) = malloc;
static void *(*volatile v_calloc)(size_t, size_t) = calloc;
static void *(*volatile v_realloc)(void *, size_t) = realloc;
static void *(*volatile v_reallocf)(void *, size_t) = reallocf;
static void *(*volatile v_aligned_alloc)(size_t, size_t) = aligned_alloc;
static void (*volatile v_free)(void *) = free;
#define malloc(n)	    (v_malloc(n))
#define calloc(n, s)	    (v_calloc(n, s))
#define realloc(p, n)	    (v_realloc(p, n))
#define reallocf(p, n)	    (v_reallocf(p, n))
#define aligned_alloc(a, n) (v_aligned_alloc(a, n))
#define free(p)		    (v_free(p))

#include "h_tc.h"

static void
fill(unsigned char *p, size_t n, unsigned tag)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(tag + i * 13);
}

static int
check(const unsigned char *p, size_t n, unsigned tag)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != (unsigned char)(tag + i * 13))
			return 0;
	return 1;
}

TC(sizes_aligned,
    "blocks of many sizes are 16-byte aligned, distinct and "
    "hold their data")
{
	static unsigned char *p[200];
	size_t n;

	for (n = 0; n < 200; n++) {
		p[n] = malloc(n * 37 + (n % 7) * 4096);
		ATF_REQUIRE(p[n] != NULL);
		ATF_CHECK_EQ((uintptr_t)p[n] % 16, 0);
		fill(p[n], n * 37 + (n % 7) * 4096, (unsigned)n);
	}
	for (n = 0; n < 200; n++) {
		ATF_CHECK(check(p[n], n * 37 + (n % 7) * 4096, (unsigned)n));
		free(p[n]);
	}
}

TC(malloc_zero, "malloc(0) returns a unique pointer that can be freed")
{
	void *a = malloc(0), *b = malloc(0);

	ATF_CHECK(a != NULL && b != NULL && a != b);
	free(a);
	free(b);
	free(NULL);
}

TC(large_blocks, "large blocks (mapped separately) work and are aligned")
{
	size_t sizes[] = { 256 << 10, 1 << 20, (3 << 20) + 5, 16 << 20 };
	unsigned char *p;
	size_t i;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		p = malloc(sizes[i]);
		ATF_REQUIRE(p != NULL);
		ATF_CHECK_EQ((uintptr_t)p % 16, 0);
		p[0] = 1;
		p[sizes[i] - 1] = 2;
		ATF_CHECK(p[0] == 1 && p[sizes[i] - 1] == 2);
		free(p);
	}
}

TC(huge_enomem, "impossible sizes fail with ENOMEM")
{
	errno = 0;
	ATF_CHECK(malloc(SIZE_MAX) == NULL);
	ATF_CHECK_EQ(errno, ENOMEM);
	errno = 0;
	ATF_CHECK(malloc(SIZE_MAX / 2) == NULL);
	ATF_CHECK_EQ(errno, ENOMEM);
}

TC(calloc_zeroed,
    "calloc memory is zero, also after reusing freed "
    "dirty memory")
{
	unsigned char *p;
	size_t i, n;

	for (n = 1; n < 5000; n = n * 3 + 1) {
		p = malloc(n);
		ATF_REQUIRE(p != NULL);
		memset(p, 0xff, n);
		free(p);
		p = calloc(n, 1);
		ATF_REQUIRE(p != NULL);
		for (i = 0; i < n; i++)
			ATF_REQUIRE_EQ(p[i], 0);
		free(p);
	}
}

TC(calloc_overflow, "calloc fails with ENOMEM when nmemb * size overflows")
{
	void *p;

	errno = 0;
	ATF_CHECK(calloc(SIZE_MAX / 2, 3) == NULL);
	ATF_CHECK_EQ(errno, ENOMEM);
	errno = 0;
	ATF_CHECK(calloc((size_t)1 << 33, (size_t)1 << 33) == NULL);
	ATF_CHECK_EQ(errno, ENOMEM);
	p = calloc(0, SIZE_MAX); /* 0 bytes: no overflow, a unique block */
	ATF_CHECK(p != NULL);
	free(p);
}

TC(realloc_grow_shrink,
    "realloc keeps the contents while growing step "
    "by step, across the large-block threshold, and when shrinking")
{
	unsigned char *p = NULL, *q;
	size_t n, old = 0;

	for (n = 1; n < (2 << 20); n = n * 2 + 3) {
		q = realloc(p, n);
		ATF_REQUIRE(q != NULL);
		ATF_REQUIRE(check(q, old, 7));
		p = q;
		fill(p, n, 7);
		old = n;
	}
	for (; n > 1; n /= 3) {
		q = realloc(p, n / 3);
		ATF_REQUIRE(q != NULL);
		ATF_REQUIRE(check(q, n / 3, 7));
		p = q;
	}
	free(p);
}

TC(realloc_null_zero,
    "realloc(NULL, n) allocates; realloc(p, 0) returns a "
    "minimal block; a failed realloc leaves the block intact")
{
	char *p = realloc(NULL, 10), *q;

	ATF_REQUIRE(p != NULL);
	strcpy(p, "keep me");
	errno = 0;
	q = realloc(p, SIZE_MAX - 8);
	ATF_CHECK(q == NULL);
	ATF_CHECK_EQ(errno, ENOMEM);
	ATF_CHECK_STREQ(p, "keep me");
	q = realloc(p, 0);
	ATF_CHECK(q != NULL);
	free(q);
}

TC(reallocarray_overflow,
    "reallocarray checks the product (ENOMEM) and "
    "otherwise reallocates")
{
	int *p;

	errno = 0;
	ATF_CHECK(reallocarray(NULL, SIZE_MAX / 4 + 1, 8) == NULL);
	ATF_CHECK_EQ(errno, ENOMEM);
	p = reallocarray(NULL, 100, sizeof(int));
	ATF_REQUIRE(p != NULL);
	p[99] = 42;
	p = reallocarray(p, 200, sizeof(int));
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ(p[99], 42);
	free(p);
}

TC(reallocarr_semantics,
    "reallocarr returns 0 or an error number, keeps "
    "errno, updates the pointer only on success, frees on zero size")
{
	int *p = NULL;
	int *old;

	errno = 1234;
	ATF_CHECK_EQ(reallocarr(&p, 10, sizeof(int)), 0);
	ATF_REQUIRE(p != NULL);
	p[9] = 9;
	old = p;
	ATF_CHECK_EQ(reallocarr(&p, SIZE_MAX / 2, 4), EOVERFLOW);
	ATF_CHECK(p == old);
	ATF_CHECK_EQ(errno, 1234);
	ATF_CHECK_EQ(reallocarr(&p, 1000, sizeof(int)), 0);
	ATF_CHECK_EQ(p[9], 9);
	ATF_CHECK_EQ(reallocarr(&p, 0, sizeof(int)), 0);
	ATF_CHECK(p == NULL);
	ATF_CHECK_EQ(errno, 1234);
}

TC(reallocf_frees, "reallocf frees the block when it fails")
{
	void *p = malloc(32);

	ATF_REQUIRE(p != NULL);
	errno = 0;
	ATF_CHECK(reallocf(p, SIZE_MAX - 16) == NULL);
	ATF_CHECK_EQ(errno, ENOMEM);
	p = reallocf(NULL, 16);
	ATF_CHECK(p != NULL);
	free(p);
}

TC(posix_memalign_checks,
    "posix_memalign honours power-of-two alignments "
    "and refuses others with EINVAL without touching errno")
{
	size_t al;
	void *p;
	int i;

	for (al = sizeof(void *); al <= (1 << 16); al <<= 1) {
		for (i = 0; i < 5; i++) {
			p = NULL;
			ATF_REQUIRE_EQ(
			    posix_memalign(&p, al, 100 + i * 1000), 0);
			ATF_REQUIRE(p != NULL);
			ATF_CHECK_EQ((uintptr_t)p % al, 0);
			memset(p, 0x5a, 100 + i * 1000);
			free(p);
		}
	}
	p = &al;
	errno = 77;
	ATF_CHECK_EQ(posix_memalign(&p, 24, 10), EINVAL);
	ATF_CHECK_EQ(posix_memalign(&p, 4, 10), EINVAL);
	ATF_CHECK_EQ(posix_memalign(&p, 0, 10), EINVAL);
	ATF_CHECK(p == &al);
	ATF_CHECK_EQ(errno, 77);
	ATF_CHECK_EQ(posix_memalign(&p, 64, SIZE_MAX - 100), ENOMEM);
}

TC(aligned_alloc_family,
    "aligned_alloc, memalign and valloc alignments; "
    "bad alignments give EINVAL")
{
	volatile size_t bad = 48; /* hidden from the compiler's check */
	void *p;

	p = aligned_alloc(256, 1000);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ((uintptr_t)p % 256, 0);
	free(p);
	p = memalign(1024, 10);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ((uintptr_t)p % 1024, 0);
	free(p);
	p = valloc(5000);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ((uintptr_t)p % 4096, 0);
	free(p);
	p = aligned_alloc(1 << 20, 3 << 20);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ((uintptr_t)p % (1 << 20), 0);
	free(p);
	errno = 0;
	ATF_CHECK(aligned_alloc(bad, 96) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(memalign(0, 8) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

/* Run fn in a child and report whether it died of SIGABRT. */
static int
aborts(void (*fn)(void))
{
	pid_t pid;
	int status;

	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		close(STDERR_FILENO);
		fn();
		_exit(0);
	}
	ATF_REQUIRE_EQ(waitpid(pid, &status, 0), pid);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

static void
double_free(void)
{
	void *p = malloc(64);

	free(p);
	free(p);
}

static void
wild_free(void)
{
	char *p = malloc(64);

	free(p + 16);
}

static void
misaligned_free(void)
{
	char *p = malloc(64);

	free(p + 3);
}

static void
double_free_large(void)
{
	char buf[64];

	memset(buf, 0, sizeof(buf));
	free(buf + 16);
}

TC(double_free_aborts, "a double free aborts instead of corrupting")
{
	ATF_CHECK(aborts(double_free));
}

TC(invalid_free_aborts, "freeing a pointer malloc never returned aborts")
{
	ATF_CHECK(aborts(wild_free));
	ATF_CHECK(aborts(misaligned_free));
	ATF_CHECK(aborts(double_free_large));
}

TC(coalescing_reuse,
    "freed neighbours merge: a large block fits where "
    "many small freed ones were")
{
	void *small[64];
	char *big;
	int i;

	for (i = 0; i < 64; i++) {
		small[i] = malloc(1000);
		ATF_REQUIRE(small[i] != NULL);
	}
	for (i = 0; i < 64; i++)
		free(small[i]);
	big = malloc(60000);
	ATF_REQUIRE(big != NULL);
	memset(big, 1, 60000);
	free(big);
}

TC(stress_random,
    "a randomized run of malloc, realloc, aligned "
    "allocations and free keeps every live block intact")
{
	enum { N = 500 };
	static unsigned char *p[N];
	static size_t len[N];
	unsigned seed = 12345, r;
	size_t n, al;
	int it, i;

	for (it = 0; it < 60000; it++) {
		r = (unsigned)rand_r(&seed);
		i = (int)(r % N);
		if (p[i] != NULL) {
			ATF_REQUIRE_MSG(check(p[i], len[i], (unsigned)i),
			    "block %d corrupted at iteration %d", i, it);
			if (r & 0x100) {
				free(p[i]);
				p[i] = NULL;
				continue;
			}
			n = (unsigned)rand_r(&seed) % (r & 0x200 ? 70000 : 700);
			p[i] = realloc(p[i], n);
			ATF_REQUIRE(p[i] != NULL);
			ATF_REQUIRE(
			    check(p[i], n < len[i] ? n : len[i], (unsigned)i));
		} else {
			n = (unsigned)rand_r(&seed) %
			    (r & 0x400 ? 300000 : 2000);
			if (r & 0x800) {
				al = (size_t)16 << (r >> 12) % 8;
				p[i] = aligned_alloc(al, n);
				ATF_REQUIRE(p[i] != NULL);
				ATF_REQUIRE_EQ((uintptr_t)p[i] % al, 0);
			} else {
				p[i] = malloc(n);
				ATF_REQUIRE(p[i] != NULL);
			}
		}
		len[i] = n;
		fill(p[i], n, (unsigned)i);
	}
	for (i = 0; i < N; i++) {
		if (p[i] != NULL) {
			ATF_REQUIRE(check(p[i], len[i], (unsigned)i));
			free(p[i]);
		}
	}
}

TC(calloc_large_zeroed,
    "large calloc blocks are zero even where a "
    "dirty block of the same size was freed")
{
	unsigned char *p;
	size_t i, n = 3 << 20;

	p = malloc(n);
	ATF_REQUIRE(p != NULL);
	memset(p, 0xee, n);
	free(p);
	p = calloc(n, 1);
	ATF_REQUIRE(p != NULL);
	for (i = 0; i < n; i += 4093)
		ATF_REQUIRE_EQ(p[i], 0);
	ATF_CHECK_EQ(p[n - 1], 0);
	free(p);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, sizes_aligned);
	ATF_TP_ADD_TC(tp, malloc_zero);
	ATF_TP_ADD_TC(tp, large_blocks);
	ATF_TP_ADD_TC(tp, huge_enomem);
	ATF_TP_ADD_TC(tp, calloc_zeroed);
	ATF_TP_ADD_TC(tp, calloc_overflow);
	ATF_TP_ADD_TC(tp, realloc_grow_shrink);
	ATF_TP_ADD_TC(tp, realloc_null_zero);
	ATF_TP_ADD_TC(tp, reallocarray_overflow);
	ATF_TP_ADD_TC(tp, reallocarr_semantics);
	ATF_TP_ADD_TC(tp, reallocf_frees);
	ATF_TP_ADD_TC(tp, posix_memalign_checks);
	ATF_TP_ADD_TC(tp, aligned_alloc_family);
	ATF_TP_ADD_TC(tp, double_free_aborts);
	ATF_TP_ADD_TC(tp, invalid_free_aborts);
	ATF_TP_ADD_TC(tp, coalescing_reuse);
	ATF_TP_ADD_TC(tp, stress_random);
	ATF_TP_ADD_TC(tp, calloc_large_zeroed);
	return atf_no_error();
}
