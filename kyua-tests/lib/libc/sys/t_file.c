/*
 * t_file: open(2) flags and errors, read/write/lseek, dup/dup2/dup3,
 * fcntl and pipe(2), through whichever system-call layer libc has.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "h_sys.h"

TC(open_enoent, "open of a missing file without O_CREAT fails ENOENT")
{
	errno = 0;
	ATF_CHECK_EQ(open("missing", O_RDONLY), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	ATF_CHECK_EQ(ENOENT, 2);
}

TC(open_creat_excl, "O_CREAT|O_EXCL creates once, then fails EEXIST")
{
	int fd = open("f", O_WRONLY | O_CREAT | O_EXCL, 0600);

	ATF_REQUIRE(fd >= 0);
	close(fd);
	errno = 0;
	ATF_CHECK_EQ(open("f", O_WRONLY | O_CREAT | O_EXCL, 0600), -1);
	ATF_CHECK_EQ(errno, EEXIST);
	ATF_CHECK_EQ(EEXIST, 17);
}

TC(open_creat_mode, "O_CREAT applies the mode minus the umask")
{
	struct stat st;
	int fd;

	umask(022);
	fd = open("m", O_WRONLY | O_CREAT, 0777);
	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK_EQ(st.st_mode & 0777, 0755);
	ATF_CHECK(S_ISREG(st.st_mode));
	close(fd);
}

TC(open_trunc, "O_TRUNC empties an existing file")
{
	struct stat st;
	int fd;

	mkfile("t", "some text");
	fd = open("t", O_RDWR | O_TRUNC);
	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK_EQ(st.st_size, 0);
	close(fd);
}

TC(open_append, "O_APPEND writes go to the end whatever the offset")
{
	char buf[32];
	int fd;

	mkfile("a", "abc");
	fd = open("a", O_RDWR | O_APPEND);
	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE(lseek(fd, 0, SEEK_SET) == 0);
	ATF_REQUIRE(write(fd, "de", 2) == 2);
	ATF_REQUIRE(lseek(fd, 0, SEEK_SET) == 0);
	ATF_REQUIRE(read(fd, buf, sizeof(buf)) == 5);
	ATF_CHECK(memcmp(buf, "abcde", 5) == 0);
	ATF_CHECK((fcntl(fd, F_GETFL) & O_APPEND) != 0);
	close(fd);
}

TC(open_directory,
    "O_DIRECTORY on a file fails ENOTDIR; a directory "
    "opened for writing fails EISDIR")
{
	mkfile("plain", "x");
	ATF_REQUIRE(mkdir("dir", 0755) == 0);
	errno = 0;
	ATF_CHECK_EQ(open("plain", O_RDONLY | O_DIRECTORY), -1);
	ATF_CHECK_EQ(errno, ENOTDIR);
	errno = 0;
	ATF_CHECK_EQ(open("dir", O_WRONLY), -1);
	ATF_CHECK_EQ(errno, EISDIR);
	ATF_CHECK_EQ(EISDIR, 21);
	ATF_CHECK(open("dir", O_RDONLY | O_DIRECTORY) >= 0);
}

TC(open_enotdir_path, "a file used as a directory in a path gives ENOTDIR")
{
	mkfile("plain", "x");
	errno = 0;
	ATF_CHECK_EQ(open("plain/sub", O_RDONLY), -1);
	ATF_CHECK_EQ(errno, ENOTDIR);
	ATF_CHECK_EQ(ENOTDIR, 20);
}

TC(open_nofollow, "O_NOFOLLOW on a symbolic link fails ELOOP (62)")
{
	mkfile("target", "x");
	ATF_REQUIRE(symlink("target", "link") == 0);
	errno = 0;
	ATF_CHECK_EQ(open("link", O_RDONLY | O_NOFOLLOW), -1);
	ATF_CHECK_EQ(errno, ELOOP);
	ATF_CHECK_EQ(ELOOP, 62);
}

TC(open_bad_flags, "O_RDONLY|O_WRONLY|O_RDWR together is EINVAL")
{
	errno = 0;
	ATF_CHECK_EQ(open("x", O_ACCMODE | O_CREAT, 0600), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(open_cloexec, "O_CLOEXEC sets FD_CLOEXEC; F_SETFD clears it")
{
	int fd = open(".", O_RDONLY | O_CLOEXEC);

	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
	ATF_CHECK_EQ(fcntl(fd, F_SETFD, 0), 0);
	ATF_CHECK_EQ(fcntl(fd, F_GETFD), 0);
	close(fd);
}

TC(nonblock_flag, "O_NONBLOCK shows in F_GETFL and can be set by F_SETFL")
{
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	ATF_CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);
	ATF_REQUIRE(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
	ATF_CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	ATF_CHECK_EQ(O_NONBLOCK, 4);
	errno = 0;
	{
		char c;

		ATF_CHECK_EQ(read(p[0], &c, 1), -1);
		ATF_CHECK_EQ(errno, EAGAIN);
		ATF_CHECK_EQ(EAGAIN, 35);
	}
}

TC(accmode, "F_GETFL reports the access mode")
{
	int fd;

	mkfile("f", "x");
	fd = open("f", O_WRONLY);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
	close(fd);
	fd = open("f", O_RDWR);
	ATF_CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
	close(fd);
}

TC(read_write_lseek, "data written can be read back at lseek offsets")
{
	char buf[16];
	int fd = open("rw", O_RDWR | O_CREAT, 0600);

	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(write(fd, "0123456789", 10), 10);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_CUR), 10);
	ATF_CHECK_EQ(lseek(fd, 3, SEEK_SET), 3);
	ATF_CHECK_EQ(read(fd, buf, 4), 4);
	ATF_CHECK(memcmp(buf, "3456", 4) == 0);
	ATF_CHECK_EQ(lseek(fd, -2, SEEK_END), 8);
	ATF_CHECK_EQ(read(fd, buf, 16), 2);
	ATF_CHECK_EQ(read(fd, buf, 16), 0);
	ATF_CHECK_EQ(lseek(fd, 20, SEEK_SET), 20);
	ATF_CHECK_EQ(write(fd, "Z", 1), 1);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_END), 21);
	ATF_CHECK_EQ(pread(fd, buf, 2, 12), 2);
	ATF_CHECK(
	    buf[0] == '\0' && buf[1] == '\0'); /* the hole reads as zeros */
	close(fd);
}

