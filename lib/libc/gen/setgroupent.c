/*
 * setgroupent.c: setgroupent(): setgrent(), remembering whether the file
 * should stay open (the flat file is reopened cheaply either way).
 * Returns 1.
 */
#include "pwgr_impl.h"

int
setgroupent(int stayopen)
{
	__gr_stayopen = stayopen;
	setgrent();
	return 1;
}
