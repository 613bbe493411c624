/*
 * endpwent.c: endpwent(): close the getpwent() stream.
 */
#include "pwgr_impl.h"

void
endpwent(void)
{
	if (__pw_fp != NULL) {
		fclose(__pw_fp);
		__pw_fp = NULL;
	}
	__pw_stayopen = 0;
}
