/*
 * issetugid.c: issetugid(2): 1 if the process runs with ids other than
 * those of the user who started it.  Approximated from the real and
 * effective ids (a set-id program that already reset them reports 0).
 */

#include <unistd.h>

int
issetugid(void)
{
	return getuid() != geteuid() || getgid() != getegid();
}
