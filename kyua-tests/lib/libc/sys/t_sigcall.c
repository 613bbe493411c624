/*
 * t_sigcall: the signal system calls with NetBSD numbers: sigaction
 * (handlers, SA_SIGINFO, SA_RESETHAND, old actions), sigprocmask,
 * sigpending, sigsuspend, alarm, setitimer/getitimer, SIGCHLD info.
 */
#include <atf-c.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <setjmp.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

static volatile sig_atomic_t caught, count;
static volatile int info_signo, info_code, info_pid, info_status;

static void
handler(int sig)
{
	caught = sig;
	count++;
}

static void
info_handler(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	caught = sig;
	info_signo = si->si_signo;
	info_code = si->si_code;
	info_pid = si->si_pid;
	info_status = si->si_status;
}

static void
install(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = flags;
	ATF_REQUIRE(sigaction(sig, &sa, NULL) == 0);
}

TC(sigaction_handler, "a handler gets the NetBSD signal number")
{
	install(SIGUSR2, handler, 0);
	caught = 0;
	ATF_REQUIRE(kill(getpid(), SIGUSR2) == 0);
	ATF_CHECK_EQ(caught, SIGUSR2);
	ATF_CHECK_EQ(SIGUSR2, 31);
}

TC(sigaction_every_signal,
    "every catchable signal 1..32 arrives with its "
    "own number")
{
	int s;

	for (s = 1; s <= 32; s++) {
		if (s == SIGKILL || s == SIGSTOP)
			continue;
		install(s, handler, 0);
		caught = 0;
		ATF_REQUIRE(kill(getpid(), s) == 0);
		ATF_CHECK_EQ_MSG(
		    caught, s, "signal %d arrived as %d", s, (int)caught);
		install(s, SIG_DFL, 0);
	}
}

TC(sigaction_old,
    "sigaction returns the previous action, handler and "
    "flags")
{
	struct sigaction sa, old;

	install(SIGHUP, handler, SA_RESTART);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	ATF_REQUIRE(sigaction(SIGHUP, &sa, &old) == 0);
	ATF_CHECK(old.sa_handler == handler);
	ATF_CHECK(old.sa_flags & SA_RESTART);
	ATF_REQUIRE(sigaction(SIGHUP, NULL, &old) == 0);
	ATF_CHECK(old.sa_handler == SIG_IGN);
}

