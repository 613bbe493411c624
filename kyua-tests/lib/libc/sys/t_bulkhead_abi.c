/*
 * t_bulkhead_abi: the Bulkhead system-call layer (lib/libc/sys) checked
 * on the host: its sources are compiled here under other names (open
 * becomes bk_open ...) against a fake _ipc_sendrec that records each
 * request and plays back a scripted reply, so the message each call
 * sends, the results it decodes and the errno conversion in _syscall
 * can be checked without the servers.  Every symbol compiled here is
 * renamed, so on Bulkhead the program's own libc calls still reach the
 * real servers.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>

#define open(...)	 bk_open(__VA_ARGS__)
#define read(...)	 bk_read(__VA_ARGS__)
#define lseek(...)	 bk_lseek(__VA_ARGS__)
#define pipe2(...)	 bk_pipe2(__VA_ARGS__)
#define pipe(...)	 bk_pipe(__VA_ARGS__)
#define rename(...)	 bk_rename(__VA_ARGS__)
#define kill(...)	 bk_kill(__VA_ARGS__)
#define wait4(...)	 bk_wait4(__VA_ARGS__)
#define getpid(...)	 bk_getpid(__VA_ARGS__)
#define getppid(...)	 bk_getppid(__VA_ARGS__)
#define sigprocmask(...) bk_sigprocmask(__VA_ARGS__)
#define execve(...)	 bk_execve(__VA_ARGS__)
#define nanosleep(...)	 bk_nanosleep(__VA_ARGS__)
#define alarm(...)	 bk_alarm(__VA_ARGS__)
#define mmap(...)	 bk_mmap(__VA_ARGS__)
#define stat(...)	 bk_stat(__VA_ARGS__)
#define dup3(...)	 bk_dup3(__VA_ARGS__)
#define fcntl(...)	 bk_fcntl(__VA_ARGS__)
#define sigaction(...)	 bk_sigaction(__VA_ARGS__)
#define _ipc_sendrec	 fake_sendrec
/* Internal helpers too, so the real ones in libc (on Bulkhead) stay. */
#define _syscall	  bk__syscall
#define __vfs_path	  bk__vfs_path
#define __vfs_path2	  bk__vfs_path2
#define __vfs_fd	  bk__vfs_fd
#define __pm_id		  bk__pm_id
#define __pm_clock	  bk__pm_clock
#define __pm_itimer	  bk__pm_itimer
#define __vm_call	  bk__vm_call
#define __sigreturn_tramp bk__sigreturn_tramp

#include "../../../../lib/libc/sys/_syscall.c"
#include "../../../../lib/libc/sys/__vfs_path.c"
#include "../../../../lib/libc/sys/__vfs_path2.c"
#include "../../../../lib/libc/sys/__vfs_fd.c"
#include "../../../../lib/libc/sys/__pm_id.c"
#include "../../../../lib/libc/sys/__pm_clock.c"
#include "../../../../lib/libc/sys/__pm_itimer.c"
#include "../../../../lib/libc/sys/__vm_call.c"
#include "../../../../lib/libc/sys/open.c"
#include "../../../../lib/libc/sys/read.c"
#include "../../../../lib/libc/sys/lseek.c"
#include "../../../../lib/libc/sys/pipe2.c"
#include "../../../../lib/libc/sys/pipe.c"
#include "../../../../lib/libc/sys/rename.c"
#include "../../../../lib/libc/sys/kill.c"
#include "../../../../lib/libc/sys/wait4.c"
#include "../../../../lib/libc/sys/getpid.c"
#include "../../../../lib/libc/sys/getppid.c"
#include "../../../../lib/libc/sys/sigprocmask.c"
#include "../../../../lib/libc/sys/sigaction.c"
#include "../../../../lib/libc/sys/execve.c"
#include "../../../../lib/libc/sys/nanosleep.c"
#include "../../../../lib/libc/sys/alarm.c"
#include "../../../../lib/libc/sys/mmap.c"
#include "../../../../lib/libc/sys/stat.c"
#include "../../../../lib/libc/sys/dup3.c"
#include "../../../../lib/libc/sys/fcntl.c"

