/*
 * t_popen: popen and pclose: reading a command's output, writing its
 * input, exit status through pclose, close-on-exec, and errors.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

ATF_TC_WITHOUT_HEAD(read_output);
ATF_TC_BODY(read_output, tc)
{
	char buf[64];
	FILE *f;
	int st;

	f = popen("echo hello; echo world", "r");
	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "hello\n");
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "world\n");
	ATF_CHECK(fgets(buf, sizeof(buf), f) == NULL);
	st = pclose(f);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

ATF_TC_WITHOUT_HEAD(write_input);
ATF_TC_BODY(write_input, tc)
{
	char buf[64];
	FILE *f;
	int st;

	f = popen("cat > piped", "w");
	ATF_REQUIRE(f != NULL);
	fprintf(f, "via %s\n", "pipe");
	st = pclose(f);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	f = fopen("piped", "r");
	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "via pipe\n");
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(exit_status);
ATF_TC_BODY(exit_status, tc)
{
	FILE *f;
	int st;

	f = popen("exit 3", "r");
	ATF_REQUIRE(f != NULL);
	st = pclose(f);
	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 3);
	f = popen("kill -9 $$", "r");
	ATF_REQUIRE(f != NULL);
	st = pclose(f);
	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), 9);
}

ATF_TC_WITHOUT_HEAD(not_found);
ATF_TC_BODY(not_found, tc)
{
	FILE *f;
	int st;

	f = popen("/nonexistent/command 2>/dev/null", "r");
	ATF_REQUIRE(f != NULL);
	st = pclose(f);
	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 127);
}

ATF_TC_WITHOUT_HEAD(cloexec_mode);
ATF_TC_BODY(cloexec_mode, tc)
{
	FILE *f;

	f = popen("true", "re");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
	pclose(f);
}

ATF_TC_WITHOUT_HEAD(errors);
ATF_TC_BODY(errors, tc)
{
	FILE *f;

	errno = 0;
	ATF_CHECK(popen("true", "x") == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(popen("true", "rw") == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	f = fopen("plain", "w");
	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK_EQ(pclose(f), -1); /* not from popen */
	ATF_CHECK_EQ(errno, ECHILD);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(two_at_once);
ATF_TC_BODY(two_at_once, tc)
{
	char a[16], b[16];
	FILE *f, *g;

	f = popen("echo first", "r");
	g = popen("echo second", "r");
	ATF_REQUIRE(f != NULL && g != NULL);
	ATF_REQUIRE(fgets(b, sizeof(b), g) != NULL);
	ATF_REQUIRE(fgets(a, sizeof(a), f) != NULL);
	ATF_CHECK_STREQ(a, "first\n");
	ATF_CHECK_STREQ(b, "second\n");
	ATF_CHECK_EQ(pclose(f), 0);
	ATF_CHECK_EQ(pclose(g), 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, read_output);
	ATF_TP_ADD_TC(tp, write_input);
	ATF_TP_ADD_TC(tp, exit_status);
	ATF_TP_ADD_TC(tp, not_found);
	ATF_TP_ADD_TC(tp, cloexec_mode);
	ATF_TP_ADD_TC(tp, errors);
	ATF_TP_ADD_TC(tp, two_at_once);
	return atf_no_error();
}
