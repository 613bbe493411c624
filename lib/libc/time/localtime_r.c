/*
 * localtime_r.c: localtime_r(): local broken-down time (the zone named by
 * TZ) into the caller's struct tm; NULL with EOVERFLOW if the year does
 * not fit in an int.
 */
#include "time_impl.h"

struct tm *
localtime_r(const time_t *__restrict t, struct tm *__restrict tm)
{
	__tzset_unlocked();
	return __localsub(&__tzglobal, t, tm);
}
