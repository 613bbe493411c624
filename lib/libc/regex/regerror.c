/*
 * regerror.c: regerror(): the message for a REG_* code.  With REG_ITOA
 * or'ed into the code it gives the code's name ("REG_NOMATCH"); with
 * REG_ATOI it gives the number (in decimal) of the name in
 * preg->re_endp, or "0".  Copies what fits (NUL-terminated) into buf and
 * returns the size needed, NUL included.
 */
#include <string.h>

#include "regex_impl.h"

static const struct {
	int code;
	const char *name;
	const char *msg;
} errs[] = {
	{ 0, "REG_OK", "success" },
	{ REG_NOMATCH, "REG_NOMATCH", "regexec() failed to match" },
	{ REG_BADPAT, "REG_BADPAT", "invalid regular expression" },
	{ REG_ECOLLATE, "REG_ECOLLATE", "invalid collating element" },
	{ REG_ECTYPE, "REG_ECTYPE", "invalid character class" },
	{ REG_EESCAPE, "REG_EESCAPE", "trailing backslash (\\)" },
	{ REG_ESUBREG, "REG_ESUBREG", "invalid backreference number" },
	{ REG_EBRACK, "REG_EBRACK", "brackets ([ ]) not balanced" },
	{ REG_EPAREN, "REG_EPAREN", "parentheses not balanced" },
	{ REG_EBRACE, "REG_EBRACE", "braces not balanced" },
	{ REG_BADBR, "REG_BADBR", "invalid repetition count(s)" },
	{ REG_ERANGE, "REG_ERANGE", "invalid character range" },
	{ REG_ESPACE, "REG_ESPACE", "out of memory" },
	{ REG_BADRPT, "REG_BADRPT", "repetition-operator operand invalid" },
	{ REG_EMPTY, "REG_EMPTY", "empty (sub)expression" },
	{ REG_ASSERT, "REG_ASSERT", "cannot happen - you found a bug" },
	{ REG_INVARG, "REG_INVARG", "invalid argument to regex routine" },
	{ REG_ENOSYS, "REG_ENOSYS", "function not supported" },
};

#define NERRS (sizeof(errs) / sizeof(errs[0]))

static void
utoa(unsigned v, char *buf)
{
	char tmp[16];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	while (n > 0)
		*buf++ = tmp[--n];
	*buf = '\0';
}

static const char *
atoi_name(const regex_t *preg, char *buf)
{
	strcpy(buf, "0");
	if (preg == NULL || preg->re_endp == NULL)
		return buf;
	for (size_t i = 0; i < NERRS; i++)
		if (strcmp(errs[i].name, preg->re_endp) == 0)
			utoa((unsigned)errs[i].code, buf);
	return buf;
}

static const char *
lookup(int code, char *buf)
{
	int itoa = code & REG_ITOA;

	code &= ~REG_ITOA;
	for (size_t i = 0; i < NERRS; i++)
		if (errs[i].code == code)
			return itoa ? errs[i].name : errs[i].msg;
	if (itoa) {
		strcpy(buf, "REG_0x");
		for (int sh = 28, any = 0; sh >= 0; sh -= 4) {
			int d = (code >> sh) & 0xf;

			if (d != 0 || any || sh == 0) {
				buf[strlen(buf) + 1] = '\0';
				buf[strlen(buf)] = "0123456789abcdef"[d];
				any = 1;
			}
		}
		return buf;
	}
	return "unknown regexp error";
}

size_t
regerror(int errcode, const regex_t *__restrict preg, char *__restrict buf,
    size_t size)
{
	char tmp[32];
	const char *s;
	size_t len;

	if (errcode == REG_ATOI)
		s = atoi_name(preg, tmp);
	else
		s = lookup(errcode, tmp);
	len = strlen(s) + 1;
	if (buf != NULL && size > 0) {
		size_t n = len < size ? len - 1 : size - 1;

		memcpy(buf, s, n);
		buf[n] = '\0';
	}
	return len;
}
