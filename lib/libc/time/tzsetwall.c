/*
 * tzsetwall.c: NetBSD's tzsetwall(): load the system's wall-clock zone.
 * Without TZif files the system zone is whatever TZ says (UTC if unset).
 */
#include "time_impl.h"

void
tzsetwall(void)
{
	__tzset_unlocked();
}
