/*
 * <stdio.h>: standard buffered input/output.
 *
 * FILE is opaque: its layout is private to libc (lib/libc/include/
 * stdio_impl.h), so getc and putc are functions, not macros.  The
 * declarations follow NetBSD's header, including its extensions
 * (funopen, fgetln, fpurge, setbuffer, asprintf ...).
 */
#ifndef _STDIO_H_
#define _STDIO_H_

#include <sys/cdefs.h>
#include <sys/_locale_t.h>
#include <sys/featuretest.h>
#include <sys/ansi.h>
#include <sys/null.h>
#include <machine/ansi.h>

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#undef _BSD_SIZE_T_
#endif

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
#ifdef _BSD_SSIZE_T_
typedef _BSD_SSIZE_T_ ssize_t;
#undef _BSD_SSIZE_T_
#endif
#ifndef off_t
typedef __off_t off_t;
#define off_t __off_t
#endif
#ifndef _VA_LIST_DECLARED
#define _VA_LIST_DECLARED
typedef __builtin_va_list va_list;
#endif
#endif

typedef struct __sfpos {
	__off_t _pos;
	__int64_t _mbstate; /* reserved for the wide conversion state */
} fpos_t;

#ifndef _STDIO_FILE_DECLARED
#define _STDIO_FILE_DECLARED
typedef struct __sFILE FILE;
#endif

#define _IOFBF 0 /* setvbuf: fully buffered */
#define _IOLBF 1 /* setvbuf: line buffered */
#define _IONBF 2 /* setvbuf: unbuffered */

#define BUFSIZ	     1024
#define EOF	     (-1)
#define FOPEN_MAX    20
#define FILENAME_MAX 1024
#define L_tmpnam     1024
#define TMP_MAX	     308915776
#define P_tmpdir     "/tmp/"
#define L_ctermid    1024
#define L_cuserid    9

#ifndef SEEK_SET
#define SEEK_SET 0
#endif
#ifndef SEEK_CUR
#define SEEK_CUR 1
#endif
#ifndef SEEK_END
#define SEEK_END 2
#endif

__BEGIN_DECLS
extern FILE *__stdinp;
extern FILE *__stdoutp;
extern FILE *__stderrp;
__END_DECLS

#define stdin  __stdinp
#define stdout __stdoutp
#define stderr __stderrp

__BEGIN_DECLS
void clearerr(FILE *);
int fclose(FILE *);
int feof(FILE *);
int ferror(FILE *);
int fflush(FILE *);
int fgetc(FILE *);
int fgetpos(FILE *__restrict, fpos_t *__restrict);
char *fgets(char *__restrict, int, FILE *__restrict);
FILE *fopen(const char *__restrict, const char *__restrict);
int fprintf(FILE *__restrict, const char *__restrict, ...) __printflike(2, 3);
int fputc(int, FILE *);
int fputs(const char *__restrict, FILE *__restrict);
size_t fread(void *__restrict, size_t, size_t, FILE *__restrict);
FILE *freopen(const char *__restrict, const char *__restrict, FILE *__restrict);
int fscanf(FILE *__restrict, const char *__restrict, ...) __scanflike(2, 3);
int fseek(FILE *, long, int);
int fsetpos(FILE *, const fpos_t *);
long ftell(FILE *);
size_t fwrite(const void *__restrict, size_t, size_t, FILE *__restrict);
int getc(FILE *);
int getchar(void);
void perror(const char *);
int printf(const char *__restrict, ...) __printflike(1, 2);
int putc(int, FILE *);
int putchar(int);
int puts(const char *);
int remove(const char *);
int rename(const char *, const char *);
void rewind(FILE *);
int scanf(const char *__restrict, ...) __scanflike(1, 2);
void setbuf(FILE *__restrict, char *__restrict);
int setvbuf(FILE *__restrict, char *__restrict, int, size_t);
int sscanf(const char *__restrict, const char *__restrict, ...)
    __scanflike(2, 3);
FILE *tmpfile(void);
char *tmpnam(char *);
int ungetc(int, FILE *);
int vfprintf(FILE *__restrict, const char *__restrict, __builtin_va_list)
    __printflike(2, 0);
int vprintf(const char *__restrict, __builtin_va_list) __printflike(1, 0);
int sprintf(char *__restrict, const char *__restrict, ...) __printflike(2, 3);
int vsprintf(char *__restrict, const char *__restrict, __builtin_va_list)
    __printflike(2, 0);
int snprintf(char *__restrict, size_t, const char *__restrict, ...)
    __printflike(3, 4);
int vsnprintf(char *__restrict, size_t, const char *__restrict,
    __builtin_va_list) __printflike(3, 0);
int vscanf(const char *__restrict, __builtin_va_list) __scanflike(1, 0);
int vfscanf(FILE *__restrict, const char *__restrict, __builtin_va_list)
    __scanflike(2, 0);