TC(sigaction_errors,
    "sigaction rejects SIGKILL, SIGSTOP, 0 and too "
    "large numbers with EINVAL")
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	errno = 0;
	ATF_CHECK_EQ(sigaction(SIGKILL, &sa, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(sigaction(SIGSTOP, &sa, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(sigaction(0, &sa, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(sigaction(_NSIG, &sa, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(sigaction(SIGKILL, NULL, &sa), 0);
}

TC(sa_siginfo,
    "SA_SIGINFO handlers get si_signo, si_code SI_USER and "
    "the sender's pid")
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = info_handler;
	sa.sa_flags = SA_SIGINFO;
	ATF_REQUIRE(sigaction(SIGUSR1, &sa, NULL) == 0);
	caught = 0;
	ATF_REQUIRE(kill(getpid(), SIGUSR1) == 0);
	ATF_CHECK_EQ(caught, SIGUSR1);
	ATF_CHECK_EQ(info_signo, SIGUSR1);
	ATF_CHECK_EQ(info_code, SI_USER);
	ATF_CHECK_EQ(info_pid, getpid());
}

TC(sigchld_info,
    "SIGCHLD siginfo: CLD_EXITED with the exit status, "
    "CLD_KILLED with the NetBSD signal number")
{
	struct sigaction sa;
	pid_t pid;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = info_handler;
	sa.sa_flags = SA_SIGINFO;
	ATF_REQUIRE(sigaction(SIGCHLD, &sa, NULL) == 0);
	caught = 0;
	pid = fork();
	if (pid == 0)
		_exit(9);
	while (caught == 0)
		usleep(1000);
	ATF_CHECK_EQ(info_signo, SIGCHLD);
	ATF_CHECK_EQ(info_code, CLD_EXITED);
	ATF_CHECK_EQ(info_pid, pid);
	ATF_CHECK_EQ(info_status, 9);
	waitpid(pid, NULL, 0);
	caught = 0;
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	ATF_REQUIRE(kill(pid, SIGUSR1) == 0);
	while (caught == 0)
		usleep(1000);
	ATF_CHECK_EQ(info_code, CLD_KILLED);
	ATF_CHECK_EQ(info_status, SIGUSR1);
	waitpid(pid, NULL, 0);
}

TC(sa_resethand, "SA_RESETHAND restores SIG_DFL after one delivery")
{
	struct sigaction old;

	install(SIGUSR1, handler, SA_RESETHAND);
	count = 0;
	ATF_REQUIRE(kill(getpid(), SIGUSR1) == 0);
	ATF_CHECK_EQ(count, 1);
	ATF_REQUIRE(sigaction(SIGUSR1, NULL, &old) == 0);
	ATF_CHECK(old.sa_handler == SIG_DFL);
}

TC(sig_ign, "an ignored signal has no effect")
{
	install(SIGTERM, SIG_IGN, 0);
	ATF_CHECK_EQ(kill(getpid(), SIGTERM), 0);
	install(SIGTERM, SIG_DFL, 0);
}

TC(sigprocmask_block, "a blocked signal stays pending until unblocked")
{
	sigset_t set, old, pend;

	install(SIGUSR1, handler, 0);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	ATF_REQUIRE(sigprocmask(SIG_BLOCK, &set, &old) == 0);
	ATF_CHECK(!sigismember(&old, SIGUSR1));
	caught = 0;
	ATF_REQUIRE(kill(getpid(), SIGUSR1) == 0);
	ATF_CHECK_EQ(caught, 0);
	ATF_REQUIRE(sigpending(&pend) == 0);
	ATF_CHECK(sigismember(&pend, SIGUSR1));
	ATF_CHECK(!sigismember(&pend, SIGUSR2));
	ATF_REQUIRE(sigprocmask(SIG_UNBLOCK, &set, NULL) == 0);
	ATF_CHECK_EQ(caught, SIGUSR1);
	ATF_REQUIRE(sigpending(&pend) == 0);
	ATF_CHECK(!sigismember(&pend, SIGUSR1));
}

TC(sigprocmask_setmask,
    "SIG_SETMASK replaces the mask and reports the "
    "old one; SIGKILL cannot be blocked; a bad how is EINVAL")
{
	sigset_t set, cur;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGKILL);
	sigaddset(&set, SIGPWR);
	ATF_REQUIRE(sigprocmask(SIG_SETMASK, &set, NULL) == 0);
	ATF_REQUIRE(sigprocmask(SIG_SETMASK, NULL, &cur) == 0);
	ATF_CHECK(sigismember(&cur, SIGINT));
	ATF_CHECK(sigismember(&cur, SIGPWR));
	ATF_CHECK(!sigismember(&cur, SIGKILL));
	ATF_CHECK(!sigismember(&cur, SIGQUIT));
	errno = 0;
	ATF_CHECK_EQ(sigprocmask(42, &set, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	sigemptyset(&set);
	ATF_REQUIRE(sigprocmask(SIG_SETMASK, &set, NULL) == 0);
}

TC(sigsuspend_test,
    "sigsuspend waits with a temporary mask and returns "
    "EINTR after the handler")
{
	sigset_t block, wait;
	pid_t pid;

	install(SIGUSR1, handler, 0);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	ATF_REQUIRE(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
	pid = fork();
	if (pid == 0) {
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	caught = 0;
	sigemptyset(&wait);
	errno = 0;
	ATF_CHECK_EQ(sigsuspend(&wait), -1);
	ATF_CHECK_EQ(errno, EINTR);
	ATF_CHECK_EQ(caught, SIGUSR1);
	waitpid(pid, NULL, 0);
	ATF_REQUIRE(sigprocmask(SIG_SETMASK, NULL, &wait) == 0);
	ATF_CHECK(sigismember(&wait, SIGUSR1));
}

TC(alarm_test,
    "alarm delivers SIGALRM (14); alarm(0) returns the time "
    "left and cancels")
{
	install(SIGALRM, handler, 0);
	ATF_CHECK_EQ(alarm(10), 0);
	ATF_CHECK(alarm(0) >= 9);
	caught = 0;
	alarm(1);
	while (caught == 0)
		pause();
	ATF_CHECK_EQ(caught, SIGALRM);
	ATF_CHECK_EQ(SIGALRM, 14);
}

TC(eintr,
    "a read interrupted by a handler without SA_RESTART fails "
    "EINTR (4)")
{
	int p[2];
	char c;

	ATF_REQUIRE(pipe(p) == 0);
	install(SIGALRM, handler, 0);
	alarm(1);
	errno = 0;
	ATF_CHECK_EQ(read(p[0], &c, 1), -1);
	ATF_CHECK_EQ(errno, EINTR);
	ATF_CHECK_EQ(EINTR, 4);
}

TC(setitimer_test,
    "ITIMER_REAL fires SIGALRM; getitimer reports what "
    "is left; a bad timer is EINVAL")
{
	struct itimerval it, got;

	install(SIGALRM, handler, 0);
	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = 5;
	it.it_value.tv_usec = 500000;
	ATF_REQUIRE(setitimer(ITIMER_REAL, &it, NULL) == 0);
	ATF_REQUIRE(getitimer(ITIMER_REAL, &got) == 0);
	ATF_CHECK(got.it_value.tv_sec >= 4 && got.it_value.tv_sec <= 5);
	ATF_CHECK(got.it_value.tv_usec >= 0 && got.it_value.tv_usec < 1000000);
	it.it_value.tv_sec = 0;
	it.it_value.tv_usec = 20000;
	caught = 0;
	ATF_REQUIRE(setitimer(ITIMER_REAL, &it, &got) == 0);
	ATF_CHECK(got.it_value.tv_sec >= 4);
	while (caught == 0)
		pause();
	ATF_CHECK_EQ(caught, SIGALRM);
	errno = 0;
	ATF_CHECK_EQ(setitimer(7, &it, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(sigaltstack_test,
    "sigaltstack: SS_DISABLE reported initially; "
    "a handler with SA_ONSTACK runs on the alternate stack")
{
	static char stk[SIGSTKSZ];
	stack_t ss, old;

	ATF_REQUIRE(sigaltstack(NULL, &old) == 0);
	ATF_CHECK(old.ss_flags & SS_DISABLE);
	ss.ss_sp = stk;
	ss.ss_size = sizeof(stk);
	ss.ss_flags = 0;
	ATF_REQUIRE(sigaltstack(&ss, NULL) == 0);
	ATF_REQUIRE(sigaltstack(NULL, &old) == 0);
	ATF_CHECK(old.ss_sp == stk);
	ATF_CHECK_EQ(old.ss_size, sizeof(stk));
	ATF_CHECK((old.ss_flags & SS_DISABLE) == 0);
	install(SIGUSR1, handler, SA_ONSTACK);
	caught = 0;
	kill(getpid(), SIGUSR1);
	ATF_CHECK_EQ(caught, SIGUSR1);
	ss.ss_flags = 0x100;
	errno = 0;
	ATF_CHECK_EQ(sigaltstack(&ss, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(sigwait_test,
    "sigwait takes a blocked pending signal without running "
    "a handler")
{
	sigset_t set;
	int sig = 0;

	install(SIGUSR1, handler, 0);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	ATF_REQUIRE(sigprocmask(SIG_BLOCK, &set, NULL) == 0);
	caught = 0;
	ATF_REQUIRE(kill(getpid(), SIGUSR1) == 0);
	ATF_CHECK_EQ(sigwait(&set, &sig), 0);
	ATF_CHECK_EQ(sig, SIGUSR1);
	ATF_CHECK_EQ(caught, 0);
	ATF_REQUIRE(sigpending(&set) == 0);
	ATF_CHECK(!sigismember(&set, SIGUSR1));
}

TC(sigtimedwait_timeout,
    "sigtimedwait times out with EAGAIN; a bad "
    "timeout is EINVAL")
{
	struct timespec ts = { 0, 20000000L };
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	ATF_REQUIRE(sigprocmask(SIG_BLOCK, &set, NULL) == 0);
	errno = 0;
	ATF_CHECK_EQ(sigtimedwait(&set, NULL, &ts), -1);
	ATF_CHECK_EQ(errno, EAGAIN);
	ts.tv_nsec = -1;
	errno = 0;
	ATF_CHECK_EQ(sigtimedwait(&set, NULL, &ts), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(sigqueue_value, "sigqueue delivers a value with si_code SI_QUEUE")
{
	union sigval v;
	siginfo_t si;
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGPWR);
	ATF_REQUIRE(sigprocmask(SIG_BLOCK, &set, NULL) == 0);
	v.sival_int = 1234;
	ATF_REQUIRE(sigqueue(getpid(), SIGPWR, v) == 0);
	memset(&si, 0, sizeof(si));
	ATF_CHECK_EQ(sigwaitinfo(&set, &si), SIGPWR);
	ATF_CHECK_EQ(si.si_signo, SIGPWR);
	ATF_CHECK_EQ(si.si_code, SI_QUEUE);
	ATF_CHECK_EQ(si.si_value.sival_int, 1234);
	errno = 0;
	ATF_CHECK_EQ(sigqueue(getpid(), 500, v), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

static char *altstk;
static volatile int on_alt;

static void
alt_handler(int sig)
{
	char here;

	(void)sig;
	on_alt = &here >= altstk && &here < altstk + SIGSTKSZ;
}

TC(sigaltstack_used,
    "a SA_ONSTACK handler's locals live on the "
    "alternate stack")
{
	static char stk[SIGSTKSZ];
	stack_t ss;

	altstk = stk;
	ss.ss_sp = stk;
	ss.ss_size = sizeof(stk);
	ss.ss_flags = 0;
	ATF_REQUIRE(sigaltstack(&ss, NULL) == 0);
	install(SIGUSR2, alt_handler, SA_ONSTACK);
	on_alt = -1;
	ATF_REQUIRE(kill(getpid(), SIGUSR2) == 0);
	ATF_CHECK_EQ(on_alt, 1);
	install(SIGUSR2, alt_handler, 0);
	on_alt = -1;
	ATF_REQUIRE(kill(getpid(), SIGUSR2) == 0);
	ATF_CHECK_EQ(on_alt, 0);
}

static sigjmp_buf fault_jb;
static void *volatile fault_addr;
static volatile int fault_code;

static void
segv_handler(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	fault_addr = si->si_addr;
	fault_code = si->si_code;
	siglongjmp(fault_jb, 1);
}

TC(segv_siginfo,
    "a SIGSEGV handler gets the faulting address and "
    "SEGV_ACCERR for a protected page")
{
	struct sigaction sa;
	char *p;

	p = mmap(NULL, 4096, PROT_READ, MAP_ANON | MAP_PRIVATE, -1, 0);
	ATF_REQUIRE(p != MAP_FAILED);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = segv_handler;
	sa.sa_flags = SA_SIGINFO;
	ATF_REQUIRE(sigaction(SIGSEGV, &sa, NULL) == 0);
	fault_addr = NULL;
	if (sigsetjmp(fault_jb, 1) == 0) {
		p[100] = 1;
		atf_tc_fail("the write did not fault");
	}
	ATF_CHECK(fault_addr == p + 100);
	ATF_CHECK_EQ(fault_code, SEGV_ACCERR);
	ATF_REQUIRE(munmap(p, 4096) == 0);
	if (sigsetjmp(fault_jb, 1) == 0) {
		(void)*(volatile char *)(p + 8);
		atf_tc_fail("the read did not fault");
	}
	ATF_CHECK(fault_addr == p + 8);
	ATF_CHECK_EQ(fault_code, SEGV_MAPERR);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, segv_siginfo);
	ATF_TP_ADD_TC(tp, sigaltstack_used);
	ATF_TP_ADD_TC(tp, sigwait_test);
	ATF_TP_ADD_TC(tp, sigtimedwait_timeout);
	ATF_TP_ADD_TC(tp, sigqueue_value);
	ATF_TP_ADD_TC(tp, sigaction_handler);
	ATF_TP_ADD_TC(tp, sigaction_every_signal);
	ATF_TP_ADD_TC(tp, sigaction_old);
	ATF_TP_ADD_TC(tp, sigaction_errors);
	ATF_TP_ADD_TC(tp, sa_siginfo);
	ATF_TP_ADD_TC(tp, sigchld_info);
	ATF_TP_ADD_TC(tp, sa_resethand);
	ATF_TP_ADD_TC(tp, sig_ign);
	ATF_TP_ADD_TC(tp, sigprocmask_block);
	ATF_TP_ADD_TC(tp, sigprocmask_setmask);
	ATF_TP_ADD_TC(tp, sigsuspend_test);
	ATF_TP_ADD_TC(tp, alarm_test);
	ATF_TP_ADD_TC(tp, eintr);
	ATF_TP_ADD_TC(tp, setitimer_test);
	ATF_TP_ADD_TC(tp, sigaltstack_test);
	return atf_no_error();
}
