/*
 * t_syslog: openlog/syslog/vsyslog/setlogmask/closelog with LOG_PERROR,
 * whose copy on standard error is captured through a pipe in a child.
 */
#include <sys/wait.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <atf-c.h>

#include "h_tc.h"

/* Run fn in a child with stderr on a pipe; return what it wrote. */
static const char *
capture(void (*fn)(void))
{
	static char buf[4096];
	int p[2], st;
	ssize_t n, total = 0;
	pid_t pid;

	ATF_REQUIRE_EQ(pipe(p), 0);
	ATF_REQUIRE((pid = fork()) != -1);
	if (pid == 0) {
		close(p[0]);
		dup2(p[1], 2);
		fn();
		_exit(0);
	}
	close(p[1]);
	while ((n = read(p[0], buf + total, sizeof(buf) - 1 - total)) > 0)
		total += n;
	buf[total] = '\0';
	close(p[0]);
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	return buf;
}

static void
simple(void)
{
	openlog("tident", LOG_PERROR, LOG_USER);
	syslog(LOG_ERR, "hello %d %s", 42, "x");
}

TC(perror_copy, "LOG_PERROR writes \"ident: message\" to stderr")
{
	ATF_CHECK_STREQ(capture(simple), "tident: hello 42 x\n");
}

static void
withpid(void)
{
	openlog("p", LOG_PERROR | LOG_PID, LOG_DAEMON);
	syslog(LOG_INFO, "m");
	printf("%d", 0); /* keep stdio linked; stdout is not captured */
}

TC(pid_option, "LOG_PID adds [pid]")
{
	const char *s = capture(withpid);
	int pid;
	char tail[16];

	ATF_REQUIRE_EQ_MSG(sscanf(s, "p[%d]: %15s", &pid, tail), 2, "%s", s);
	ATF_CHECK(pid > 1);
	ATF_CHECK_STREQ(tail, "m");
}

static void
masked(void)
{
	openlog("t", LOG_PERROR, 0);
	ATF_CHECK_EQ(setlogmask(LOG_UPTO(LOG_WARNING)), 0xff);
	syslog(LOG_DEBUG, "hidden");
	syslog(LOG_WARNING, "shown");
	ATF_CHECK_EQ(setlogmask(0), LOG_UPTO(LOG_WARNING));
	setlogmask(LOG_MASK(LOG_DEBUG));
	syslog(LOG_ERR, "hidden too");
	syslog(LOG_DEBUG | LOG_LOCAL0, "debug");
}

TC(mask, "setlogmask filters priorities and returns the old mask")
{
	ATF_CHECK_STREQ(capture(masked), "t: shown\nt: debug\n");
}

static void
errno_m(void)
{
	openlog("e", LOG_PERROR, 0);
	errno = ENOENT;
	syslog(LOG_ERR, "open: %m (100%%)");
}

TC(percent_m, "%m is replaced by strerror(errno); %% stays a percent")
{
	char want[128];

	snprintf(want, sizeof(want), "e: open: %s (100%%)\n", strerror(ENOENT));
	ATF_CHECK_STREQ(capture(errno_m), want);
}

static void
vcall(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(LOG_NOTICE, fmt, ap);
	va_end(ap);
}

static void
closed(void)
{
	openlog("v", LOG_PERROR, 0);
	vcall("%s-%c", "abc", 'd');
	closelog();
	syslog(LOG_ERR, "not on stderr after closelog");
	openlog("v", LOG_PERROR, 0);
	syslog(0x12345678, "bad priority is ignored");
}

TC(vsyslog_closelog, "vsyslog formats; closelog drops LOG_PERROR")
{
	ATF_CHECK_STREQ(capture(closed), "v: abc-d\n");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, perror_copy);
	ATF_TP_ADD_TC(tp, pid_option);
	ATF_TP_ADD_TC(tp, mask);
	ATF_TP_ADD_TC(tp, percent_m);
	ATF_TP_ADD_TC(tp, vsyslog_closelog);
	return atf_no_error();
}
