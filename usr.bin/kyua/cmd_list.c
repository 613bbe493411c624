/*
 * cmd_list.c: "kyua list [-k Kyuafile] [-v] [filter...]" prints each
 * test case as program:case (with -v, its meta-data too), and the test
 * filters shared with "kyua test": "path" selects a program or every
 * program below a directory, "path:case" one test case.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kyua.h"

struct filter *
filters_parse(int argc, char **argv, size_t *nfilters)
{
	struct filter *f;
	char *colon;
	size_t len;
	int i;

	f = xmalloc((size_t)(argc + 1) * sizeof(*f));
	for (i = 0; i < argc; i++) {
		f[i].used = false;
		f[i].path = xstrdup(argv[i]);
		f[i].tcname = NULL;
		if ((colon = strchr(f[i].path, ':')) != NULL) {
			*colon = '\0';
			f[i].tcname = colon + 1;
			if (*f[i].tcname == '\0')
				usage_error("Test case component in '%s' is "
					    "empty",
				    argv[i]);
		}
		if (f[i].path[0] == '\0')
			usage_error("Test filter '%s' has an empty program "
				    "path",
			    argv[i]);
		if (f[i].path[0] == '/')
			usage_error("Invalid path in filter '%s': must be "
				    "relative",
			    argv[i]);
		len = strlen(f[i].path);
		while (len > 1 && f[i].path[len - 1] == '/')
			f[i].path[--len] = '\0';
	}
	*nfilters = (size_t)argc;
	return f;
}

static bool
path_matches(const char *filter, const char *path)
{
	size_t len;

	if (strcmp(filter, ".") == 0)
		return true;
	len = strlen(filter);
	return strncmp(filter, path, len) == 0 &&
	    (path[len] == '\0' || path[len] == '/');
}

/* Does any filter select something in this program? */
static bool
filters_want_program(
    const struct filter *f, size_t n, const struct program *prog)
{
	size_t i;

	if (n == 0)
		return true;
	for (i = 0; i < n; i++)
		if (path_matches(f[i].path, prog->relpath))
			return true;
	return false;
}

bool
filters_match(struct filter *f, size_t n, const struct testcase *tc)
{
	bool match;
	size_t i;

	if (n == 0)
		return true;
	match = false;
	for (i = 0; i < n; i++) {
		if (!path_matches(f[i].path, tc->prog->relpath))
			continue;
		if (f[i].tcname != NULL &&
		    (strcmp(f[i].path, tc->prog->relpath) != 0 ||
			strcmp(f[i].tcname, tc->name) != 0))
			continue;
		f[i].used = true;
		match = true;
	}
	return match;
}

int
filters_report_unused(const struct filter *f, size_t n)
{
	size_t i;
	int bad;

	bad = 0;
	for (i = 0; i < n; i++) {
		if (f[i].used)
			continue;
		if (f[i].tcname != NULL)
			warnx_kyua("No test cases matched by the filter "
				   "'%s:%s'.",
			    f[i].path, f[i].tcname);
		else
			warnx_kyua("No test cases matched by the filter "
				   "'%s'.",
			    f[i].path);
		bad = 1;
	}
	return bad;
}

/* Lists the cases of every program some filter wants. */
void
suite_list_cases(
    struct suite *suite, struct filter *f, size_t n, const char *tmproot)
{
	struct program *prog;
	size_t i;

	for (i = 0; i < suite->nprogs; i++) {
		prog = suite->progs[i];
		if (!filters_want_program(f, n, prog))
			continue;
		if (prog->interface == IF_ATF)
			atf_list(prog, tmproot);
		else {
			prog->cases = xmalloc(sizeof(*prog->cases));
			prog->ncases = 1;
			memset(prog->cases, 0, sizeof(*prog->cases));
			prog->cases[0].prog = prog;
			prog->cases[0].name = xstrdup("main");
			md_copy(&prog->cases[0].md, &prog->md);
		}
	}
}

char *
make_tmproot(void)
{
	const char *tmpdir;
	char *root;

	tmpdir = getenv("TMPDIR");
	if (tmpdir == NULL || tmpdir[0] == '\0')
		tmpdir = "/tmp";
	root = xasprintf("%s/kyua.XXXXXX", tmpdir);
	if (mkdtemp(root) == NULL)
		die("cannot create a temporary directory in %s: %s", tmpdir,
		    strerror(errno));
	return root;
}

static int
compare_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
print_verbose(const struct testcase *tc)
{
	char **lines;
	size_t i;

	printf("%s:%s (%s)\n", tc->prog->relpath, tc->name, tc->prog->suite);
	lines = xmalloc((tc->md.n + 1) * sizeof(*lines));
	for (i = 0; i < tc->md.n; i++)
		lines[i] = xasprintf(
		    "    %s = %s", tc->md.kv[2 * i], tc->md.kv[2 * i + 1]);
	qsort(lines, tc->md.n, sizeof(*lines), compare_strp);
	for (i = 0; i < tc->md.n; i++) {
		printf("%s\n", lines[i]);
		free(lines[i]);
	}
	free(lines);
}

int
cmd_list(int argc, char **argv)
{
	const char *kyuafile = "Kyuafile";
	struct suite *suite;
	struct filter *f;
	char *tmproot;
	size_t nf, i, j;
	bool verbose = false;
	int ai;

	for (ai = 1; ai < argc && argv[ai][0] == '-'; ai++) {
		if (strcmp(argv[ai], "-v") == 0 ||
		    strcmp(argv[ai], "--verbose") == 0)
			verbose = true;
		else if (strcmp(argv[ai], "-k") == 0 && ai + 1 < argc)
			kyuafile = argv[++ai];
		else if (str_starts(argv[ai], "--kyuafile="))
			kyuafile = argv[ai] + strlen("--kyuafile=");
		else if (strcmp(argv[ai], "--") == 0) {
			ai++;
			break;
		} else
			usage_error("Unknown option %s.", argv[ai]);
	}
	f = filters_parse(argc - ai, argv + ai, &nf);
	suite = kyuafile_load(kyuafile);
	tmproot = make_tmproot();
	suite_list_cases(suite, f, nf, tmproot);
	for (i = 0; i < suite->nprogs; i++) {
		for (j = 0; j < suite->progs[i]->ncases; j++) {
			if (!filters_match(f, nf, &suite->progs[i]->cases[j]))
				continue;
			if (verbose)
				print_verbose(&suite->progs[i]->cases[j]);
			else
				printf("%s:%s\n", suite->progs[i]->relpath,
				    suite->progs[i]->cases[j].name);
		}
	}
	remove_tree(tmproot);
	return filters_report_unused(f, nf);
}
