/*
 * endgrent.c: endgrent(): close the getgrent() stream.
 */
#include "pwgr_impl.h"

void
endgrent(void)
{
	if (__gr_fp != NULL) {
		fclose(__gr_fp);
		__gr_fp = NULL;
	}
	__gr_stayopen = 0;
}
