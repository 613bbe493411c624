/*
 * verrx: vwarnx, then exit with status eval.
 */
#include <err.h>
#include <stdarg.h>
#include <stdlib.h>

void
verrx(int eval, const char *fmt, va_list ap)
{
	vwarnx(fmt, ap);
	exit(eval);
}
