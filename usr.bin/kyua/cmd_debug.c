/*
 * cmd_debug.c: "kyua debug [-k Kyuafile] program:case" runs one test case
 * with the usual isolation, then prints its standard output and error
 * and its result, without recording anything.  Exit status 0 if the
 * case passed, was skipped or failed as expected, 1 otherwise.
 */
#include <stdlib.h>
#include <string.h>

#include "kyua.h"

static void
print_file(const char *path, FILE *to)
{
	char *text;

	if ((text = read_whole_file(path, NULL)) == NULL)
		return;
	fputs(text, to);
	free(text);
}

int
cmd_debug(int argc, char **argv)
{
	const char *kyuafile = "Kyuafile";
	struct filter *f;
	struct suite *suite;
	struct testcase *tc;
	struct result r;
	char *tmproot, *out, *err;
	size_t nf, i, j;
	int ai;

	for (ai = 1; ai < argc && argv[ai][0] == '-'; ai++) {
		if (strcmp(argv[ai], "-k") == 0 && ai + 1 < argc)
			kyuafile = argv[++ai];
		else if (str_starts(argv[ai], "--kyuafile="))
			kyuafile = argv[ai] + strlen("--kyuafile=");
		else
			usage_error("Unknown option %s.", argv[ai]);
	}
	if (argc - ai != 1 || strchr(argv[ai], ':') == NULL)
		usage_error("debug needs exactly one test case, program:case");
	f = filters_parse(1, argv + ai, &nf);
	suite = kyuafile_load(kyuafile);
	tmproot = make_tmproot();
	suite_list_cases(suite, f, nf, tmproot);
	tc = NULL;
	for (i = 0; i < suite->nprogs && tc == NULL; i++)
		for (j = 0; j < suite->progs[i]->ncases && tc == NULL; j++)
			if (filters_match(f, nf, &suite->progs[i]->cases[j]))
				tc = &suite->progs[i]->cases[j];
	if (tc == NULL) {
		remove_tree(tmproot);
		die("Unknown test case '%s'", argv[ai]);
	}
	out = path_join(tmproot, "stdout");
	err = path_join(tmproot, "stderr");
	catch_signals();
	if (tc->prog->list_error != NULL) {
		r.type = R_BROKEN;
		r.reason = xstrdup(tc->prog->list_error);
	} else
		r = run_case(tc, tmproot, out, err);
	print_file(out, stdout);
	fflush(stdout);
	print_file(err, stderr);
	remove_tree(tmproot);
	printf("%s:%s  ->  %s%s%s\n", tc->prog->relpath, tc->name,
	    result_name(r.type), r.reason != NULL ? ": " : "",
	    r.reason != NULL ? r.reason : "");
	return r.type == R_FAILED || r.type == R_BROKEN ? 1 : 0;
}
