/*
 * getopt_core.c: the parser behind getopt(3) and getopt_long(3)
 * (private __getopt_core).
 *
 * Short options cluster ("-ab"), take their argument attached ("-ofile")
 * or as the next word.  Long options are "--name", "--name=value" or
 * "--name value", and may be abbreviated to any unambiguous prefix.  With
 * __GETOPT_PERMUTE (getopt_long, unless the option string starts with
 * '+' or POSIXLY_CORRECT is set) non-option words are skipped and moved
 * behind the options, so optind finally points at the first of them.
 * With a leading '-' (getopt_long only) each non-option word is returned
 * in order as the argument of option 1 instead.
 * "--" ends the options.  A leading ':' in the option string reports a
 * missing argument as ':' and silences messages.  Setting optreset (or
 * optind to 0) restarts the scan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "getopt_impl.h"

struct scan {
	int argc;
	char *const *argv;
	const char *opts;
	const struct option *longopts;
	int *index;
	int flags;
	int colon; /* opts began with ':' */
};

static const char *place = ""; /* rest of a short-option cluster */
static int nonopt_start = -1;  /* first skipped non-option */
static int nonopt_end = -1;    /* end of the skipped block */

static void
complain(const struct scan *s, const char *what, const char *name, int len)
{
	if (opterr && !s->colon)
		fprintf(
		    stderr, "%s: %s -- %.*s\n", getprogname(), what, len, name);
}

static void
reverse(char *const *argv, int i, int j)
{
	char **v = __UNCONST(argv), *t;

	for (j--; i < j; i++, j--) {
		t = v[i];
		v[i] = v[j];
		v[j] = t;
	}
}

/* Move the options [nonopt_end, optind) before the skipped block. */
static void
rotate(char *const *argv)
{
	if (nonopt_start < 0 || nonopt_end < 0)
		return;
	reverse(argv, nonopt_start, nonopt_end);
	reverse(argv, nonopt_end, optind);
	reverse(argv, nonopt_start, optind);
	nonopt_start += optind - nonopt_end;
	nonopt_end = -1;
}

/* Finish: optind points at the first non-option. */
static int
done(void)
{
	place = "";
	if (nonopt_start >= 0)
		optind = nonopt_start;
	nonopt_start = nonopt_end = -1;
	return -1;
}

static int
is_option(const char *arg)
{
	return arg[0] == '-' && arg[1] != '\0';
}

static int
long_match(const struct scan *s, const char *name, size_t len, int *ambig)
{
	int i, found = -1;
	const struct option *o, *f;

	*ambig = 0;
	for (i = 0; s->longopts != NULL && s->longopts[i].name != NULL; i++) {
		o = &s->longopts[i];
		if (strncmp(o->name, name, len) != 0)
			continue;
		if (strlen(o->name) == len) {
			*ambig = 0; /* an exact match always wins */
			return i;
		}
		if (found < 0) {
			found = i;
			continue;
		}
		f = &s->longopts[found];
		if (f->has_arg != o->has_arg || f->flag != o->flag ||
		    f->val != o->val)
			*ambig = 1;
	}
	return found;
}

static int
long_result(const struct scan *s, int i, const char *value)
{
	const struct option *o = &s->longopts[i];

	if (o->has_arg == no_argument && value != NULL) {
		optopt = o->flag == NULL ? o->val : 0;
		complain(s, "option doesn't take an argument", o->name,
		    (int)strlen(o->name));
		return '?';
	}
	if (o->has_arg == required_argument && value == NULL) {
		if (optind < s->argc) {
			value = s->argv[optind++];
		} else {
			optopt = o->flag == NULL ? o->val : 0;
			complain(s, "option requires an argument", o->name,
			    (int)strlen(o->name));
			return s->colon ? ':' : '?';
		}
	}
	optarg = __UNCONST(value);
	if (s->index != NULL)
		*s->index = i;
	if (o->flag != NULL) {
		*o->flag = o->val;
		return 0;
	}
	return o->val;
}

