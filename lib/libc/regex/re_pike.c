/*
 * re_pike.c: the Pike VM (a Thompson NFA simulation carrying capture
 * positions per thread) used for every pattern without back-references.
 * Time is O(text length * program size), whatever the pattern.
 *
 * Threads are kept in priority order (the order a backtracker would try
 * them: earlier start first, then the preferred side of each split), and
 * only the first thread to reach an instruction in a step survives.  The
 * overall match is POSIX's leftmost-longest: the earliest start wins, then
 * the longest end; among the paths giving that match, captures come from
 * the highest-priority one (greedy repetition, earlier alternative).
 * regexec then replaces them with POSIX's (re_dissect.c), keeping these
 * only when that pass runs out of budget.
 * Entry point: __re_pike().
 */
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

struct tlist {
	int *pc;
	ptrdiff_t *caps;
	int n;
};

struct stackent {
	int pc; /* instruction, or -1: restore slot to old */
	int slot;
	ptrdiff_t old;
};

struct vm {
	const struct re_guts *g;
	const struct re_subject *S;
	int nslots;   /* captures, then the loop registers */
	int loopbase; /* first loop register */
	unsigned *mark;
	unsigned gen;
	struct stackent *stack;
	ptrdiff_t *work;
};

static void
push(struct vm *V, int *sp, int pc, int slot, ptrdiff_t old)
{
	V->stack[*sp].pc = pc;
	V->stack[*sp].slot = slot;
	V->stack[*sp].old = old;
	(*sp)++;
}

/* Add the thread at pc0 (and everything reachable without consuming a
 * character) to l, with captures caps, at text position pos. */
static void
addthread(
    struct vm *V, struct tlist *l, int pc0, const ptrdiff_t *caps, size_t pos)
{
	const struct re_inst *in;
	int sp = 0, pc, slot, next;

	memcpy(V->work, caps, V->nslots * sizeof(ptrdiff_t));
	push(V, &sp, pc0, 0, 0);
	while (sp > 0) {
		struct stackent e = V->stack[--sp];

		if (e.pc < 0) {
			V->work[e.slot] = e.old;
			continue;
		}
		pc = e.pc;
		if (V->mark[pc] == V->gen)
			continue;
		V->mark[pc] = V->gen;
		in = &V->g->prog[pc];
		switch (in->op) {
		case RO_JMP:
			push(V, &sp, in->x, 0, 0);
			break;
		case RO_SPLIT:
			push(V, &sp, in->y, 0, 0);
			push(V, &sp, in->x, 0, 0);
			break;
		case RO_SAVE:
			push(V, &sp, -1, in->x, V->work[in->x]);
			V->work[in->x] = (ptrdiff_t)pos;
			push(V, &sp, pc + 1, 0, 0);
			break;
		case RO_ENTER:
		case RO_MARK:
			slot = V->loopbase + in->x;
			push(V, &sp, -1, slot, V->work[slot]);
			V->work[slot] =
			    __re_loopmark(in->op, V->work[slot], pos);
			push(V, &sp, pc + 1, 0, 0);
			break;
		case RO_CHECK:
			next = __re_loopcheck(
			    in, V->work[V->loopbase + in->x], pos, pc);
			if (next >= 0)
				push(V, &sp, next, 0, 0);
			break;
		case RO_BOL:
		case RO_EOL:
		case RO_WBEG:
		case RO_WEND:
			if (__re_assert(V->S, in->op, pos))
				push(V, &sp, pc + 1, 0, 0);
			break;
		default:
			l->pc[l->n] = pc;
			memcpy(&l->caps[(size_t)l->n * V->nslots], V->work,
			    V->nslots * sizeof(ptrdiff_t));
			l->n++;
			break;
		}
	}
}

static int
consumes(const struct vm *V, const struct re_inst *in, size_t pos)
{
	int c;

	if (pos >= V->S->eo)
		return 0;
	c = V->S->s[pos];
	switch (in->op) {
	case RO_CHAR:
		return c == in->c;
	case RO_ANY:
		return 1;
	case RO_ANYNL:
		return c != '\n';
	case RO_SET:
		return (V->g->sets[in->x][c >> 3] >> (c & 7)) & 1;
	default:
		return 0;
	}
}

