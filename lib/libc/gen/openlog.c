/*
 * openlog.c: openlog(): set the identity, options (LOG_PID, LOG_CONS,
 * LOG_PERROR, LOG_NDELAY...) and default facility of later syslog()
 * calls.  A facility outside LOG_FACMASK is ignored.
 */
#include <stddef.h>
#include <syslog.h>

#include "syslog_impl.h"

void
openlog(const char *ident, int opts, int facility)
{
	if (ident != NULL)
		__syslog.ident = ident;
	__syslog.opts = opts;
	if (facility != 0 && (facility & ~LOG_FACMASK) == 0)
		__syslog.facility = facility;
}
