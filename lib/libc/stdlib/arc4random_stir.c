/*
 * arc4random_stir: reseed the generator from the system's entropy.
 */
#include <stdlib.h>

#include "arc4random_impl.h"

void
arc4random_stir(void)
{
	__arc4random_reseed();
}
