/*
 * atf.c: the ATF side of kyua: listing the test cases of an ATF test
 * program (its -l output, "Content-Type: application/X-atf-tp;
 * version="1"" followed by blank-line separated "name: value" blocks,
 * converted to kyua's meta-data names) and turning a case's result file
 * plus the way its process ended into kyua's outcome, as kyua does.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kyua.h"

/* clang-format off */
static const char *const atf_names[] = {
	"descr", "description",
	"has.cleanup", "has_cleanup",
	"is.exclusive", "is_exclusive",
	"require.arch", "allowed_architectures",
	"require.config", "required_configs",
	"require.diskspace", "required_disk_space",
	"require.files", "required_files",
	"require.machine", "allowed_platforms",
	"require.memory", "required_memory",
	"require.progs", "required_programs",
	"require.user", "required_user",
	"timeout", "timeout",
	NULL
};
/* clang-format on */

/* The kyua name of an ATF meta-data property, or NULL if unknown. */
char *
md_to_kyua_name(const char *name)
{
	size_t i;

	if (str_starts(name, "X-"))
		return xasprintf("custom.%s", name + 2);
	for (i = 0; atf_names[i] != NULL; i += 2)
		if (strcmp(atf_names[i], name) == 0)
			return xstrdup(atf_names[i + 1]);
	return NULL;
}

static void
add_case(struct program *prog, const char *name)
{
	struct testcase *tc;

	prog->cases =
	    xrealloc(prog->cases, (prog->ncases + 1) * sizeof(*prog->cases));
	tc = &prog->cases[prog->ncases++];
	memset(tc, 0, sizeof(*tc));
	tc->prog = prog;
	tc->name = xstrdup(name);
	md_copy(&tc->md, &prog->md);
}

/* Parses one "name: value" line of the listing; returns an error. */
static char *
parse_property(struct program *prog, char *line)
{
	char *colon, *kname;
	struct testcase *tc;

	colon = strstr(line, ": ");
	if (colon == NULL)
		return xasprintf("Invalid property line '%s'", line);
	*colon = '\0';
	if (strcmp(line, "ident") == 0) {
		if (colon[2] == '\0')
			return xstrdup("Test case with an empty identifier");
		add_case(prog, colon + 2);
		return NULL;
	}
	if (prog->ncases == 0)
		return xasprintf("Invalid test case definition; must be "
				 "preceded by the identifier");
	tc = &prog->cases[prog->ncases - 1];
	if ((kname = md_to_kyua_name(line)) == NULL)
		return xasprintf(
		    "Unknown test case metadata property '%s'", line);
	md_set(&tc->md, kname, colon + 2);
	free(kname);
	return NULL;
}

static char *
parse_listing(struct program *prog, char *text)
{
	static const char header[] =
	    "Content-Type: application/X-atf-tp; version=\"1\"";
	char *line, *nl, *error;
	bool expect_ident;

	nl = strchr(text, '\n');
	if (nl != NULL)
		*nl = '\0';
	if (strcmp(text, header) != 0)
		return xasprintf(
		    "Invalid header for test case list; expecting "
		    "Content-Type for application/X-atf-tp version 1, got "
		    "'%s'",
		    text);
	if (nl == NULL || nl[1] != '\n')
		return xstrdup("Invalid header for test case list; expecting "
			       "a blank line after the Content-Type");
	expect_ident = true;
	for (line = nl + 2; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL)
			nl = line + strlen(line) - 1;
		else
			*nl = '\0';
		if (*line == '\0') {
			expect_ident = true;
			continue;
		}
		if (expect_ident && !str_starts(line, "ident: "))
			return xasprintf("Invalid test case definition; must "
					 "be preceded by the identifier");
		expect_ident = false;
		if ((error = parse_property(prog, line)) != NULL)
			return error;
	}
	if (prog->ncases == 0)
		return xstrdup("No test cases");
	return NULL;
}

static int
compare_cases(const void *a, const void *b)
{
	return strcmp(((const struct testcase *)a)->name,
	    ((const struct testcase *)b)->name);
}

/*
 * Fills prog->cases from "prog -l" run under tmproot (sorted by name, as
 * kyua runs them); on failure sets
 * prog->list_error and leaves one pseudo case, __test_cases_list__.
 */
