/*
 * setpwent.c: setpwent(): restart getpwent() at the first entry.
 */
#include "pwgr_impl.h"

void
setpwent(void)
{
	if (__pw_fp != NULL)
		rewind(__pw_fp);
}
