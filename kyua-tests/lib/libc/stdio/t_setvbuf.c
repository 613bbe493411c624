/*
 * t_setvbuf: buffering modes: full buffering holds output until the
 * buffer fills or a flush, line buffering writes at each newline, no
 * buffering writes at once; a caller's buffer; fflush(NULL); fpurge;
 * EINVAL for a bad mode.  Output goes to a pipe so what has been
 * written can be observed.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int rfd;

static FILE *
pipe_stream(void)
{
	int fd[2];
	FILE *f;

	ATF_REQUIRE(pipe(fd) == 0);
	ATF_REQUIRE(fcntl(fd[0], F_SETFL, O_NONBLOCK) == 0);
	rfd = fd[0];
	f = fdopen(fd[1], "w");
	ATF_REQUIRE(f != NULL);
	return f;
}

/* Bytes that have reached the pipe so far. */
static int
arrived(void)
{
	char buf[8192];
	ssize_t n = read(rfd, buf, sizeof(buf));

	return n < 0 ? 0 : (int)n;
}

ATF_TC_WITHOUT_HEAD(full);
ATF_TC_BODY(full, tc)
{
	FILE *f = pipe_stream();
	int i;

	ATF_REQUIRE(setvbuf(f, NULL, _IOFBF, 64) == 0);
	fputs("line\n", f);
	ATF_CHECK_EQ(arrived(), 0);
	for (i = 0; i < 100; i++)
		fputc('x', f);
	ATF_CHECK(arrived() >= 64); /* the buffer filled */
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(line);
ATF_TC_BODY(line, tc)
{
	FILE *f = pipe_stream();

	ATF_REQUIRE(setvbuf(f, NULL, _IOLBF, 1024) == 0);
	fputs("part", f);
	ATF_CHECK_EQ(arrived(), 0);
	fputs(" done\nrest", f);
	ATF_CHECK_EQ(arrived(), 10);
	fflush(f);
	ATF_CHECK_EQ(arrived(), 4);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(none);
ATF_TC_BODY(none, tc)
{
	FILE *f = pipe_stream();

	ATF_REQUIRE(setvbuf(f, NULL, _IONBF, 0) == 0);
	fputc('a', f);
	ATF_CHECK_EQ(arrived(), 1);
	fputs("bcd", f);
	ATF_CHECK_EQ(arrived(), 3);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(caller_buffer);
ATF_TC_BODY(caller_buffer, tc)
{
	static char mine[256];
	FILE *f = pipe_stream();

	memset(mine, 0, sizeof(mine));
	ATF_REQUIRE(setvbuf(f, mine, _IOFBF, sizeof(mine)) == 0);
	fputs("stored here", f);
	ATF_CHECK(memmem(mine, sizeof(mine), "stored here", 11) != NULL);
	ATF_CHECK_EQ(arrived(), 0);
	fclose(f);
	ATF_CHECK_EQ(arrived(), 11);
}

ATF_TC_WITHOUT_HEAD(setbuf_null);
ATF_TC_BODY(setbuf_null, tc)
{
	FILE *f = pipe_stream();

	setbuf(f, NULL);
	fputc('z', f);
	ATF_CHECK_EQ(arrived(), 1);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(setlinebuf_and_setbuffer);
ATF_TC_BODY(setlinebuf_and_setbuffer, tc)
{
	static char mine[128];
	FILE *f = pipe_stream();

	setlinebuf(f);
	fputs("a\n", f);
	ATF_CHECK_EQ(arrived(), 2);
	setbuffer(f, mine, sizeof(mine));
	fputs("b\n", f);
	ATF_CHECK_EQ(arrived(), 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(bad_mode);
ATF_TC_BODY(bad_mode, tc)
{
	FILE *f = pipe_stream();

	errno = 0;
	ATF_CHECK(setvbuf(f, NULL, 42, 0) != 0);
	ATF_CHECK_EQ(errno, EINVAL);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fflush_all);
ATF_TC_BODY(fflush_all, tc)
{
	FILE *f = pipe_stream();

	fputs("pending", f);
	ATF_CHECK_EQ(arrived(), 0);
	ATF_CHECK_EQ(fflush(NULL), 0);
	ATF_CHECK_EQ(arrived(), 7);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fpurge_discards);
ATF_TC_BODY(fpurge_discards, tc)
{
	FILE *f = pipe_stream();

	fputs("dropped", f);
	ATF_CHECK_EQ(fpurge(f), 0);
	fclose(f);
	ATF_CHECK_EQ(arrived(), 0);
}

ATF_TC_WITHOUT_HEAD(exit_flushes);
ATF_TC_BODY(exit_flushes, tc)
{
	FILE *f = pipe_stream();
	pid_t pid;

	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		fputs("at exit", f);
		exit(0);
	}
	fclose(f);
	sleep(1);
	ATF_CHECK_EQ(arrived(), 7);
}

ATF_TC_WITHOUT_HEAD(exit_gives_back_input);
ATF_TC_BODY(exit_gives_back_input, tc)
{
	char buf[8];
	FILE *f;
	pid_t pid;
	int fd, st;

	f = fopen("lines", "w");
	ATF_REQUIRE(f != NULL);
	fputs("first\nsecond\n", f);
	fclose(f);
	fd = open("lines", O_RDONLY);
	ATF_REQUIRE(fd >= 0);
	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		/* read one line through a buffered stream, then exit */
		f = fdopen(fd, "r");
		if (f == NULL || fgets(buf, sizeof(buf), f) == NULL)
			_exit(2);
		exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	/* the shared offset is just after the line the child consumed */
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_CUR), 6);
	close(fd);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, full);
	ATF_TP_ADD_TC(tp, line);
	ATF_TP_ADD_TC(tp, none);
	ATF_TP_ADD_TC(tp, caller_buffer);
	ATF_TP_ADD_TC(tp, setbuf_null);
	ATF_TP_ADD_TC(tp, setlinebuf_and_setbuffer);
	ATF_TP_ADD_TC(tp, bad_mode);
	ATF_TP_ADD_TC(tp, fflush_all);
	ATF_TP_ADD_TC(tp, fpurge_discards);
	ATF_TP_ADD_TC(tp, exit_flushes);
	ATF_TP_ADD_TC(tp, exit_gives_back_input);
	return atf_no_error();
}
