/*
 * getdtablesize.c: getdtablesize(3): the descriptor-table size, that is
 * the RLIMIT_NOFILE soft limit (clamped to INT_MAX).
 */

#include <limits.h>
#include <sys/resource.h>
#include <unistd.h>

int
getdtablesize(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return OPEN_MAX;
	return rl.rlim_cur > INT_MAX ? INT_MAX : (int)rl.rlim_cur;
}
