/*
 * tp.c: test programs and their command line, as kyua drives them:
 *
 *	prog [-v var=value]... [-s srcdir] -l
 *	prog [-v var=value]... [-s srcdir] [-r resfile] [case[:body|:cleanup]]
 *
 * -l lists the test cases and their meta-data; otherwise one part of one
 * test case runs and its result goes to resfile (default /dev/stdout).
 * Usage errors print "prog: ERROR: ..." and exit 1.  The options are
 * parsed here rather than with getopt(3) so that option permutation
 * behaves the same on every libc.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atf-c/tp.h"
#include "atf-c/utils.h"
#include "atf_impl.h"

struct options {
	int list;
	const char *resfile;
	const char *srcdir;
	char **vars; /* name, value pairs, NULL-terminated */
	size_t nvars;
	const char *tcarg;
};

static const char *progname = "atf-test-program";

static void usage_error(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2) ATF_DEFS_ATTRIBUTE_NORETURN;

static void
usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ERROR: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s: See atf-test-program(1) for usage details.\n",
	    progname);
	exit(EXIT_FAILURE);
}

static void
add_var(
    struct options *opts, const char *name, size_t namelen, const char *value)
{
	char **v;
	size_t i;

	for (i = 0; i < opts->nvars; i++) {
		if (strlen(opts->vars[2 * i]) == namelen &&
		    strncmp(opts->vars[2 * i], name, namelen) == 0) {
			opts->vars[2 * i + 1] = atf_impl_strdup(value);
			return;
		}
	}
	v = realloc(opts->vars, (2 * opts->nvars + 3) * sizeof(*v));
	if (v == NULL)
		atf_impl_fatal("out of memory");
	v[2 * opts->nvars] = atf_impl_format("%.*s", (int)namelen, name);
	v[2 * opts->nvars + 1] = atf_impl_strdup(value);
	v[2 * opts->nvars + 2] = NULL;
	opts->vars = v;
	opts->nvars++;
}

static void
parse_var(struct options *opts, const char *arg)
{
	const char *eq;

	eq = strchr(arg, '=');
	if (eq == NULL || eq == arg)
		usage_error("-v requires an argument of the form var=value");
	add_var(opts, arg, (size_t)(eq - arg), eq + 1);
}

/* Returns the index of the first operand. */
static int
parse_options(struct options *opts, int argc, char **argv)
{
	const char *optarg;
	int i;
	char c;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		c = argv[i][1];
		if (c == 'l' && argv[i][2] == '\0') {
			opts->list = 1;
			continue;
		}
		if (c != 'r' && c != 's' && c != 'v')
			usage_error("Unknown option -%c.", c);
		if (argv[i][2] != '\0')
			optarg = &argv[i][2];
		else if (i + 1 < argc)
			optarg = argv[++i];
		else
			usage_error("Option -%c requires an argument.", c);
		if (c == 'r')
			opts->resfile = optarg;
		else if (c == 's')
			opts->srcdir = optarg;
		else
			parse_var(opts, optarg);
	}
	return i;
}

static char *
absolute_dir(const char *dir)
{
	char cwd[4096];

	if (dir[0] == '/')
		return atf_impl_strdup(dir);
	if (getcwd(cwd, sizeof(cwd)) == NULL)
		usage_error("Cannot determine the current directory: %s",
		    strerror(errno));
	if (strcmp(dir, ".") == 0)
		return atf_impl_strdup(cwd);
	return atf_impl_format("%s/%s", cwd, dir);
}

/* The source directory: -s, or where the program itself lives. */
static void
set_srcdir(struct options *opts, const char *argv0)
{
	const char *slash;
	char *dir, *self;

	if (opts->srcdir != NULL)
		dir = absolute_dir(opts->srcdir);
	else if ((slash = strrchr(argv0, '/')) == NULL)
		dir = absolute_dir(".");
	else if (slash == argv0)
		dir = atf_impl_strdup("/");
	else {
		self = atf_impl_format("%.*s", (int)(slash - argv0), argv0);
		dir = absolute_dir(self);
		free(self);
	}
	self = atf_impl_format("%s/%s", dir, progname);
	if (access(self, F_OK) != 0)
		usage_error("Cannot find the test program in the source "
			    "directory `%s'",
		    dir);
	free(self);
	add_var(opts, "srcdir", strlen("srcdir"), dir);
	free(dir);
}

