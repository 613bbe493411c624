/*
 * t_mem: memory calls: mmap (anonymous, file, shared across fork),
 * munmap, mprotect, msync, sbrk, getpagesize.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

TC(mmap_anon, "an anonymous private mapping is zero-filled and writable")
{
	size_t len = 3 * (size_t)getpagesize();
	unsigned char *p;
	size_t i;
	int zero = 1;

	p = mmap(
	    NULL, len, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0);
	ATF_REQUIRE(p != MAP_FAILED);
	for (i = 0; i < len; i++)
		zero &= p[i] == 0;
	ATF_CHECK(zero);
	memset(p, 0xa5, len);
	ATF_CHECK_EQ(p[len - 1], 0xa5);
	ATF_CHECK_EQ(munmap(p, len), 0);
}

TC(mmap_file,
    "a file mapping shows the file's bytes; MAP_SHARED "
    "writes reach the file after msync")
{
	char buf[8];
	char *p;
	int fd = open("f", O_RDWR | O_CREAT, 0600);

	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE(write(fd, "abcdefgh", 8) == 8);
	p = mmap(NULL, 8, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ATF_REQUIRE(p != MAP_FAILED);
	ATF_CHECK(memcmp(p, "abcdefgh", 8) == 0);
	p[0] = 'X';
	ATF_CHECK_EQ(msync(p, 8, MS_SYNC), 0);
	ATF_REQUIRE(pread(fd, buf, 8, 0) == 8);
	ATF_CHECK_EQ(buf[0], 'X');
	ATF_CHECK_EQ(munmap(p, 8), 0);
}

TC(mmap_shared_fork, "MAP_SHARED|MAP_ANON memory is shared with a child")
{
	volatile int *p;
	pid_t pid;

	p = mmap(
	    NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANON, -1, 0);
	ATF_REQUIRE(p != MAP_FAILED);
	*p = 1;
	pid = fork();
	if (pid == 0) {
		*p = 2;
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	ATF_CHECK_EQ(*p, 2);
}

TC(mmap_private_fork, "MAP_PRIVATE memory is copied, not shared")
{
	volatile int *p;
	pid_t pid;

	p = mmap(
	    NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANON, -1, 0);
	ATF_REQUIRE(p != MAP_FAILED);
	*p = 1;
	pid = fork();
	if (pid == 0) {
		*p = 2;
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	ATF_CHECK_EQ(*p, 1);
}

TC(mmap_errors,
    "mmap errors: zero length or bad flags EINVAL, bad fd "
    "EBADF")
{
	errno = 0;
	ATF_CHECK(mmap(NULL, 0, PROT_READ, MAP_ANON | MAP_PRIVATE, -1, 0) ==
	    MAP_FAILED);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | 0x40000000, -1,
		      0) == MAP_FAILED);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(
	    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 999, 0) == MAP_FAILED);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(mprotect_segv, "writing a PROT_READ page kills with SIGSEGV (11)")
{
	char *p;
	pid_t pid;
	int st;

	p = mmap(
	    NULL, 4096, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0);
	ATF_REQUIRE(p != MAP_FAILED);
	ATF_REQUIRE(mprotect(p, 4096, PROT_READ) == 0);
	pid = fork();
	if (pid == 0) {
		*(volatile char *)p = 1;
		_exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGSEGV);
	ATF_CHECK_EQ(SIGSEGV, 11);
}

TC(munmap_segv, "touching an unmapped page kills with SIGSEGV")
{
	char *p;
	pid_t pid;
	int st;

	p = mmap(
	    NULL, 4096, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0);
	ATF_REQUIRE(p != MAP_FAILED);
	ATF_REQUIRE(munmap(p, 4096) == 0);
	pid = fork();
	if (pid == 0) {
		(void)*(volatile char *)p;
		_exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV);
}

TC(sbrk_test,
    "sbrk(0) is the break; growing returns the old break and "
    "the memory is usable; shrinking gives it back")
{
	char *a, *b;

	a = sbrk(0);
	ATF_REQUIRE(a != (void *)-1);
	b = sbrk(8192);
	ATF_REQUIRE(b != (void *)-1);
	ATF_CHECK(b == a || b > a);
	memset(b, 1, 8192);
	ATF_CHECK(sbrk(0) == b + 8192);
	ATF_CHECK(sbrk(-8192) == b + 8192);
	ATF_CHECK(sbrk(0) == b);
}

TC(pagesize, "getpagesize and sysconf(_SC_PAGESIZE) agree, 4096")
{
	ATF_CHECK_EQ(getpagesize(), 4096);
	ATF_CHECK_EQ(sysconf(_SC_PAGESIZE), 4096);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, mmap_anon);
	ATF_TP_ADD_TC(tp, mmap_file);
	ATF_TP_ADD_TC(tp, mmap_shared_fork);
	ATF_TP_ADD_TC(tp, mmap_private_fork);
	ATF_TP_ADD_TC(tp, mmap_errors);
	ATF_TP_ADD_TC(tp, mprotect_segv);
	ATF_TP_ADD_TC(tp, munmap_segv);
	ATF_TP_ADD_TC(tp, sbrk_test);
	ATF_TP_ADD_TC(tp, pagesize);
	return atf_no_error();
}
