/*
 * t_glob: glob/globfree in a small tree made in the work directory:
 * sorting, hidden files, every flag, errors through errfunc, and the
 * GLOB_ALTDIRFUNC hooks.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>

#include "h_tc.h"

static void
touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT, 0644);

	ATF_REQUIRE_MSG(fd >= 0, "creat %s: %s", path, strerror(errno));
	close(fd);
}

static void
tree(void)
{
	ATF_REQUIRE_EQ(mkdir("t", 0755), 0);
	ATF_REQUIRE_EQ(chdir("t"), 0);
	touch("a.c");
	touch("b.c");
	touch("c.h");
	touch(".hidden.c");
	touch("sp*cial");
	ATF_REQUIRE_EQ(mkdir("dir1", 0755), 0);
	ATF_REQUIRE_EQ(mkdir("dir2", 0755), 0);
	ATF_REQUIRE_EQ(mkdir("emptyd", 0755), 0);
	touch("dir1/x.c");
	touch("dir1/y.txt");
	touch("dir2/x.c");
}

/* The paths of g from gl_offs on, joined with spaces. */
static const char *
joined(const glob_t *g)
{
	static char buf[1024];

	buf[0] = '\0';
	for (size_t i = 0; i < g->gl_pathc; i++) {
		if (i > 0)
			strcat(buf, " ");
		strcat(buf, g->gl_pathv[g->gl_offs + i]);
	}
	return buf;
}

static void
expect(const char *pat, int flags, const char *want)
{
	glob_t g;
	int r;

	memset(&g, 0, sizeof(g));
	r = glob(pat, flags, NULL, &g);
	ATF_CHECK_EQ_MSG(r, 0, "glob(\"%s\", %#x) = %d", pat, flags, r);
	ATF_CHECK_STREQ_MSG(joined(&g), want, "glob(\"%s\", %#x)", pat, flags);
	ATF_CHECK(g.gl_pathv[g.gl_offs + g.gl_pathc] == NULL);
	globfree(&g);
}

TC(star_sorted, "*.c finds the visible .c files, sorted")
{
	tree();
	expect("*.c", 0, "a.c b.c");
	expect("*", 0, "a.c b.c c.h dir1 dir2 emptyd sp*cial");
	expect("?.?", 0, "a.c b.c c.h");
	expect("[ab].c", 0, "a.c b.c");
	expect("[!a].?", 0, "b.c c.h");
}

TC(hidden, "a leading dot needs a dot, unless GLOB_PERIOD")
{
	tree();
	expect(".*.c", 0, ".hidden.c");
	expect("*.c", GLOB_PERIOD, ".hidden.c a.c b.c");
}

TC(subdirs, "wildcards in directory components")
{
	tree();
	expect("dir*/x.c", 0, "dir1/x.c dir2/x.c");
	expect("*/*.txt", 0, "dir1/y.txt");
	expect("dir1/*", 0, "dir1/x.c dir1/y.txt");
	expect("./dir?/x.c", 0, "./dir1/x.c ./dir2/x.c");
	expect("dir1//x.c", 0, "dir1//x.c");
	expect("dir*/", 0, "dir1/ dir2/");
	expect("*.c/", GLOB_NOCHECK, "*.c/");
}

TC(absolute, "absolute patterns keep their directory")
{
	char cwd[1024], pat[1100], want[2300];

	tree();
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	snprintf(pat, sizeof(pat), "%s/*.c", cwd);
	snprintf(want, sizeof(want), "%s/a.c %s/b.c", cwd, cwd);
	expect(pat, 0, want);
}

TC(nomatch, "GLOB_NOMATCH, GLOB_NOCHECK and GLOB_NOMAGIC")
{
	glob_t g;

	tree();
	memset(&g, 0, sizeof(g));
	ATF_CHECK_EQ(glob("*.zzz", 0, NULL, &g), GLOB_NOMATCH);
	ATF_CHECK_EQ(g.gl_pathc, 0);
	globfree(&g);
	ATF_CHECK_EQ(glob("nosuchfile", 0, NULL, &g), GLOB_NOMATCH);
	globfree(&g);
	expect("*.zzz", GLOB_NOCHECK, "*.zzz");
	expect("nosuchfile", GLOB_NOMAGIC, "nosuchfile");
	ATF_CHECK_EQ(glob("*.zzz", GLOB_NOMAGIC, NULL, &g), GLOB_NOMATCH);
	globfree(&g);
	expect("a.c", 0, "a.c");
}

TC(mark, "GLOB_MARK appends / to directories only")
{
	tree();
	expect("dir*", GLOB_MARK, "dir1/ dir2/");
	expect("[ad]*", GLOB_MARK, "a.c dir1/ dir2/");
}