atf_error_t
atf_tp_add_tc(atf_tp_t *tp, atf_tc_t *tc)
{
	atf_tc_t **tcs;
	size_t i;

	for (i = 0; i < tp->tp_ntcs; i++)
		if (strcmp(tp->tp_tcs[i]->tc_ident, tc->tc_ident) == 0)
			atf_impl_fatal(
			    "duplicate test case '%s'", tc->tc_ident);
	tcs = realloc(tp->tp_tcs, (tp->tp_ntcs + 1) * sizeof(*tcs));
	if (tcs == NULL)
		return atf_no_memory_error();
	tcs[tp->tp_ntcs++] = tc;
	tp->tp_tcs = tcs;
	return atf_no_error();
}

const char *const *
atf_tp_get_config(const atf_tp_t *tp)
{
	return tp->tp_config;
}

static void
list_tcs(const atf_tp_t *tp)
{
	const atf_tc_t *tc;
	size_t i, j;

	printf("Content-Type: application/X-atf-tp; version=\"1\"\n\n");
	for (i = 0; i < tp->tp_ntcs; i++) {
		tc = tp->tp_tcs[i];
		printf("ident: %s\n", tc->tc_ident);
		for (j = 0; j < tc->tc_nmd; j++)
			if (strcmp(tc->tc_md[2 * j], "ident") != 0)
				printf("%s: %s\n", tc->tc_md[2 * j],
				    tc->tc_md[2 * j + 1]);
		if (i + 1 < tp->tp_ntcs)
			printf("\n");
	}
}

static const atf_tc_t *
find_tc(const atf_tp_t *tp, const char *name)
{
	size_t i;

	for (i = 0; i < tp->tp_ntcs; i++)
		if (strcmp(tp->tp_tcs[i]->tc_ident, name) == 0)
			return tp->tp_tcs[i];
	usage_error("Unknown test case `%s'", name);
}

static void
warn_outside_kyua(void)
{
	const char *inside;

	inside = getenv("__RUNNING_INSIDE_ATF_RUN");
	if (inside != NULL && strcmp(inside, "internal-yes-value") == 0)
		return;
	fprintf(stderr,
	    "%s: WARNING: Running test cases outside of kyua(1) "
	    "is unsupported\n",
	    progname);
	fprintf(stderr,
	    "%s: WARNING: No isolation nor timeout control is "
	    "being applied; you may get unexpected failures; see "
	    "atf-test-case(4)\n",
	    progname);
}

static void
run_tc(const atf_tp_t *tp, const struct options *opts)
{
	const atf_tc_t *tc;
	const char *colon;
	char *name;

	colon = strchr(opts->tcarg, ':');
	if (colon == NULL)
		name = atf_impl_strdup(opts->tcarg);
	else
		name = atf_impl_format(
		    "%.*s", (int)(colon - opts->tcarg), opts->tcarg);
	if (colon != NULL && strcmp(colon + 1, "body") != 0 &&
	    strcmp(colon + 1, "cleanup") != 0)
		usage_error("Invalid test case part `%s'", colon + 1);
	tc = find_tc(tp, name);
	free(name);
	warn_outside_kyua();
	if (colon != NULL && strcmp(colon + 1, "cleanup") == 0)
		atf_tc_cleanup(tc);
	atf_tc_run(tc, opts->resfile);
}

int
atf_tp_main(int argc, char **argv, atf_error_t (*add_tcs)(atf_tp_t *))
{
	struct options opts;
	atf_tp_t tp;
	atf_error_t err;
	char buf[256];
	int first;

	if (argc > 0 && argv[0] != NULL) {
		progname = strrchr(argv[0], '/');
		progname = progname != NULL ? progname + 1 : argv[0];
	}
	memset(&opts, 0, sizeof(opts));
	opts.resfile = "/dev/stdout";
	first = parse_options(&opts, argc, argv);
	set_srcdir(&opts, argc > 0 ? argv[0] : progname);
	memset(&tp, 0, sizeof(tp));
	tp.tp_config = (const char *const *)opts.vars;
	err = add_tcs(&tp);
	if (atf_is_error(err)) {
		atf_error_format(err, buf, sizeof(buf));
		usage_error("%s", buf);
	}
	if (opts.list) {
		if (first < argc)
			usage_error("Cannot provide test case names with -l");
		list_tcs(&tp);
		return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
	}
	if (first + 1 < argc)
		usage_error("Cannot provide more than one test case name");
	if (first == argc)
		usage_error("Must provide a test case name");
	opts.tcarg = argv[first];
	run_tc(&tp, &opts);
	return EXIT_FAILURE;
}