/* The trampoline lives in ipc.S, which is not built here. */
void
__sigreturn_tramp(void)
{
}

#include "h_tc.h"

static int ncalls;	   /* requests sent */
static endpoint_t sent_to; /* destination of the last one */
static message sent;	   /* its copy */
static message reply;	   /* what the server answers */
static int ipc_result;	   /* what the kernel returns */

int
fake_sendrec(endpoint_t ep, message *m)
{
	ncalls++;
	sent_to = ep;
	sent = *m;
	if (ipc_result != 0)
		return ipc_result;
	*m = reply;
	return 0;
}

static void
script(int status)
{
	ncalls = 0;
	ipc_result = 0;
	memset(&sent, 0xee, sizeof(sent));
	memset(&reply, 0, sizeof(reply));
	reply.m_type = status;
}

TC(syscall_errno,
    "_syscall: a negative reply becomes errno and -1; an "
    "IPC failure too; a non-negative reply is returned")
{
	message m;

	script(-ENOENT);
	memset(&m, 0, sizeof(m));
	errno = 0;
	ATF_CHECK_EQ(_syscall(VFS_PROC_NR, VFS_SYNC, &m), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	ATF_CHECK_EQ(sent.m_type, VFS_SYNC);
	ATF_CHECK_EQ(sent_to, VFS_PROC_NR);
	script(7);
	ATF_CHECK_EQ(_syscall(PM_PROC_NR, PM_FORK, &m), 7);
	script(0);
	ipc_result = -EDEADSRCDST;
	errno = 0;
	ATF_CHECK_EQ(_syscall(PM_PROC_NR, PM_FORK, &m), -1);
	ATF_CHECK_EQ(errno, EDEADSRCDST);
}

TC(open_message,
    "open sends VFS_OPEN with the path, its length with the "
    "NUL, the flags and, with O_CREAT, the mode")
{
	const char *path = "dir/file";

	script(5);
	ATF_CHECK_EQ(open(path, O_RDWR | O_CREAT | O_EXCL, 0640), 5);
	ATF_CHECK_EQ(ncalls, 1);
	ATF_CHECK_EQ(sent_to, VFS_PROC_NR);
	ATF_CHECK_EQ(sent.m_type, VFS_OPEN);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.dirfd, AT_FDCWD);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.path, (uint64_t)(uintptr_t)path);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.len, 9);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.flags, O_RDWR | O_CREAT | O_EXCL);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.mode, 0640);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.arg, 0);
	script(3);
	ATF_CHECK_EQ(open(path, O_RDONLY, 0777), 3);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.mode, 0);
}

TC(path_checks,
    "a NULL path is EFAULT and one of PATH_MAX bytes "
    "ENAMETOOLONG, without any IPC")
{
	static char longpath[PATH_MAX + 10];

	script(0);
	errno = 0;
	ATF_CHECK_EQ(open(NULL, O_RDONLY), -1);
	ATF_CHECK_EQ(errno, EFAULT);
	memset(longpath, 'a', PATH_MAX);
	errno = 0;
	ATF_CHECK_EQ(open(longpath, O_RDONLY), -1);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
	errno = 0;
	ATF_CHECK_EQ(rename("a", longpath), -1);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
	ATF_CHECK_EQ(ncalls, 0);
}

TC(read_message,
    "read sends VFS_READ with fd, buffer, count and offset "
    "-1 (current)")
{
	char buf[10];

	script(4);
	ATF_CHECK_EQ(read(6, buf, sizeof(buf)), 4);
	ATF_CHECK_EQ(sent.m_type, VFS_READ);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.fd, 6);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.buf, (uint64_t)(uintptr_t)buf);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.len, sizeof(buf));
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.offset, -1);
	script(-EBADF);
	errno = 0;
	ATF_CHECK_EQ(read(99, buf, 1), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(lseek_reply,
    "lseek takes the 64-bit offset from m_vfs_lc_reply; a "
    "bad whence is EINVAL before IPC")
{
	script(0);
	reply.m_vfs_lc_reply.offset = 0x123456789aLL;
	ATF_CHECK_EQ(lseek(3, -5, SEEK_END), 0x123456789aLL);
	ATF_CHECK_EQ(sent.m_type, VFS_LSEEK);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.offset, -5);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.arg, SEEK_END);
	script(0);
	errno = 0;
	ATF_CHECK_EQ(lseek(3, 0, 9), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
}

