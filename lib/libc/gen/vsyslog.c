/*
 * vsyslog.c: vsyslog() and the shared syslog state.  A message whose
 * priority passes the mask is formatted as "<pri>Mmm dd hh:mm:ss ident
 * [pid]: text" (%m replaced by strerror(errno)).  Delivery: with
 * LOG_PERROR the "ident[pid]: text" part goes to standard error; with
 * LOG_CONS it goes to /dev/console.  Bulkhead has no syslogd yet, so
 * nothing is sent to /dev/log: that comes with the log service.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "syslog_impl.h"

struct syslog_state __syslog = { NULL, 0, LOG_USER, 0xff };

/* Copy fmt into out with every %m replaced by the error text. */
static void
expand_m(char *out, size_t size, const char *fmt, int err)
{
	const char *msg = strerror(err);
	size_t n = 0;

	for (; *fmt != '\0' && n + 1 < size; fmt++) {
		if (fmt[0] == '%' && fmt[1] == '%') {
			if (n + 2 < size) {
				out[n++] = '%';
				out[n++] = '%';
			}
			fmt++;
		} else if (fmt[0] == '%' && fmt[1] == 'm') {
			for (const char *m = msg; *m != '\0' && n + 2 < size;
			     m++) {
				if (*m == '%')
					out[n++] = '%';
				out[n++] = *m;
			}
			fmt++;
		} else {
			out[n++] = *fmt;
		}
	}
	out[n] = '\0';
}

static void
writeall(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

void
vsyslog(int pri, const char *fmt, va_list ap)
{
	char f[1024], msg[2048], line[2200], stamp[32];
	const char *ident;
	int err = errno, hdr, fd;
	time_t now;
	struct tm tm;

	if (fmt == NULL || (pri & ~(LOG_PRIMASK | LOG_FACMASK)) != 0 ||
	    !(LOG_MASK(LOG_PRI(pri)) & __syslog.mask))
		return;
	if ((pri & LOG_FACMASK) == 0)
		pri |= __syslog.facility;
	ident = __syslog.ident != NULL ? __syslog.ident : getprogname();
	if (ident == NULL)
		ident = "";
	expand_m(f, sizeof(f), fmt, err);
	vsnprintf(msg, sizeof(msg), f, ap);
	now = time(NULL);
	if (localtime_r(&now, &tm) == NULL ||
	    strftime(stamp, sizeof(stamp), "%b %e %H:%M:%S", &tm) == 0)
		stamp[0] = '\0';
	hdr = snprintf(line, sizeof(line), "<%d>%s ", pri, stamp);
	if (hdr < 0 || (size_t)hdr >= sizeof(line))
		hdr = 0;
	if (__syslog.opts & LOG_PID)
		snprintf(line + hdr, sizeof(line) - hdr, "%s[%d]: %s\n", ident,
		    (int)getpid(), msg);
	else
		snprintf(
		    line + hdr, sizeof(line) - hdr, "%s: %s\n", ident, msg);
	if (__syslog.opts & LOG_PERROR)
		writeall(STDERR_FILENO, line + hdr, strlen(line + hdr));
	if ((__syslog.opts & LOG_CONS) &&
	    (fd = open("/dev/console", O_WRONLY | O_NOCTTY)) >= 0) {
		writeall(fd, line + hdr, strlen(line + hdr));
		close(fd);
	}
	errno = err;
}
