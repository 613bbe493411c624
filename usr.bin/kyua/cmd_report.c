/*
 * cmd_report.c: "kyua report [-r|--results-file=DIR] [--verbose]
 * [--output=FILE]" summarises a results directory the way kyua report
 * does (non-passing cases grouped by outcome, then "Test cases: N total,
 * ..."), and "kyua report-junit [--results-file=DIR] [--output=FILE]"
 * writes the same results as JUnit XML.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kyua.h"

struct entry {
	char *prog;
	char *tcname;
	enum result_type type;
	char *secs;
	char *reason;
	size_t index;
};

struct results {
	char *dir;
	struct entry *e;
	size_t n;
	double total;
};

struct report_opts {
	const char *resfile;
	const char *output;
	bool verbose;
};

static void
parse_report_options(int argc, char **argv, struct report_opts *o)
{
	int ai;

	memset(o, 0, sizeof(*o));
	for (ai = 1; ai < argc; ai++) {
		if (strcmp(argv[ai], "-r") == 0 && ai + 1 < argc)
			o->resfile = argv[++ai];
		else if (str_starts(argv[ai], "--results-file="))
			o->resfile = argv[ai] + strlen("--results-file=");
		else if (str_starts(argv[ai], "--output="))
			o->output = argv[ai] + strlen("--output=");
		else if (strcmp(argv[ai], "--verbose") == 0)
			o->verbose = true;
		else if (str_starts(argv[ai], "--results-filter="))
			continue;
		else
			usage_error("Unknown option %s.", argv[ai]);
	}
}

static char *
next_field(char **p)
{
	char *start, *tab;

	start = *p;
	if ((tab = strchr(start, '\t')) != NULL) {
		*tab = '\0';
		*p = tab + 1;
	} else
		*p = start + strlen(start);
	return start;
}

static void
parse_line(struct results *res, char *line, size_t lineno)
{
	struct entry *e;
	char *type;

	res->e = xrealloc(res->e, (res->n + 1) * sizeof(*res->e));
	e = &res->e[res->n];
	e->prog = next_field(&line);
	e->tcname = next_field(&line);
	type = next_field(&line);
	e->secs = next_field(&line);
	e->reason = next_field(&line);
	e->index = lineno;
	if (!result_parse_name(type, &e->type))
		die("%s/cases.tsv:%zu: unknown result '%s'", res->dir, lineno,
		    type);
	res->total += strtod(e->secs, NULL);
	res->n++;
}

static int
compare_entries(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c;

	if ((c = strcmp(x->prog, y->prog)) != 0)
		return c;
	return strcmp(x->tcname, y->tcname);
}

/* Loads cases.tsv, sorted by program and case as kyua reports them. */
static void
load_results(struct results *res, const char *resfile)
{
	char *cwd, *tsv, *text, *line, *nl;
	size_t lineno;

	memset(res, 0, sizeof(*res));
	if (resfile != NULL)
		res->dir = path_absolute(resfile);
	else {
		cwd = path_absolute(".");
		if ((res->dir = store_latest_dir(cwd)) == NULL)
			die("No previous results file found for test suite %s",
			    cwd);
		free(cwd);
	}
	tsv = path_join(res->dir, "cases.tsv");
	if ((text = read_whole_file(tsv, NULL)) == NULL)
		die("Cannot open results file %s: %s", tsv, strerror(errno));
	lineno = 0;
	for (line = text; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL)
			die("%s: truncated last line", tsv);
		*nl = '\0';
		parse_line(res, line, ++lineno);
	}
	qsort(res->e, res->n, sizeof(*res->e), compare_entries);
	free(tsv);
}

static char *
output_file(const struct results *res, const struct entry *e, const char *ext)
{
	char *name, *text;

	name = xasprintf("%s/out/%zu.%s", res->dir, e->index, ext);
	text = read_whole_file(name, NULL);
	free(name);
	return text != NULL ? text : xstrdup("");
}

static void
print_entry(FILE *f, const struct entry *e)
{
	if (e->type == R_PASSED)
		fprintf(f, "%s:%s  ->  passed  [%ss]\n", e->prog, e->tcname,
		    e->secs);
	else
		fprintf(f, "%s:%s  ->  %s: %s  [%ss]\n", e->prog, e->tcname,
		    result_name(e->type), e->reason, e->secs);
}

static void
print_details(FILE *f, const struct results *res, const struct entry *e)
{
	char *out, *err;

	fprintf(f, "===> %s:%s\n", e->prog, e->tcname);
	fprintf(f, "Result:     %s%s%s\n", result_name(e->type),
	    e->type == R_PASSED ? "" : ": ",
	    e->type == R_PASSED ? "" : e->reason);
	fprintf(f, "Duration:   %ss\n", e->secs);
	out = output_file(res, e, "out");
	err = output_file(res, e, "err");
	if (out[0] != '\0')
		fprintf(f, "\nStandard output:\n%s", out);
	if (err[0] != '\0')
		fprintf(f, "\nStandard error:\n%s", err);
	free(out);
	free(err);
}

