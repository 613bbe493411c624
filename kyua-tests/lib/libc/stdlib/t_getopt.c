/*
 * t_getopt: getopt (clusters, attached and separate arguments, "--",
 * unknown options, missing arguments with and without a leading ':',
 * optreset), getopt_long and getopt_long_only (argument kinds, flag
 * pointers, abbreviations, ambiguity, permutation) and getsubopt.
 */
#include <atf-c.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

#define ARGV(...)                                                              \
	char *argv[] = { __VA_ARGS__, NULL };                                  \
	int argc = (int)(sizeof(argv) / sizeof(argv[0])) - 1

/* Restart the scan for a new argument vector. */
static void
reset(void)
{
	optind = 1;
	optreset = 1;
	opterr = 0;
}

/*
 * Run getopt over argv and record "c" or "c=arg" for each option, '?'
 * and ':' as themselves, separated by spaces.
 */
static void
trace(int argc, char **argv, const char *opts, char *out, size_t len)
{
	char item[64];
	int c;

	out[0] = '\0';
	reset();
	while ((c = getopt(argc, argv, opts)) != -1) {
		if (optarg != NULL)
			snprintf(item, sizeof(item), "%c=%s ", c, optarg);
		else
			snprintf(item, sizeof(item), "%c ", c);
		strlcat(out, item, len);
	}
}

TC(getopt_clusters, "clustered flags and arguments attached or separate")
{
	ARGV("prog", "-ab", "-cval", "-c", "next", "-ba", "file");
	char out[128];

	trace(argc, argv, "abc:", out, sizeof(out));
	ATF_CHECK_STREQ(out, "a b c=val c=next b a ");
	ATF_CHECK_EQ(optind, 6);
	ATF_CHECK_STREQ(argv[optind], "file");
}

TC(getopt_stops, "the first non-option, '-' or '--' ends the scan")
{
	char out[128];

	{
		ARGV("prog", "-a", "x", "-b");
		trace(argc, argv, "ab", out, sizeof(out));
		ATF_CHECK_STREQ(out, "a ");
		ATF_CHECK_EQ(optind, 2);
	}
	{
		ARGV("prog", "-a", "--", "-b");
		trace(argc, argv, "ab", out, sizeof(out));
		ATF_CHECK_STREQ(out, "a ");
		ATF_CHECK_EQ(optind, 3);
	}
	{
		ARGV("prog", "-", "-a");
		trace(argc, argv, "ab", out, sizeof(out));
		ATF_CHECK_STREQ(out, "");
		ATF_CHECK_EQ(optind, 1);
	}
	{
		ARGV("prog");
		trace(argc, argv, "ab", out, sizeof(out));
		ATF_CHECK_STREQ(out, "");
		ATF_CHECK_EQ(optind, 1);
	}
}

TC(getopt_unknown, "an unknown option gives '?' with optopt set")
{
	ARGV("prog", "-x", "-a");
	int c;

	reset();
	c = getopt(argc, argv, "a");
	ATF_CHECK_EQ(c, '?');
	ATF_CHECK_EQ(optopt, 'x');
	ATF_CHECK_EQ(getopt(argc, argv, "a"), 'a');
	ATF_CHECK_EQ(getopt(argc, argv, "a"), -1);
}

TC(getopt_missing_arg,
    "a missing argument gives '?', or ':' when the "
    "option string starts with ':'")
{
	{
		ARGV("prog", "-c");
		reset();
		ATF_CHECK_EQ(getopt(argc, argv, "c:"), '?');
		ATF_CHECK_EQ(optopt, 'c');
		ATF_CHECK_EQ(optind, 2);
	}
	{
		ARGV("prog", "-c");
		reset();
		ATF_CHECK_EQ(getopt(argc, argv, ":c:"), ':');
		ATF_CHECK_EQ(optopt, 'c');
	}
	{
		ARGV("prog", "-ac");
		reset();
		ATF_CHECK_EQ(getopt(argc, argv, ":ac:"), 'a');
		ATF_CHECK_EQ(getopt(argc, argv, ":ac:"), ':');
	}
}

TC(getopt_arg_looks_like_option,
    "a separate argument is taken even if "
    "it starts with '-'")
{
	ARGV("prog", "-c", "-a", "-a");
	char out[64];

	trace(argc, argv, "ac:", out, sizeof(out));
	ATF_CHECK_STREQ(out, "c=-a a ");
}

