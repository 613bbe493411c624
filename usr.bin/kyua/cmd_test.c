/*
 * cmd_test.c: "kyua test [-k Kyuafile] [-r|--results-file=DIR]
 * [filter...]": lists and runs the selected test cases one at a time,
 * printing "prog:case  ->  result  [secs]" as each finishes, records them
 * in a results directory (see store.c) and ends with kyua's summary,
 * "N/M passed (K failed)".  Exit status 0 when nothing failed or broke.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kyua.h"

struct run {
	struct suite *suite;
	struct filter *filters;
	size_t nfilters;
	char *resdir;
	char *tmproot;
	FILE *tsv;
	size_t index;
	size_t counts[R_BROKEN + 1];
	double total;
};

static void
print_result(const struct result *r)
{
	if (r->reason != NULL)
		printf("%s: %s  [%.3fs]\n", result_name(r->type), r->reason,
		    r->secs);
	else
		printf("%s  [%.3fs]\n", result_name(r->type), r->secs);
	fflush(stdout);
}

static void
record(struct run *run, const struct testcase *tc, const struct result *r)
{
	char *reason;

	reason = sanitize_line(r->reason != NULL ? r->reason : "");
	fprintf(run->tsv, "%s\t%s\t%s\t%.3f\t%s\n", tc->prog->relpath, tc->name,
	    result_name(r->type), r->secs, reason);
	fflush(run->tsv);
	free(reason);
	run->counts[r->type]++;
	run->total += r->secs;
}

static void
run_one(struct run *run, const struct testcase *tc)
{
	struct result r;
	char *out, *err;

	run->index++;
	out = xasprintf("%s/out/%zu.out", run->resdir, run->index);
	err = xasprintf("%s/out/%zu.err", run->resdir, run->index);
	printf("%s:%s  ->  ", tc->prog->relpath, tc->name);
	fflush(stdout);
	if (tc->prog->list_error != NULL) {
		memset(&r, 0, sizeof(r));
		r.type = R_BROKEN;
		r.reason = xstrdup(tc->prog->list_error);
		write_whole_file(out, "");
		write_whole_file(err, "");
	} else
		r = run_case(tc, run->tmproot, out, err);
	print_result(&r);
	record(run, tc, &r);
	free(r.reason);
	free(out);
	free(err);
}

static void
open_results(struct run *run)
{
	char *outdir, *tsv;

	outdir = path_join(run->resdir, "out");
	if (mkdir_p(outdir, 0755) == -1)
		die("cannot create results directory %s: %s", run->resdir,
		    strerror(errno));
	tsv = path_join(run->resdir, "cases.tsv");
	if ((run->tsv = fopen(tsv, "w")) == NULL)
		die("cannot create %s: %s", tsv, strerror(errno));
	free(outdir);
	free(tsv);
}

static void
write_info(const struct run *run)
{
	char *info, *text;

	info = path_join(run->resdir, "info");
	text = xasprintf(
	    "root\t%s\ntotal_time\t%.3f\n", run->suite->root, run->total);
	if (!write_whole_file(info, text))
		die("cannot write %s: %s", info, strerror(errno));
	free(text);
	free(info);
}

static void
parse_test_options(
    int argc, char **argv, int *ai, const char **kyuafile, const char **resfile)
{
	for (*ai = 1; *ai < argc && argv[*ai][0] == '-'; (*ai)++) {
		if (strcmp(argv[*ai], "-k") == 0 && *ai + 1 < argc)
			*kyuafile = argv[++*ai];
		else if (str_starts(argv[*ai], "--kyuafile="))
			*kyuafile = argv[*ai] + strlen("--kyuafile=");
		else if (strcmp(argv[*ai], "-r") == 0 && *ai + 1 < argc)
			*resfile = argv[++*ai];
		else if (str_starts(argv[*ai], "--results-file="))
			*resfile = argv[*ai] + strlen("--results-file=");
		else if (str_starts(argv[*ai], "--build-root="))
			continue;
		else if (strcmp(argv[*ai], "--") == 0) {
			(*ai)++;
			return;
		} else
			usage_error("Unknown option %s.", argv[*ai]);
	}
}

int
cmd_test(int argc, char **argv)
{
	const char *kyuafile = "Kyuafile", *resfile = NULL;
	struct run run;
	size_t i, j, good, bad;
	int ai, unused;

	memset(&run, 0, sizeof(run));
	parse_test_options(argc, argv, &ai, &kyuafile, &resfile);
	run.filters = filters_parse(argc - ai, argv + ai, &run.nfilters);
	run.suite = kyuafile_load(kyuafile);
	run.resdir = resfile != NULL ? path_absolute(resfile)
				     : store_default_dir(run.suite->root);
	open_results(&run);
	catch_signals();
	run.tmproot = make_tmproot();
	suite_list_cases(run.suite, run.filters, run.nfilters, run.tmproot);
	for (i = 0; i < run.suite->nprogs && !kyua_interrupted; i++)
		for (j = 0;
		     j < run.suite->progs[i]->ncases && !kyua_interrupted; j++)
			if (filters_match(run.filters, run.nfilters,
				&run.suite->progs[i]->cases[j]))
				run_one(&run, &run.suite->progs[i]->cases[j]);
	fclose(run.tsv);
	write_info(&run);
	remove_tree(run.tmproot);
	if (kyua_interrupted)
		die("Interrupted by signal %d; results so far are in %s",
		    (int)kyua_interrupted, run.resdir);
	unused = filters_report_unused(run.filters, run.nfilters);
	good =
	    run.counts[R_PASSED] + run.counts[R_SKIPPED] + run.counts[R_XFAIL];
	bad = run.counts[R_FAILED] + run.counts[R_BROKEN];
	printf("\nResults saved to %s\n\n", run.resdir);
	printf("%zu/%zu passed (%zu failed)\n", good, good + bad, bad);
	return bad > 0 || unused ? 1 : 0;
}
