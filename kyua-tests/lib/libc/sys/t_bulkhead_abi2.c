/*
 * t_bulkhead_abi2: the Bulkhead stubs of getdomainname, setdomainname,
 * fexecve and syscall (lib/libc/sys), compiled here under other names
 * against a fake _ipc_sendrec as t_bulkhead_abi does: the PM messages
 * they send and the checks they make before sending.
 */
#include <atf-c.h>
#include <errno.h>
#include <string.h>
#include <sys/param.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>

#define getdomainname(...) bk_getdomainname(__VA_ARGS__)
#define setdomainname(...) bk_setdomainname(__VA_ARGS__)
#define fexecve(...)	   bk_fexecve(__VA_ARGS__)
#define syscall		   bk_syscall
#define __syscall	   bk___syscall
#define _ipc_sendrec	   fake_sendrec2
#define _syscall	   bk2__syscall

#include "../../../../lib/libc/sys/_syscall.c"
#include "../../../../lib/libc/sys/getdomainname.c"
#include "../../../../lib/libc/sys/setdomainname.c"
#include "../../../../lib/libc/sys/fexecve.c"
#include "../../../../lib/libc/sys/syscall.c"
#include "../../../../lib/libc/sys/__syscall.c"

#include "h_tc.h"

static int ncalls;
static endpoint_t sent_to;
static message sent;
static int reply_status;

int
fake_sendrec2(endpoint_t ep, message *m)
{
	ncalls++;
	sent_to = ep;
	sent = *m;
	memset(m, 0, sizeof(*m));
	m->m_type = reply_status;
	return 0;
}

static void
script(int status)
{
	ncalls = 0;
	reply_status = status;
	memset(&sent, 0xee, sizeof(sent));
}

/* Every byte of the message after the used prefix must be zero. */
static int
zero_after(const void *p, size_t from, size_t to)
{
	const unsigned char *b = p;

	for (; from < to; from++)
		if (b[from] != 0)
			return 0;
	return 1;
}

TC(getdomainname_message,
    "getdomainname sends PM_GETDOMAINNAME with the "
    "buffer and its size")
{
	char buf[32];

	script(0);
	ATF_CHECK_EQ(getdomainname(buf, sizeof(buf)), 0);
	ATF_CHECK_EQ(ncalls, 1);
	ATF_CHECK_EQ(sent_to, PM_PROC_NR);
	ATF_CHECK_EQ(sent.m_type, PM_GETDOMAINNAME);
	ATF_CHECK_EQ(sent.m_lc_pm_domain.addr, (uint64_t)(uintptr_t)buf);
	ATF_CHECK_EQ(sent.m_lc_pm_domain.len, sizeof(buf));
	ATF_CHECK(zero_after(&sent.m_lc_pm_domain, 16, 56));
}

TC(getdomainname_errors,
    "getdomainname: NULL is EFAULT without IPC; a "
    "server error becomes errno")
{
	char buf[8];

	script(0);
	errno = 0;
	ATF_CHECK_EQ(getdomainname(NULL, 10), -1);
	ATF_CHECK_EQ(errno, EFAULT);
	ATF_CHECK_EQ(ncalls, 0);
	script(-EFAULT);
	ATF_CHECK_EQ(getdomainname(buf, sizeof(buf)), -1);
	ATF_CHECK_EQ(errno, EFAULT);
}

TC(setdomainname_message,
    "setdomainname sends PM_SETDOMAINNAME with the "
    "name and its length; EPERM from PM reaches errno")
{
	const char *name = "example.org";

	script(0);
	ATF_CHECK_EQ(setdomainname(name, strlen(name)), 0);
	ATF_CHECK_EQ(sent.m_type, PM_SETDOMAINNAME);
	ATF_CHECK_EQ(sent_to, PM_PROC_NR);
	ATF_CHECK_EQ(sent.m_lc_pm_domain.addr, (uint64_t)(uintptr_t)name);
	ATF_CHECK_EQ(sent.m_lc_pm_domain.len, strlen(name));
	script(-EPERM);
	errno = 0;
	ATF_CHECK_EQ(setdomainname(name, strlen(name)), -1);
	ATF_CHECK_EQ(errno, EPERM);
}