TC(getopt_optreset,
    "optreset restarts the scan in the middle of a "
    "cluster")
{
	ARGV("prog", "-abc");
	char out[64];

	reset();
	ATF_CHECK_EQ(getopt(argc, argv, "abc"), 'a');
	trace(argc, argv, "abc", out, sizeof(out));
	ATF_CHECK_STREQ(out, "a b c ");
}

static int flagvar;

static const struct option longopts[] = { { "verbose", no_argument, NULL, 'v' },
	{ "output", required_argument, NULL, 'o' },
	{ "color", optional_argument, NULL, 'C' },
	{ "flag", no_argument, &flagvar, 42 },
	{ "verify", no_argument, NULL, 'V' },
	{ "outfile", required_argument, NULL, 'f' }, { NULL, 0, NULL, 0 } };

/* Like trace, for getopt_long or getopt_long_only. */
static void
ltrace(int argc, char **argv, int only, char *out, size_t len)
{
	char item[64];
	int c, idx;

	out[0] = '\0';
	reset();
	for (;;) {
		idx = -1;
		c = only ? getopt_long_only(argc, argv, "vo:a", longopts, &idx)
			 : getopt_long(argc, argv, "vo:a", longopts, &idx);
		if (c == -1)
			break;
		if (c == 0)
			snprintf(item, sizeof(item), "0[%d] ", idx);
		else if (optarg != NULL)
			snprintf(item, sizeof(item), "%c=%s ", c, optarg);
		else
			snprintf(item, sizeof(item), "%c ", c);
		strlcat(out, item, len);
	}
}

TC(long_basic, "long options with no, required and optional arguments")
{
	ARGV("prog", "--verbose", "--output=x", "--output", "y", "--color",
	    "--color=red", "-v");
	char out[128];

	ltrace(argc, argv, 0, out, sizeof(out));
	ATF_CHECK_STREQ(out, "v o=x o=y C C=red v ");
	ATF_CHECK_EQ(optind, argc);
}

TC(long_flag, "an option with a flag pointer stores val and returns 0")
{
	ARGV("prog", "--flag");
	char out[64];

	flagvar = 0;
	ltrace(argc, argv, 0, out, sizeof(out));
	ATF_CHECK_STREQ(out, "0[3] ");
	ATF_CHECK_EQ(flagvar, 42);
}

TC(long_abbrev, "unambiguous prefixes match; ambiguous ones give '?'")
{
	char out[64];

	{
		ARGV("prog", "--verb", "--col=x", "--outp", "z");
		ltrace(argc, argv, 0, out, sizeof(out));
		ATF_CHECK_STREQ(out, "v C=x o=z ");
	}
	{
		ARGV("prog", "--ver");
		ltrace(argc, argv, 0, out, sizeof(out));
		ATF_CHECK_STREQ(out, "? ");
	}
	{
		ARGV("prog", "--out=q");
		ltrace(argc, argv, 0, out, sizeof(out));
		ATF_CHECK_STREQ(out, "? ");
	}
	{
		ARGV("prog", "--verify");
		ltrace(argc, argv, 0, out, sizeof(out));
		ATF_CHECK_STREQ(out, "V ");
	}
}

TC(long_errors,
    "unknown long options, missing required arguments and "
    "arguments to no_argument options give '?'")
{
	char out[64];

	{
		ARGV("prog", "--nosuch", "-v");
		ltrace(argc, argv, 0, out, sizeof(out));
		ATF_CHECK_STREQ(out, "? v ");
	}
	{
		ARGV("prog", "--output");
		ltrace(argc, argv, 0, out, sizeof(out));
		ATF_CHECK_STREQ(out, "? ");
	}
	{
		ARGV("prog", "--verbose=yes");
		ltrace(argc, argv, 0, out, sizeof(out));
		ATF_CHECK_STREQ(out, "? ");
		ATF_CHECK_EQ(optopt, 'v');
	}
}

TC(long_permute, "getopt_long moves non-options after the options")
{
	ARGV("prog", "one", "-v", "two", "--output", "o", "three", "-a", "--",
	    "-v");
	char out[64];

	unsetenv("POSIXLY_CORRECT");
	ltrace(argc, argv, 0, out, sizeof(out));
	ATF_CHECK_STREQ(out, "v o=o a ");
	ATF_REQUIRE_EQ(optind, 6);
	ATF_CHECK_STREQ(argv[6], "one");
	ATF_CHECK_STREQ(argv[7], "two");
	ATF_CHECK_STREQ(argv[8], "three");
	ATF_CHECK_STREQ(argv[9], "-v");
}

