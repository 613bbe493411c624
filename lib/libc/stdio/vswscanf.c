/*
 * vswscanf: wide formatted input from a wide string, read in place (so
 * widths and %n count its wide characters).
 */
#include <errno.h>
#include <stdarg.h>
#include <wchar.h>

#include "stdio_impl.h"

int
vswscanf(
    const wchar_t *__restrict ws, const wchar_t *__restrict wfmt, va_list ap)
{
	if (ws == NULL) {
		errno = EINVAL;
		return EOF;
	}
	return __vfwscanf(NULL, ws, wfmt, ap);
}
