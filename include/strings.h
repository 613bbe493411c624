/*
 * <strings.h>: the BSD byte-string functions (bcopy, bzero, ffs,
 * strcasecmp ...).
 */
#ifndef _STRINGS_H_
#define _STRINGS_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/null.h>
#include <machine/ansi.h>

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#undef _BSD_SIZE_T_
#endif

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
#include <sys/_locale_t.h>
#endif

__BEGIN_DECLS
int bcmp(const void *, const void *, size_t);
void bcopy(const void *, void *, size_t);
void bzero(void *, size_t);
int ffs(int);
char *index(const char *, int);
char *rindex(const char *, int);
int strcasecmp(const char *, const char *);
int strncasecmp(const char *, const char *, size_t);
#if defined(_NETBSD_SOURCE)
int ffsl(long);
int ffsll(long long);
unsigned int popcount(unsigned int) __constfunc;
unsigned int popcountl(unsigned long) __constfunc;
unsigned int popcountll(unsigned long long) __constfunc;
unsigned int popcount32(__uint32_t) __constfunc;
unsigned int popcount64(__uint64_t) __constfunc;
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
int strcasecmp_l(const char *, const char *, locale_t);
int strncasecmp_l(const char *, const char *, size_t, locale_t);
#endif
__END_DECLS

#endif /* !_STRINGS_H_ */