TC(long_permute_trailing,
    "non-options at the end are left in place and "
    "optind points at the first of them")
{
	ARGV("prog", "-v", "x", "y");
	char out[64];

	unsetenv("POSIXLY_CORRECT");
	ltrace(argc, argv, 0, out, sizeof(out));
	ATF_CHECK_STREQ(out, "v ");
	ATF_CHECK_EQ(optind, 2);
	ATF_CHECK_STREQ(argv[2], "x");
}

TC(long_no_permute_plus,
    "a leading '+' or POSIXLY_CORRECT stops at the "
    "first non-option")
{
	ARGV("prog", "-v", "x", "-a");
	int c;

	reset();
	ATF_CHECK_EQ(getopt_long(argc, argv, "+va", longopts, NULL), 'v');
	ATF_CHECK_EQ(getopt_long(argc, argv, "+va", longopts, NULL), -1);
	ATF_CHECK_EQ(optind, 2);
	setenv("POSIXLY_CORRECT", "1", 1);
	reset();
	c = getopt_long(argc, argv, "va", longopts, NULL);
	ATF_CHECK_EQ(c, 'v');
	ATF_CHECK_EQ(getopt_long(argc, argv, "va", longopts, NULL), -1);
	unsetenv("POSIXLY_CORRECT");
}

TC(long_only,
    "getopt_long_only accepts -name and falls back to short "
    "options")
{
	ARGV("prog", "-verbose", "-output", "f", "-a", "-color=blue");
	char out[128];

	ltrace(argc, argv, 1, out, sizeof(out));
	ATF_CHECK_STREQ(out, "v o=f a C=blue ");
}

TC(getsubopt_parse, "getsubopt walks name[=value] lists")
{
	char *const tokens[] = { "ro", "rw", "size", NULL };
	char buf[] = "ro,size=10,bogus=1,rw";
	char *opts = buf, *value;

	ATF_CHECK_EQ(getsubopt(&opts, tokens, &value), 0);
	ATF_CHECK(value == NULL);
	ATF_CHECK_EQ(getsubopt(&opts, tokens, &value), 2);
	ATF_CHECK_STREQ(value, "10");
	ATF_CHECK_EQ(getsubopt(&opts, tokens, &value), -1);
	ATF_CHECK_STREQ(suboptarg, "bogus=1");
	ATF_CHECK_EQ(getsubopt(&opts, tokens, &value), 1);
	ATF_CHECK_EQ(*opts, '\0');
	ATF_CHECK_EQ(getsubopt(&opts, tokens, &value), -1);
}

TC(long_index, "the longindex argument receives the table index")
{
	ARGV("prog", "--outfile=x", "--color");
	int idx = -1;

	reset();
	ATF_CHECK_EQ(getopt_long(argc, argv, "", longopts, &idx), 'f');
	ATF_CHECK_EQ(idx, 5);
	ATF_CHECK_STREQ(optarg, "x");
	ATF_CHECK_EQ(getopt_long(argc, argv, "", longopts, &idx), 'C');
	ATF_CHECK_EQ(idx, 2);
	ATF_CHECK(optarg == NULL);
}

TC(optional_short, "a '::' short option takes only an attached argument")
{
	ARGV("prog", "-ofile", "-o", "next");
	char out[64];

	trace(argc, argv, "o::", out, sizeof(out));
	ATF_CHECK_STREQ(out, "o=file o ");
	ATF_CHECK_EQ(optind, 3);
}

