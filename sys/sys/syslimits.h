/*
 * <sys/syslimits.h>: system-wide limits that <limits.h> publishes.
 */

#ifndef _SYS_SYSLIMITS_H_
#define _SYS_SYSLIMITS_H_

#include <sys/featuretest.h>

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
#define ARG_MAX (256 * 1024) /* max bytes for an exec function */
#ifndef CHILD_MAX
#define CHILD_MAX 160 /* max simultaneous processes */
#endif
#define GID_MAX	    2147483647U /* max value for a gid_t */
#define LINK_MAX    32767	/* max file link count */
#define MAX_CANON   255		/* max bytes in term canon input line */
#define MAX_INPUT   255		/* max bytes in terminal input */
#define NAME_MAX    511		/* max bytes in a file name */
#define NGROUPS_MAX 16		/* max supplemental group id's */
#define UID_MAX	    2147483647U /* max value for a uid_t */
#ifndef OPEN_MAX
#define OPEN_MAX 128 /* max open files per process */
#endif
#define PATH_MAX	 1024	 /* max bytes in pathname */
#define PIPE_BUF	 512	 /* max bytes for atomic pipe writes */
#define BC_BASE_MAX	 INT_MAX /* max ibase/obase values in bc(1) */
#define BC_DIM_MAX	 65535	 /* max array elements in bc(1) */
#define BC_SCALE_MAX	 INT_MAX /* max scale value in bc(1) */
#define BC_STRING_MAX	 INT_MAX /* max const string length in bc(1) */
#define COLL_WEIGHTS_MAX 2	 /* max weights for order keyword */
#define EXPR_NEST_MAX	 32	 /* max expressions nested in expr(1) */
#define LINE_MAX	 2048	 /* max bytes in an input line */
#define RE_DUP_MAX	 255	 /* max RE's in interval notation */
#define LOGIN_NAME_MAX	 17	 /* max login name length incl. NUL */
#define HOST_NAME_MAX	 255	 /* max host name length w/o NUL */
#define TTY_NAME_MAX	 32	 /* max tty device name length incl. NUL */
#define SYMLOOP_MAX	 32	 /* max symlinks in a path resolution */
#define IOV_MAX		 1024	 /* max # of iovec's for readv(2) etc. */
#define NZERO		 20	 /* default "nice" */
#endif

#endif /* !_SYS_SYSLIMITS_H_ */
