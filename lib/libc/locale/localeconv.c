/*
 * localeconv: numeric and monetary formatting conventions.  All supported
 * locales use the C conventions: "." as radix, no grouping, no currency,
 * and CHAR_MAX ("not available") in every numeric field.
 */
#include <limits.h>
#include <locale.h>

struct lconv *
localeconv(void)
{
	static char dot[] = ".", empty[] = "";
	static struct lconv conv;

	conv.decimal_point = dot;
	conv.thousands_sep = empty;
	conv.grouping = empty;
	conv.int_curr_symbol = empty;
	conv.currency_symbol = empty;
	conv.mon_decimal_point = empty;
	conv.mon_thousands_sep = empty;
	conv.mon_grouping = empty;
	conv.positive_sign = empty;
	conv.negative_sign = empty;
	conv.int_frac_digits = conv.frac_digits = CHAR_MAX;
	conv.p_cs_precedes = conv.p_sep_by_space = CHAR_MAX;
	conv.n_cs_precedes = conv.n_sep_by_space = CHAR_MAX;
	conv.p_sign_posn = conv.n_sign_posn = CHAR_MAX;
	conv.int_p_cs_precedes = conv.int_n_cs_precedes = CHAR_MAX;
	conv.int_p_sep_by_space = conv.int_n_sep_by_space = CHAR_MAX;
	conv.int_p_sign_posn = conv.int_n_sign_posn = CHAR_MAX;
	return &conv;
}
