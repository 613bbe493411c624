/*
 * t_signame: signal names and the XSI helpers: sys_signame,
 * signalname/signalnumber/signalnext, psignal, sighold/sigrelse,
 * sigignore, sigpause.
 */
#include <atf-c.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

TC(signame_table, "sys_signame gives NetBSD's short names")
{
	ATF_CHECK_STREQ(sys_signame[SIGHUP], "HUP");
	ATF_CHECK_STREQ(sys_signame[SIGBUS], "BUS");
	ATF_CHECK_STREQ(sys_signame[SIGINFO], "INFO");
	ATF_CHECK_STREQ(sys_signame[SIGUSR1], "USR1");
	ATF_CHECK_STREQ(sys_signame[SIGPWR], "PWR");
}

TC(signalname_number, "signalname and signalnumber are inverses")
{
	int s;

	for (s = 1; s < _NSIG; s++) {
		const char *n = signalname(s);

		ATF_REQUIRE_MSG(n != NULL, "no name for %d", s);
		ATF_CHECK_EQ_MSG(signalnumber(n), s, "%s", n);
	}
	ATF_CHECK_EQ(signalnumber("SIGTERM"), SIGTERM);
	ATF_CHECK_EQ(signalnumber("sigchld"), SIGCHLD);
	ATF_CHECK_EQ(signalnumber("RTMIN+1"), SIGRTMIN + 1);
	ATF_CHECK_EQ(signalnumber("NOSUCH"), 0);
	ATF_CHECK(signalname(0) == NULL);
	ATF_CHECK(signalname(_NSIG) == NULL);
}

TC(signalnext_walk, "signalnext walks 1.._NSIG-1 then returns 0")
{
	int s = 0, n = 0;

	while ((s = signalnext(s)) > 0)
		n++;
	ATF_CHECK_EQ(s, 0);
	ATF_CHECK_EQ(n, _NSIG - 1);
	errno = 0;
	ATF_CHECK_EQ(signalnext(-2), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(psignal_output, "psignal writes \"prefix: description\\n\" to stderr")
{
	char buf[128];
	int p[2], save;
	ssize_t n;

	ATF_REQUIRE(pipe(p) == 0);
	save = dup(STDERR_FILENO);
	dup2(p[1], STDERR_FILENO);
	psignal(SIGINT, "here");
	dup2(save, STDERR_FILENO);
	close(p[1]);
	n = read(p[0], buf, sizeof(buf) - 1);
	ATF_REQUIRE(n > 0);
	buf[n] = '\0';
	ATF_CHECK(strncmp(buf, "here: ", 6) == 0);
	ATF_CHECK_STREQ(
	    buf + 6, strcat(strcpy((char[100]){ 0 }, strsignal(SIGINT)), "\n"));
}

static int
is_blocked(int sig)
{
	sigset_t s;

	sigprocmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, sig);
}

TC(hold_relse,
    "sighold blocks and sigrelse unblocks one signal; bad "
    "numbers are EINVAL")
{
	ATF_CHECK_EQ(sighold(SIGUSR1), 0);
	ATF_CHECK(is_blocked(SIGUSR1));
	ATF_CHECK(!is_blocked(SIGUSR2));
	ATF_CHECK_EQ(sigrelse(SIGUSR1), 0);
	ATF_CHECK(!is_blocked(SIGUSR1));
	errno = 0;
	ATF_CHECK_EQ(sighold(0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(ignore, "sigignore makes a signal harmless")
{
	struct sigaction sa;

	ATF_CHECK_EQ(sigignore(SIGTERM), 0);
	ATF_REQUIRE(sigaction(SIGTERM, NULL, &sa) == 0);
	ATF_CHECK(sa.sa_handler == SIG_IGN);
	ATF_CHECK_EQ(raise(SIGTERM), 0);
	errno = 0;
	ATF_CHECK_EQ(sigignore(SIGKILL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

static volatile sig_atomic_t got;

static void
handler(int sig)
{
	got = sig;
}

TC(pause_sig, "sigpause unblocks the signal while waiting")
{
	pid_t pid;

	signal(SIGUSR2, handler);
	sighold(SIGUSR2);
	pid = fork();
	if (pid == 0) {
		kill(getppid(), SIGUSR2);
		_exit(0);
	}
	errno = 0;
	ATF_CHECK_EQ(sigpause(SIGUSR2), -1);
	ATF_CHECK_EQ(errno, EINTR);
	ATF_CHECK_EQ(got, SIGUSR2);
	ATF_CHECK(is_blocked(SIGUSR2));
	waitpid(pid, NULL, 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, signame_table);
	ATF_TP_ADD_TC(tp, signalname_number);
	ATF_TP_ADD_TC(tp, signalnext_walk);
	ATF_TP_ADD_TC(tp, psignal_output);
	ATF_TP_ADD_TC(tp, hold_relse);
	ATF_TP_ADD_TC(tp, ignore);
	ATF_TP_ADD_TC(tp, pause_sig);
	return atf_no_error();
}
