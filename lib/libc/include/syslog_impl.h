/*
 * syslog_impl.h: the state shared by openlog, closelog, setlogmask and
 * vsyslog.
 */
#ifndef _SYSLOG_IMPL_H_
#define _SYSLOG_IMPL_H_

struct syslog_state {
	const char *ident; /* NULL: the program name */
	int opts;	   /* LOG_PID, LOG_CONS, LOG_PERROR ... */
	int facility;	   /* default facility */
	int mask;	   /* priorities logged */
};

extern struct syslog_state __syslog;

#endif /* !_SYSLOG_IMPL_H_ */
