/*
 * t_utils.c: tests of the atf_utils_* helpers (files, grep, readline,
 * redirect, fork/wait) and of the atf_error_t functions, run directly in
 * the test body.
 */
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>
#if defined(__has_include) && __has_include(<atf-c/config.h>)
#include <atf-c/config.h>
#define HAVE_ATF_CONFIG 1
#endif

ATF_TC_WITHOUT_HEAD(create_and_compare);
ATF_TC_BODY(create_and_compare, tc)
{
	atf_utils_create_file("f", "line %d\n%s", 1, "two");
	ATF_CHECK(atf_utils_compare_file("f", "line 1\ntwo"));
	ATF_CHECK(!atf_utils_compare_file("f", "line 1\ntwo\n"));
	ATF_CHECK(!atf_utils_compare_file("f", "line 1"));
	ATF_CHECK(!atf_utils_compare_file("f", ""));
}

ATF_TC_WITHOUT_HEAD(create_empty);
ATF_TC_BODY(create_empty, tc)
{
	struct stat st;

	atf_utils_create_file("empty", "%s", "");
	ATF_REQUIRE(stat("empty", &st) == 0);
	ATF_CHECK_EQ(st.st_size, 0);
	ATF_CHECK(atf_utils_compare_file("empty", ""));
}

ATF_TC_WITHOUT_HEAD(create_truncates);
ATF_TC_BODY(create_truncates, tc)
{
	atf_utils_create_file("t", "a long first version\n");
	atf_utils_create_file("t", "short\n");
	ATF_CHECK(atf_utils_compare_file("t", "short\n"));
}

ATF_TC_WITHOUT_HEAD(copy_file);
ATF_TC_BODY(copy_file, tc)
{
	struct stat st;

	atf_utils_create_file("src", "contents\nmore\n");
	ATF_REQUIRE(chmod("src", 0751) == 0);
	atf_utils_copy_file("src", "dst");
	ATF_CHECK(atf_utils_compare_file("dst", "contents\nmore\n"));
	ATF_REQUIRE(stat("dst", &st) == 0);
	ATF_CHECK_EQ(st.st_mode & 0777, 0751);
}

ATF_TC_WITHOUT_HEAD(file_exists);
ATF_TC_BODY(file_exists, tc)
{
	ATF_CHECK(!atf_utils_file_exists("nothere"));
	atf_utils_create_file("here", "x");
	ATF_CHECK(atf_utils_file_exists("here"));
	ATF_REQUIRE(mkdir("dir", 0755) == 0);
	ATF_CHECK(atf_utils_file_exists("dir"));
	ATF_CHECK(!atf_utils_file_exists("dir/nothere"));
}

ATF_TC_WITHOUT_HEAD(grep_string);
ATF_TC_BODY(grep_string, tc)
{
	ATF_CHECK(atf_utils_grep_string("foo", "a foo b"));
	ATF_CHECK(atf_utils_grep_string("^a.*b$", "a foo b"));
	ATF_CHECK(!atf_utils_grep_string("^foo", "a foo b"));
	ATF_CHECK(atf_utils_grep_string("(ab)+c", "xababcx"));
	ATF_CHECK(atf_utils_grep_string("[0-9]{3}", "ab1234"));
	ATF_CHECK(!atf_utils_grep_string("[0-9]{5}", "ab1234"));
	ATF_CHECK(atf_utils_grep_string("^", "anything"));
}

ATF_TC_WITHOUT_HEAD(grep_string_format);
ATF_TC_BODY(grep_string_format, tc)
{
	ATF_CHECK(atf_utils_grep_string("value=%d", "x value=42 y", 42));
	ATF_CHECK(!atf_utils_grep_string("value=%d", "x value=42 y", 43));
	ATF_CHECK(atf_utils_grep_string("^%s$", "word", "word"));
}

ATF_TC_WITHOUT_HEAD(grep_file);
ATF_TC_BODY(grep_file, tc)
{
	atf_utils_create_file("g", "first line\nsecond %d\nthird\n", 2);
	ATF_CHECK(atf_utils_grep_file("^second 2$", "g"));
	ATF_CHECK(atf_utils_grep_file("^third$", "g"));
	ATF_CHECK(atf_utils_grep_file("^%s line$", "g", "first"));
	ATF_CHECK(!atf_utils_grep_file("^line", "g"));
	ATF_CHECK(!atf_utils_grep_file("first.*second", "g"));
}

