/*
 * sigfillset.c: sigfillset(3): make a signal set hold every signal.
 */

#include <stddef.h>
#include <errno.h>
#include <signal.h>

int
sigfillset(sigset_t *set)
{
	if (set == NULL) {
		errno = EFAULT;
		return -1;
	}
	set->__bits[0] = set->__bits[1] = set->__bits[2] = 0xffffffff;
	set->__bits[3] = 0xffffffff;
	return 0;
}