TC(lseek_errors,
    "lseek with a bad whence is EINVAL, on a pipe ESPIPE, "
    "to a negative offset EINVAL")
{
	int p[2], fd = open(".", O_RDONLY);

	ATF_REQUIRE(pipe(p) == 0);
	errno = 0;
	ATF_CHECK_EQ(lseek(p[0], 0, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, ESPIPE);
	ATF_CHECK_EQ(ESPIPE, 29);
	mkfile("f", "abc");
	fd = open("f", O_RDONLY);
	errno = 0;
	ATF_CHECK_EQ(lseek(fd, 0, 42), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(lseek(fd, -5, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(pread_pwrite, "pread and pwrite do not move the offset")
{
	char buf[4];
	int fd = open("p", O_RDWR | O_CREAT, 0600);

	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(pwrite(fd, "abcdef", 6, 0), 6);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_CUR), 0);
	ATF_CHECK_EQ(pread(fd, buf, 3, 2), 3);
	ATF_CHECK(memcmp(buf, "cde", 3) == 0);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_CUR), 0);
	close(fd);
}

TC(ebadf, "calls on a closed descriptor fail EBADF (9)")
{
	char c;

	errno = 0;
	ATF_CHECK_EQ(read(-1, &c, 1), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(write(1000, &c, 1), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(close(1000), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(dup(-3), -1);
	ATF_CHECK_EQ(errno, EBADF);
	ATF_CHECK_EQ(EBADF, 9);
}

TC(write_readonly, "writing to a read-only descriptor fails EBADF")
{
	int fd;

	mkfile("f", "abc");
	fd = open("f", O_RDONLY);
	errno = 0;
	ATF_CHECK_EQ(write(fd, "x", 1), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(dup_dup2, "dup shares the offset; dup2 replaces the target")
{
	char c;
	int fd, d, t;

	mkfile("f", "xyz");
	fd = open("f", O_RDONLY);
	d = dup(fd);
	ATF_REQUIRE(d > fd);
	ATF_CHECK_EQ(read(fd, &c, 1), 1);
	ATF_CHECK_EQ(read(d, &c, 1), 1);
	ATF_CHECK_EQ(c, 'y');
	t = open(".", O_RDONLY);
	ATF_CHECK_EQ(dup2(fd, t), t);
	ATF_CHECK_EQ(read(t, &c, 1), 1);
	ATF_CHECK_EQ(c, 'z');
	ATF_CHECK_EQ(dup2(fd, fd), fd);
	errno = 0;
	ATF_CHECK_EQ(dup2(fd, -1), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(dup3_flags, "dup3 sets close-on-exec and rejects bad flags and fd==fd")
{
	int fd = open(".", O_RDONLY);

	ATF_CHECK_EQ(dup3(fd, 20, O_CLOEXEC), 20);
	ATF_CHECK_EQ(fcntl(20, F_GETFD), FD_CLOEXEC);
	errno = 0;
	ATF_CHECK_EQ(dup3(fd, 21, O_APPEND), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(dup3(fd, fd, 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(fcntl_dupfd, "F_DUPFD returns the lowest free fd >= arg")
{
	int fd = open(".", O_RDONLY);

	ATF_CHECK_EQ(fcntl(fd, F_DUPFD, 30), 30);
	ATF_CHECK_EQ(fcntl(fd, F_DUPFD, 30), 31);
	ATF_CHECK_EQ(fcntl(fd, F_DUPFD_CLOEXEC, 40), 40);
	ATF_CHECK_EQ(fcntl(40, F_GETFD), FD_CLOEXEC);
	errno = 0;
	ATF_CHECK_EQ(fcntl(fd, 9999), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(fcntl_closem, "F_CLOSEM closes every descriptor from the argument up")
{
	int fd = open(".", O_RDONLY);

	ATF_REQUIRE(dup2(fd, 50) == 50);
	ATF_REQUIRE(dup2(fd, 60) == 60);
	ATF_CHECK_EQ(fcntl(50, F_CLOSEM), 0);
	errno = 0;
	ATF_CHECK_EQ(fcntl(50, F_GETFD), -1);
	ATF_CHECK_EQ(errno, EBADF);
	ATF_CHECK_EQ(fcntl(60, F_GETFD), -1);
	ATF_CHECK(fcntl(fd, F_GETFD) >= 0);
}

TC(fcntl_lock,
    "F_SETLK/F_GETLK: a lock held by this process is not "
    "reported as conflicting for it")
{
	struct flock fl;
	int fd;

	mkfile("l", "0123456789");
	fd = open("l", O_RDWR);
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	fl.l_start = 0;
	fl.l_len = 5;
	ATF_CHECK_EQ(fcntl(fd, F_SETLK, &fl), 0);
	fl.l_type = F_RDLCK;
	ATF_CHECK_EQ(fcntl(fd, F_GETLK, &fl), 0);
	ATF_CHECK_EQ(fl.l_type, F_UNLCK);
	fl.l_type = 99;
	errno = 0;
	ATF_CHECK_EQ(fcntl(fd, F_SETLK, &fl), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(pipe_basic,
    "pipe: written bytes come out of the read end; EOF after "
    "the write end closes")
{
	char buf[8];
	int p[2];

	ATF_REQUIRE(pipe(p) == 0);
	ATF_CHECK_EQ(write(p[1], "ping", 4), 4);
	ATF_CHECK_EQ(read(p[0], buf, sizeof(buf)), 4);
	ATF_CHECK(memcmp(buf, "ping", 4) == 0);
	close(p[1]);
	ATF_CHECK_EQ(read(p[0], buf, sizeof(buf)), 0);
}

TC(pipe2_flags, "pipe2 applies O_CLOEXEC and O_NONBLOCK, rejects others")
{
	int p[2];

	ATF_REQUIRE(pipe2(p, O_CLOEXEC | O_NONBLOCK) == 0);
	ATF_CHECK_EQ(fcntl(p[0], F_GETFD), FD_CLOEXEC);
	ATF_CHECK(fcntl(p[1], F_GETFL) & O_NONBLOCK);
	errno = 0;
	ATF_CHECK_EQ(pipe2(p, O_CREAT), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(pipe_epipe,
    "writing to a pipe with no reader fails EPIPE (32) when "
    "SIGPIPE is ignored")
{
	int p[2];

	signal(SIGPIPE, SIG_IGN);
	ATF_REQUIRE(pipe(p) == 0);
	close(p[0]);
	errno = 0;
	ATF_CHECK_EQ(write(p[1], "x", 1), -1);
	ATF_CHECK_EQ(errno, EPIPE);
	ATF_CHECK_EQ(EPIPE, 32);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, open_enoent);
	ATF_TP_ADD_TC(tp, open_creat_excl);
	ATF_TP_ADD_TC(tp, open_creat_mode);
	ATF_TP_ADD_TC(tp, open_trunc);
	ATF_TP_ADD_TC(tp, open_append);
	ATF_TP_ADD_TC(tp, open_directory);
	ATF_TP_ADD_TC(tp, open_enotdir_path);
	ATF_TP_ADD_TC(tp, open_nofollow);
	ATF_TP_ADD_TC(tp, open_bad_flags);
	ATF_TP_ADD_TC(tp, open_cloexec);
	ATF_TP_ADD_TC(tp, nonblock_flag);
	ATF_TP_ADD_TC(tp, accmode);
	ATF_TP_ADD_TC(tp, read_write_lseek);
	ATF_TP_ADD_TC(tp, lseek_errors);
	ATF_TP_ADD_TC(tp, pread_pwrite);
	ATF_TP_ADD_TC(tp, ebadf);
	ATF_TP_ADD_TC(tp, write_readonly);
	ATF_TP_ADD_TC(tp, dup_dup2);
	ATF_TP_ADD_TC(tp, dup3_flags);
	ATF_TP_ADD_TC(tp, fcntl_dupfd);
	ATF_TP_ADD_TC(tp, fcntl_closem);
	ATF_TP_ADD_TC(tp, fcntl_lock);
	ATF_TP_ADD_TC(tp, pipe_basic);
	ATF_TP_ADD_TC(tp, pipe2_flags);
	ATF_TP_ADD_TC(tp, pipe_epipe);
	return atf_no_error();
}
