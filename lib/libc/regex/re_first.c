/*
 * re_first.c: the set of bytes every match must start with, so that the
 * Pike VM can skip text where no match can begin (a large speed-up for
 * searches like grep's).  Walks the program from its entry through every
 * instruction that consumes nothing; assertions are passed through, so
 * the set is a safe superset.  No set when a match may be empty or start
 * with any character or a back-reference.
 * Entry point: __re_firstset(), called by regcomp.
 */
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

void
__re_firstset(struct re_guts *g)
{
	unsigned char *seen = calloc(g->nprog, 1);
	int *stack = malloc((size_t)(2 * g->nprog + 1) * sizeof(int));
	int sp = 0, ok = 1;

	g->usefirst = 0;
	memset(g->first, 0, sizeof(g->first));
	if (seen == NULL || stack == NULL)
		ok = 0;
	else
		stack[sp++] = 0;
	while (ok && sp > 0) {
		int pc = stack[--sp];
		const struct re_inst *in = &g->prog[pc];

		if (seen[pc])
			continue;
		seen[pc] = 1;
		switch (in->op) {
		case RO_CHAR:
			g->first[in->c >> 3] |=
			    (unsigned char)(1 << (in->c & 7));
			break;
		case RO_SET:
			for (int i = 0; i < 32; i++)
				g->first[i] |= g->sets[in->x][i];
			break;
		case RO_ANY:
		case RO_ANYNL:
		case RO_BREF:
		case RO_MATCH:
			ok = 0;
			break;
		case RO_JMP:
			stack[sp++] = in->x;
			break;
		case RO_SPLIT:
			stack[sp++] = in->x;
			stack[sp++] = in->y;
			break;
		case RO_CHECK:
			stack[sp++] = pc + 1;
			stack[sp++] = in->y;
			break;
		default: /* SAVE, MARK, ENTER and assertions */
			stack[sp++] = pc + 1;
			break;
		}
	}
	g->usefirst = ok;
	free(seen);
	free(stack);
}
