/*
 * <stdlib.h>: general utilities (C, POSIX and NetBSD extensions).
 */
#ifndef _STDLIB_H_
#define _STDLIB_H_

#include <sys/cdefs.h>
#include <sys/_locale_t.h>
#include <sys/featuretest.h>
#include <sys/null.h>
#include <sys/ansi.h>

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#undef _BSD_SIZE_T_
#endif

#if defined(_BSD_WCHAR_T_) && !defined(__cplusplus)
typedef _BSD_WCHAR_T_ wchar_t;
#undef _BSD_WCHAR_T_
#endif

typedef struct {
	int quot; /* quotient */
	int rem;  /* remainder */
} div_t;

typedef struct {
	long quot;
	long rem;
} ldiv_t;

typedef struct {
	long long quot;
	long long rem;
} lldiv_t;

#if defined(_NETBSD_SOURCE)
typedef struct {
	__int64_t quot;
	__int64_t rem;
} qdiv_t;
#endif

#define EXIT_FAILURE 1
#define EXIT_SUCCESS 0

#define RAND_MAX 0x7fffffff

/* Bytes in the longest character of the current LC_CTYPE encoding. */
#define MB_CUR_MAX (__mb_cur_max())

__BEGIN_DECLS
size_t __mb_cur_max(void);

__dead void _Exit(int);
__dead void abort(void);
__dead void exit(int);
int abs(int) __constfunc;
int atexit(void (*)(void));
double atof(const char *);
int atoi(const char *);
long atol(const char *);
void *bsearch(const void *, const void *, size_t, size_t,
    int (*)(const void *, const void *));
void *calloc(size_t, size_t) __malloclike;
div_t div(int, int) __constfunc;
void free(void *);
char *getenv(const char *);
long labs(long) __constfunc;
ldiv_t ldiv(long, long) __constfunc;
void *malloc(size_t) __malloclike;
void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
int rand(void);
void *realloc(void *, size_t);
void srand(unsigned int);
double strtod(const char *__restrict, char **__restrict);
long strtol(const char *__restrict, char **__restrict, int);
unsigned long strtoul(const char *__restrict, char **__restrict, int);
int system(const char *);

int mblen(const char *, size_t);
size_t mbstowcs(wchar_t *__restrict, const char *__restrict, size_t);
int mbtowc(wchar_t *__restrict, const char *__restrict, size_t);
int wctomb(char *, wchar_t);
size_t wcstombs(char *__restrict, const wchar_t *__restrict, size_t);

#if defined(_ISOC99_SOURCE) || defined(_NETBSD_SOURCE)
long long atoll(const char *);
long long llabs(long long) __constfunc;
lldiv_t lldiv(long long, long long) __constfunc;
float strtof(const char *__restrict, char **__restrict);
long double strtold(const char *__restrict, char **__restrict);
long long strtoll(const char *__restrict, char **__restrict, int);
unsigned long long strtoull(const char *__restrict, char **__restrict, int);
#endif

#if defined(_ISOC11_SOURCE) || defined(_NETBSD_SOURCE)
void *aligned_alloc(size_t, size_t) __malloclike;
#endif

#if (_POSIX_C_SOURCE - 0) >= 199506L || defined(_XOPEN_SOURCE) ||              \
    defined(_NETBSD_SOURCE)
int rand_r(unsigned int *);
#endif

#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
double drand48(void);
double erand48(unsigned short[3]);
long jrand48(unsigned short[3]);
void lcong48(unsigned short[7]);
long lrand48(void);
long mrand48(void);
long nrand48(unsigned short[3]);
unsigned short *seed48(unsigned short[3]);
void srand48(long);

long a64l(const char *);
char *l64a(long);
char *initstate(unsigned int, char *, size_t);
long random(void);
char *setstate(char *);
void srandom(unsigned int);
void setkey(const char *); /* libcrypt */
int putenv(char *);
char *realpath(const char *__restrict, char *__restrict);
int getsubopt(char **, char *const *, char **);
extern char *suboptarg;
char *mktemp(char *);
int mkstemp(char *);
#endif

#if (_POSIX_C_SOURCE - 0) >= 200112L || (_XOPEN_SOURCE - 0) >= 600 ||          \
    defined(_NETBSD_SOURCE)
int setenv(const char *, const char *, int);
int unsetenv(const char *);
int posix_memalign(void **, size_t, size_t);
#endif

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
char *mkdtemp(char *);
#endif

#if defined(_NETBSD_SOURCE)
int mkstemps(char *, int);
int mkostemp(char *, int);
int mkostemps(char *, int, int);
void *reallocf(void *, size_t);
int reallocarr(void *, size_t, size_t);
void *reallocarray(void *, size_t, size_t);
void *memalign(size_t, size_t) __malloclike;
void *valloc(size_t) __malloclike;

int heapsort(void *, size_t, size_t, int (*)(const void *, const void *));
int mergesort(void *, size_t, size_t, int (*)(const void *, const void *));
int radixsort(const unsigned char **, int, const unsigned char *, unsigned int);
void qsort_r(void *, size_t, size_t,
    int (*)(const void *, const void *, void *), void *);

__int64_t strtoq(const char *__restrict, char **__restrict, int);
__uint64_t strtouq(const char *__restrict, char **__restrict, int);
__int64_t strtoi(const char *__restrict, char **__restrict, int, __int64_t,
    __int64_t, int *);
__uint64_t strtou(const char *__restrict, char **__restrict, int, __uint64_t,
    __uint64_t, int *);
qdiv_t qdiv(__int64_t, __int64_t);
__int64_t qabs(__int64_t);

long long strtonum(const char *, long long, long long, const char **);
__uint32_t arc4random(void);
void arc4random_addrandom(unsigned char *, int);
void arc4random_buf(void *, size_t);
void arc4random_stir(void);
__uint32_t arc4random_uniform(__uint32_t);

int getenv_r(const char *, char *, size_t);

/* Stack allocation, freed when the calling function returns. */
#define alloca(size) __builtin_alloca(size)
const char *getprogname(void) __constfunc;
void setprogname(const char *);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
/* The *_l forms: the same conversion in the given locale. */
double strtod_l(const char *__restrict, char **__restrict, locale_t);
float strtof_l(const char *__restrict, char **__restrict, locale_t);
long double strtold_l(const char *__restrict, char **__restrict, locale_t);
long strtol_l(const char *__restrict, char **__restrict, int, locale_t);
unsigned long strtoul_l(
    const char *__restrict, char **__restrict, int, locale_t);
long long strtoll_l(const char *__restrict, char **__restrict, int, locale_t);
unsigned long long strtoull_l(
    const char *__restrict, char **__restrict, int, locale_t);
#endif
#if defined(_NETBSD_SOURCE)
__int64_t strtoq_l(const char *__restrict, char **__restrict, int, locale_t);
__uint64_t strtouq_l(const char *__restrict, char **__restrict, int, locale_t);
size_t _mb_cur_max_l(locale_t);
#define MB_CUR_MAX_L(loc) _mb_cur_max_l(loc)
int mblen_l(const char *, size_t, locale_t);
size_t mbstowcs_l(
    wchar_t *__restrict, const char *__restrict, size_t, locale_t);
int wctomb_l(char *, wchar_t, locale_t);
int mbtowc_l(wchar_t *__restrict, const char *__restrict, size_t, locale_t);
size_t wcstombs_l(
    char *__restrict, const wchar_t *__restrict, size_t, locale_t);
#endif
__END_DECLS

#endif /* !_STDLIB_H_ */