/* One step: run the threads of cl over the character at pos into nl. */
static void
step(struct vm *V, struct tlist *cl, struct tlist *nl, size_t pos,
    ptrdiff_t *best, int *found)
{
	for (int i = 0; i < cl->n; i++) {
		const struct re_inst *in = &V->g->prog[cl->pc[i]];
		ptrdiff_t *caps = &cl->caps[(size_t)i * V->nslots];

		if (*found && caps[0] > best[0])
			continue; /* starts later than a match: cannot win */
		if (in->op == RO_MATCH) {
			if (!*found || caps[0] < best[0] ||
			    (caps[0] == best[0] && caps[1] > best[1])) {
				memcpy(best, caps,
				    V->loopbase * sizeof(ptrdiff_t));
				*found = 1;
			}
			continue;
		}
		if (consumes(V, in, pos))
			addthread(V, nl, cl->pc[i] + 1, caps, pos + 1);
	}
}

static int
alloclist(struct tlist *l, int nprog, int nslots)
{
	l->n = 0;
	l->pc = malloc(nprog * sizeof(int));
	l->caps = malloc((size_t)nprog * nslots * sizeof(ptrdiff_t));
	return l->pc != NULL && l->caps != NULL;
}

/* The first position from pos where a match could start. */
static size_t
skip(const struct vm *V, size_t pos)
{
	const unsigned char *f = V->g->first;

	if (!V->g->usefirst)
		return pos;
	while (pos < V->S->eo &&
	    !((f[V->S->s[pos] >> 3] >> (V->S->s[pos] & 7)) & 1))
		pos++;
	return pos;
}

static int
run(struct vm *V, struct tlist *cl, struct tlist *nl, ptrdiff_t *best,
    ptrdiff_t *empty)
{
	int found = 0;
	struct tlist *t;

	size_t pos = skip(V, V->S->so);

	V->gen++;
	addthread(V, cl, 0, empty, pos);
	for (;; pos++) {
		V->gen++;
		nl->n = 0;
		step(V, cl, nl, pos, best, &found);
		if (pos >= V->S->eo)
			break;
		if (!found) {
			if (nl->n == 0) /* nothing alive: jump ahead */
				pos = skip(V, pos + 1) - 1;
			addthread(V, nl, 0, empty, pos + 1);
		}
		t = cl;
		cl = nl;
		nl = t;
		if (cl->n == 0 && found)
			break;
	}
	return found ? 0 : REG_NOMATCH;
}

int
__re_pike(const struct re_guts *g, const struct re_subject *S, ptrdiff_t *caps)
{
	struct vm V;
	struct tlist a, b;
	ptrdiff_t *empty;
	int r = REG_ESPACE;

	V.g = g;
	V.S = S;
	V.loopbase = 2 * (g->nsub + 1);
	V.nslots = V.loopbase + g->nloops;
	V.gen = 0;
	V.mark = calloc(g->nprog, sizeof(unsigned));
	V.stack = malloc((3 * (size_t)g->nprog + 2) * sizeof(*V.stack));
	V.work = malloc(V.nslots * sizeof(ptrdiff_t));
	empty = malloc(V.nslots * sizeof(ptrdiff_t));
	if (alloclist(&a, g->nprog, V.nslots) &&
	    alloclist(&b, g->nprog, V.nslots) && V.mark != NULL &&
	    V.stack != NULL && V.work != NULL && empty != NULL) {
		for (int i = 0; i < V.nslots; i++)
			empty[i] = -1;
		r = run(&V, &a, &b, caps, empty);
	}
	free(a.pc);
	free(a.caps);
	free(b.pc);
	free(b.caps);
	free(V.mark);
	free(V.stack);
	free(V.work);
	free(empty);
	return r;
}
