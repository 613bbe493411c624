/*
 * <string.h>: byte-string and memory functions (C, POSIX and NetBSD).
 */
#ifndef _STRING_H_
#define _STRING_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/null.h>
#include <sys/ansi.h>

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#undef _BSD_SIZE_T_
#endif

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
#include <sys/_locale_t.h>
#endif

__BEGIN_DECLS
void *memchr(const void *, int, size_t);
int memcmp(const void *, const void *, size_t);
void *memcpy(void *__restrict, const void *__restrict, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
char *strcat(char *__restrict, const char *__restrict);
char *strchr(const char *, int);
int strcmp(const char *, const char *);
int strcoll(const char *, const char *);
char *strcpy(char *__restrict, const char *__restrict);
size_t strcspn(const char *, const char *);
char *strerror(int);
size_t strlen(const char *);
char *strncat(char *__restrict, const char *__restrict, size_t);
int strncmp(const char *, const char *, size_t);
char *strncpy(char *__restrict, const char *__restrict, size_t);
char *strpbrk(const char *, const char *);
char *strrchr(const char *, int);
size_t strspn(const char *, const char *);
char *strstr(const char *, const char *);
char *strtok(char *__restrict, const char *__restrict);
size_t strxfrm(char *__restrict, const char *__restrict, size_t);

#if (_POSIX_C_SOURCE - 0) >= 199506L || (_XOPEN_SOURCE - 0) >= 500 ||          \
    defined(_NETBSD_SOURCE)
char *strtok_r(char *__restrict, const char *__restrict, char **__restrict);
int strerror_r(int, char *, size_t);
#endif
#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
void *memccpy(void *__restrict, const void *__restrict, int, size_t);
char *strdup(const char *);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
char *stpcpy(char *__restrict, const char *__restrict);
char *stpncpy(char *__restrict, const char *__restrict, size_t);
char *strndup(const char *, size_t);
size_t strnlen(const char *, size_t);
char *strsignal(int);
#endif

#if defined(_NETBSD_SOURCE)
#include <strings.h>
void *memmem(const void *, size_t, const void *, size_t);
void *memrchr(const void *, int, size_t);
char *strcasestr(const char *, const char *);
size_t strlcat(char *__restrict, const char *__restrict, size_t);
size_t strlcpy(char *__restrict, const char *__restrict, size_t);
char *strsep(char **, const char *);
char *stresep(char **, const char *, int);
char *strnstr(const char *, const char *, size_t);
void strmode(__mode_t, char *);
void *explicit_memset(void *, int, size_t);
int consttime_memequal(const void *, const void *, size_t);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
int strcoll_l(const char *, const char *, locale_t);
char *strerror_l(int, locale_t);
size_t strxfrm_l(char *__restrict, const char *__restrict, size_t, locale_t);
#endif
__END_DECLS

#endif /* !_STRING_H_ */
