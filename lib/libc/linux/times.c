/*
 * times.c: times(3) on the host port: Linux's clock_t is a long, ours an
 * unsigned int; both count CLK_TCK (100) ticks.
 */

#include <sys/times.h>

#include "linux.h"

clock_t
times(struct tms *tp)
{
	long l[4];
	long r;

	r = __lsys1(LNR_times, l);
	if (r < 0 && r >= -4095)
		return (clock_t)__linux_ret(r);
	tp->tms_utime = (clock_t)l[0];
	tp->tms_stime = (clock_t)l[1];
	tp->tms_cutime = (clock_t)l[2];
	tp->tms_cstime = (clock_t)l[3];
	return (clock_t)r;
}