static FILE *
open_output(const char *output)
{
	FILE *f;

	if (output == NULL || strcmp(output, "/dev/stdout") == 0)
		return stdout;
	if ((f = fopen(output, "w")) == NULL)
		die("Cannot create %s: %s", output, strerror(errno));
	return f;
}

int
cmd_report(int argc, char **argv)
{
	static const enum result_type order[] = { R_SKIPPED, R_XFAIL, R_BROKEN,
		R_FAILED };
	static const char *const titles[] = { "Skipped tests",
		"Expected failures", "Broken tests", "Failed tests" };
	struct report_opts o;
	struct results res;
	size_t counts[R_BROKEN + 1] = { 0 };
	size_t i, k;
	FILE *f;

	parse_report_options(argc, argv, &o);
	load_results(&res, o.resfile);
	f = open_output(o.output);
	for (i = 0; i < res.n; i++)
		counts[res.e[i].type]++;
	for (k = 0; k < 4; k++) {
		if (counts[order[k]] == 0)
			continue;
		fprintf(f, "===> %s\n", titles[k]);
		for (i = 0; i < res.n; i++)
			if (res.e[i].type == order[k])
				print_entry(f, &res.e[i]);
	}
	if (o.verbose) {
		fprintf(f, "===> Failed and broken tests: details\n");
		for (i = 0; i < res.n; i++)
			if (res.e[i].type != R_PASSED)
				print_details(f, &res, &res.e[i]);
	}
	fprintf(f, "===> Summary\n");
	fprintf(f, "Results read from %s\n", res.dir);
	fprintf(f,
	    "Test cases: %zu total, %zu skipped, %zu expected "
	    "failures, %zu broken, %zu failed\n",
	    res.n, counts[R_SKIPPED], counts[R_XFAIL], counts[R_BROKEN],
	    counts[R_FAILED]);
	fprintf(f, "Total time: %.3fs\n", res.total);
	if (f != stdout && fclose(f) != 0)
		die("Cannot write %s: %s", o.output, strerror(errno));
	return 0;
}

static void
xml_escaped(FILE *f, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		case '\'':
			fputs("&apos;", f);
			break;
		default:
			if ((unsigned char)*s < 0x20 && *s != '\n' &&
			    *s != '\t')
				fputc('?', f); /* not allowed in XML */
			else
				fputc(*s, f);
		}
	}
}

static void
junit_case(FILE *f, const struct results *res, const struct entry *e)
{
	char *classname, *p, *out, *err;

	classname = xstrdup(e->prog);
	for (p = classname; *p != '\0'; p++)
		if (*p == '/')
			*p = '.';
	fprintf(f, "<testcase classname=\"");
	xml_escaped(f, classname);
	fprintf(f, "\" name=\"");
	xml_escaped(f, e->tcname);
	fprintf(f, "\" time=\"%s\">\n", e->secs);
	if (e->type == R_FAILED || e->type == R_BROKEN) {
		fprintf(f, "<%s message=\"",
		    e->type == R_FAILED ? "failure" : "error");
		xml_escaped(f, e->reason);
		fprintf(f, "\"/>\n");
	} else if (e->type == R_SKIPPED)
		fprintf(f, "<skipped/>\n");
	out = output_file(res, e, "out");
	err = output_file(res, e, "err");
	fprintf(f, "<system-out>");
	xml_escaped(f, out);
	fprintf(f, "</system-out>\n<system-err>");
	if (e->type == R_XFAIL || e->type == R_SKIPPED) {
		xml_escaped(f,
		    e->type == R_XFAIL
			? "Expected failure result "
			  "details\n-------------------------------\n\n"
			: "Skipped "
			  "result details\n----------------------\n\n");
		xml_escaped(f, e->reason);
		fprintf(f, "\n\n");
	}
	xml_escaped(f, err);
	fprintf(f, "</system-err>\n</testcase>\n");
	free(out);
	free(err);
	free(classname);
}

int
cmd_report_junit(int argc, char **argv)
{
	struct report_opts o;
	struct results res;
	char *cwd;
	size_t i;
	FILE *f;

	parse_report_options(argc, argv, &o);
	load_results(&res, o.resfile);
	f = open_output(o.output);
	cwd = path_absolute(".");
	fprintf(f, "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n");
	fprintf(f,
	    "<testsuite>\n<properties>\n<property name=\"cwd\" "
	    "value=\"");
	xml_escaped(f, cwd);
	fprintf(f, "\"/>\n</properties>\n");
	for (i = 0; i < res.n; i++)
		junit_case(f, &res, &res.e[i]);
	fprintf(f, "</testsuite>\n");
	free(cwd);
	if (f != stdout && fclose(f) != 0)
		die("Cannot write %s: %s", o.output, strerror(errno));
	return 0;
}
