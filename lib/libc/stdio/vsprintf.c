/*
 * vsprintf: vsnprintf without a bound.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

int
vsprintf(char *__restrict s, const char *__restrict fmt, va_list ap)
{
	return vsnprintf(s, SIZE_MAX, fmt, ap);
}
