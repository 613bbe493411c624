/*
 * regcomp.c: regcomp(): compile a POSIX regular expression (BRE, or ERE
 * with REG_EXTENDED) for regexec().  Flags: REG_ICASE, REG_NOSUB,
 * REG_NEWLINE, REG_NOSPEC (the pattern is literal text), REG_PEND (the
 * pattern ends at preg->re_endp and may contain NULs).  Returns 0 or a
 * REG_* error code; the parser is in re_parse.c.
 */
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

int
regcomp(regex_t *__restrict preg, const char *__restrict pattern, int cflags)
{
	struct re_guts *g;
	size_t len;
	int err;

	if (preg == NULL || pattern == NULL)
		return REG_INVARG;
	if ((cflags & REG_EXTENDED) && (cflags & REG_NOSPEC))
		return REG_INVARG;
	if (cflags & REG_PEND) {
		if (preg->re_endp == NULL || preg->re_endp < pattern)
			return REG_INVARG;
		len = (size_t)(preg->re_endp - pattern);
	} else {
		len = strlen(pattern);
	}
	if ((g = calloc(1, sizeof(*g))) == NULL)
		return REG_ESPACE;
	err = __re_parse_compile(g, pattern, len, cflags);
	if (err != 0) {
		free(g->prog);
		free(g->sets);
		free(g);
		return err;
	}
	preg->re_magic = RE_MAGIC;
	preg->re_nsub = (size_t)g->nsub;
	preg->re_g = g;
	return 0;
}
