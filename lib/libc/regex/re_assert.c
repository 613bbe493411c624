/*
 * re_assert.c: the zero-width assertions of both matchers: ^ $ \< \>
 * under REG_NEWLINE, REG_NOTBOL and REG_NOTEOL.
 * Entry points: __re_assert(), __re_isword().
 */
#include <ctype.h>

#include "regex_impl.h"

int
__re_isword(int c)
{
	return isalnum(c) || c == '_';
}

int
__re_assert(const struct re_subject *S, int op, size_t pos)
{
	const unsigned char *s = S->s;
	int nl = (S->cflags & REG_NEWLINE) != 0;

	switch (op) {
	case RO_BOL:
		return (pos == S->so && !(S->eflags & REG_NOTBOL)) ||
		    (nl && pos > S->so && s[pos - 1] == '\n');
	case RO_EOL:
		return (pos == S->eo && !(S->eflags & REG_NOTEOL)) ||
		    (nl && pos < S->eo && s[pos] == '\n');
	case RO_WBEG:
		return pos < S->eo && __re_isword(s[pos]) &&
		    (pos == S->so || !__re_isword(s[pos - 1]));
	default: /* RO_WEND */
		return pos > S->so && __re_isword(s[pos - 1]) &&
		    (pos == S->eo || !__re_isword(s[pos]));
	}
}
