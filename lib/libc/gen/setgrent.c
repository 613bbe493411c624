/*
 * setgrent.c: setgrent(): restart getgrent() at the first entry.
 */
#include "pwgr_impl.h"

void
setgrent(void)
{
	if (__gr_fp != NULL)
		rewind(__gr_fp);
}
