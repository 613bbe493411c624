/*
 * <sys/featuretest.h>: derive the namespace macros a header tests.
 *
 * _POSIX_C_SOURCE, _XOPEN_SOURCE and _NETBSD_SOURCE select what a header
 * makes visible.  If the program asks for no standard at all, everything is
 * visible (_NETBSD_SOURCE is defined), as on NetBSD.
 */

#ifndef _SYS_FEATURETEST_H_
#define _SYS_FEATURETEST_H_

#if defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 1L
#endif

#if defined(_XOPEN_SOURCE) && !defined(_POSIX_C_SOURCE)
#if _XOPEN_SOURCE - 0 >= 700
#define _POSIX_C_SOURCE 200809L
#elif _XOPEN_SOURCE - 0 >= 600
#define _POSIX_C_SOURCE 200112L
#elif _XOPEN_SOURCE - 0 >= 500
#define _POSIX_C_SOURCE 199506L
#endif
#endif

#if ((!defined(_ANSI_SOURCE) && !defined(_POSIX_C_SOURCE) &&                   \
	 !defined(_XOPEN_SOURCE) && !defined(_ISOC99_SOURCE) &&                \
	 !defined(_ISOC11_SOURCE)) ||                                          \
    defined(_GNU_SOURCE)) &&                                                   \
    !defined(_NETBSD_SOURCE)
#define _NETBSD_SOURCE 1
#endif

#if ((defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) ||             \
    (defined(__cplusplus) && __cplusplus >= 201103L) ||                        \
    (_POSIX_C_SOURCE - 0) >= 200112L || (_XOPEN_SOURCE - 0) >= 600) &&         \
    !defined(_ISOC99_SOURCE)
#define _ISOC99_SOURCE 1
#endif

#if ((defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201101L) ||             \
    (defined(__cplusplus) && __cplusplus >= 201103L) ||                        \
    (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700) &&         \
    !defined(_ISOC11_SOURCE)
#define _ISOC11_SOURCE 1
#endif

#endif /* !_SYS_FEATURETEST_H_ */
