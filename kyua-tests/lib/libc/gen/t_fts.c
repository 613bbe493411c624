/*
 * t_fts: fts_open/fts_read/fts_children/fts_set/fts_close over a tree
 * made in the work directory: visiting order, info values, symbolic link
 * handling (physical, logical, command line), cycles, instructions and
 * errors.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>

#include "h_tc.h"

static void
mkfile(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ATF_REQUIRE_MSG(fd >= 0, "%s: %s", path, strerror(errno));
	ATF_REQUIRE_EQ(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/*
 * t/a            file "hello"
 * t/b/c          file
 * t/b/d/e        file
 * t/link -> b    symbolic link to a directory
 * t/dangling     symbolic link to nothing
 */
static void
tree(void)
{
	ATF_REQUIRE_EQ(mkdir("t", 0755), 0);
	mkfile("t/a", "hello");
	ATF_REQUIRE_EQ(mkdir("t/b", 0755), 0);
	mkfile("t/b/c", "");
	ATF_REQUIRE_EQ(mkdir("t/b/d", 0755), 0);
	mkfile("t/b/d/e", "");
	ATF_REQUIRE_EQ(symlink("b", "t/link"), 0);
	ATF_REQUIRE_EQ(symlink("nowhere", "t/dangling"), 0);
}

