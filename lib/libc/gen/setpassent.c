/*
 * setpassent.c: setpassent(): setpwent(), remembering whether the file
 * should stay open (the flat file is reopened cheaply either way).
 * Returns 1.
 */
#include "pwgr_impl.h"

int
setpassent(int stayopen)
{
	__pw_stayopen = stayopen;
	setpwent();
	return 1;
}
