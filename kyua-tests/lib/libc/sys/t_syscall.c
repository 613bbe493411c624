/*
 * t_syscall: syscall(2) and __syscall(2) with NetBSD's system-call
 * numbers.  On the host port the numbers of <sys/syscall.h> run the libc
 * call of the same name (with NetBSD flag values and errno numbers); on
 * Bulkhead, which has no system-call numbers, every number is ENOSYS.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

/* On Bulkhead every number is ENOSYS: check that and end the case. */
static void
bulkhead_enosys(void)
{
	struct utsname u;

	ATF_REQUIRE_EQ(uname(&u), 0);
	if (strcmp(u.sysname, "Bulkhead") != 0)
		return;
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_getpid), -1);
	ATF_CHECK_EQ(errno, ENOSYS);
	atf_tc_pass();
}

TC(getpid_matches, "syscall(SYS_getpid) == getpid() (20 as in NetBSD)")
{
	bulkhead_enosys();
	ATF_CHECK_EQ(SYS_getpid, 20);
	ATF_CHECK_EQ(syscall(SYS_getpid), getpid());
}

TC(ids_match,
    "the id calls give what getppid/getuid/geteuid/getgid/"
    "getegid give")
{
	bulkhead_enosys();
	ATF_CHECK_EQ(syscall(SYS_getppid), getppid());
	ATF_CHECK_EQ(syscall(SYS_getuid), (int)getuid());
	ATF_CHECK_EQ(syscall(SYS_geteuid), (int)geteuid());
	ATF_CHECK_EQ(syscall(SYS_getgid), (int)getgid());
	ATF_CHECK_EQ(syscall(SYS_getegid), (int)getegid());
}

TC(unknown_enosys, "a number outside the table is ENOSYS")
{
	static const int bad[] = { SYS_syscall, 2, 7, 500, 9999, -1, -20 };
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		errno = 0;
		ATF_CHECK_EQ(syscall(bad[i]), -1);
		ATF_CHECK_EQ_MSG(errno, ENOSYS, "number %d", bad[i]);
	}
	errno = 0;
	ATF_CHECK_EQ(__syscall((quad_t)1 << 40), -1);
	ATF_CHECK_EQ(errno, ENOSYS);
}

TC(read_write_pipe, "SYS_write and SYS_read move bytes through a pipe")
{
	char buf[8] = "";
	int p[2];

	bulkhead_enosys();
	ATF_REQUIRE_EQ(pipe(p), 0);
	ATF_CHECK_EQ(syscall(SYS_write, p[1], "hello", 5), 5);
	ATF_CHECK_EQ(syscall(SYS_read, p[0], buf, sizeof(buf)), 5);
	ATF_CHECK(memcmp(buf, "hello", 5) == 0);
	ATF_CHECK_EQ(syscall(SYS_close, p[0]), 0);
	ATF_CHECK_EQ(syscall(SYS_close, p[1]), 0);
}

TC(open_flags, "SYS_open takes NetBSD's O_CREAT|O_EXCL values and mode")
{
	struct stat st;
	int fd;

	bulkhead_enosys();
	umask(022);
	fd = syscall(SYS_open, "f", O_WRONLY | O_CREAT | O_EXCL, 0640);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(fstat(fd, &st), 0);
	ATF_CHECK_EQ(st.st_mode & 0777, 0640);
	close(fd);
	errno = 0;
	ATF_CHECK_EQ(
	    syscall(SYS_open, "f", O_WRONLY | O_CREAT | O_EXCL, 0640), -1);
	ATF_CHECK_EQ(errno, EEXIST);
}

TC(errno_numbers, "failures come back as NetBSD errno numbers")
{
	bulkhead_enosys();
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_open, "missing", O_RDONLY, 0), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_close, -1), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_rmdir, "missing"), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(lseek_quad,
    "__syscall(SYS_lseek, fd, pad, offset, whence) returns a "
    "64-bit offset")
{
	int fd;

	bulkhead_enosys();
	ATF_REQUIRE((fd = open("f", O_RDWR | O_CREAT, 0644)) >= 0);
	ATF_CHECK_EQ(
	    __syscall((quad_t)SYS_lseek, fd, 0, (off_t)5 << 32, SEEK_SET),
	    (quad_t)5 << 32);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_CUR), (off_t)5 << 32);
	ATF_CHECK_EQ(__syscall((quad_t)SYS_lseek, fd, 0, (off_t)-3, SEEK_CUR),
	    ((quad_t)5 << 32) - 3);
	close(fd);
}

TC(dirs_and_links, "mkdir, rename, symlink, readlink, unlink, rmdir")
{
	char buf[16] = "";
	struct stat st;

	bulkhead_enosys();
	ATF_CHECK_EQ(syscall(SYS_mkdir, "d", 0755), 0);
	ATF_CHECK_EQ(stat("d", &st), 0);
	ATF_CHECK(S_ISDIR(st.st_mode));
	ATF_CHECK_EQ(syscall(SYS_rename, "d", "e"), 0);
	ATF_CHECK_EQ(syscall(SYS_symlink, "e", "l"), 0);
	ATF_CHECK_EQ(syscall(SYS_readlink, "l", buf, sizeof(buf)), 1);
	ATF_CHECK_EQ(buf[0], 'e');
	ATF_CHECK_EQ(syscall(SYS_unlink, "l"), 0);
	ATF_CHECK_EQ(syscall(SYS_rmdir, "e"), 0);
	ATF_CHECK_EQ(stat("e", &st), -1);
}