/* Run getopt once with stderr sent to a file; return what was written. */
static void
capture(int argc, char **argv, const char *opts, char *out, size_t len)
{
	int fd, saved;
	ssize_t n;

	fd = open("stderr.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ATF_REQUIRE(fd >= 0);
	saved = dup(STDERR_FILENO);
	ATF_REQUIRE(dup2(fd, STDERR_FILENO) == STDERR_FILENO);
	reset();
	opterr = 1;
	(void)getopt(argc, argv, opts);
	fflush(stderr);
	ATF_REQUIRE(dup2(saved, STDERR_FILENO) == STDERR_FILENO);
	close(saved);
	n = pread(fd, out, len - 1, 0);
	ATF_REQUIRE(n >= 0);
	out[n] = '\0';
	close(fd);
}

TC(getopt_messages,
    "with opterr set, errors are reported on stderr "
    "naming the program and the option; a leading ':' silences them")
{
	char out[256];

	{
		ARGV("prog", "-x");
		capture(argc, argv, "a", out, sizeof(out));
		ATF_CHECK_MATCH("unknown option -- x", out);
		ATF_CHECK_MATCH("^t_getopt: ", out);
	}
	{
		ARGV("prog", "-a");
		capture(argc, argv, "a:", out, sizeof(out));
		ATF_CHECK_MATCH("option requires an argument -- a", out);
	}
	{
		ARGV("prog", "-x");
		capture(argc, argv, ":a", out, sizeof(out));
		ATF_CHECK_STREQ(out, "");
	}
}

TC(long_allargs,
    "a leading '-' returns each non-option as option 1, "
    "in order, without permuting")
{
	ARGV("prog", "a", "-v", "b", "--output=x", "c");
	int idx;

	reset();
	ATF_CHECK_EQ(getopt_long(argc, argv, "-v", longopts, &idx), 1);
	ATF_CHECK_STREQ(optarg, "a");
	ATF_CHECK_EQ(getopt_long(argc, argv, "-v", longopts, &idx), 'v');
	ATF_CHECK_EQ(getopt_long(argc, argv, "-v", longopts, &idx), 1);
	ATF_CHECK_STREQ(optarg, "b");
	ATF_CHECK_EQ(getopt_long(argc, argv, "-v", longopts, &idx), 'o');
	ATF_CHECK_STREQ(optarg, "x");
	ATF_CHECK_EQ(getopt_long(argc, argv, "-v", longopts, &idx), 1);
	ATF_CHECK_STREQ(optarg, "c");
	ATF_CHECK_EQ(getopt_long(argc, argv, "-v", longopts, &idx), -1);
	ATF_CHECK_EQ(optind, 6);
	ATF_CHECK_STREQ(argv[1], "a");
}

TC(long_exact_beats_prefixes,
    "an exact name wins even when it is also "
    "a prefix of several other names")
{
	static const struct option lo[] = { { "verbose", no_argument, NULL,
						'a' },
		{ "verbatim", no_argument, NULL, 'b' },
		{ "verb", no_argument, NULL, 'c' }, { NULL, 0, NULL, 0 } };
	ARGV("prog", "--verb", "--ver", "--verba");

	reset();
	ATF_CHECK_EQ(getopt_long(argc, argv, "", lo, NULL), 'c');
	ATF_CHECK_EQ(getopt_long(argc, argv, "", lo, NULL), '?');
	ATF_CHECK_EQ(getopt_long(argc, argv, "", lo, NULL), 'b');
	ATF_CHECK_EQ(getopt_long(argc, argv, "", lo, NULL), -1);
}

TC(long_null_table,
    "getopt_long with no long option table rejects "
    "--name and still parses short options")
{
	ARGV("prog", "--name", "-v");

	reset();
	ATF_CHECK_EQ(getopt_long(argc, argv, "v", NULL, NULL), '?');
	ATF_CHECK_EQ(getopt_long(argc, argv, "v", NULL, NULL), 'v');
	ATF_CHECK_EQ(getopt_long(argc, argv, "v", NULL, NULL), -1);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, getopt_clusters);
	ATF_TP_ADD_TC(tp, getopt_stops);
	ATF_TP_ADD_TC(tp, getopt_unknown);
	ATF_TP_ADD_TC(tp, getopt_missing_arg);
	ATF_TP_ADD_TC(tp, getopt_arg_looks_like_option);
	ATF_TP_ADD_TC(tp, getopt_optreset);
	ATF_TP_ADD_TC(tp, long_basic);
	ATF_TP_ADD_TC(tp, long_flag);
	ATF_TP_ADD_TC(tp, long_abbrev);
	ATF_TP_ADD_TC(tp, long_errors);
	ATF_TP_ADD_TC(tp, long_permute);
	ATF_TP_ADD_TC(tp, long_permute_trailing);
	ATF_TP_ADD_TC(tp, long_no_permute_plus);
	ATF_TP_ADD_TC(tp, long_only);
	ATF_TP_ADD_TC(tp, getsubopt_parse);
	ATF_TP_ADD_TC(tp, long_index);
	ATF_TP_ADD_TC(tp, optional_short);
	ATF_TP_ADD_TC(tp, getopt_messages);
	ATF_TP_ADD_TC(tp, long_allargs);
	ATF_TP_ADD_TC(tp, long_exact_beats_prefixes);
	ATF_TP_ADD_TC(tp, long_null_table);
	return atf_no_error();
}
