/*
 * closelog.c: closelog(): forget the openlog() identity and options.
 */
#include <stddef.h>
#include <syslog.h>

#include "syslog_impl.h"

void
closelog(void)
{
	__syslog.ident = NULL;
	__syslog.opts = 0;
}
