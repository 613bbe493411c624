/*
 * <utime.h>: struct utimbuf and utime(3).
 */

#ifndef _UTIME_H_
#define _UTIME_H_

#include <sys/cdefs.h>
#include <machine/ansi.h>

#ifdef _BSD_TIME_T_
typedef _BSD_TIME_T_ time_t;
#undef _BSD_TIME_T_
#endif

struct utimbuf {
	time_t actime;	/* Access time */
	time_t modtime; /* Modification time */
};

__BEGIN_DECLS
int utime(const char *, const struct utimbuf *);
__END_DECLS

#endif /* !_UTIME_H_ */
