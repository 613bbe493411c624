/*
 * <locale.h>: locale categories, setlocale and localeconv.
 *
 * Supported locales: "C" and "POSIX" (single-byte, ASCII) and the UTF-8
 * locale under the names "C.UTF-8", "C.utf8", "en_US.UTF-8" and
 * "en_US.utf8".  Only LC_CTYPE changes behaviour (multibyte encoding).
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

__BEGIN_DECLS
struct lconv *localeconv(void);
char *setlocale(int, const char *);
__END_DECLS

#endif /* !_LOCALE_H_ */
