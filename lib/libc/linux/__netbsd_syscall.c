/*
 * __netbsd_syscall.c: the host port's table of NetBSD system-call
 * numbers (<sys/syscall.h>).  Each number runs our libc function of the
 * same name, so flags, signal numbers and errno are translated exactly as
 * for a direct call; other numbers fail with ENOSYS.
 */

#include <sys/stat.h>
#include <sys/syscall.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "syscall_impl.h"

#define P(i) ((void *)a[i])
#define S(i) ((const char *)a[i])
#define I(i) ((int)a[i])

/* Calls on paths. */
static int
path_call(long nr, const long *a, long *r)
{
	switch (nr) {
	case SYS_open:
		*r = open(S(0), I(1), (mode_t)a[2]);
		return 1;
	case SYS_link:
		*r = link(S(0), S(1));
		return 1;
	case SYS_unlink:
		*r = unlink(S(0));
		return 1;
	case SYS_chdir:
		*r = chdir(S(0));
		return 1;
	case SYS_chmod:
		*r = chmod(S(0), (mode_t)a[1]);
		return 1;
	case SYS_access:
		*r = access(S(0), I(1));
		return 1;
	case SYS_symlink:
		*r = symlink(S(0), S(1));
		return 1;
	case SYS_readlink:
		*r = readlink(S(0), P(1), (size_t)a[2]);
		return 1;
	case SYS_chroot:
		*r = chroot(S(0));
		return 1;
	case SYS_rename:
		*r = rename(S(0), S(1));
		return 1;
	case SYS_mkdir:
		*r = mkdir(S(0), (mode_t)a[1]);
		return 1;
	case SYS_rmdir:
		*r = rmdir(S(0));
		return 1;
	}
	return 0;
}

/* Calls on descriptors. */
static int
fd_call(long nr, const long *a, long *r)
{
	switch (nr) {
	case SYS_read:
		*r = read(I(0), P(1), (size_t)a[2]);
		return 1;
	case SYS_write:
		*r = write(I(0), P(1), (size_t)a[2]);
		return 1;
	case SYS_close:
		*r = close(I(0));
		return 1;
	case SYS_fchdir:
		*r = fchdir(I(0));
		return 1;
	case SYS_dup:
		*r = dup(I(0));
		return 1;
	case SYS_dup2:
		*r = dup2(I(0), I(1));
		return 1;
	case SYS_fsync:
		*r = fsync(I(0));
		return 1;
	case SYS_fchmod:
		*r = fchmod(I(0), (mode_t)a[1]);
		return 1;
	case SYS_lseek: /* fd, padding, offset, whence */
		*r = lseek(I(0), (off_t)a[2], I(3));
		return 1;
	}
	return 0;
}

/* Process and identity calls. */
static int
proc_call(long nr, const long *a, long *r)
{
	switch (nr) {
	case SYS_exit:
		_exit(I(0));
	case SYS_getpid:
		*r = getpid();
		return 1;
	case SYS_getppid:
		*r = getppid();
		return 1;
	case SYS_getuid:
		*r = getuid();
		return 1;
	case SYS_geteuid:
		*r = geteuid();
		return 1;
	case SYS_getgid:
		*r = getgid();
		return 1;
	case SYS_getegid:
		*r = getegid();
		return 1;
	case SYS_setuid:
		*r = setuid((uid_t)a[0]);
		return 1;
	case SYS_kill:
		*r = kill((pid_t)a[0], I(1));
		return 1;
	case SYS_umask:
		*r = umask((mode_t)a[0]);
		return 1;
	case SYS_setsid:
		*r = setsid();
		return 1;
	case SYS_sync:
		sync();
		*r = 0;
		return 1;
	}
	return 0;
}

long
__netbsd_syscall(long nr, const long *a)
{
	long r;

	if (path_call(nr, a, &r) || fd_call(nr, a, &r) || proc_call(nr, a, &r))
		return r;
	errno = ENOSYS;
	return -1;
}
