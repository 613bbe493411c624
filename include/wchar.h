/*
 * <wchar.h>: wide characters and strings, multibyte conversion.
 *
 * wchar_t and wint_t are 32-bit signed integers holding Unicode code
 * points.  The wide stdio functions (fgetwc, fwprintf ...) are declared
 * in the marked section below, which belongs to the stdio code.
 */
#ifndef _WCHAR_H_
#define _WCHAR_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/null.h>
#include <machine/ansi.h>
#include <machine/int_limits.h>

#if defined(_BSD_WCHAR_T_) && !defined(__cplusplus)
typedef _BSD_WCHAR_T_ wchar_t;
#undef _BSD_WCHAR_T_
#endif

#ifdef _BSD_MBSTATE_T_
typedef _BSD_MBSTATE_T_ mbstate_t;
#undef _BSD_MBSTATE_T_
#endif

#ifdef _BSD_WINT_T_
typedef _BSD_WINT_T_ wint_t;
#undef _BSD_WINT_T_
#endif

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#undef _BSD_SIZE_T_
#endif

#ifndef WEOF
#define WEOF ((wint_t)-1)
#endif

struct tm;

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
#include <sys/_locale_t.h>
#endif

__BEGIN_DECLS
wint_t btowc(int);
size_t mbrlen(const char *__restrict, size_t, mbstate_t *__restrict);
size_t mbrtowc(
    wchar_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);
int mbsinit(const mbstate_t *);
size_t mbsrtowcs(wchar_t *__restrict, const char **__restrict, size_t,
    mbstate_t *__restrict);
size_t wcrtomb(char *__restrict, wchar_t, mbstate_t *__restrict);
size_t wcsrtombs(char *__restrict, const wchar_t **__restrict, size_t,
    mbstate_t *__restrict);
int wctob(wint_t);

wchar_t *wcscat(wchar_t *__restrict, const wchar_t *__restrict);
wchar_t *wcschr(const wchar_t *, wchar_t);
int wcscmp(const wchar_t *, const wchar_t *);
int wcscoll(const wchar_t *, const wchar_t *);
wchar_t *wcscpy(wchar_t *__restrict, const wchar_t *__restrict);
size_t wcscspn(const wchar_t *, const wchar_t *);
size_t wcslen(const wchar_t *);
wchar_t *wcsncat(wchar_t *__restrict, const wchar_t *__restrict, size_t);
int wcsncmp(const wchar_t *, const wchar_t *, size_t);
wchar_t *wcsncpy(wchar_t *__restrict, const wchar_t *__restrict, size_t);
wchar_t *wcspbrk(const wchar_t *, const wchar_t *);
wchar_t *wcsrchr(const wchar_t *, wchar_t);
size_t wcsspn(const wchar_t *, const wchar_t *);
wchar_t *wcsstr(const wchar_t *, const wchar_t *);
wchar_t *wcstok(
    wchar_t *__restrict, const wchar_t *__restrict, wchar_t **__restrict);
size_t wcsxfrm(wchar_t *__restrict, const wchar_t *__restrict, size_t);
size_t wcsftime(wchar_t *__restrict, size_t, const wchar_t *__restrict,
    const struct tm *__restrict);
wchar_t *wmemchr(const wchar_t *, wchar_t, size_t);
int wmemcmp(const wchar_t *, const wchar_t *, size_t);
wchar_t *wmemcpy(wchar_t *__restrict, const wchar_t *__restrict, size_t);
wchar_t *wmemmove(wchar_t *, const wchar_t *, size_t);
wchar_t *wmemset(wchar_t *, wchar_t, size_t);

double wcstod(const wchar_t *__restrict, wchar_t **__restrict);
float wcstof(const wchar_t *__restrict, wchar_t **__restrict);
long double wcstold(const wchar_t *__restrict, wchar_t **__restrict);
long wcstol(const wchar_t *__restrict, wchar_t **__restrict, int);
unsigned long wcstoul(const wchar_t *__restrict, wchar_t **__restrict, int);
long long wcstoll(const wchar_t *__restrict, wchar_t **__restrict, int);
unsigned long long wcstoull(
    const wchar_t *__restrict, wchar_t **__restrict, int);

#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
int wcswidth(const wchar_t *, size_t);
int wcwidth(wchar_t);
#endif

#if (_POSIX_C_SOURCE - 0) >= 200809L || defined(_NETBSD_SOURCE)
size_t mbsnrtowcs(wchar_t *__restrict, const char **__restrict, size_t, size_t,
    mbstate_t *__restrict);
size_t wcsnrtombs(char *__restrict, const wchar_t **__restrict, size_t, size_t,
    mbstate_t *__restrict);
