/*
 * <inttypes.h>: <stdint.h>, the PRI and SCN format macros, and the
 * intmax_t functions (implemented in lib/libc/stdlib).
 */

#ifndef _INTTYPES_H_
#define _INTTYPES_H_

#include <sys/cdefs.h>
#include <sys/_locale_t.h>
#include <sys/featuretest.h>
#include <sys/inttypes.h>
#include <machine/ansi.h>

#if defined(_BSD_WCHAR_T_) && !defined(__cplusplus)
typedef _BSD_WCHAR_T_ wchar_t;
#undef _BSD_WCHAR_T_
#endif

typedef struct {
	intmax_t quot; /* quotient */
	intmax_t rem;  /* remainder */
} imaxdiv_t;

__BEGIN_DECLS
intmax_t strtoimax(const char *__restrict, char **__restrict, int);
uintmax_t strtoumax(const char *__restrict, char **__restrict, int);
intmax_t wcstoimax(const wchar_t *__restrict, wchar_t **__restrict, int);
uintmax_t wcstoumax(const wchar_t *__restrict, wchar_t **__restrict, int);
intmax_t imaxabs(intmax_t);
imaxdiv_t imaxdiv(intmax_t, intmax_t);

#if defined(_NETBSD_SOURCE)
intmax_t strtoi(
    const char *__restrict, char **__restrict, int, intmax_t, intmax_t, int *);
uintmax_t strtou(const char *__restrict, char **__restrict, int, uintmax_t,
    uintmax_t, int *);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
intmax_t strtoimax_l(const char *__restrict, char **__restrict, int, locale_t);
uintmax_t strtoumax_l(const char *__restrict, char **__restrict, int, locale_t);
intmax_t wcstoimax_l(
    const wchar_t *__restrict, wchar_t **__restrict, int, locale_t);
uintmax_t wcstoumax_l(
    const wchar_t *__restrict, wchar_t **__restrict, int, locale_t);
#endif
__END_DECLS

#endif /* !_INTTYPES_H_ */