TC(setdomainname_checks,
    "setdomainname: NULL is EFAULT, MAXHOSTNAMELEN "
    "bytes or more EINVAL, both without IPC")
{
	static char big[MAXHOSTNAMELEN + 1];

	script(0);
	errno = 0;
	ATF_CHECK_EQ(setdomainname(NULL, 3), -1);
	ATF_CHECK_EQ(errno, EFAULT);
	errno = 0;
	ATF_CHECK_EQ(setdomainname(big, MAXHOSTNAMELEN), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(ncalls, 0);
	ATF_CHECK_EQ(setdomainname(big, MAXHOSTNAMELEN - 1), 0);
	ATF_CHECK_EQ(ncalls, 1);
}

TC(fexecve_message,
    "fexecve sends PM_FEXECVE with the descriptor, argv "
    "and envp; a failure is -1 with PM's errno")
{
	char *argv[] = { "prog", NULL };
	char *envp[] = { NULL };

	script(-ENOEXEC);
	errno = 0;
	ATF_CHECK_EQ(fexecve(7, argv, envp), -1);
	ATF_CHECK_EQ(errno, ENOEXEC);
	ATF_CHECK_EQ(ncalls, 1);
	ATF_CHECK_EQ(sent_to, PM_PROC_NR);
	ATF_CHECK_EQ(sent.m_type, PM_FEXECVE);
	ATF_CHECK_EQ(sent.m_lc_pm_fexec.fd, 7);
	ATF_CHECK_EQ(sent.m_lc_pm_fexec.argv, (uint64_t)(uintptr_t)argv);
	ATF_CHECK_EQ(sent.m_lc_pm_fexec.envp, (uint64_t)(uintptr_t)envp);
	ATF_CHECK_EQ(sent.m_lc_pm_fexec.padding0, 0);
}

TC(fexecve_checks,
    "fexecve: a negative fd is EBADF, NULL argv or envp "
    "EFAULT, without IPC")
{
	char *argv[] = { "prog", NULL };

	script(0);
	errno = 0;
	ATF_CHECK_EQ(fexecve(-1, argv, argv + 1), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fexecve(3, NULL, argv + 1), -1);
	ATF_CHECK_EQ(errno, EFAULT);
	errno = 0;
	ATF_CHECK_EQ(fexecve(3, argv, NULL), -1);
	ATF_CHECK_EQ(errno, EFAULT);
	ATF_CHECK_EQ(ncalls, 0);
}

TC(syscall_enosys,
    "syscall and __syscall are ENOSYS on Bulkhead for every "
    "number, without IPC")
{
	script(0);
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_getpid), -1);
	ATF_CHECK_EQ(errno, ENOSYS);
	errno = 0;
	ATF_CHECK_EQ(syscall(SYS_write, 1, "x", 1), -1);
	ATF_CHECK_EQ(errno, ENOSYS);
	errno = 0;
	ATF_CHECK_EQ(__syscall((quad_t)SYS_lseek, 0, 0, (off_t)0, 0), -1);
	ATF_CHECK_EQ(errno, ENOSYS);
	ATF_CHECK_EQ(ncalls, 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, getdomainname_message);
	ATF_TP_ADD_TC(tp, getdomainname_errors);
	ATF_TP_ADD_TC(tp, setdomainname_message);
	ATF_TP_ADD_TC(tp, setdomainname_checks);
	ATF_TP_ADD_TC(tp, fexecve_message);
	ATF_TP_ADD_TC(tp, fexecve_checks);
	ATF_TP_ADD_TC(tp, syscall_enosys);
	return atf_no_error();
}
