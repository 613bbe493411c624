/*
 * <ctype.h>: byte classification and case mapping.
 *
 * The classification macros index _ctype_tab_ (257 entries: EOF then the
 * bytes 0..255) and are valid for EOF and every unsigned char value.  All
 * supported locales (C, POSIX, C.UTF-8) classify single bytes the same
 * way: only ASCII has classes; bytes 0x80..0xff belong to none.
 */
#ifndef _CTYPE_H_
#define _CTYPE_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>

#define _CTYPE_A  0x0001 /* alphabetic */
#define _CTYPE_C  0x0002 /* control */
#define _CTYPE_D  0x0004 /* decimal digit */
#define _CTYPE_G  0x0008 /* graphic */
#define _CTYPE_L  0x0010 /* lower case */
#define _CTYPE_P  0x0020 /* punctuation */
#define _CTYPE_S  0x0040 /* space */
#define _CTYPE_U  0x0080 /* upper case */
#define _CTYPE_X  0x0100 /* hexadecimal digit */
#define _CTYPE_BL 0x0200 /* blank */
#define _CTYPE_R  0x0400 /* printable */

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
#include <sys/_locale_t.h>
#endif

__BEGIN_DECLS
extern const unsigned short *_ctype_tab_;
extern const short *_tolower_tab_;
extern const short *_toupper_tab_;

int isalnum(int);
int isalpha(int);
int iscntrl(int);
int isdigit(int);
int isgraph(int);
int islower(int);
int isprint(int);
int ispunct(int);
int isspace(int);
int isupper(int);
int isxdigit(int);
int tolower(int);
int toupper(int);
#if defined(_ISOC99_SOURCE) || (_POSIX_C_SOURCE - 0) > 200112L ||              \
    defined(_NETBSD_SOURCE)
int isblank(int);
#endif
#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
int isascii(int);
int toascii(int);
int _tolower(int);
int _toupper(int);
#endif
#if defined(_NETBSD_SOURCE)
int digittoint(int);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
int isalnum_l(int, locale_t);
int isalpha_l(int, locale_t);
int isblank_l(int, locale_t);
int iscntrl_l(int, locale_t);
int isdigit_l(int, locale_t);
int isgraph_l(int, locale_t);
int islower_l(int, locale_t);
int isprint_l(int, locale_t);
int ispunct_l(int, locale_t);
int isspace_l(int, locale_t);
int isupper_l(int, locale_t);
int isxdigit_l(int, locale_t);
int tolower_l(int, locale_t);
int toupper_l(int, locale_t);
#endif
__END_DECLS

#define __ctype_bits(c) ((int)((_ctype_tab_ + 1)[(c)]))

#define isalnum(c)  (__ctype_bits(c) & (_CTYPE_A | _CTYPE_D))
#define isalpha(c)  (__ctype_bits(c) & _CTYPE_A)
#define iscntrl(c)  (__ctype_bits(c) & _CTYPE_C)
#define isdigit(c)  (__ctype_bits(c) & _CTYPE_D)
#define isgraph(c)  (__ctype_bits(c) & _CTYPE_G)
#define islower(c)  (__ctype_bits(c) & _CTYPE_L)
#define isprint(c)  (__ctype_bits(c) & _CTYPE_R)
#define ispunct(c)  (__ctype_bits(c) & _CTYPE_P)
#define isspace(c)  (__ctype_bits(c) & _CTYPE_S)
#define isupper(c)  (__ctype_bits(c) & _CTYPE_U)
#define isxdigit(c) (__ctype_bits(c) & _CTYPE_X)
#define tolower(c)  ((int)((_tolower_tab_ + 1)[(c)]))
#define toupper(c)  ((int)((_toupper_tab_ + 1)[(c)]))
#if defined(_ISOC99_SOURCE) || (_POSIX_C_SOURCE - 0) > 200112L ||              \
    defined(_NETBSD_SOURCE)
#define isblank(c) (__ctype_bits(c) & _CTYPE_BL)
#endif
#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
#define isascii(c)  ((unsigned)(c) <= 0177)
#define toascii(c)  ((c)&0177)
#define _tolower(c) ((c) - 'A' + 'a')
#define _toupper(c) ((c) - 'a' + 'A')
#endif

#endif /* !_CTYPE_H_ */