TC(pipe_reply,
    "pipe and pipe2 take both descriptors from the reply; "
    "bad flags are EINVAL")
{
	int fds[2] = { -1, -1 };

	script(0);
	reply.m_vfs_lc_reply.fds[0] = 8;
	reply.m_vfs_lc_reply.fds[1] = 9;
	ATF_CHECK_EQ(pipe(fds), 0);
	ATF_CHECK_EQ(fds[0], 8);
	ATF_CHECK_EQ(fds[1], 9);
	ATF_CHECK_EQ(sent.m_type, VFS_PIPE2);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.flags, 0);
	script(0);
	ATF_CHECK_EQ(pipe2(fds, O_CLOEXEC), 0);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.flags, O_CLOEXEC);
	script(0);
	errno = 0;
	ATF_CHECK_EQ(pipe2(fds, O_APPEND), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
}

TC(rename_message, "rename sends both paths with their lengths")
{
	script(0);
	ATF_CHECK_EQ(rename("old", "newname"), 0);
	ATF_CHECK_EQ(sent.m_type, VFS_RENAME);
	ATF_CHECK_EQ(sent.m_lc_vfs_path2.len1, 4);
	ATF_CHECK_EQ(sent.m_lc_vfs_path2.len2, 8);
	ATF_CHECK_STREQ(
	    (const char *)(uintptr_t)sent.m_lc_vfs_path2.path2, "newname");
	ATF_CHECK_EQ(sent.m_lc_vfs_path2.fd1, AT_FDCWD);
}

TC(stat_message, "stat passes the struct stat address in arg")
{
	struct stat st;

	script(0);
	ATF_CHECK_EQ(stat("f", &st), 0);
	ATF_CHECK_EQ(sent.m_type, VFS_STAT);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.arg, (uint64_t)(uintptr_t)&st);
	ATF_CHECK_EQ(sent.m_lc_vfs_path.flags, 0);
}

TC(pm_kill_wait,
    "kill sends PM_KILL; wait4 decodes the status from "
    "m_pm_lc_ids")
{
	int st = 0;

	script(0);
	ATF_CHECK_EQ(kill(42, SIGTERM), 0);
	ATF_CHECK_EQ(sent_to, PM_PROC_NR);
	ATF_CHECK_EQ(sent.m_type, PM_KILL);
	ATF_CHECK_EQ(sent.m_lc_pm_id.pid, 42);
	ATF_CHECK_EQ(sent.m_lc_pm_id.arg, SIGTERM);
	script(0);
	errno = 0;
	ATF_CHECK_EQ(kill(42, 99), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
	script(42);
	reply.m_pm_lc_ids.status = W_EXITCODE(3, 0);
	ATF_CHECK_EQ(wait4(-1, &st, WNOHANG, NULL), 42);
	ATF_CHECK_EQ(sent.m_type, PM_WAIT4);
	ATF_CHECK_EQ(sent.m_lc_pm_id.arg, WNOHANG);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3);
}

TC(pm_getpid, "getpid and getppid read m_pm_lc_ids")
{
	script(0);
	reply.m_pm_lc_ids.pid = 77;
	reply.m_pm_lc_ids.ppid = 1;
	ATF_CHECK_EQ(getpid(), 77);
	ATF_CHECK_EQ(sent.m_type, PM_GETPID);
	script(0);
	reply.m_pm_lc_ids.ppid = 12;
	ATF_CHECK_EQ(getppid(), 12);
}