int vsscanf(const char *__restrict, const char *__restrict, __builtin_va_list)
    __scanflike(2, 0);

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
char *ctermid(char *);
FILE *fdopen(int, const char *);
int fileno(FILE *);
void flockfile(FILE *);
int ftrylockfile(FILE *);
void funlockfile(FILE *);
int getc_unlocked(FILE *);
int getchar_unlocked(void);
int putc_unlocked(int, FILE *);
int putchar_unlocked(int);
int pclose(FILE *);
FILE *popen(const char *, const char *);
int fseeko(FILE *, __off_t, int);
__off_t ftello(FILE *);
char *tempnam(const char *, const char *);
int getw(FILE *);
int putw(int, FILE *);
#endif

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
int dprintf(int, const char *__restrict, ...) __printflike(2, 3);
int vdprintf(int, const char *__restrict, __builtin_va_list) __printflike(2, 0);
ssize_t getdelim(char **__restrict, size_t *__restrict, int, FILE *__restrict);
ssize_t getline(char **__restrict, size_t *__restrict, FILE *__restrict);
int renameat(int, const char *, int, const char *);
FILE *fmemopen(void *__restrict, size_t, const char *__restrict);
FILE *open_memstream(char **, size_t *);
#endif

#if defined(_NETBSD_SOURCE)
int asprintf(char **__restrict, const char *__restrict, ...) __printflike(2, 3);
int vasprintf(char **__restrict, const char *__restrict, __builtin_va_list)
    __printflike(2, 0);
char *fgetln(FILE *__restrict, size_t *__restrict);
int fdclose(FILE *, int *);
int fpurge(FILE *);
void setbuffer(FILE *, char *, int);
int setlinebuf(FILE *);
FILE *funopen(const void *, int (*)(void *, char *, int),
    int (*)(void *, const char *, int), __off_t (*)(void *, __off_t, int),
    int (*)(void *));
#define fropen(cookie, fn) funopen(cookie, fn, 0, 0, 0)
#define fwopen(cookie, fn) funopen(cookie, 0, fn, 0, 0)

/* fparseln(3): the next logical line; flags remove escapes. */
#define FPARSELN_UNESCESC  0x01 /* before an escaped escape */
#define FPARSELN_UNESCCONT 0x02 /* before an escaped continuation */
#define FPARSELN_UNESCCOMM 0x04 /* before an escaped comment */
#define FPARSELN_UNESCREST 0x08 /* before any other character */
#define FPARSELN_UNESCALL  0x0f
char *fparseln(FILE *, size_t *, size_t *, const char[3], int);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
int fprintf_l(FILE *__restrict, locale_t, const char *__restrict, ...)
    __printflike(3, 4);
int printf_l(locale_t, const char *__restrict, ...) __printflike(2, 3);
int sprintf_l(char *__restrict, locale_t, const char *__restrict, ...)
    __printflike(3, 4);
int snprintf_l(char *__restrict, size_t, locale_t, const char *__restrict, ...)
    __printflike(4, 5);
int asprintf_l(char **, locale_t, const char *, ...) __printflike(3, 4);
int dprintf_l(int, locale_t, const char *__restrict, ...) __printflike(3, 4);
int vfprintf_l(FILE *__restrict, locale_t, const char *__restrict,
    __builtin_va_list) __printflike(3, 0);
int vprintf_l(locale_t, const char *__restrict, __builtin_va_list)
    __printflike(2, 0);
int vsprintf_l(char *__restrict, locale_t, const char *__restrict,
    __builtin_va_list) __printflike(3, 0);
int vsnprintf_l(char *__restrict, size_t, locale_t, const char *__restrict,
    __builtin_va_list) __printflike(4, 0);
int vasprintf_l(char **, locale_t, const char *, __builtin_va_list)
    __printflike(3, 0);
int vdprintf_l(int, locale_t, const char *__restrict, __builtin_va_list)
    __printflike(3, 0);
int fscanf_l(FILE *__restrict, locale_t, const char *__restrict, ...)
    __scanflike(3, 4);
int scanf_l(locale_t, const char *__restrict, ...) __scanflike(2, 3);
int sscanf_l(const char *__restrict, locale_t, const char *__restrict, ...)
    __scanflike(3, 4);
int vfscanf_l(FILE *__restrict, locale_t, const char *__restrict,
    __builtin_va_list) __scanflike(3, 0);
int vscanf_l(locale_t, const char *__restrict, __builtin_va_list)
    __scanflike(2, 0);
int vsscanf_l(const char *__restrict, locale_t, const char *__restrict,
    __builtin_va_list) __scanflike(3, 0);
#endif
__END_DECLS

#endif /* !_STDIO_H_ */
