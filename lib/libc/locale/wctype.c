/*
 * wctype: the handle of a named character class ("alpha", "digit" ...),
 * or 0 with errno EINVAL for an unknown name.
 */
#include <errno.h>
#include <string.h>
#include <wctype.h>

#include "locale_impl.h"

static const char *const class_names[__WC_NCLASSES] = {
	[__WC_ALNUM] = "alnum",
	[__WC_ALPHA] = "alpha",
	[__WC_BLANK] = "blank",
	[__WC_CNTRL] = "cntrl",
	[__WC_DIGIT] = "digit",
	[__WC_GRAPH] = "graph",
	[__WC_LOWER] = "lower",
	[__WC_PRINT] = "print",
	[__WC_PUNCT] = "punct",
	[__WC_SPACE] = "space",
	[__WC_UPPER] = "upper",
	[__WC_XDIGIT] = "xdigit",
};

wctype_t
wctype(const char *name)
{
	int i;

	for (i = __WC_NONE + 1; i < __WC_NCLASSES; i++) {
		if (strcmp(name, class_names[i]) == 0)
			return (wctype_t)i;
	}
	errno = EINVAL;
	return 0;
}
