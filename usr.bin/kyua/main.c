/*
 * main.c: kyua(1) front end: general options (-c/--config, -v/--variable
 * K=V, --loglevel, --logfile), the command table (test, list, report,
 * report-junit, help, about) and usage errors, which print
 * "Usage error: ..." and exit 3 as kyua does.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kyua.h"

struct config kyua_config;
const char *kyua_progname = "kyua";

static const struct command {
	const char *name;
	int (*fn)(int, char **);
	const char *help;
} commands[] = { { "about", NULL, "Shows version information." },
	{ "debug", cmd_debug,
	    "Runs one test case and shows its output and result." },
	{ "help", NULL, "Shows usage information." },
	{ "list", cmd_list, "Lists test cases and their meta-data." },
	{ "report", cmd_report,
	    "Generates a report with the results of a test suite run." },
	{ "report-junit", cmd_report_junit,
	    "Generates a JUnit report with the result of a test suite run." },
	{ "test", cmd_test, "Run tests." }, { NULL, NULL, NULL } };

void
usage_error(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "Usage error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nType 'kyua help' for usage information.\n");
	exit(3);
}

static void
help(void)
{
	size_t i;

	printf("Usage: kyua [general_options] command [command_options] "
	       "[args]\n\n");
	printf("Available general options:\n");
	printf("  -c file, --config=file  Path to the configuration file "
	       "('none' to disable loading).\n");
	printf("  -v K=V, --variable=K=V  Overrides a particular "
	       "configuration variable.\n\n");
	printf("Available commands:\n");
	for (i = 0; commands[i].name != NULL; i++)
		printf("  %-22s  %s\n", commands[i].name, commands[i].help);
	printf("\nCommand options:\n"
	       "  test [-k Kyuafile] [-r|--results-file=DIR] [filter...]\n"
	       "  list [-k Kyuafile] [-v] [filter...]\n"
	       "  report [-r|--results-file=DIR] [--verbose] [--output=FILE]\n"
	       "  report-junit [-r|--results-file=DIR] [--output=FILE]\n"
	       "\nSee kyua(1) for more details.\n");
}

/* Records a -v name=value override in overrides. */
static void
set_variable(struct md *overrides, const char *arg)
{
	const char *eq;
	char *name;

	if ((eq = strchr(arg, '=')) == NULL || eq == arg)
		usage_error("Invalid argument '%s' for option --variable: "
			    "Argument does not have the form 'K=V'",
		    arg);
	name = xasprintf("%.*s", (int)(eq - arg), arg);
	md_set(overrides, name, eq + 1);
	free(name);
}

/*
 * Reads a kyua.conf: "syntax(2)" and "name = value" assignments such as
 * test_suites.NetBSD.var = "x" or unprivileged_user = "nobody".
 */
static void
load_config(const char *file)
{
	char *text, *line, *nl, *eq, *name, *value, *end;
	size_t lineno;

	if ((text = read_whole_file(file, NULL)) == NULL)
		die("Load of '%s' failed: %s", file, strerror(errno));
	lineno = 0;
	for (line = text; line != NULL && *line != '\0'; line = nl) {
		lineno++;
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		line += strspn(line, " \t");
		if (*line == '\0' || str_starts(line, "--") ||
		    str_starts(line, "syntax"))
			continue;
		if ((eq = strchr(line, '=')) == NULL)
			die("Load of '%s' failed: %s:%zu: expected an "
			    "assignment",
			    file, file, lineno);
		for (end = eq;
		     end > line && (end[-1] == ' ' || end[-1] == '\t'); end--)
			continue;
		name = xasprintf("%.*s", (int)(end - line), line);
		value = eq + 1 + strspn(eq + 1, " \t");
		end = value + strlen(value);
		while (end > value && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		if (end - value >= 2 && (*value == '"' || *value == '\'') &&
		    end[-1] == *value) {
			value++;
			end--;
		}
		*end = '\0';
		md_set(&kyua_config.vars, name, value);
		free(name);
	}
	free(text);
}

/* The configuration file kyua reads when -c is not given, or NULL. */
static char *
default_config(void)
{
	const char *home;
	char *path;

	if ((home = getenv("HOME")) != NULL && home[0] != '\0') {
		path = xasprintf("%s/.kyua/kyua.conf", home);
		if (access(path, R_OK) == 0)
			return path;
		free(path);
	}
	if (access("/etc/kyua/kyua.conf", R_OK) == 0)
		return xstrdup("/etc/kyua/kyua.conf");
	return NULL;
}

/*
 * Parses the general options; the configuration file is loaded first
 * and -v overrides are applied on top of it.
 */
static int
general_options(int argc, char **argv)
{
	struct md overrides = { NULL, 0 };
	char *config = NULL;
	bool config_given = false;
	int ai;

	for (ai = 1; ai < argc && argv[ai][0] == '-'; ai++) {
		if (strcmp(argv[ai], "--version") == 0) {
			printf("kyua (Kyua) %s\n", KYUA_VERSION);
			exit(0);
		} else if (strcmp(argv[ai], "-v") == 0 && ai + 1 < argc)
			set_variable(&overrides, argv[++ai]);
		else if (str_starts(argv[ai], "--variable="))
			set_variable(
			    &overrides, argv[ai] + strlen("--variable="));
		else if (strcmp(argv[ai], "-c") == 0 && ai + 1 < argc) {
			config = argv[++ai];
			config_given = true;
		} else if (str_starts(argv[ai], "--config=")) {
			config = argv[ai] + strlen("--config=");
			config_given = true;
		} else if (str_starts(argv[ai], "--loglevel=") ||
		    str_starts(argv[ai], "--logfile="))
			continue;
		else
			usage_error("Unknown option %s.", argv[ai]);
	}
	if (!config_given)
		config = default_config();
	if (config != NULL && strcmp(config, "none") != 0)
		load_config(config);
	md_copy(&kyua_config.vars, &overrides);
	return ai;
}

int
main(int argc, char **argv)
{
	size_t i;
	int ai;

	ai = general_options(argc, argv);
	if (ai >= argc)
		usage_error("No command provided");
	for (i = 0; commands[i].name != NULL; i++)
		if (strcmp(commands[i].name, argv[ai]) == 0)
			break;
	if (commands[i].name == NULL)
		usage_error("Unknown command '%s'", argv[ai]);
	if (strcmp(argv[ai], "help") == 0) {
		help();
		return 0;
	}
	if (strcmp(argv[ai], "about") == 0) {
		printf("kyua (Kyua) %s\nBulkhead's implementation of the kyua "
		       "test runner.\n",
		    KYUA_VERSION);
		return 0;
	}
	return commands[i].fn(argc - ai, argv + ai);
}
