/*
 * verrc: vwarnc, then exit with status eval.
 */
#include <err.h>
#include <stdarg.h>
#include <stdlib.h>

void
verrc(int eval, int code, const char *fmt, va_list ap)
{
	vwarnc(code, fmt, ap);
	exit(eval);
}
