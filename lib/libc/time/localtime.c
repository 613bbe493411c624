/*
 * localtime.c: localtime(): local broken-down time in static storage.
 */
#include "time_impl.h"

struct tm *
localtime(const time_t *t)
{
	static struct tm tm;

	__tzset_unlocked();
	return __localsub(&__tzglobal, t, &tm);
}
