/*
 * setstate: resume a state buffer set up by initstate; returns the
 * previous buffer, or NULL with EINVAL for a corrupt one.
 */
#include <stdlib.h>

#include "random_impl.h"

char *
setstate(char *buf)
{
	return __random_setstate(buf);
}
