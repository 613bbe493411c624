/*
 * t_gaps: functions that used to be declared but missing: the
 * getusershell family, getpass, getlogin/getlogin_r/setlogin,
 * gethostid, pselect, pollts, posix_madvise/madvise, posix_fadvise,
 * posix_fallocate, the mlock family, shm_open/shm_unlink.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <paths.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/param.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "h_tc.h"

/* Number of lines of _PATH_SHELLS that start with '/'; -1 if missing. */
static int
count_shell_lines(void)
{
	char line[1024];
	FILE *fp;
	int n = 0;

	if ((fp = fopen(_PATH_SHELLS, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL)
		if (line[0] == '/')
			n++;
	fclose(fp);
	return n;
}

TC(usershell_list, "getusershell returns each shell of /etc/shells once")
{
	int want = count_shell_lines();
	char *s;
	int n = 0;

	setusershell();
	while ((s = getusershell()) != NULL) {
		ATF_CHECK_MSG(s[0] == '/', "shell %s is not absolute", s);
		ATF_CHECK(strchr(s, '\n') == NULL && strchr(s, ' ') == NULL);
		n++;
	}
	if (want < 0)
		ATF_CHECK_EQ(n, 2);
	else
		ATF_CHECK_EQ(n, want);
	ATF_CHECK(getusershell() == NULL);
	endusershell();
}

TC(usershell_rewind, "setusershell and endusershell restart the list")
{
	char first[1024];
	char *s;

	setusershell();
	ATF_REQUIRE((s = getusershell()) != NULL);
	strlcpy(first, s, sizeof(first));
	(void)getusershell();
	setusershell();
	ATF_REQUIRE((s = getusershell()) != NULL);
	ATF_CHECK_STREQ(s, first);
	endusershell();
	ATF_REQUIRE((s = getusershell()) != NULL);
	ATF_CHECK_STREQ(s, first);
	endusershell();
	endusershell(); /* twice is harmless */
}

TC(usershell_binsh, "/bin/sh is a legal shell (listed or the default)")
{
	char *s;
	int found = 0;

	setusershell();
	while ((s = getusershell()) != NULL)
		if (strcmp(s, _PATH_BSHELL) == 0)
			found = 1;
	endusershell();
	ATF_CHECK(found);
}

TC(getpass_notty, "getpass without a terminal fails with ENOTTY")
{
	pid_t pid;
	int st, fd;

	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0) {
		char *p;

		if (setsid() < 0)
			_exit(10);
		fd = open(_PATH_DEVNULL, O_RDWR);
		if (fd < 0 || dup2(fd, 0) < 0 || dup2(fd, 2) < 0)
			_exit(11);
		errno = 0;
		p = getpass("pw: ");
		if (p != NULL)
			_exit(12);
		_exit(errno == ENOTTY ? 0 : 13);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_REQUIRE(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 0);
}

TC(getlogin_user, "getlogin names the real user when setlogin was not used")
{
	struct passwd *pw = getpwuid(getuid());
	char *name;

	if (pw == NULL)
		atf_tc_skip("no passwd entry for uid %d", (int)getuid());
	ATF_REQUIRE((name = getlogin()) != NULL);
	ATF_CHECK_STREQ(name, getpwuid(getuid())->pw_name);
}

TC(getlogin_r_erange, "getlogin_r: ERANGE when the buffer is too small")
{
	char buf[MAXLOGNAME + 1];
	size_t n;

	if (getpwuid(getuid()) == NULL)
		atf_tc_skip("no passwd entry for uid %d", (int)getuid());
	ATF_REQUIRE_EQ(getlogin_r(buf, sizeof(buf)), 0);
	n = strlen(buf);
	ATF_CHECK(n > 0);
	ATF_CHECK_EQ(getlogin_r(buf, n), ERANGE);
	ATF_CHECK_EQ(getlogin_r(buf, 0), ERANGE);
	ATF_CHECK_EQ(getlogin_r(buf, n + 1), 0);
	ATF_CHECK_EQ(strlen(buf), n);
}

TC(setlogin_test, "setlogin: root sets the name, others get EPERM")
{
	char buf[MAXLOGNAME + 2];
	pid_t pid;
	int st;

	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0) {
		if (geteuid() != 0) {
			errno = 0;
			_exit(setlogin("x") == -1 && errno == EPERM ? 0 : 20);
		}
		if (setlogin("gapsuser") != 0)
			_exit(21);
		if (getlogin() == NULL || strcmp(getlogin(), "gapsuser") != 0)
			_exit(22);
		memset(buf, 'a', sizeof(buf) - 1);
		buf[sizeof(buf) - 1] = '\0';
		errno = 0;
		if (setlogin(buf) != -1 || errno != EINVAL)
			_exit(23);
		if (strcmp(getlogin(), "gapsuser") != 0)
			_exit(24);
		_exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_REQUIRE(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 0);
}

TC(gethostid_stable, "gethostid is stable and fits in 32 bits")
{
	long a = gethostid(), b = gethostid();
	char name[MAXHOSTNAMELEN + 1];

	ATF_CHECK_EQ(a, b);
	ATF_CHECK(a >= INT32_MIN && a <= INT32_MAX);
	ATF_REQUIRE(gethostname(name, sizeof(name)) == 0);
	if (name[0] != '\0')
		ATF_CHECK(a != 0);
}

TC(pselect_timeout, "pselect waits for the timeout and returns 0")
{
	struct timespec ts = { 0, 50000000 }, t0, t1;
	fd_set r;
	int p[2];
	long ms;

	ATF_REQUIRE(pipe(p) == 0);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ATF_CHECK_EQ(pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 +
	    (t1.tv_nsec - t0.tv_nsec) / 1000000;
	ATF_CHECK_MSG(ms >= 45, "waited only %ld ms", ms);
	ATF_CHECK(!FD_ISSET(p[0], &r));
	close(p[0]);
	close(p[1]);
}

TC(pselect_ready, "pselect reports a readable pipe")
{
	struct timespec ts = { 1, 0 };
	fd_set r;
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	ATF_REQUIRE(write(p[1], "x", 1) == 1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	ATF_CHECK_EQ(pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL), 1);
	ATF_CHECK(FD_ISSET(p[0], &r));
	close(p[0]);
	close(p[1]);
}

TC(pselect_einval, "pselect: EINVAL for a malformed timeout")
{
	struct timespec bad1 = { 0, 1000000000L }, bad2 = { 0, -1 };
	struct timespec bad3 = { -1, 0 };

	errno = 0;
	ATF_CHECK_EQ(pselect(0, NULL, NULL, NULL, &bad1, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(pselect(0, NULL, NULL, NULL, &bad2, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(pselect(0, NULL, NULL, NULL, &bad3, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

static volatile sig_atomic_t got_usr1;

static void
on_usr1(int sig)
{
	(void)sig;
	got_usr1 = 1;
}

TC(pselect_mask, "pselect installs the mask only during the wait")
{
	struct timespec ts = { 0, 10000000 };
	sigset_t block, empty, cur;

	signal(SIGUSR1, on_usr1);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&empty);
	ATF_REQUIRE(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
	ATF_REQUIRE(kill(getpid(), SIGUSR1) == 0);
	ATF_CHECK_EQ(got_usr1, 0);
	/* The pending signal is delivered once the empty mask is set. */
	(void)pselect(0, NULL, NULL, NULL, &ts, &empty);
	ATF_CHECK_EQ(got_usr1, 1);
	ATF_REQUIRE(sigprocmask(SIG_SETMASK, NULL, &cur) == 0);
	ATF_CHECK(sigismember(&cur, SIGUSR1));
	sigprocmask(SIG_UNBLOCK, &block, NULL);
}

TC(pollts_test, "pollts: ready, timeout and EINVAL")
{
	struct timespec ts = { 0, 20000000 }, bad = { 0, 2000000000L };
	struct pollfd pfd;
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	pfd.fd = p[0];
	pfd.events = POLLIN;
	pfd.revents = 0;
	ATF_CHECK_EQ(pollts(&pfd, 1, &ts, NULL), 0);
	ATF_REQUIRE(write(p[1], "x", 1) == 1);
	ATF_CHECK_EQ(pollts(&pfd, 1, NULL, NULL), 1);
	ATF_CHECK(pfd.revents & POLLIN);
	errno = 0;
	ATF_CHECK_EQ(pollts(&pfd, 1, &bad, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	close(p[0]);
	close(p[1]);
}

TC(pollts_mask, "pollts installs the mask only during the wait")
{
	struct timespec ts = { 0, 10000000 };
	sigset_t block, empty, cur;

	got_usr1 = 0;
	signal(SIGUSR1, on_usr1);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&empty);
	ATF_REQUIRE(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
	ATF_REQUIRE(kill(getpid(), SIGUSR1) == 0);
	ATF_CHECK_EQ(got_usr1, 0);
	(void)pollts(NULL, 0, &ts, &empty);
	ATF_CHECK_EQ(got_usr1, 1);
	ATF_REQUIRE(sigprocmask(SIG_SETMASK, NULL, &cur) == 0);
	ATF_CHECK(sigismember(&cur, SIGUSR1));
	sigprocmask(SIG_UNBLOCK, &block, NULL);
}

TC(posix_madvise_test, "posix_madvise: returns 0 or the error number")
{
	size_t pg = (size_t)getpagesize();
	char *p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE,
	    MAP_ANON | MAP_PRIVATE, -1, 0);
	int a;

	ATF_REQUIRE(p != MAP_FAILED);
	for (a = POSIX_MADV_NORMAL; a <= POSIX_MADV_DONTNEED; a++)
		ATF_CHECK_EQ(posix_madvise(p, 2 * pg, a), 0);
	errno = 0;
	ATF_CHECK_EQ(posix_madvise(p, pg, 99), EINVAL);
	ATF_CHECK_EQ(posix_madvise(p, pg, -1), EINVAL);
	ATF_CHECK_EQ(posix_madvise(p + 1, pg, POSIX_MADV_NORMAL), EINVAL);
	ATF_CHECK_EQ(posix_madvise(p, SIZE_MAX, POSIX_MADV_NORMAL), EINVAL);
	ATF_CHECK_EQ(errno, 0);
	munmap(p, 2 * pg);
}

TC(madvise_test, "madvise: 0, or -1 with EINVAL")
{
	size_t pg = (size_t)getpagesize();
	char *p = mmap(
	    NULL, pg, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0);

	ATF_REQUIRE(p != MAP_FAILED);
	ATF_CHECK_EQ(madvise(p, pg, MADV_WILLNEED), 0);
	ATF_CHECK_EQ(madvise(p, pg, MADV_FREE), 0);
	errno = 0;
	ATF_CHECK_EQ(madvise(p, pg, MADV_FREE + 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(madvise(p + 3, pg, MADV_NORMAL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	munmap(p, pg);
}

TC(posix_fadvise_test, "posix_fadvise: EBADF, ESPIPE, EINVAL, else 0")
{
	char path[] = "fadv.XXXXXX";
	int fd, p[2], a;

	ATF_REQUIRE((fd = mkstemp(path)) >= 0);
	for (a = POSIX_FADV_NORMAL; a <= POSIX_FADV_NOREUSE; a++)
		ATF_CHECK_EQ(posix_fadvise(fd, 0, 0, a), 0);
	ATF_CHECK_EQ(posix_fadvise(fd, 0, 0, 42), EINVAL);
	ATF_CHECK_EQ(posix_fadvise(fd, 0, -1, POSIX_FADV_NORMAL), EINVAL);
	ATF_REQUIRE(pipe(p) == 0);
	ATF_CHECK_EQ(posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL), ESPIPE);
	close(p[0]);
	close(p[1]);
	errno = 0;
	ATF_CHECK_EQ(posix_fadvise(-1, 0, 0, POSIX_FADV_NORMAL), EBADF);
	ATF_CHECK_EQ(errno, 0);
	close(fd);
	ATF_CHECK_EQ(posix_fadvise(fd, 0, 0, POSIX_FADV_NORMAL), EBADF);
	unlink(path);
}

TC(posix_fallocate_grow, "posix_fallocate extends a short file only")
{
	char path[] = "falloc.XXXXXX";
	struct stat st;
	int fd;

	ATF_REQUIRE((fd = mkstemp(path)) >= 0);
	ATF_CHECK_EQ(posix_fallocate(fd, 100, 4000), 0);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK_EQ(st.st_size, 4100);
	ATF_CHECK_EQ(posix_fallocate(fd, 0, 10), 0);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK_EQ(st.st_size, 4100);
	close(fd);
	unlink(path);
}

TC(posix_fallocate_errors, "posix_fallocate: EINVAL, EFBIG, EBADF, ESPIPE")
{
	char path[] = "falloc.XXXXXX";
	int fd, ro, p[2];

	ATF_REQUIRE((fd = mkstemp(path)) >= 0);
	errno = 0;
	ATF_CHECK_EQ(posix_fallocate(fd, 0, 0), EINVAL);
	ATF_CHECK_EQ(posix_fallocate(fd, -1, 10), EINVAL);
	ATF_CHECK_EQ(posix_fallocate(fd, 1, INT64_MAX), EFBIG);
	ATF_CHECK_EQ(posix_fallocate(-1, 0, 10), EBADF);
	ATF_REQUIRE((ro = open(path, O_RDONLY)) >= 0);
	ATF_CHECK_EQ(posix_fallocate(ro, 0, 10), EBADF);
	ATF_REQUIRE(pipe(p) == 0);
	ATF_CHECK_EQ(posix_fallocate(p[1], 0, 10), ESPIPE);
	ATF_CHECK_EQ(errno, 0);
	close(p[0]);
	close(p[1]);
	close(ro);
	close(fd);
	unlink(path);
}

TC(mlock_test, "mlock/munlock: 0 for a valid range, EINVAL on wrap")
{
	static char buf[8192];

	ATF_CHECK_EQ(mlock(buf, sizeof(buf)), 0);
	ATF_CHECK_EQ(munlock(buf, sizeof(buf)), 0);
	errno = 0;
	ATF_CHECK_EQ(mlock(buf, SIZE_MAX), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(munlock(buf, SIZE_MAX), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(mlockall_test, "mlockall checks its flags; munlockall succeeds")
{
	ATF_CHECK_EQ(mlockall(MCL_CURRENT), 0);
	ATF_CHECK_EQ(mlockall(MCL_CURRENT | MCL_FUTURE), 0);
	ATF_CHECK_EQ(munlockall(), 0);
	errno = 0;
	ATF_CHECK_EQ(mlockall(0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(mlockall(0x100), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

static void
shm_name(char *buf, size_t len)
{
	snprintf(buf, len, "/t_gaps.%ld", (long)getpid());
}

TC(shm_roundtrip, "shm_open creates an object another open shares")
{
	char name[64], c = 0;
	int a, b;

	shm_name(name, sizeof(name));
	(void)shm_unlink(name);
	ATF_REQUIRE((a = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600)) >= 0);
	ATF_CHECK(fcntl(a, F_GETFD) & FD_CLOEXEC);
	ATF_REQUIRE(write(a, "z", 1) == 1);
	errno = 0;
	ATF_CHECK_EQ(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), -1);
	ATF_CHECK_EQ(errno, EEXIST);
	ATF_REQUIRE((b = shm_open(name, O_RDONLY, 0)) >= 0);
	ATF_CHECK_EQ(read(b, &c, 1), 1);
	ATF_CHECK_EQ(c, 'z');
	close(b);
	close(a);
	ATF_CHECK_EQ(shm_unlink(name), 0);
	errno = 0;
	ATF_CHECK_EQ(shm_open(name, O_RDONLY, 0), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK_EQ(shm_unlink(name), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(shm_badname, "shm_open/shm_unlink: EINVAL for bad names and flags")
{
	char name[64], longname[PATH_MAX + 10];

	errno = 0;
	ATF_CHECK_EQ(shm_open("noslash", O_RDWR | O_CREAT, 0600), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(shm_open("/a/b", O_RDWR | O_CREAT, 0600), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(shm_open("/", O_RDWR | O_CREAT, 0600), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(shm_open(NULL, O_RDWR, 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(shm_unlink("x/y"), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	shm_name(name, sizeof(name));
	errno = 0;
	ATF_CHECK_EQ(shm_open(name, O_WRONLY | O_CREAT, 0600), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(shm_open(name, O_RDWR | O_CREAT | O_APPEND, 0600), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	memset(longname, 'n', sizeof(longname) - 1);
	longname[0] = '/';
	longname[sizeof(longname) - 1] = '\0';
	errno = 0;
	ATF_CHECK_EQ(shm_open(longname, O_RDWR | O_CREAT, 0600), -1);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, usershell_list);
	ATF_TP_ADD_TC(tp, usershell_rewind);
	ATF_TP_ADD_TC(tp, usershell_binsh);
	ATF_TP_ADD_TC(tp, getpass_notty);
	ATF_TP_ADD_TC(tp, getlogin_user);
	ATF_TP_ADD_TC(tp, getlogin_r_erange);
	ATF_TP_ADD_TC(tp, setlogin_test);
	ATF_TP_ADD_TC(tp, gethostid_stable);
	ATF_TP_ADD_TC(tp, pselect_timeout);
	ATF_TP_ADD_TC(tp, pselect_ready);
	ATF_TP_ADD_TC(tp, pselect_einval);
	ATF_TP_ADD_TC(tp, pselect_mask);
	ATF_TP_ADD_TC(tp, pollts_test);
	ATF_TP_ADD_TC(tp, pollts_mask);
	ATF_TP_ADD_TC(tp, posix_madvise_test);
	ATF_TP_ADD_TC(tp, madvise_test);
	ATF_TP_ADD_TC(tp, posix_fadvise_test);
	ATF_TP_ADD_TC(tp, posix_fallocate_grow);
	ATF_TP_ADD_TC(tp, posix_fallocate_errors);
	ATF_TP_ADD_TC(tp, mlock_test);
	ATF_TP_ADD_TC(tp, mlockall_test);
	ATF_TP_ADD_TC(tp, shm_roundtrip);
	ATF_TP_ADD_TC(tp, shm_badname);
	return atf_no_error();
}
