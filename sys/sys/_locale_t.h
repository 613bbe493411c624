/*
 * <sys/_locale_t.h>: the locale_t type (POSIX 2008), defined once for
 * every header that declares the *_l functions: <locale.h>, <ctype.h>,
 * <wctype.h>, <string.h>, <strings.h>, <wchar.h> and <langinfo.h>,
 * each of which includes this file in its POSIX 2008 section.  Not for
 * direct use.
 */

#ifndef _SYS__LOCALE_T_H_
#define _SYS__LOCALE_T_H_

typedef struct __locale_state *locale_t;

#endif /* !_SYS__LOCALE_T_H_ */