ATF_TC_WITHOUT_HEAD(readline);
ATF_TC_BODY(readline, tc)
{
	char *line;
	int fd;

	atf_utils_create_file("lines", "one\n\nthree\nlast");
	ATF_REQUIRE((fd = open("lines", O_RDONLY)) != -1);
	line = atf_utils_readline(fd);
	ATF_REQUIRE(line != NULL);
	ATF_CHECK_STREQ(line, "one");
	free(line);
	line = atf_utils_readline(fd);
	ATF_REQUIRE(line != NULL);
	ATF_CHECK_STREQ(line, "");
	free(line);
	line = atf_utils_readline(fd);
	ATF_REQUIRE(line != NULL);
	ATF_CHECK_STREQ(line, "three");
	free(line);
	line = atf_utils_readline(fd);
	ATF_REQUIRE(line != NULL);
	ATF_CHECK_STREQ(line, "last");
	free(line);
	ATF_CHECK(atf_utils_readline(fd) == NULL);
	close(fd);
}

ATF_TC_WITHOUT_HEAD(readline_long);
ATF_TC_BODY(readline_long, tc)
{
	char buf[5001], *line;
	int fd;

	memset(buf, 'x', sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = '\0';
	atf_utils_create_file("long", "%s\nshort\n", buf);
	ATF_REQUIRE((fd = open("long", O_RDONLY)) != -1);
	line = atf_utils_readline(fd);
	ATF_REQUIRE(line != NULL);
	ATF_CHECK_EQ(strlen(line), sizeof(buf) - 1);
	ATF_CHECK_STREQ(line, buf);
	free(line);
	line = atf_utils_readline(fd);
	ATF_CHECK(line != NULL && strcmp(line, "short") == 0);
	free(line);
	close(fd);
}

ATF_TC_WITHOUT_HEAD(redirect);
ATF_TC_BODY(redirect, tc)
{
	pid_t pid;
	int status;

	pid = fork();
	ATF_REQUIRE(pid != -1);
	if (pid == 0) {
		printf("buffered before\n");
		atf_utils_redirect(STDOUT_FILENO, "out.txt");
		printf("to the file\n");
		fflush(stdout);
		atf_utils_redirect(STDERR_FILENO, "err.txt");
		fprintf(stderr, "error text\n");
		exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &status, 0) == pid);
	ATF_REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ATF_CHECK(atf_utils_compare_file("out.txt", "to the file\n"));
	ATF_CHECK(atf_utils_compare_file("err.txt", "error text\n"));
}

ATF_TC_WITHOUT_HEAD(cat_file);
ATF_TC_BODY(cat_file, tc)
{
	pid_t pid;
	int status;

	atf_utils_create_file("in", "a\nb\n");
	pid = fork();
	ATF_REQUIRE(pid != -1);
	if (pid == 0) {
		atf_utils_redirect(STDOUT_FILENO, "catted");
		atf_utils_cat_file("in", ">> ");
		exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &status, 0) == pid);
	ATF_CHECK(atf_utils_compare_file("catted", ">> a\n>> b\n"));
}

ATF_TC_WITHOUT_HEAD(fork_wait);
ATF_TC_BODY(fork_wait, tc)
{
	pid_t pid;

	pid = atf_utils_fork();
	if (pid == 0) {
		printf("child out\n");
		fprintf(stderr, "child err\n");
		exit(7);
	}
	atf_utils_wait(pid, 7, "child out\n", "child err\n");
}

ATF_TC_WITHOUT_HEAD(fork_wait_save);
ATF_TC_BODY(fork_wait_save, tc)
{
	pid_t pid;

	pid = atf_utils_fork();
	if (pid == 0) {
		printf("saved output\n");
		exit(0);
	}
	atf_utils_wait(pid, 0, "save:kept.txt", "");
	ATF_CHECK(atf_utils_compare_file("kept.txt", "saved output\n"));
}

ATF_TC_WITHOUT_HEAD(fork_wait_mismatch);
ATF_TC_BODY(fork_wait_mismatch, tc)
{
	pid_t pid, outer;
	int status;

	/* atf_utils_wait fails the (forked) caller on a wrong exit code. */
	outer = fork();
	ATF_REQUIRE(outer != -1);
	if (outer == 0) {
		atf_utils_redirect(STDOUT_FILENO, "outer.out");
		pid = atf_utils_fork();
		if (pid == 0)
			exit(1);
		atf_utils_wait(pid, 0, "", "");
		exit(0);
	}
	ATF_REQUIRE(waitpid(outer, &status, 0) == outer);
	ATF_REQUIRE(WIFEXITED(status));
	ATF_CHECK(WEXITSTATUS(status) != 0);
}

