/*
 * random: the next number in [0, 2^31 - 1] from the additive feedback
 * generator (see random_core.c).
 */
#include <stdlib.h>

#include "random_impl.h"

long
random(void)
{
	return __random_next();
}