/*
 * Parse the long option at text (after "--" or "-"); returns its result,
 * or -2 when getopt_long_only should fall back to short options.
 */
static int
long_option(const struct scan *s, const char *text, int only)
{
	const char *eq = strchr(text, '=');
	size_t len = eq != NULL ? (size_t)(eq - text) : strlen(text);
	int i, ambig;

	i = long_match(s, text, len, &ambig);
	if (i < 0 && only && strchr(s->opts, text[0]) != NULL)
		return -2;
	optind++;
	place = "";
	if (ambig) {
		optopt = 0;
		complain(s, "ambiguous option", text, (int)len);
		return '?';
	}
	if (i < 0) {
		optopt = 0;
		complain(s, "unknown option", text, (int)len);
		return '?';
	}
	return long_result(s, i, eq != NULL ? eq + 1 : NULL);
}

static int
short_option(const struct scan *s)
{
	const char *spec;
	int c = (unsigned char)*place++;
	char name = (char)c;

	optopt = c;
	spec = c == ':' || c == '-' ? NULL : strchr(s->opts, c);
	if (spec == NULL) {
		if (*place == '\0')
			optind++;
		complain(s, "unknown option", &name, 1);
		return '?';
	}
	if (spec[1] != ':') {
		if (*place == '\0')
			optind++;
		return c;
	}
	if (*place != '\0') {
		optarg = __UNCONST(place);
	} else if (spec[2] == ':') {
		optarg = NULL; /* optional argument, not attached */
	} else if (optind + 1 < s->argc) {
		optarg = s->argv[++optind];
	} else {
		optind++;
		place = "";
		complain(s, "option requires an argument", &name, 1);
		return s->colon ? ':' : '?';
	}
	optind++;
	place = "";
	return c;
}

/* Find the next option word, skipping (and recording) non-options. */
static int
next_word(const struct scan *s)
{
	rotate(s->argv);
	if (optind >= s->argc)
		return 0;
	if (!is_option(s->argv[optind])) {
		if (!(s->flags & __GETOPT_PERMUTE))
			return 0;
		if (nonopt_start < 0)
			nonopt_start = optind;
		while (optind < s->argc && !is_option(s->argv[optind]))
			optind++;
		if (optind >= s->argc)
			return 0;
	}
	/* An option after skipped words: rotate it (and "--") forward. */
	if (nonopt_start >= 0)
		nonopt_end = optind;
	return 1;
}

int
__getopt_core(int argc, char *const *argv, const char *opts,
    const struct option *longopts, int *index, int flags)
{
	struct scan s = { argc, argv, opts, longopts, index, flags, 0 };
	const char *arg;
	int r;

	if (optind == 0)
		optind = optreset = 1;
	if (optreset) {
		optreset = 0;
		place = "";
		nonopt_start = nonopt_end = -1;
	}
	if (*s.opts == '+') {
		s.flags &= ~__GETOPT_PERMUTE;
		s.opts++;
	} else if (*s.opts == '-' && (flags & __GETOPT_LONG)) {
		s.flags = (s.flags & ~__GETOPT_PERMUTE) | __GETOPT_ALLARGS;
		s.opts++;
	} else if ((flags & __GETOPT_PERMUTE) && getenv("POSIXLY_CORRECT"))
		s.flags &= ~__GETOPT_PERMUTE;
	s.colon = *s.opts == ':';
	optarg = NULL;
	if (*place == '\0') {
		if ((s.flags & __GETOPT_ALLARGS) && optind < argc &&
		    !is_option(argv[optind])) {
			optarg = argv[optind++];
			return 1;
		}
		if (!next_word(&s))
			return done();
		arg = argv[optind];
		if (strcmp(arg, "--") == 0) {
			optind++;
			rotate(argv);
			return done();
		}
		place = arg + 1;
		if ((flags & __GETOPT_LONG) && arg[1] == '-')
			return long_option(&s, arg + 2, 0);
		if (flags & __GETOPT_LONG_ONLY) {
			r = long_option(&s, arg + 1, 1);
			if (r != -2)
				return r;
		}
	}
	return short_option(&s);
}
