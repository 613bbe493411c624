/*
 * t_realpath: realpath with ".", "..", repeated slashes, relative and
 * absolute symbolic links, link loops, missing components, files used
 * as directories and over-long names.  Runs in the test's work
 * directory.
 */
#include <sys/stat.h>
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

static char cwd[PATH_MAX];

/* A small tree: a/b/file, links to it, and a loop. */
static void
setup(void)
{
	int fd;

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	ATF_REQUIRE_EQ(mkdir("a", 0755), 0);
	ATF_REQUIRE_EQ(mkdir("a/b", 0755), 0);
	fd = open("a/b/file", O_CREAT | O_WRONLY, 0644);
	ATF_REQUIRE(fd >= 0);
	close(fd);
	ATF_REQUIRE_EQ(symlink("b/file", "a/rel"), 0);
	ATF_REQUIRE_EQ(symlink("a/b", "tob"), 0);
	ATF_REQUIRE_EQ(symlink("loop2", "loop1"), 0);
	ATF_REQUIRE_EQ(symlink("loop1", "loop2"), 0);
	ATF_REQUIRE_EQ(symlink("../..", "a/b/up"), 0);
}

static void
expect(const char *in, const char *rel)
{
	char buf[PATH_MAX], want[PATH_MAX];

	strlcpy(want, cwd, sizeof(want));
	if (*rel != '\0') {
		strlcat(want, "/", sizeof(want));
		strlcat(want, rel, sizeof(want));
	}
	ATF_CHECK_MSG(
	    realpath(in, buf) == buf, "realpath(%s) failed: %d", in, errno);
	ATF_CHECK_STREQ_MSG(buf, want, "realpath(%s)", in);
}

static void
expect_error(const char *in, int err)
{
	char buf[PATH_MAX];

	errno = 0;
	ATF_CHECK_MSG(realpath(in, buf) == NULL, "realpath(%s) succeeded", in);
	ATF_CHECK_EQ_MSG(errno, err, "realpath(%s): errno %d", in, errno);
}

TC(dots_and_slashes, "'.', '..' and repeated slashes are removed")
{
	setup();
	expect(".", "");
	expect("a", "a");
	expect("./a//b/", "a/b");
	expect("a/b/../b/./file", "a/b/file");
	expect("a/..", "");
	expect("a/b/file", "a/b/file");
}

TC(root_paths, "absolute paths, and '..' at the root stays at the root")
{
	char buf[PATH_MAX];

	ATF_REQUIRE(realpath("/", buf) != NULL);
	ATF_CHECK_STREQ(buf, "/");
	ATF_REQUIRE(realpath("/..//../.", buf) != NULL);
	ATF_CHECK_STREQ(buf, "/");
	ATF_REQUIRE(realpath("//", buf) != NULL);
	ATF_CHECK_STREQ(buf, "/");
}

TC(symlinks,
    "relative and directory links are followed, including "
    "links in the middle and '..' after a link")
{
	setup();
	expect("a/rel", "a/b/file");
	expect("tob", "a/b");
	expect("tob/file", "a/b/file");
	expect("tob/..", "a");
	expect("a/b/up", "");
	expect("tob/up/a", "a");
}

TC(absolute_symlink, "a link to an absolute path restarts at the root")
{
	char target[PATH_MAX];

	setup();
	strlcpy(target, cwd, sizeof(target));
	strlcat(target, "/a/b", sizeof(target));
	ATF_REQUIRE_EQ(symlink(target, "abs"), 0);
	expect("abs/file", "a/b/file");
}

TC(errors,
    "missing components give ENOENT, files used as directories "
    "ENOTDIR, loops ELOOP, an empty path ENOENT, NULL EINVAL")
{
	setup();
	expect_error("missing", ENOENT);
	expect_error("a/missing/x", ENOENT);
	expect_error("a/b/file/x", ENOTDIR);
	expect_error("a/b/file/", ENOTDIR);
	expect_error("a/rel/", ENOTDIR);
	expect_error("loop1", ELOOP);
	expect_error("", ENOENT);
	errno = 0;
	ATF_CHECK(realpath(NULL, NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(too_long, "a name longer than PATH_MAX gives ENAMETOOLONG")
{
	char *p = malloc(PATH_MAX + 10);

	ATF_REQUIRE(p != NULL);
	memset(p, 'a', PATH_MAX + 9);
	p[PATH_MAX + 9] = '\0';
	expect_error(p, ENAMETOOLONG);
	free(p);
}

TC(null_resolved, "a NULL buffer gives a malloc'd result")
{
	char *r;

	setup();
	r = realpath("a/rel", NULL);
	ATF_REQUIRE(r != NULL);
	ATF_CHECK(strlen(r) > strlen("/a/b/file"));
	ATF_CHECK_STREQ(r + strlen(r) - 9, "/a/b/file");
	free(r);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, dots_and_slashes);
	ATF_TP_ADD_TC(tp, root_paths);
	ATF_TP_ADD_TC(tp, symlinks);
	ATF_TP_ADD_TC(tp, absolute_symlink);
	ATF_TP_ADD_TC(tp, errors);
	ATF_TP_ADD_TC(tp, too_long);
	ATF_TP_ADD_TC(tp, null_resolved);
	return atf_no_error();
}
