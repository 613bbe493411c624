/*
 * regexec.c: regexec(): match a compiled expression against a string.
 * Flags: REG_NOTBOL, REG_NOTEOL, REG_STARTEND (search pmatch[0].rm_so to
 * pmatch[0].rm_eo; offsets are still reported from the string's start).
 * Fills nmatch entries of pmatch (unset groups are -1/-1) unless the
 * expression was compiled with REG_NOSUB: the overall match comes from a
 * matcher, the subexpressions from POSIX's rule (re_dissect.c).  Returns 0,
 * REG_NOMATCH, REG_BADPAT (not a compiled expression), REG_INVARG (bad
 * arguments) or REG_ESPACE.
 */
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

static void
report(const struct re_guts *g, const ptrdiff_t *caps, size_t nmatch,
    regmatch_t *pmatch)
{
	for (size_t i = 0; i < nmatch; i++) {
		if (i <= (size_t)g->nsub && caps[2 * i] >= 0 &&
		    caps[2 * i + 1] >= caps[2 * i]) {
			pmatch[i].rm_so = (regoff_t)caps[2 * i];
			pmatch[i].rm_eo = (regoff_t)caps[2 * i + 1];
		} else {
			pmatch[i].rm_so = -1;
			pmatch[i].rm_eo = -1;
		}
	}
}

int
regexec(const regex_t *__restrict preg, const char *__restrict string,
    size_t nmatch, regmatch_t *__restrict pmatch, int eflags)
{
	const struct re_guts *g;
	struct re_subject S;
	ptrdiff_t *caps;
	int r;

	if (preg == NULL || preg->re_magic != RE_MAGIC || preg->re_g == NULL)
		return REG_BADPAT;
	if (string == NULL)
		return REG_INVARG;
	g = preg->re_g;
	S.s = (const unsigned char *)string;
	S.eflags = eflags;
	S.cflags = g->cflags;
	if (eflags & REG_STARTEND) {
		if (pmatch == NULL || pmatch[0].rm_so < 0 ||
		    pmatch[0].rm_eo < pmatch[0].rm_so)
			return REG_INVARG;
		S.so = (size_t)pmatch[0].rm_so;
		S.eo = (size_t)pmatch[0].rm_eo;
	} else {
		S.so = 0;
		S.eo = strlen(string);
	}
	if ((caps = malloc(2 * (g->nsub + 1) * sizeof(ptrdiff_t))) == NULL)
		return REG_ESPACE;
	r = g->backrefs ? __re_backtrack(g, &S, caps) : __re_pike(g, &S, caps);
	if (r == 0 && !(g->cflags & REG_NOSUB) && pmatch != NULL) {
		/* POSIX submatches; when that pass runs out of budget the
		 * matcher's own (highest-priority path) are kept. */
		if (nmatch > 1)
			(void)__re_dissect(g, &S, caps);
		report(g, caps, nmatch, pmatch);
	}
	free(caps);
	return r;
}
