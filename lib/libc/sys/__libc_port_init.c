/*
 * __libc_port_init.c: Bulkhead start-up work of the system-call layer:
 * none yet (PM sets up signals and the break before the program runs).
 */

#include "libc_private.h"

void
__libc_port_init(void)
{
}
