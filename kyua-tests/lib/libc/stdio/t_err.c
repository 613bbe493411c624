/*
 * t_err: err(3): each function runs in a child whose stderr is a pipe;
 * the test checks the exact text ("prog: message: strerror") and, for
 * the err forms, the exit status.
 */
#include <atf-c.h>
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum which {
	W_ERR,
	W_ERRX,
	W_ERRC,
	W_WARN,
	W_WARNX,
	W_WARNC,
	W_VERR,
	W_VWARNX,
	W_WARN_NULL,
	W_ERRX_NULL
};

static void
vcall(enum which w, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (w == W_VERR)
		verr(4, fmt, ap);
	vwarnx(fmt, ap);
	va_end(ap);
}

static void
child(enum which w)
{
	errno = ENOENT;
	switch (w) {
	case W_ERR:
		err(2, "open %s", "f");
		break;
	case W_ERRX:
		errx(3, "bad %d", 7);
		break;
	case W_ERRC:
		errc(5, EACCES, "code");
		break;
	case W_WARN:
		warn("look %s", "here");
		break;
	case W_WARNX:
		warnx("plain");
		break;
	case W_WARNC:
		warnc(EPERM, "c%d", 1);
		break;
	case W_VERR:
		vcall(w, "v%s", "err");
		break;
	case W_VWARNX:
		vcall(w, "vx%d", 9);
		break;
	case W_WARN_NULL:
		warn(NULL);
		break;
	case W_ERRX_NULL:
		errx(6, NULL);
		break;
	}
	exit(0);
}

/* Run one function in a child; returns its stderr, stores the status. */
static const char *
run(enum which w, int *status)
{
	static char out[512];
	int fd[2];
	ssize_t n, total = 0;
	pid_t pid;

	ATF_REQUIRE(pipe(fd) == 0);
	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		dup2(fd[1], 2);
		close(fd[0]);
		setprogname("t_err");
		child(w);
	}
	close(fd[1]);
	while ((n = read(fd[0], out + total, sizeof(out) - 1 - total)) > 0)
		total += n;
	out[total] = '\0';
	close(fd[0]);
	ATF_REQUIRE(waitpid(pid, status, 0) == pid);
	return out;
}

static void
expect(enum which w, const char *text, int code)
{
	int st;
	const char *out = run(w, &st);

	ATF_CHECK_STREQ(out, text);
	ATF_CHECK_MSG(WIFEXITED(st) && WEXITSTATUS(st) == code,
	    "status %#x, want exit %d", st, code);
}

static char *
msg(const char *head, int e)
{
	static char buf[256];

	snprintf(buf, sizeof(buf), "t_err: %s%s%s\n", head,
	    *head != '\0' ? ": " : "", strerror(e));
	return buf;
}

ATF_TC_WITHOUT_HEAD(err_errno);
ATF_TC_BODY(err_errno, tc)
{
	expect(W_ERR, msg("open f", ENOENT), 2);
}

ATF_TC_WITHOUT_HEAD(errx_plain);
ATF_TC_BODY(errx_plain, tc)
{
	expect(W_ERRX, "t_err: bad 7\n", 3);
}

ATF_TC_WITHOUT_HEAD(errc_code);
ATF_TC_BODY(errc_code, tc)
{
	expect(W_ERRC, msg("code", EACCES), 5);
}

ATF_TC_WITHOUT_HEAD(warn_continues);
ATF_TC_BODY(warn_continues, tc)
{
	expect(W_WARN, msg("look here", ENOENT), 0);
}

ATF_TC_WITHOUT_HEAD(warnx_plain);
ATF_TC_BODY(warnx_plain, tc)
{
	expect(W_WARNX, "t_err: plain\n", 0);
}

ATF_TC_WITHOUT_HEAD(warnc_code);
ATF_TC_BODY(warnc_code, tc)
{
	expect(W_WARNC, msg("c1", EPERM), 0);
}

ATF_TC_WITHOUT_HEAD(verr_va_list);
ATF_TC_BODY(verr_va_list, tc)
{
	expect(W_VERR, msg("verr", ENOENT), 4);
}

ATF_TC_WITHOUT_HEAD(vwarnx_va_list);
ATF_TC_BODY(vwarnx_va_list, tc)
{
	expect(W_VWARNX, "t_err: vx9\n", 0);
}

ATF_TC_WITHOUT_HEAD(null_format);
ATF_TC_BODY(null_format, tc)
{
	expect(W_WARN_NULL, msg("", ENOENT), 0);
	expect(W_ERRX_NULL, "t_err: \n", 6);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, err_errno);
	ATF_TP_ADD_TC(tp, errx_plain);
	ATF_TP_ADD_TC(tp, errc_code);
	ATF_TP_ADD_TC(tp, warn_continues);
	ATF_TP_ADD_TC(tp, warnx_plain);
	ATF_TP_ADD_TC(tp, warnc_code);
	ATF_TP_ADD_TC(tp, verr_va_list);
	ATF_TP_ADD_TC(tp, vwarnx_va_list);
	ATF_TP_ADD_TC(tp, null_format);
	return atf_no_error();
}
