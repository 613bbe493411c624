/*
 * getline: getdelim up to a newline.
 */
#include "stdio_impl.h"

ssize_t
getline(char **__restrict lp, size_t *__restrict np, FILE *__restrict f)
{
	return getdelim(lp, np, '\n', f);
}