void
atf_list(struct program *prog, const char *tmproot)
{
	struct termination term;
	char **argv, *ctl, *out, *err, *text;
	const char *t;
	size_t argc;

	ctl = path_join(tmproot, "list.XXXXXX");
	if (mkdtemp(ctl) == NULL)
		die("cannot create a directory in %s: %s", tmproot,
		    strerror(errno));
	out = path_join(ctl, "stdout");
	err = path_join(ctl, "stderr");
	argv = NULL;
	argc = 0;
	add_arg(&argv, &argc, xstrdup(prog->abspath));
	add_config_args(prog->suite, &argv, &argc);
	add_arg(&argv, &argc, xstrdup("-l"));
	t = md_get(&prog->md, "timeout");
	if (!run_capture((const char *const *)argv, ctl, out, err,
		t != NULL ? atoi(t) : KYUA_DEFAULT_TIMEOUT, &term))
		prog->list_error =
		    xasprintf("Cannot fork: %s", strerror(errno));
	else if ((text = read_whole_file(out, NULL)) == NULL)
		prog->list_error = xstrdup("Cannot read the test case list");
	else {
		prog->list_error = parse_listing(prog, text);
		free(text);
	}
	if (prog->list_error == NULL &&
	    (term.timedout || term.signaled || term.code != 0))
		prog->list_error = xstrdup("Test program did not exit cleanly");
	if (prog->list_error != NULL) {
		prog->ncases = 0;
		add_case(prog, "__test_cases_list__");
	}
	qsort(prog->cases, prog->ncases, sizeof(*prog->cases), compare_cases);
	remove_tree(ctl);
	free(ctl);
	free(out);
	free(err);
}

/* A parsed result file. */
struct atf_result {
	char *type;
	int arg; /* -1 if absent */
	char *reason;
};

/* text with each line break shown as <<NEWLINE>>, as kyua prints it. */
static char *
show_newlines(const char *text)
{
	const char *p;
	char *out, *q;

	out = xmalloc(strlen(text) * 11 + 1);
	for (p = text, q = out; *p != '\0'; p++) {
		if (*p == '\n') {
			memcpy(q, "<<NEWLINE>>", 11);
			q += 11;
		} else
			*q++ = *p;
	}
	*q = '\0';
	return out;
}

/*
 * Parses a result file: exactly one line, "type[(arg)][: reason]".
 * Returns an error message (the case is broken) or NULL; res->type is
 * NULL when there is no result file at all.
 */
static char *
parse_result_file(const char *path, struct atf_result *res)
{
	char *text, *colon, *paren, *end, *shown, *error;
	size_t len;

	res->type = NULL;
	res->arg = -1;
	res->reason = NULL;
	if ((text = read_whole_file(path, &len)) == NULL)
		return NULL;
	if (len == 0 || text[len - 1] != '\n')
		return xstrdup("Empty test result or no new line");
	text[len - 1] = '\0';
	if (strchr(text, '\n') != NULL) {
		shown = show_newlines(text);
		error =
		    xasprintf("Test result contains multiple lines: %s", shown);
		free(shown);
		return error;
	}
	colon = strstr(text, ": ");
	if (colon != NULL) {
		*colon = '\0';
		res->reason = colon + 2;
	}
	if ((paren = strchr(text, '(')) != NULL) {
		*paren = '\0';
		res->arg = (int)strtol(paren + 1, &end, 10);
		if (end == paren + 1 || strcmp(end, ")") != 0)
			return xasprintf(
			    "Invalid argument in result '%s'", text);
	}
	res->type = text;
	return NULL;
}

static struct result
mk(enum result_type type, char *reason)
{
	struct result r;

	r.type = type;
	r.reason = reason;
	r.secs = 0;
	return r;
}

static struct result
premature(const struct termination *term)
{
	if (term->signaled)
		return mk(R_BROKEN,
		    xasprintf("Premature exit; test case "
			      "received signal %d%s",
			term->code, term->coredump ? " (core dumped)" : ""));
	return mk(R_BROKEN,
	    xasprintf("Premature exit; test case exited "
		      "with code %d",
		term->code));
}

static bool
needs_reason(const char *type)
{
	return strcmp(type, "passed") != 0;
}

