/*
 * tap.c: classifies a tap_test_program from its standard output (Test
 * Anything Protocol) and exit status, as kyua does: a plan "1..N" (with
 * "1..0 # SKIP reason" meaning skipped), "ok"/"not ok" lines (a "# TODO"
 * or "# SKIP" directive excuses a failure) and "Bail out!".
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kyua.h"

struct tap {
	long plan;  /* -1: no plan seen */
	char *skip; /* reason of "1..0 # SKIP reason" */
	long run, failed;
	bool bailed;
};

static bool
has_directive(const char *line, const char *what)
{
	const char *hash;

	if ((hash = strchr(line, '#')) == NULL)
		return false;
	hash++;
	hash += strspn(hash, " \t");
	return strncasecmp(hash, what, strlen(what)) == 0;
}

static void
tap_plan(struct tap *t, const char *line)
{
	const char *reason;
	char *end;

	t->plan = strtol(line + 3, &end, 10);
	if (t->plan == 0 && has_directive(end, "SKIP")) {
		reason = strchr(end, '#') + 1;
		reason += strspn(reason, " \t");
		reason += 4;
		reason += strspn(reason, " \t:");
		t->skip = xstrdup(*reason != '\0' ? reason : "No reason");
	}
}

static void
tap_line(struct tap *t, const char *line)
{
	if (str_starts(line, "1..")) {
		tap_plan(t, line);
	} else if (str_starts(line, "ok")) {
		t->run++;
	} else if (str_starts(line, "not ok")) {
		t->run++;
		if (!has_directive(line, "TODO") &&
		    !has_directive(line, "SKIP"))
			t->failed++;
	} else if (str_starts(line, "Bail out!"))
		t->bailed = true;
}

static struct result
tap_result(enum result_type type, char *reason)
{
	struct result r;

	r.type = type;
	r.reason = reason;
	r.secs = 0;
	return r;
}

/* The outcome of a TAP program whose stdout is in out. */
struct result
tap_classify(const char *out, const struct termination *term)
{
	struct tap t = { -1, NULL, 0, 0, false };
	char *text, *line, *save;

	if (term->timedout)
		return tap_result(R_BROKEN, xstrdup("Test case timed out"));
	if (term->signaled)
		return tap_result(
		    R_BROKEN, xasprintf("Received signal %d", term->code));
	if ((text = read_whole_file(out, NULL)) == NULL)
		text = xstrdup("");
	for (line = strtok_r(text, "\n", &save); line != NULL && !t.bailed;
	     line = strtok_r(NULL, "\n", &save))
		tap_line(&t, line);
	free(text);
	if (t.bailed)
		return tap_result(R_FAILED, xstrdup("Bailed out"));
	if (t.skip != NULL)
		return tap_result(R_SKIPPED, t.skip);
	if (t.plan < 0)
		return tap_result(R_BROKEN,
		    xstrdup(
			"TAP test program yielded "
			"invalid data: Output did not contain any TAP plan"));
	if (t.plan != t.run)
		return tap_result(R_BROKEN,
		    xstrdup("TAP test program yielded "
			    "invalid data: Reported plan differs from actual "
			    "executed "
			    "tests"));
	if (t.failed > 0)
		return tap_result(R_FAILED,
		    xasprintf("%ld of %ld tests failed", t.failed, t.run));
	if (term->code != 0)
		return tap_result(R_BROKEN,
		    xasprintf("Dubious test program: "
			      "reported all tests as passed but returned exit "
			      "code %d",
			term->code));
	return tap_result(R_PASSED, NULL);
}
