/*
 * munlockall.c: munlockall(2): unlock the whole address space.  Locking
 * is advisory on both ports (see mlock.c), so this always succeeds.
 */

#include <sys/mman.h>

int
munlockall(void)
{
	return 0;
}
