/*
 * t_setjmp: setjmp/longjmp, _setjmp/_longjmp, sigsetjmp/siglongjmp:
 * return values, preserved locals, and signal-mask handling.
 */
#include <atf-c.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

static jmp_buf jb;
static sigjmp_buf sjb;

static void
jump(int v)
{
	longjmp(jb, v);
}

static int
blocked(int sig)
{
	sigset_t cur;

	sigprocmask(SIG_BLOCK, NULL, &cur);
	return sigismember(&cur, sig);
}

static void
block(int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(SIG_BLOCK, &s, NULL);
}

TC(setjmp_returns, "setjmp returns 0, then the value longjmp passes")
{
	volatile int n = 0;
	int r;

	r = setjmp(jb);
	if (r == 0) {
		ATF_CHECK_EQ(n, 0);
		n = 1;
		jump(7);
	}
	ATF_CHECK_EQ(r, 7);
	ATF_CHECK_EQ(n, 1);
}

TC(longjmp_zero, "longjmp with 0 makes setjmp return 1")
{
	int r = setjmp(jb);

	if (r == 0)
		longjmp(jb, 0);
	ATF_CHECK_EQ(r, 1);
}

TC(longjmp_repeat, "jumping to the same buffer many times works")
{
	volatile int count = 0;
	int r;

	r = setjmp(jb);
	if (count < 100) {
		count++;
		longjmp(jb, count);
	}
	ATF_CHECK_EQ(count, 100);
	ATF_CHECK_EQ(r, 100);
}

static int
deep(int depth)
{
	char pad[256];

	memset(pad, depth, sizeof(pad));
	if (depth == 0)
		longjmp(jb, 3);
	return deep(depth - 1) + pad[0];
}

TC(longjmp_deep, "longjmp unwinds many stack frames")
{
	volatile int saw = 0;

	if (setjmp(jb) == 0) {
		saw = deep(50);
		atf_tc_fail("deep() returned");
	}
	ATF_CHECK_EQ(saw, 0);
}

TC(callee_saved, "registers kept across setjmp hold their values")
{
	register long a = 11, b = 22, c = 33, d = 44;
	volatile long sum = 0;

	if (setjmp(jb) == 0) {
		sum = a + b + c + d;
		jump(1);
	}
	ATF_CHECK_EQ(sum, 110);
	ATF_CHECK_EQ(a + b + c + d, 110);
}

TC(setjmp_restores_mask, "longjmp restores the mask setjmp saved")
{
	sigset_t empty;

	sigemptyset(&empty);
	sigprocmask(SIG_SETMASK, &empty, NULL);
	if (setjmp(jb) == 0) {
		block(SIGUSR1);
		ATF_CHECK(blocked(SIGUSR1));
		longjmp(jb, 1);
	}
	ATF_CHECK(!blocked(SIGUSR1));
}

TC(_setjmp_keeps_mask, "_longjmp does not touch the signal mask")
{
	sigset_t empty;

	sigemptyset(&empty);
	sigprocmask(SIG_SETMASK, &empty, NULL);
	if (_setjmp(jb) == 0) {
		block(SIGUSR2);
		_longjmp(jb, 1);
	}
	ATF_CHECK(blocked(SIGUSR2));
}

TC(sigsetjmp_save,
    "sigsetjmp(env, 1) saves the mask, sigsetjmp(env, 0) "
    "does not")
{
	sigset_t empty;

	sigemptyset(&empty);
	sigprocmask(SIG_SETMASK, &empty, NULL);
	if (sigsetjmp(sjb, 1) == 0) {
		block(SIGHUP);
		siglongjmp(sjb, 1);
	}
	ATF_CHECK(!blocked(SIGHUP));
	if (sigsetjmp(sjb, 0) == 0) {
		block(SIGHUP);
		siglongjmp(sjb, 1);
	}
	ATF_CHECK(blocked(SIGHUP));
}

static void
on_alarm(int sig)
{
	(void)sig;
	siglongjmp(sjb, 5);
}

TC(siglongjmp_from_handler,
    "siglongjmp out of a handler unblocks the "
    "signal again")
{
	struct sigaction sa;
	int r;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	ATF_REQUIRE(sigaction(SIGALRM, &sa, NULL) == 0);
	r = sigsetjmp(sjb, 1);
	if (r == 0) {
		alarm(1);
		for (;;)
			pause();
	}
	ATF_CHECK_EQ(r, 5);
	ATF_CHECK(!blocked(SIGALRM));
}

TC(jmpbuf_size, "jmp_buf has room for registers and the mask")
{
	ATF_CHECK(sizeof(jmp_buf) >= 12 * sizeof(long));
	ATF_CHECK(sizeof(sigjmp_buf) >= sizeof(jmp_buf));
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, setjmp_returns);
	ATF_TP_ADD_TC(tp, longjmp_zero);
	ATF_TP_ADD_TC(tp, longjmp_repeat);
	ATF_TP_ADD_TC(tp, longjmp_deep);
	ATF_TP_ADD_TC(tp, callee_saved);
	ATF_TP_ADD_TC(tp, setjmp_restores_mask);
	ATF_TP_ADD_TC(tp, _setjmp_keeps_mask);
	ATF_TP_ADD_TC(tp, sigsetjmp_save);
	ATF_TP_ADD_TC(tp, siglongjmp_from_handler);
	ATF_TP_ADD_TC(tp, jmpbuf_size);
	return atf_no_error();
}
