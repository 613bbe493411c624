/*
 * re_assert.c: the zero-width tests shared by both matchers: the
 * assertions ^ $ \< \> under REG_NEWLINE, REG_NOTBOL and REG_NOTEOL, and
 * the loop registers that bound empty iterations.
 * Entry points: __re_assert(), __re_isword(), __re_loopmark(),
 * __re_loopcheck().
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

/*
 * Loop registers: -1 on entering a loop (RO_ENTER); the first iteration
 * (RO_MARK) stores -(start + 2), later ones their start.  POSIX lets a
 * repeated subexpression match the empty string only when that is its
 * only iteration: an empty first iteration leaves the loop keeping its
 * captures, an empty later one is a dead end.
 */
ptrdiff_t
__re_loopmark(int op, ptrdiff_t old, size_t pos)
{
	if (op == RO_ENTER)
		return -1;
	return old == -1 ? -(ptrdiff_t)pos - 2 : (ptrdiff_t)pos;
}

/* RO_CHECK: the next instruction, or -1 for a dead end. */
int
__re_loopcheck(const struct re_inst *in, ptrdiff_t v, size_t pos, int pc)
{
	if (v <= -2)
		return -(v + 2) == (ptrdiff_t)pos ? in->y : pc + 1;
	return v == (ptrdiff_t)pos ? -1 : pc + 1;
}