ATF_TC_WITHOUT_HEAD(free_charpp);
ATF_TC_BODY(free_charpp, tc)
{
	char **array;

	array = malloc(3 * sizeof(*array));
	ATF_REQUIRE(array != NULL);
	array[0] = strdup("a");
	array[1] = strdup("b");
	array[2] = NULL;
	ATF_REQUIRE(array[0] != NULL && array[1] != NULL);
	atf_utils_free_charpp(array);
}

ATF_TC_WITHOUT_HEAD(errors);
ATF_TC_BODY(errors, tc)
{
	atf_error_t err;
	char buf[256];

	ATF_CHECK(!atf_is_error(atf_no_error()));
	err = atf_libc_error(ENOENT, "Cannot open %s", "x");
	ATF_REQUIRE(atf_is_error(err));
	ATF_CHECK(atf_error_is(err, "libc"));
	ATF_CHECK(!atf_error_is(err, "no_memory"));
	atf_error_format(err, buf, sizeof(buf));
	ATF_CHECK_MATCH("Cannot open x", buf);
	ATF_CHECK_MATCH(strerror(ENOENT), buf);
	atf_error_free(err);
	err = atf_no_memory_error();
	ATF_CHECK(atf_is_error(err));
	ATF_CHECK(atf_error_is(err, "no_memory"));
	atf_error_free(err);
}

ATF_TC(config_in_tc);
ATF_TC_HEAD(config_in_tc, tc)
{
	atf_tc_set_md_var(tc, "descr", "srcdir is always a config variable");
}
ATF_TC_BODY(config_in_tc, tc)
{
	const char *srcdir;
	char path[1024];

	ATF_REQUIRE(atf_tc_has_config_var(tc, "srcdir"));
	srcdir = atf_tc_get_config_var(tc, "srcdir");
	ATF_CHECK(srcdir[0] == '/');
	snprintf(path, sizeof(path), "%s/t_utils", srcdir);
	ATF_CHECK(atf_utils_file_exists(path));
}

ATF_TC_WITHOUT_HEAD(config_get);
ATF_TC_BODY(config_get, tc)
{
#ifndef HAVE_ATF_CONFIG
	atf_tc_skip("this atf-c does not install atf-c/config.h");
#else
	unsetenv("ATF_ARCH");
	unsetenv("ATF_MACHINE");
	unsetenv("ATF_SHELL");
	ATF_CHECK_STREQ(atf_config_get("atf_arch"), "x86_64");
	ATF_CHECK_STREQ(atf_config_get("atf_machine"), "amd64");
	ATF_CHECK_STREQ(atf_config_get("atf_shell"), "/bin/sh");
	ATF_REQUIRE(setenv("ATF_MACHINE", "vax", 1) == 0);
	ATF_CHECK_STREQ(atf_config_get("atf_machine"), "vax");
	ATF_REQUIRE(setenv("ATF_BUILD_CFLAGS", "-O0", 1) == 0);
	ATF_CHECK_STREQ(atf_config_get("atf_build_cflags"), "-O0");
	ATF_REQUIRE(setenv("ATF_SHELL", "", 1) == 0);
	ATF_CHECK_STREQ(atf_config_get("atf_shell"), "/bin/sh");
#endif
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, create_and_compare);
	ATF_TP_ADD_TC(tp, create_empty);
	ATF_TP_ADD_TC(tp, create_truncates);
	ATF_TP_ADD_TC(tp, copy_file);
	ATF_TP_ADD_TC(tp, file_exists);
	ATF_TP_ADD_TC(tp, grep_string);
	ATF_TP_ADD_TC(tp, grep_string_format);
	ATF_TP_ADD_TC(tp, grep_file);
	ATF_TP_ADD_TC(tp, readline);
	ATF_TP_ADD_TC(tp, readline_long);
	ATF_TP_ADD_TC(tp, redirect);
	ATF_TP_ADD_TC(tp, cat_file);
	ATF_TP_ADD_TC(tp, fork_wait);
	ATF_TP_ADD_TC(tp, fork_wait_save);
	ATF_TP_ADD_TC(tp, fork_wait_mismatch);
	ATF_TP_ADD_TC(tp, free_charpp);
	ATF_TP_ADD_TC(tp, errors);
	ATF_TP_ADD_TC(tp, config_in_tc);
	ATF_TP_ADD_TC(tp, config_get);
	return atf_no_error();
}