TC(dup_calls, "SYS_dup and SYS_dup2 duplicate descriptors")
{
	int fd, d;

	bulkhead_enosys();
	ATF_REQUIRE((fd = open("f", O_RDWR | O_CREAT, 0644)) >= 0);
	d = syscall(SYS_dup, fd);
	ATF_CHECK(d > fd);
	ATF_CHECK_EQ(syscall(SYS_dup2, fd, 40), 40);
	ATF_CHECK_EQ(fcntl(40, F_GETFD), 0);
	close(d);
	close(40);
	close(fd);
}

TC(umask_kill,
    "SYS_umask returns the old mask; SYS_kill with signal 0 "
    "probes a process")
{
	bulkhead_enosys();
	umask(027);
	ATF_CHECK_EQ(syscall(SYS_umask, 022), 027);
	ATF_CHECK_EQ(umask(022), 022);
	ATF_CHECK_EQ(syscall(SYS_kill, getpid(), 0), 0);
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_kill, getpid(), 1000), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(exit_status, "SYS_exit ends the process with its status")
{
	pid_t pid;
	int st;

	bulkhead_enosys();
	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0) {
		syscall(SYS_exit, 23);
		_exit(1);
	}
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 23);
}

TC(signal_numbers, "SYS_kill takes NetBSD signal numbers (SIGUSR1 = 30)")
{
	pid_t pid;
	int st;

	bulkhead_enosys();
	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0) {
		pause();
		_exit(0);
	}
	ATF_CHECK_EQ(syscall(SYS_kill, pid, SIGUSR1), 0);
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGUSR1);
	ATF_CHECK_EQ(SIGUSR1, 30);
}

TC(rest_of_table,
    "the other numbers: access, chmod, fchmod, link, "
    "chdir, fchdir, fsync, sync, setuid, setsid, chroot")
{
	char here[1024], there[1024];
	struct stat st;
	pid_t pid;
	int fd, status;

	bulkhead_enosys();
	ATF_REQUIRE((fd = open("f", O_RDWR | O_CREAT, 0600)) >= 0);
	ATF_CHECK_EQ(syscall(SYS_access, "f", R_OK), 0);
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_access, "nothing", F_OK), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	ATF_CHECK_EQ(syscall(SYS_chmod, "f", 0604), 0);
	ATF_CHECK_EQ(stat("f", &st), 0);
	ATF_CHECK_EQ(st.st_mode & 0777, 0604);
	ATF_CHECK_EQ(syscall(SYS_fchmod, fd, 0640), 0);
	ATF_CHECK_EQ(fstat(fd, &st), 0);
	ATF_CHECK_EQ(st.st_mode & 0777, 0640);
	ATF_CHECK_EQ(syscall(SYS_link, "f", "g"), 0);
	ATF_CHECK_EQ(stat("g", &st), 0);
	ATF_CHECK_EQ(st.st_nlink, 2);
	ATF_CHECK_EQ(syscall(SYS_fsync, fd), 0);
	ATF_CHECK_EQ(syscall(SYS_sync), 0);
	ATF_CHECK_EQ(syscall(SYS_setuid, getuid()), 0);
	ATF_REQUIRE(getcwd(here, sizeof(here)) != NULL);
	ATF_REQUIRE_EQ(mkdir("sub", 0755), 0);
	ATF_CHECK_EQ(syscall(SYS_chdir, "sub"), 0);
	ATF_REQUIRE(getcwd(there, sizeof(there)) != NULL);
	ATF_CHECK(strcmp(there + strlen(there) - 4, "/sub") == 0);
	close(fd);
	ATF_REQUIRE((fd = open(here, O_RDONLY)) >= 0);
	ATF_CHECK_EQ(syscall(SYS_fchdir, fd), 0);
	ATF_REQUIRE(getcwd(there, sizeof(there)) != NULL);
	ATF_CHECK_STREQ(there, here);
	close(fd);
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_chroot, "nothing"), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0)
		_exit(syscall(SYS_setsid) == getpid() ? 0 : 1);
	ATF_REQUIRE_EQ(waitpid(pid, &status, 0), pid);
	ATF_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, getpid_matches);
	ATF_TP_ADD_TC(tp, ids_match);
	ATF_TP_ADD_TC(tp, unknown_enosys);
	ATF_TP_ADD_TC(tp, read_write_pipe);
	ATF_TP_ADD_TC(tp, open_flags);
	ATF_TP_ADD_TC(tp, errno_numbers);
	ATF_TP_ADD_TC(tp, lseek_quad);
	ATF_TP_ADD_TC(tp, dirs_and_links);
	ATF_TP_ADD_TC(tp, dup_calls);
	ATF_TP_ADD_TC(tp, umask_kill);
	ATF_TP_ADD_TC(tp, exit_status);
	ATF_TP_ADD_TC(tp, signal_numbers);
	ATF_TP_ADD_TC(tp, rest_of_table);
	return atf_no_error();
}
