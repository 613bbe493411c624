/*
 * t_system: system() exit statuses, the shell check, signal handling
 * around the child; and the radix-64 conversions a64l and l64a.
 */
#include <sys/wait.h>
#include <atf-c.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

TC(system_null, "system(NULL) reports that /bin/sh exists")
{
	ATF_CHECK(system(NULL) != 0);
}

TC(system_status, "system returns the shell's wait status")
{
	int st;

	st = system("exit 0");
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	st = system("exit 3");
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3);
	st = system("kill -9 $$");
	ATF_CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	st = system("/nonexistent/command 2>/dev/null");
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 127);
}

TC(system_side_effect, "the command really runs, with our environment")
{
	int st;

	ATF_REQUIRE_EQ(setenv("T_SYSTEM_VAR", "hello", 1), 0);
	st = system("test \"$T_SYSTEM_VAR\" = hello && touch made");
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	ATF_CHECK_EQ(access("made", F_OK), 0);
}

static volatile sig_atomic_t got;

static void
handler(int sig)
{
	got = sig;
}

TC(system_restores_signals, "SIGINT's handler is restored afterwards")
{
	struct sigaction sa, cur;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	ATF_REQUIRE_EQ(sigaction(SIGINT, &sa, NULL), 0);
	(void)system("true");
	ATF_REQUIRE_EQ(sigaction(SIGINT, NULL, &cur), 0);
	ATF_CHECK(cur.sa_handler == handler);
	got = 0;
	kill(getpid(), SIGINT);
	ATF_CHECK_EQ(got, SIGINT);
}

TC(l64a_a64l, "l64a and a64l are inverse on 32-bit values")
{
	long v[] = { 0, 1, 63, 64, 4095, 123456789, 0x7fffffff, -1, -123456 };
	size_t i;

	ATF_CHECK_STREQ(l64a(0), "");
	ATF_CHECK_STREQ(l64a(1), "/");
	ATF_CHECK_STREQ(l64a(64), "./");
	ATF_CHECK_EQ(a64l("z"), 63);
	ATF_CHECK_EQ(a64l("./"), 64);
	ATF_CHECK_EQ(a64l(""), 0);
	ATF_CHECK_EQ(a64l("/!"), 1);
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		ATF_CHECK_EQ_MSG(a64l(l64a(v[i])), v[i], "value %ld", v[i]);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, system_null);
	ATF_TP_ADD_TC(tp, system_status);
	ATF_TP_ADD_TC(tp, system_side_effect);
	ATF_TP_ADD_TC(tp, system_restores_signals);
	ATF_TP_ADD_TC(tp, l64a_a64l);
	return atf_no_error();
}