TC(pm_sigprocmask,
    "sigprocmask sends the 128-bit mask and returns the "
    "old one from the reply")
{
	sigset_t set, old;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	script(0);
	reply.m_lc_pm_sig.set[0] = 1U << (SIGINT - 1);
	ATF_CHECK_EQ(sigprocmask(SIG_BLOCK, &set, &old), 0);
	ATF_CHECK_EQ(sent.m_type, PM_SIGPROCMASK);
	ATF_CHECK_EQ(sent.m_lc_pm_sig.how, SIG_BLOCK);
	ATF_CHECK_EQ(sent.m_lc_pm_sig.set[0], 1U << (SIGUSR1 - 1));
	ATF_CHECK(sigismember(&old, SIGINT));
	ATF_CHECK(!sigismember(&old, SIGUSR1));
}

TC(pm_sigaction,
    "sigaction sends the addresses and the trampoline; "
    "SIGKILL is EINVAL before IPC")
{
	struct sigaction sa, osa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	script(0);
	ATF_CHECK_EQ(sigaction(SIGHUP, &sa, &osa), 0);
	ATF_CHECK_EQ(sent.m_type, PM_SIGACTION);
	ATF_CHECK_EQ(sent.m_lc_pm_sig.sig, SIGHUP);
	ATF_CHECK_EQ(sent.m_lc_pm_sig.act, (uint64_t)(uintptr_t)&sa);
	ATF_CHECK_EQ(sent.m_lc_pm_sig.oact, (uint64_t)(uintptr_t)&osa);
	ATF_CHECK_EQ(
	    sent.m_lc_pm_sig.tramp, (uint64_t)(uintptr_t)__sigreturn_tramp);
	script(0);
	errno = 0;
	ATF_CHECK_EQ(sigaction(SIGKILL, &sa, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
}

TC(pm_execve, "execve sends path, length, argv and envp")
{
	char *argv[] = { "ls", NULL }, *envp[] = { NULL };

	script(-ENOEXEC);
	errno = 0;
	ATF_CHECK_EQ(execve("/bin/ls", argv, envp), -1);
	ATF_CHECK_EQ(errno, ENOEXEC);
	ATF_CHECK_EQ(sent.m_type, PM_EXEC);
	ATF_CHECK_EQ(sent.m_lc_pm_exec.pathlen, 8);
	ATF_CHECK_EQ(sent.m_lc_pm_exec.argv, (uint64_t)(uintptr_t)argv);
	ATF_CHECK_EQ(sent.m_lc_pm_exec.envp, (uint64_t)(uintptr_t)envp);
}

TC(pm_nanosleep,
    "nanosleep sends the time, returns the remainder on "
    "EINTR, and checks tv_nsec")
{
	struct timespec req = { 2, 500 }, rem = { 0, 0 };

	script(-EINTR);
	reply.m_lc_pm_time.sec = 1;
	reply.m_lc_pm_time.nsec = 250;
	errno = 0;
	ATF_CHECK_EQ(nanosleep(&req, &rem), -1);
	ATF_CHECK_EQ(errno, EINTR);
	ATF_CHECK_EQ(sent.m_type, PM_NANOSLEEP);
	ATF_CHECK_EQ(sent.m_lc_pm_time.sec, 2);
	ATF_CHECK_EQ(sent.m_lc_pm_time.nsec, 500);
	ATF_CHECK_EQ(rem.tv_sec, 1);
	ATF_CHECK_EQ(rem.tv_nsec, 250);
	req.tv_nsec = 1000000000L;
	script(0);
	errno = 0;
	ATF_CHECK_EQ(nanosleep(&req, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
}

TC(pm_alarm, "alarm sets ITIMER_REAL and rounds the old time up")
{
	script(0);
	reply.m_lc_pm_time.sec = 3;
	reply.m_lc_pm_time.nsec = 1000;
	ATF_CHECK_EQ(alarm(10), 4);
	ATF_CHECK_EQ(sent.m_type, PM_ITIMER);
	ATF_CHECK_EQ(sent.m_lc_pm_time.which, ITIMER_REAL);
	ATF_CHECK_EQ(sent.m_lc_pm_time.flags, 1);
	ATF_CHECK_EQ(sent.m_lc_pm_time.sec, 10);
}

TC(vm_mmap,
    "mmap sends VM_MMAP and returns the address from the reply; "
    "MAP_ANON forces fd -1; zero length is EINVAL")
{
	script(0);
	reply.m_lc_vm_mmap.addr = 0x7000000000UL;
	ATF_CHECK(mmap(NULL, 8192, PROT_READ, MAP_ANON | MAP_PRIVATE, 5, 0) ==
	    (void *)0x7000000000UL);
	ATF_CHECK_EQ(sent_to, VM_PROC_NR);
	ATF_CHECK_EQ(sent.m_type, VM_MMAP);
	ATF_CHECK_EQ(sent.m_lc_vm_mmap.len, 8192);
	ATF_CHECK_EQ(sent.m_lc_vm_mmap.fd, -1);
	script(-ENOMEM);
	ATF_CHECK(mmap(NULL, 8192, PROT_READ, MAP_ANON | MAP_PRIVATE, -1, 0) ==
	    MAP_FAILED);
	ATF_CHECK_EQ(errno, ENOMEM);
	script(0);
	ATF_CHECK(mmap(NULL, 0, PROT_READ, MAP_ANON | MAP_PRIVATE, -1, 0) ==
	    MAP_FAILED);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
}

TC(dup3_fcntl,
    "dup3 rejects bad flags and equal descriptors locally; "
    "fcntl passes command and argument")
{
	script(0);
	errno = 0;
	ATF_CHECK_EQ(dup3(3, 3, 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
	script(4);
	ATF_CHECK_EQ(dup3(3, 4, O_CLOEXEC), 4);
	ATF_CHECK_EQ(sent.m_type, VFS_DUP2);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.cmd, 4);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.arg, O_CLOEXEC);
	script(0);
	ATF_CHECK_EQ(fcntl(3, F_SETFL, O_NONBLOCK), 0);
	ATF_CHECK_EQ(sent.m_type, VFS_FCNTL);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.cmd, F_SETFL);
	ATF_CHECK_EQ(sent.m_lc_vfs_fd.arg, O_NONBLOCK);
}

TC(message_zeroed,
    "unused message bytes are zero (nothing leaks from "
    "the caller's stack)")
{
	const unsigned char *p;
	size_t i, nonzero = 0;

	script(0);
	(void)kill(1, 0);
	p = (const unsigned char *)&sent.m_lc_pm_id.padding;
	for (i = 0; i < sizeof(sent.m_lc_pm_id.padding); i++)
		nonzero += p[i] != 0;
	ATF_CHECK_EQ(nonzero, 0);
	ATF_CHECK_EQ(sent.m_lc_pm_id.addr, 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, syscall_errno);
	ATF_TP_ADD_TC(tp, open_message);
	ATF_TP_ADD_TC(tp, path_checks);
	ATF_TP_ADD_TC(tp, read_message);
	ATF_TP_ADD_TC(tp, lseek_reply);
	ATF_TP_ADD_TC(tp, pipe_reply);
	ATF_TP_ADD_TC(tp, rename_message);
	ATF_TP_ADD_TC(tp, stat_message);
	ATF_TP_ADD_TC(tp, pm_kill_wait);
	ATF_TP_ADD_TC(tp, pm_getpid);
	ATF_TP_ADD_TC(tp, pm_sigprocmask);
	ATF_TP_ADD_TC(tp, pm_sigaction);
	ATF_TP_ADD_TC(tp, pm_execve);
	ATF_TP_ADD_TC(tp, pm_nanosleep);
	ATF_TP_ADD_TC(tp, pm_alarm);
	ATF_TP_ADD_TC(tp, vm_mmap);
	ATF_TP_ADD_TC(tp, dup3_fcntl);
	ATF_TP_ADD_TC(tp, message_zeroed);
	return atf_no_error();
}
