/*
 * sysconf.c: sysconf(3): configurable system variables.  Limits come
 * from <limits.h>, the open-file limit from getrlimit(2); unknown names
 * get EINVAL, and options we lack return -1 with errno unchanged.
 */

#include <errno.h>
#include <limits.h>
#include <sys/param.h>
#include <sys/resource.h>
#include <unistd.h>

static long
limit(int name)
{
	switch (name) {
	case _SC_ARG_MAX:
		return ARG_MAX;
	case _SC_CHILD_MAX:
		return CHILD_MAX;
	case _SC_NGROUPS_MAX:
		return NGROUPS_MAX;
	case _SC_BC_BASE_MAX:
		return BC_BASE_MAX;
	case _SC_BC_DIM_MAX:
		return BC_DIM_MAX;
	case _SC_BC_SCALE_MAX:
		return BC_SCALE_MAX;
	case _SC_BC_STRING_MAX:
		return BC_STRING_MAX;
	case _SC_COLL_WEIGHTS_MAX:
		return COLL_WEIGHTS_MAX;
	case _SC_EXPR_NEST_MAX:
		return EXPR_NEST_MAX;
	case _SC_LINE_MAX:
		return LINE_MAX;
	case _SC_RE_DUP_MAX:
		return RE_DUP_MAX;
	case _SC_STREAM_MAX:
		return OPEN_MAX;
	case _SC_TZNAME_MAX:
		return _POSIX_TZNAME_MAX;
	case _SC_PAGESIZE:
		return PAGE_SIZE;
	case _SC_IOV_MAX:
		return IOV_MAX;
	case _SC_LOGIN_NAME_MAX:
		return LOGIN_NAME_MAX;
	case _SC_TTY_NAME_MAX:
		return TTY_NAME_MAX;
	case _SC_HOST_NAME_MAX:
		return HOST_NAME_MAX;
	case _SC_SYMLOOP_MAX:
		return SYMLOOP_MAX;
	case _SC_CLK_TCK:
	case _O_SC_CLK_TCK:
		return 100;
	case _SC_ATEXIT_MAX:
		return LONG_MAX; /* atexit allocates as needed */
	case _SC_GETPW_R_SIZE_MAX:
	case _SC_GETGR_R_SIZE_MAX:
		return 1024;
	case _SC_PASS_MAX:
		return 128;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		return 1;
	default:
		return 0;
	}
}

static long
option(int name)
{
	switch (name) {
	case _SC_JOB_CONTROL:
	case _SC_SAVED_IDS:
	case _SC_FSYNC:
	case _SC_MAPPED_FILES:
	case _SC_REGEXP:
	case _SC_SHELL:
	case _SC_XOPEN_SHM:
		return 1;
	case _SC_VERSION:
	case _SC_MONOTONIC_CLOCK:
	case _SC_MEMORY_PROTECTION:
	case _SC_TIMERS:
	case _SC_2_VERSION:
	case _SC_2_C_BIND:
		return 200112L;
	default:
		return 0;
	}
}

long
sysconf(int name)
{
	struct rlimit rl;
	long v;

	if (name == _SC_OPEN_MAX) {
		if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
			return -1;
		return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > LONG_MAX
		    ? -1
		    : (long)rl.rlim_cur;
	}
	if ((v = limit(name)) != 0 || (v = option(name)) != 0)
		return v;
	if (name > 0 &&
	    (name <= _SC_REALTIME_SIGNALS || name == _SC_PHYS_PAGES))
		return -1; /* a valid name we do not support */
	errno = EINVAL;
	return -1;
}