static struct result
classify_exited(const struct atf_result *res, int code)
{
	static const char *const what[] = { "passed", "Passed test case",
		"skipped", "Skipped test case", "expected_failure",
		"Expected failure", NULL };
	const char *t = res->type;
	size_t i;

	for (i = 0; what[i] != NULL; i += 2) {
		if (strcmp(t, what[i]) != 0)
			continue;
		if (code != 0)
			return mk(R_BROKEN,
			    xasprintf("%s should have reported "
				      "success but exited with code %d",
				what[i + 1], code));
		return mk(i == 0 ? R_PASSED
			: i == 2 ? R_SKIPPED
				 : R_XFAIL,
		    res->reason != NULL ? xstrdup(res->reason) : NULL);
	}
	if (strcmp(t, "failed") == 0) {
		if (code != 1)
			return mk(R_BROKEN,
			    xasprintf(
				"Failed test case should "
				"have reported failure but exited with code %d",
				code));
		return mk(R_FAILED, xstrdup(res->reason));
	}
	if (strcmp(t, "expected_exit") == 0) {
		if (res->arg != -1 && res->arg != code)
			return mk(R_FAILED,
			    xasprintf("Test case expected to "
				      "exit with code %d but got code %d",
				res->arg, code));
		return mk(R_XFAIL, xstrdup(res->reason));
	}
	if (strcmp(t, "expected_death") == 0)
		return mk(R_XFAIL, xstrdup(res->reason));
	if (strcmp(t, "expected_signal") == 0)
		return mk(R_BROKEN,
		    xasprintf("Expected signal but exited "
			      "with code %d",
			code));
	return mk(R_BROKEN,
	    xasprintf("Expected timeout but exited with "
		      "code %d",
		code));
}

/* How kyua words a result that a signal contradicted. */
static const char *
signaled_what(const char *type)
{
	static const char *const what[] = { "passed",
		"Passed test case should have reported success", "failed",
		"Failed test case should have reported failure", "skipped",
		"Skipped test case should have reported success",
		"expected_failure",
		"Expected failure should have reported success",
		"expected_exit", "Expected clean exit", "expected_timeout",
		"Expected timeout", NULL };
	size_t i;

	for (i = 0; what[i] != NULL; i += 2)
		if (strcmp(what[i], type) == 0)
			return what[i + 1];
	return "Test case ended";
}

static struct result
classify_signaled(const struct atf_result *res, const struct termination *term)
{
	if (strcmp(res->type, "expected_death") == 0)
		return mk(R_XFAIL, xstrdup(res->reason));
	if (strcmp(res->type, "expected_signal") == 0) {
		if (res->arg != -1 && res->arg != term->code)
			return mk(R_FAILED,
			    xasprintf("Test case expected to "
				      "receive signal %d but got %d",
				res->arg, term->code));
		return mk(R_XFAIL, xstrdup(res->reason));
	}
	return mk(R_BROKEN,
	    xasprintf("%s but received signal %d", signaled_what(res->type),
		term->code));
}

static const char *const result_types[] = { "passed", "failed", "skipped",
	"expected_failure", "expected_exit", "expected_signal",
	"expected_death", "expected_timeout", NULL };

/* The outcome of an ATF test case body from its result file. */
struct result
atf_classify(const char *resfile, const struct termination *term)
{
	struct atf_result res;
	char *error;
	size_t i;

	error = parse_result_file(resfile, &res);
	if (error != NULL)
		return mk(R_BROKEN, error);
	if (res.type == NULL) {
		if (term->timedout)
			return mk(R_BROKEN,
			    xstrdup("Test case body timed "
				    "out"));
		return premature(term);
	}
	for (i = 0; result_types[i] != NULL; i++)
		if (strcmp(result_types[i], res.type) == 0)
			break;
	if (result_types[i] == NULL)
		return mk(
		    R_BROKEN, xasprintf("Unknown test result '%s'", res.type));
	if (needs_reason(res.type) && res.reason == NULL)
		return mk(R_BROKEN,
		    xasprintf("%s must be followed by ': "
			      "<reason>'",
			res.type));
	if (!needs_reason(res.type) && res.reason != NULL)
		return mk(
		    R_BROKEN, xasprintf("%s cannot have a reason", res.type));
	if (term->timedout) {
		if (strcmp(res.type, "expected_timeout") == 0)
			return mk(R_XFAIL, xstrdup(res.reason));
		return mk(R_BROKEN, xstrdup("Test case body timed out"));
	}
	if (term->signaled)
		return classify_signaled(&res, term);
	return classify_exited(&res, term->code);
}