TC(append, "GLOB_APPEND adds to earlier results; gl_matchc counts new")
{
	glob_t g;

	tree();
	memset(&g, 0, sizeof(g));
	ATF_REQUIRE_EQ(glob("*.h", 0, NULL, &g), 0);
	ATF_REQUIRE_EQ(glob("*.c", GLOB_APPEND, NULL, &g), 0);
	ATF_CHECK_EQ(g.gl_pathc, 3);
	ATF_CHECK_EQ(g.gl_matchc, 2);
	ATF_CHECK_STREQ(joined(&g), "c.h a.c b.c");
	globfree(&g);
	ATF_CHECK(g.gl_pathv == NULL);
}

TC(dooffs, "GLOB_DOOFFS reserves NULL slots at the front")
{
	glob_t g;

	tree();
	memset(&g, 0, sizeof(g));
	g.gl_offs = 2;
	ATF_REQUIRE_EQ(glob("*.c", GLOB_DOOFFS, NULL, &g), 0);
	ATF_CHECK(g.gl_pathv[0] == NULL);
	ATF_CHECK(g.gl_pathv[1] == NULL);
	ATF_CHECK_STREQ(g.gl_pathv[2], "a.c");
	ATF_CHECK_STREQ(g.gl_pathv[3], "b.c");
	ATF_CHECK(g.gl_pathv[4] == NULL);
	globfree(&g);
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

TC(nosort, "GLOB_NOSORT returns the same set")
{
	glob_t g;

	tree();
	memset(&g, 0, sizeof(g));
	ATF_REQUIRE_EQ(glob("*", GLOB_NOSORT, NULL, &g), 0);
	qsort(g.gl_pathv, g.gl_pathc, sizeof(char *), cmpstr);
	ATF_CHECK_STREQ(joined(&g), "a.c b.c c.h dir1 dir2 emptyd sp*cial");
	globfree(&g);
}

TC(brace, "GLOB_BRACE expands {a,b}, nested and empty alternatives")
{
	tree();
	expect("{a,b}.c", GLOB_BRACE, "a.c b.c");
	expect("{a,c}.{c,h}", GLOB_BRACE, "a.c c.h");
	expect("dir{1,2}/{x,y}.*", GLOB_BRACE, "dir1/x.c dir1/y.txt dir2/x.c");
	expect("{dir{1,2},emptyd}", GLOB_BRACE, "dir1 dir2 emptyd");
	expect("{a,b}.c", 0 | GLOB_NOCHECK, "{a,b}.c");
}

TC(tilde, "GLOB_TILDE expands ~ from HOME and ~root")
{
	char cwd[1024], want[1100];
	glob_t g;

	tree();
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	setenv("HOME", cwd, 1);
	snprintf(want, sizeof(want), "%s/a.c", cwd);
	expect("~/a.c", GLOB_TILDE, want);
	memset(&g, 0, sizeof(g));
	ATF_CHECK_EQ(glob("~/a.c", 0, NULL, &g), GLOB_NOMATCH);
	globfree(&g);
	ATF_REQUIRE_EQ(glob("~root", GLOB_TILDE, NULL, &g), 0);
	ATF_CHECK_EQ(g.gl_pathc, 1);
	ATF_CHECK(g.gl_pathv[0][0] == '/');
	globfree(&g);
}

TC(escapes, "backslash quotes magic characters unless GLOB_NOESCAPE")
{
	glob_t g;

	tree();
	expect("sp\\*cial", 0, "sp*cial");
	expect("sp[*]cial", 0, "sp*cial");
	memset(&g, 0, sizeof(g));
	ATF_CHECK_EQ(glob("sp\\*cial", GLOB_NOESCAPE, NULL, &g), GLOB_NOMATCH);
	globfree(&g);
}

TC(magchar, "GLOB_MAGCHAR tells whether the pattern had wildcards")
{
	glob_t g;

	tree();
	memset(&g, 0, sizeof(g));
	ATF_REQUIRE_EQ(glob("*.c", 0, NULL, &g), 0);
	ATF_CHECK(g.gl_flags & GLOB_MAGCHAR);
	globfree(&g);
	ATF_REQUIRE_EQ(glob("a.c", 0, NULL, &g), 0);
	ATF_CHECK(!(g.gl_flags & GLOB_MAGCHAR));
	globfree(&g);
}

TC(no_dotdirs, "GLOB_NO_DOTDIRS drops . and .. from wildcard matches")
{
	tree();
	expect(".*", GLOB_NO_DOTDIRS, ".hidden.c");
	expect(".*", 0, ". .. .hidden.c");
}

/* GLOB_ALTDIRFUNC hooks: every opendir of "dir2" fails with EACCES. */
static int errcalls;
static char errpath[256];

static void *
my_opendir(const char *p)
{
	if (strcmp(p, "dir2") == 0 || strcmp(p, "dir2/") == 0) {
		errno = EACCES;
		return NULL;
	}
	return opendir(p);
}

static struct dirent *
my_readdir(void *d)
{
	return readdir(d);
}

static void
my_closedir(void *d)
{
	closedir(d);
}

static int
my_errfunc(const char *p, int e)
{
	errcalls++;
	snprintf(errpath, sizeof(errpath), "%.*s:%d", (int)strcspn(p, "/"), p,
	    e); /* "dir2" or "dir2/" */
	return 0;
}

static int
stop_errfunc(const char *p, int e)
{
	(void)p;
	(void)e;
	return 1;
}

static void
althooks(glob_t *g)
{
	memset(g, 0, sizeof(*g));
	g->gl_opendir = my_opendir;
	g->gl_readdir = my_readdir;
	g->gl_closedir = my_closedir;
	g->gl_stat = stat;
	g->gl_lstat = lstat;
}

TC(errfunc, "unreadable directories go to errfunc; GLOB_ERR stops")
{
	char want[64];
	glob_t g;

	tree();
	althooks(&g);
	errcalls = 0;
	ATF_REQUIRE_EQ(glob("dir*/*", GLOB_ALTDIRFUNC, my_errfunc, &g), 0);
	ATF_CHECK_STREQ(joined(&g), "dir1/x.c dir1/y.txt");
	ATF_CHECK_EQ(errcalls, 1);
	snprintf(want, sizeof(want), "dir2:%d", EACCES);
	ATF_CHECK_STREQ(errpath, want);
	globfree(&g);
	althooks(&g);
	ATF_CHECK_EQ(
	    glob("dir*/*", GLOB_ALTDIRFUNC | GLOB_ERR, NULL, &g), GLOB_ABORTED);
	globfree(&g);
	althooks(&g);
	ATF_CHECK_EQ(
	    glob("dir*/*", GLOB_ALTDIRFUNC, stop_errfunc, &g), GLOB_ABORTED);
	globfree(&g);
}

TC(star, "GLOB_STAR: ** spans any number of directory levels")
{
	tree();
	ATF_REQUIRE_EQ(mkdir("dir1/deep", 0755), 0);
	ATF_REQUIRE_EQ(mkdir("dir1/.hid", 0755), 0);
	touch("dir1/deep/x.c");
	touch("dir1/.hid/x.c");
	ATF_REQUIRE_EQ(symlink("dir1", "lnk"), 0);
	expect("**/x.c", GLOB_STAR, "dir1/deep/x.c dir1/x.c dir2/x.c");
	expect("dir1/**/x.c", GLOB_STAR, "dir1/deep/x.c dir1/x.c");
	expect("dir1/**", GLOB_STAR,
	    "dir1/deep dir1/deep/x.c dir1/x.c "
	    "dir1/y.txt");
	expect("dir1/**/x.c", GLOB_STAR | GLOB_PERIOD,
	    "dir1/.hid/x.c dir1/deep/x.c dir1/x.c");
	/* without the flag ** is just * */
	expect("dir1/**/x.c", 0, "dir1/deep/x.c");
}

TC(null_args, "NULL pattern or glob_t is an error, not a crash")
{
	glob_t g;

	memset(&g, 0, sizeof(g));
	ATF_CHECK(glob(NULL, 0, NULL, &g) != 0);
	ATF_CHECK(glob("*", 0, NULL, NULL) != 0);
	globfree(NULL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, star_sorted);
	ATF_TP_ADD_TC(tp, hidden);
	ATF_TP_ADD_TC(tp, subdirs);
	ATF_TP_ADD_TC(tp, absolute);
	ATF_TP_ADD_TC(tp, nomatch);
	ATF_TP_ADD_TC(tp, mark);
	ATF_TP_ADD_TC(tp, append);
	ATF_TP_ADD_TC(tp, dooffs);
	ATF_TP_ADD_TC(tp, nosort);
	ATF_TP_ADD_TC(tp, brace);
	ATF_TP_ADD_TC(tp, tilde);
	ATF_TP_ADD_TC(tp, escapes);
	ATF_TP_ADD_TC(tp, magchar);
	ATF_TP_ADD_TC(tp, no_dotdirs);
	ATF_TP_ADD_TC(tp, errfunc);
	ATF_TP_ADD_TC(tp, star);
	ATF_TP_ADD_TC(tp, null_args);
	return atf_no_error();
}
