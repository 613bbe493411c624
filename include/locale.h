/*
 * <locale.h>: locale categories, setlocale and localeconv.
 *
 * Supported locales: "C" and "POSIX" (single-byte, ASCII) and the UTF-8
 * locale under the names "C.UTF-8", "C.utf8", "en_US.UTF-8" and
 * "en_US.utf8".  Only LC_CTYPE changes behaviour (multibyte encoding).
 * The POSIX 2008 locale objects (newlocale, uselocale ...) are here too.
 */
#ifndef _LOCALE_H_
#define _LOCALE_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/null.h>

struct lconv {
	char *decimal_point;
	char *thousands_sep;
	char *grouping;
	char *int_curr_symbol;
	char *currency_symbol;
	char *mon_decimal_point;
	char *mon_thousands_sep;
	char *mon_grouping;
	char *positive_sign;
	char *negative_sign;
	char int_frac_digits;
	char frac_digits;
	char p_cs_precedes;
	char p_sep_by_space;
	char n_cs_precedes;
	char n_sep_by_space;
	char p_sign_posn;
	char n_sign_posn;
	char int_p_cs_precedes;
	char int_n_cs_precedes;
	char int_p_sep_by_space;
	char int_n_sep_by_space;
	char int_p_sign_posn;
	char int_n_sign_posn;
};

#define LC_ALL	    0
#define LC_COLLATE  1
#define LC_CTYPE    2
#define LC_MONETARY 3
#define LC_NUMERIC  4
#define LC_TIME	    5
#define LC_MESSAGES 6
#define _LC_LAST    7

#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
#include <sys/_locale_t.h>

#define LC_COLLATE_MASK	 (1 << LC_COLLATE)
#define LC_CTYPE_MASK	 (1 << LC_CTYPE)
#define LC_MONETARY_MASK (1 << LC_MONETARY)
#define LC_NUMERIC_MASK	 (1 << LC_NUMERIC)
#define LC_TIME_MASK	 (1 << LC_TIME)
#define LC_MESSAGES_MASK (1 << LC_MESSAGES)
#define LC_ALL_MASK                                                            \
	(LC_COLLATE_MASK | LC_CTYPE_MASK | LC_MONETARY_MASK |                  \
	    LC_NUMERIC_MASK | LC_TIME_MASK | LC_MESSAGES_MASK)

/* The global locale, for uselocale() and the *_l functions. */
#define LC_GLOBAL_LOCALE ((locale_t)-1)
#endif

__BEGIN_DECLS
struct lconv *localeconv(void);
char *setlocale(int, const char *);
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
locale_t duplocale(locale_t);
void freelocale(locale_t);
locale_t newlocale(int, const char *, locale_t);
locale_t uselocale(locale_t);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
struct lconv *localeconv_l(locale_t);
#endif
__END_DECLS

#endif /* !_LOCALE_H_ */