static int
byname(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

static const char *
infoname(int info)
{
	static const char *names[] = { "?", "D", "DC", "DEFAULT", "DNR", "DOT",
		"DP", "ERR", "F", "INIT", "NS", "NSOK", "SL", "SLNONE", "W" };

	return info >= 0 && info <= 14 ? names[info] : "?";
}

/* Walk paths with options; the visits as "INFO path level" lines. */
static char *
walk(char *const *paths, int options)
{
	static char buf[4096];
	FTSENT *e;
	FTS *fts;

	buf[0] = '\0';
	fts = fts_open(paths, options, byname);
	ATF_REQUIRE_MSG(fts != NULL, "fts_open: %s", strerror(errno));
	while ((e = fts_read(fts)) != NULL) {
		char line[512];

		snprintf(line, sizeof(line), "%s %s %d\n",
		    infoname(e->fts_info), e->fts_path, e->fts_level);
		strncat(buf, line, sizeof(buf) - strlen(buf) - 1);
	}
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK_EQ(fts_close(fts), 0);
	return buf;
}

static char *const troot[] = { "t", NULL };

TC(physical, "FTS_PHYSICAL: pre- and postorder, links not followed")
{
	tree();
	ATF_CHECK_STREQ(walk(troot, FTS_PHYSICAL),
	    "D t 0\n"
	    "F t/a 1\n"
	    "D t/b 1\n"
	    "F t/b/c 2\n"
	    "D t/b/d 2\n"
	    "F t/b/d/e 3\n"
	    "DP t/b/d 2\n"
	    "DP t/b 1\n"
	    "SL t/dangling 1\n"
	    "SL t/link 1\n"
	    "DP t 0\n");
}

TC(logical, "FTS_LOGICAL follows links; dangling ones are FTS_SLNONE")
{
	tree();
	ATF_CHECK_STREQ(walk(troot, FTS_LOGICAL),
	    "D t 0\n"
	    "F t/a 1\n"
	    "D t/b 1\n"
	    "F t/b/c 2\n"
	    "D t/b/d 2\n"
	    "F t/b/d/e 3\n"
	    "DP t/b/d 2\n"
	    "DP t/b 1\n"
	    "SLNONE t/dangling 1\n"
	    "D t/link 1\n"
	    "F t/link/c 2\n"
	    "D t/link/d 2\n"
	    "F t/link/d/e 3\n"
	    "DP t/link/d 2\n"
	    "DP t/link 1\n"
	    "DP t 0\n");
}

TC(comfollow, "FTS_COMFOLLOW follows a link given as a root")
{
	char *const roots[] = { "t/link", NULL };

	tree();
	ATF_CHECK_STREQ(walk(roots, FTS_PHYSICAL), "SL t/link 0\n");
	ATF_CHECK_STREQ(walk(roots, FTS_PHYSICAL | FTS_COMFOLLOW),
	    "D t/link 0\n"
	    "F t/link/c 1\n"
	    "D t/link/d 1\n"
	    "F t/link/d/e 2\n"
	    "DP t/link/d 1\n"
	    "DP t/link 0\n");
}

TC(roots_sorted, "several roots, sorted by compar; a missing one is FTS_NS")
{
	char *const roots[] = { "t/b/c", "t/a", "t/missing", NULL };
	FTSENT *e;
	FTS *fts;

	tree();
	ATF_CHECK_STREQ(
	    walk(roots, FTS_PHYSICAL), "F t/a 0\nF t/b/c 0\nNS t/missing 0\n");
	fts = fts_open(roots, FTS_PHYSICAL, byname);
	ATF_REQUIRE(fts != NULL);
	while ((e = fts_read(fts)) != NULL)
		if (e->fts_info == FTS_NS)
			ATF_CHECK_EQ(e->fts_errno, ENOENT);
	fts_close(fts);
}

TC(entry_fields, "fts_name, fts_accpath, fts_statp, fts_parent, lengths")
{
	FTSENT *e;
	FTS *fts;
	int seen = 0;

	tree();
	fts = fts_open(troot, FTS_PHYSICAL, byname);
	ATF_REQUIRE(fts != NULL);
	while ((e = fts_read(fts)) != NULL) {
		ATF_CHECK_EQ(e->fts_pathlen, strlen(e->fts_path));
		ATF_CHECK_EQ(e->fts_namelen, strlen(e->fts_name));
		ATF_CHECK(
		    access(e->fts_accpath, F_OK) == 0 || e->fts_info == FTS_SL);
		if (strcmp(e->fts_path, "t/a") == 0) {
			seen = 1;
			ATF_CHECK_STREQ(e->fts_name, "a");
			ATF_CHECK_EQ(e->fts_statp->st_size, 5);
			ATF_CHECK(S_ISREG(e->fts_statp->st_mode));
			ATF_CHECK_STREQ(e->fts_parent->fts_path, "t");
		}
	}
	ATF_CHECK(seen);
	fts_close(fts);
}

TC(skip, "fts_set(FTS_SKIP) on a directory skips its contents")
{
	FTSENT *e;
	FTS *fts;
	char got[1024] = "";

	tree();
	fts = fts_open(troot, FTS_PHYSICAL, byname);
	ATF_REQUIRE(fts != NULL);
	while ((e = fts_read(fts)) != NULL) {
		strcat(got, infoname(e->fts_info));
		strcat(got, ":");
		strcat(got, e->fts_name);
		strcat(got, " ");
		if (e->fts_info == FTS_D && strcmp(e->fts_name, "b") == 0)
			ATF_CHECK_EQ(fts_set(fts, e, FTS_SKIP), 0);
	}
	fts_close(fts);
	ATF_CHECK_STREQ(got, "D:t F:a D:b DP:b SL:dangling SL:link DP:t ");
}

TC(again, "fts_set(FTS_AGAIN) returns the entry once more")
{
	FTSENT *e;
	FTS *fts;
	int count = 0, done = 0;

	tree();
	fts = fts_open(troot, FTS_PHYSICAL, byname);
	ATF_REQUIRE(fts != NULL);
	while ((e = fts_read(fts)) != NULL)
		if (strcmp(e->fts_path, "t/a") == 0) {
			count++;
			if (!done) {
				done = 1;
				ATF_CHECK_EQ(fts_set(fts, e, FTS_AGAIN), 0);
			}
		}
	fts_close(fts);
	ATF_CHECK_EQ(count, 2);
}

TC(follow, "fts_set(FTS_FOLLOW) on a link visits its target")
{
	FTSENT *e;
	FTS *fts;
	int linkd = 0, inside = 0;

	tree();
	fts = fts_open(troot, FTS_PHYSICAL, byname);
	ATF_REQUIRE(fts != NULL);
	while ((e = fts_read(fts)) != NULL) {
		if (strcmp(e->fts_path, "t/link") == 0) {
			if (e->fts_info == FTS_SL)
				ATF_CHECK_EQ(fts_set(fts, e, FTS_FOLLOW), 0);
			else if (e->fts_info == FTS_D)
				linkd++;
		}
		if (strcmp(e->fts_path, "t/link/d/e") == 0)
			inside++;
	}
	fts_close(fts);
	ATF_CHECK_EQ(linkd, 1);
	ATF_CHECK_EQ(inside, 1);
}

TC(children, "fts_children lists the roots, then a directory's entries")
{
	FTSENT *e, *k;
	FTS *fts;
	char got[256] = "";

	tree();
	fts = fts_open(troot, FTS_PHYSICAL, byname);
	ATF_REQUIRE(fts != NULL);
	k = fts_children(fts, 0);
	ATF_REQUIRE(k != NULL);
	ATF_CHECK_STREQ(k->fts_path, "t");
	ATF_CHECK(k->fts_link == NULL);
	e = fts_read(fts);
	ATF_REQUIRE(e != NULL && e->fts_info == FTS_D);
	for (k = fts_children(fts, 0); k != NULL; k = k->fts_link) {
		strcat(got, k->fts_name);
		strcat(got, "=");
		strcat(got, infoname(k->fts_info));
		strcat(got, " ");
	}
	ATF_CHECK_STREQ(got, "a=F b=D dangling=SL link=SL ");
	k = fts_children(fts, FTS_NAMEONLY);
	ATF_REQUIRE(k != NULL);
	ATF_CHECK_STREQ(k->fts_name, "a");
	ATF_CHECK_EQ(k->fts_info, FTS_NSOK);
	e = fts_read(fts); /* the walk goes on normally */
	ATF_REQUIRE(e != NULL);
	ATF_CHECK_STREQ(e->fts_path, "t/a");
	ATF_CHECK_EQ(e->fts_info, FTS_F);
	errno = 99;
	ATF_CHECK(fts_children(fts, 0) == NULL); /* a file has none */
	ATF_CHECK_EQ(errno, 0);
	fts_close(fts);
}

TC(seedot, "FTS_SEEDOT returns . and .. as FTS_DOT")
{
	char *const roots[] = { "t/b/d", NULL };

	tree();
	ATF_CHECK_STREQ(walk(roots, FTS_PHYSICAL | FTS_SEEDOT),
	    "D t/b/d 0\n"
	    "DOT t/b/d/. 1\n"
	    "DOT t/b/d/.. 1\n"
	    "F t/b/d/e 1\n"
	    "DP t/b/d 0\n");
}

TC(cycle, "a link back to an ancestor is FTS_DC under FTS_LOGICAL")
{
	char *const roots[] = { "t/b", NULL };
	FTSENT *e;
	FTS *fts;
	int dc = 0;

	tree();
	ATF_REQUIRE_EQ(symlink("..", "t/b/d/up"), 0);
	fts = fts_open(roots, FTS_LOGICAL, byname);
	ATF_REQUIRE(fts != NULL);
	while ((e = fts_read(fts)) != NULL) {
		ATF_REQUIRE(e->fts_level < 10);
		if (e->fts_info == FTS_DC) {
			dc++;
			ATF_CHECK_STREQ(e->fts_path, "t/b/d/up");
			ATF_REQUIRE(e->fts_cycle != NULL);
			ATF_CHECK_STREQ(e->fts_cycle->fts_path, "t/b");
		}
	}
	fts_close(fts);
	ATF_CHECK_EQ(dc, 1);
}

/* Needs a user that permissions apply to: kyua runs it as its
 * unprivileged_user when started as root. */
ATF_TC(unreadable);
ATF_TC_HEAD(unreadable, tc)
{
	atf_tc_set_md_var(
	    tc, "descr", "%s", "a directory that cannot be read is FTS_DNR");
	atf_tc_set_md_var(tc, "require.user", "unprivileged");
}
ATF_TC_BODY(unreadable, tc)
{
	char *const roots[] = { "t", NULL };

	if (geteuid() == 0)
		atf_tc_skip("root can read any directory");
	ATF_REQUIRE_EQ(mkdir("t", 0755), 0);
	ATF_REQUIRE_EQ(mkdir("t/x", 0), 0);
	ATF_CHECK_STREQ(walk(roots, FTS_PHYSICAL),
	    "D t 0\nD t/x 1\nDNR t/x 1\n"
	    "DP t 0\n");
	chmod("t/x", 0755);
}

TC(xdev, "FTS_XDEV does not prune directories on the same device")
{
	char *plain;

	tree();
	plain = strdup(walk(troot, FTS_PHYSICAL));
	ATF_REQUIRE(plain != NULL);
	ATF_CHECK(strstr(plain, "F t/b/d/e 3\n") != NULL);
	ATF_CHECK_STREQ(walk(troot, FTS_PHYSICAL | FTS_XDEV), plain);
	free(plain);
}

TC(errors, "bad options and instructions are EINVAL; \"\" is ENOENT")
{
	char *const empty[] = { "", NULL };
	FTSENT *e;
	FTS *fts;

	tree();
	errno = 0;
	ATF_CHECK(fts_open(troot, 0, NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(fts_open(troot, FTS_PHYSICAL | 0x10000, NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(fts_open(empty, FTS_PHYSICAL, NULL) == NULL);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK(fts_open(NULL, FTS_PHYSICAL, NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	fts = fts_open(troot, FTS_PHYSICAL, NULL);
	ATF_REQUIRE(fts != NULL);
	e = fts_read(fts);
	ATF_REQUIRE(e != NULL);
	errno = 0;
	ATF_CHECK_EQ(fts_set(fts, e, 42), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(fts_children(fts, 42) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(fts_close(fts), 0);
	errno = 0;
	ATF_CHECK(fts_read(NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(unsorted, "without compar every entry is still visited once")
{
	FTSENT *e;
	FTS *fts;
	int pre = 0, post = 0, files = 0;

	tree();
	fts = fts_open(troot, FTS_PHYSICAL, NULL);
	ATF_REQUIRE(fts != NULL);
	while ((e = fts_read(fts)) != NULL) {
		pre += e->fts_info == FTS_D;
		post += e->fts_info == FTS_DP;
		files += e->fts_info == FTS_F || e->fts_info == FTS_SL;
	}
	fts_close(fts);
	ATF_CHECK_EQ(pre, 3);
	ATF_CHECK_EQ(post, 3);
	ATF_CHECK_EQ(files, 5);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, physical);
	ATF_TP_ADD_TC(tp, logical);
	ATF_TP_ADD_TC(tp, comfollow);
	ATF_TP_ADD_TC(tp, roots_sorted);
	ATF_TP_ADD_TC(tp, entry_fields);
	ATF_TP_ADD_TC(tp, skip);
	ATF_TP_ADD_TC(tp, again);
	ATF_TP_ADD_TC(tp, follow);
	ATF_TP_ADD_TC(tp, children);
	ATF_TP_ADD_TC(tp, seedot);
	ATF_TP_ADD_TC(tp, cycle);
	ATF_TP_ADD_TC(tp, unreadable);
	ATF_TP_ADD_TC(tp, xdev);
	ATF_TP_ADD_TC(tp, errors);
	ATF_TP_ADD_TC(tp, unsorted);
	return atf_no_error();
}
