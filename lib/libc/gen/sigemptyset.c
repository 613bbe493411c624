/*
 * sigemptyset.c: sigemptyset(3): make a signal set hold no signals.
 */

#include <stddef.h>
#include <errno.h>
#include <signal.h>

int
sigemptyset(sigset_t *set)
{
	if (set == NULL) {
		errno = EFAULT;
		return -1;
	}
	set->__bits[0] = set->__bits[1] = set->__bits[2] = 0;
	set->__bits[3] = 0;
	return 0;
}