wchar_t *wcsdup(const wchar_t *);
size_t wcsnlen(const wchar_t *, size_t);
int wcscasecmp(const wchar_t *, const wchar_t *);
int wcsncasecmp(const wchar_t *, const wchar_t *, size_t);
#endif

#if defined(_NETBSD_SOURCE)
size_t wcslcat(wchar_t *__restrict, const wchar_t *__restrict, size_t);
size_t wcslcpy(wchar_t *__restrict, const wchar_t *__restrict, size_t);
#endif

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
int wcscasecmp_l(const wchar_t *, const wchar_t *, locale_t);
int wcscoll_l(const wchar_t *, const wchar_t *, locale_t);
int wcsncasecmp_l(const wchar_t *, const wchar_t *, size_t, locale_t);
size_t wcsxfrm_l(
    wchar_t *__restrict, const wchar_t *__restrict, size_t, locale_t);
#endif

/* BEGIN wide stdio (owned by the stdio code: fgetwc, fwprintf, ...) */
#ifndef _STDIO_FILE_DECLARED
#define _STDIO_FILE_DECLARED
typedef struct __sFILE FILE;
#endif
wint_t fgetwc(FILE *);
wchar_t *fgetws(wchar_t *__restrict, int, FILE *__restrict);
wint_t fputwc(wchar_t, FILE *);
int fputws(const wchar_t *__restrict, FILE *__restrict);
int fwide(FILE *, int);
int fwprintf(FILE *__restrict, const wchar_t *__restrict, ...);
int fwscanf(FILE *__restrict, const wchar_t *__restrict, ...);
#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
FILE *open_wmemstream(wchar_t **, size_t *);
#endif
wint_t getwc(FILE *);
wint_t getwchar(void);
wint_t putwc(wchar_t, FILE *);
wint_t putwchar(wchar_t);
int swprintf(wchar_t *__restrict, size_t, const wchar_t *__restrict, ...);
int swscanf(const wchar_t *__restrict, const wchar_t *__restrict, ...);
wint_t ungetwc(wint_t, FILE *);
int vfwprintf(FILE *__restrict, const wchar_t *__restrict, __builtin_va_list);
int vfwscanf(FILE *__restrict, const wchar_t *__restrict, __builtin_va_list);
int vswprintf(
    wchar_t *__restrict, size_t, const wchar_t *__restrict, __builtin_va_list);
int vswscanf(
    const wchar_t *__restrict, const wchar_t *__restrict, __builtin_va_list);
int vwprintf(const wchar_t *__restrict, __builtin_va_list);
int vwscanf(const wchar_t *__restrict, __builtin_va_list);
int wprintf(const wchar_t *__restrict, ...);
int wscanf(const wchar_t *__restrict, ...);
/* END wide stdio */
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
wint_t btowc_l(int, locale_t);
int wctob_l(wint_t, locale_t);
int mbsinit_l(const mbstate_t *, locale_t);
size_t mbrlen_l(
    const char *__restrict, size_t, mbstate_t *__restrict, locale_t);
size_t mbrtowc_l(wchar_t *__restrict, const char *__restrict, size_t,
    mbstate_t *__restrict, locale_t);
size_t wcrtomb_l(char *__restrict, wchar_t, mbstate_t *__restrict, locale_t);
size_t mbsrtowcs_l(wchar_t *__restrict, const char **__restrict, size_t,
    mbstate_t *__restrict, locale_t);
size_t mbsnrtowcs_l(wchar_t *__restrict, const char **__restrict, size_t,
    size_t, mbstate_t *__restrict, locale_t);
size_t wcsrtombs_l(char *__restrict, const wchar_t **__restrict, size_t,
    mbstate_t *__restrict, locale_t);
size_t wcsnrtombs_l(char *__restrict, const wchar_t **__restrict, size_t,
    size_t, mbstate_t *__restrict, locale_t);
int wcwidth_l(wchar_t, locale_t);
int wcswidth_l(const wchar_t *, size_t, locale_t);
size_t wcsftime_l(wchar_t *__restrict, size_t, const wchar_t *__restrict,
    const struct tm *__restrict, locale_t);
double wcstod_l(const wchar_t *__restrict, wchar_t **__restrict, locale_t);
float wcstof_l(const wchar_t *__restrict, wchar_t **__restrict, locale_t);
long double wcstold_l(
    const wchar_t *__restrict, wchar_t **__restrict, locale_t);
long wcstol_l(const wchar_t *__restrict, wchar_t **__restrict, int, locale_t);
unsigned long wcstoul_l(
    const wchar_t *__restrict, wchar_t **__restrict, int, locale_t);
long long wcstoll_l(
    const wchar_t *__restrict, wchar_t **__restrict, int, locale_t);
unsigned long long wcstoull_l(
    const wchar_t *__restrict, wchar_t **__restrict, int, locale_t);
#endif
__END_DECLS

#endif /* !_WCHAR_H_ */
