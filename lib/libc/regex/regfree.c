/*
 * regfree.c: regfree(): release a compiled expression; it can no longer
 * be used by regexec() (which then returns REG_BADPAT).
 */
#include <stdlib.h>

#include "regex_impl.h"

void
regfree(regex_t *preg)
{
	struct re_guts *g;

	if (preg == NULL || preg->re_magic != RE_MAGIC)
		return;
	g = preg->re_g;
	if (g != NULL) {
		free(g->prog);
		free(g->sets);
		free(g->nodes);
		free(g);
	}
	preg->re_g = NULL;
	preg->re_magic = 0;
}
