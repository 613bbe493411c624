/*
 * re_backtrack.c: the exhaustive backtracking matcher used for patterns
 * with back-references (which no automaton can run).  For each start
 * position, in order, it tries every path and keeps the longest match
 * (the first path found among equally long ones), so the overall match is
 * leftmost-longest as POSIX requires.  Empty loop iterations are
 * bounded (RO_ENTER/RO_MARK/RO_CHECK, see re_assert.c), so (a*)*
 * terminates.  A step budget bounds exponential cases and a depth limit
 * bounds the recursion (paths through long loops): REG_ESPACE when either
 * runs out.
 * Entry point: __re_backtrack().
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

struct bt {
	const struct re_guts *g;
	const struct re_subject *S;
	int nslots;
	ptrdiff_t *caps, *best, *loops;
	int found, done, err;
	long budget;
	int depth; /* recursion depth of run() */
};

static int
bref(struct bt *B, int grp, size_t *pos)
{
	ptrdiff_t so = B->caps[2 * grp], eo = B->caps[2 * grp + 1];
	const unsigned char *s = B->S->s;
	size_t len;

	if (so < 0 || eo < so)
		return 0;
	len = (size_t)(eo - so);
	if (*pos + len > B->S->eo)
		return 0;
	for (size_t i = 0; i < len; i++) {
		int a = s[so + i], b = s[*pos + i];

		if (a != b &&
		    (!(B->g->cflags & REG_ICASE) || tolower(a) != tolower(b)))
			return 0;
	}
	*pos += len;
	return 1;
}

static int
single(const struct bt *B, const struct re_inst *in, size_t pos)
{
	int c;

	if (pos >= B->S->eo)
		return 0;
	c = B->S->s[pos];
	switch (in->op) {
	case RO_CHAR:
		return c == in->c;
	case RO_ANY:
		return 1;
	case RO_ANYNL:
		return c != '\n';
	default:
		return (B->g->sets[in->x][c >> 3] >> (c & 7)) & 1;
	}
}

static void
matched(struct bt *B, size_t pos)
{
	if (!B->found || (ptrdiff_t)pos > B->best[1]) {
		memcpy(B->best, B->caps, B->nslots * sizeof(ptrdiff_t));
		B->best[1] = (ptrdiff_t)pos;
		B->found = 1;
		if (pos == B->S->eo)
			B->done = 1; /* nothing can be longer */
	}
}

static void run1(struct bt *, int, size_t);

/* run1() with its recursion bounded: REG_ESPACE rather than a crash. */
static void
run(struct bt *B, int pc, size_t pos)
{
	if (++B->depth > RE_BT_MAXDEPTH)
		B->err = REG_ESPACE;
	else
		run1(B, pc, pos);
	B->depth--;
}

static void
run1(struct bt *B, int pc, size_t pos)
{
	const struct re_inst *in;
	ptrdiff_t old;

	for (;;) {
		if (B->done || B->err)
			return;
		if (--B->budget < 0) {
			B->err = REG_ESPACE;
			return;
		}
		in = &B->g->prog[pc];
		switch (in->op) {
		case RO_CHAR:
		case RO_ANY:
		case RO_ANYNL:
		case RO_SET:
			if (!single(B, in, pos))
				return;
			pos++;
			pc++;
			break;
		case RO_BOL:
		case RO_EOL:
		case RO_WBEG:
		case RO_WEND:
			if (!__re_assert(B->S, in->op, pos))
				return;
			pc++;
			break;
		case RO_JMP:
			pc = in->x;
			break;
		case RO_SPLIT:
			run(B, in->x, pos);
			pc = in->y;
			break;
		case RO_SAVE:
			old = B->caps[in->x];
			B->caps[in->x] = (ptrdiff_t)pos;
			run(B, pc + 1, pos);
			B->caps[in->x] = old;
			return;
		case RO_ENTER:
		case RO_MARK:
			old = B->loops[in->x];
			B->loops[in->x] = __re_loopmark(in->op, old, pos);
			run(B, pc + 1, pos);
			B->loops[in->x] = old;
			return;
		case RO_CHECK:
			if ((pc = __re_loopcheck(
				 in, B->loops[in->x], pos, pc)) < 0)
				return;
			break;
		case RO_BREF:
			if (!bref(B, in->x, &pos))
				return;
			pc++;
			break;
		default: /* RO_MATCH */
			matched(B, pos);
			return;
		}
	}
}

int
__re_backtrack(
    const struct re_guts *g, const struct re_subject *S, ptrdiff_t *best)
{
	struct bt B;

	memset(&B, 0, sizeof(B));
	B.g = g;
	B.S = S;
	B.nslots = 2 * (g->nsub + 1);
	B.best = best;
	B.budget = RE_BT_BUDGET;
	B.caps = malloc(B.nslots * sizeof(ptrdiff_t));
	B.loops = malloc((g->nloops + 1) * sizeof(ptrdiff_t));
	if (B.caps == NULL || B.loops == NULL) {
		free(B.caps);
		free(B.loops);
		return REG_ESPACE;
	}
	for (size_t start = S->so; start <= S->eo && !B.found && !B.err;
	     start++) {
		for (int i = 0; i < B.nslots; i++)
			B.caps[i] = -1;
		for (int i = 0; i < g->nloops; i++)
			B.loops[i] = -1;
		run(&B, 0, start);
	}
	free(B.caps);
	free(B.loops);
	if (B.err)
		return B.err;
	return B.found ? 0 : REG_NOMATCH;
}
