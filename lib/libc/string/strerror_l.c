/*
 * strerror_l: strerror in locale l; the messages are
 * the same (English) in every supported locale.
 */
#include <string.h>

char *
strerror_l(int errnum, locale_t l)
{
	(void)l;
	return strerror(errnum);
}
