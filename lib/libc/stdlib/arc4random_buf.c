/*
 * arc4random_buf: fill n bytes with random data.
 */
#include <stdlib.h>

#include "arc4random_impl.h"

void
arc4random_buf(void *buf, size_t n)
{
	__arc4random_fill(buf, n);
}
