/*
 * kyua.h: shared declarations of our kyua(1): the test-suite model
 * (programs loaded from Kyuafiles, their test cases and meta-data),
 * results, and the helpers each source file provides.
 *
 *	main.c		command line, dispatch, help, configuration vars
 *	kyuafile.c	Kyuafile tokenizer and parser
 *	atf.c		listing ATF test programs (-l) and classifying results
 *	runner.c	running one test case in an isolated process
 *	cmd_test.c	kyua test		cmd_list.c	kyua list
 *	cmd_debug.c	kyua debug
 *	store.c		results directories (cases.tsv)
 *	cmd_report.c	kyua report, kyua report-junit
 *	tap.c		classifying TAP test programs
 *	util.c		memory, strings, files and directories
 */
#ifndef _KYUA_H_
#define _KYUA_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define KYUA_VERSION	     "0.14-bulkhead"
#define KYUA_DEFAULT_TIMEOUT 300

/* Ordered name/value pairs. */
struct md {
	char **kv;
	size_t n;
};

enum interface { IF_ATF, IF_PLAIN, IF_TAP };

struct program {
	char *relpath; /* relative to the root Kyuafile's directory */
	char *abspath;
	enum interface interface;
	char *suite;
	struct md md; /* Kyuafile meta-data, kyua names */
	struct testcase *cases;
	size_t ncases;
	char *list_error; /* why listing failed: one broken case */
};

struct testcase {
	struct program *prog;
	char *name;
	struct md md; /* program meta-data merged with the case's */
};

struct suite {
	char *root; /* directory of the root Kyuafile */
	struct program **progs;
	size_t nprogs;
};

enum result_type { R_PASSED, R_FAILED, R_SKIPPED, R_XFAIL, R_BROKEN };

struct result {
	enum result_type type;
	char *reason; /* NULL for passed */
	double secs;
};

/* How a process ended. */
struct termination {
	bool timedout;
	bool signaled;
	bool coredump;
	int code; /* exit code or signal number */
};

struct config {
	struct md vars; /* -v name=value */
};

extern struct config kyua_config;
extern const char *kyua_progname;

/* main.c */
void usage_error(const char *, ...)
    __attribute__((__format__(__printf__, 1, 2))) __attribute__((__noreturn__));

/* kyuafile.c */
struct suite *kyuafile_load(const char *);

/* atf.c */
void atf_list(struct program *, const char *);
struct result atf_classify(const char *, const struct termination *);
char *md_to_kyua_name(const char *);

/* tap.c */
struct result tap_classify(const char *, const struct termination *);

/* runner.c */
#include <signal.h>
extern volatile sig_atomic_t kyua_interrupted;
void catch_signals(void);
struct result run_case(
    const struct testcase *, const char *, const char *, const char *);
void add_arg(char ***, size_t *, char *);
void add_config_args(const char *, char ***, size_t *);
struct passwd;
bool run_capture_as(const char *const *, const char *, const char *,
    const char *, int, const struct passwd *, struct termination *);
bool run_capture(const char *const *, const char *, const char *, const char *,
    int, struct termination *);
double now_secs(void);

/* cmd_*.c */
int cmd_debug(int, char **);
int cmd_test(int, char **);
int cmd_list(int, char **);
int cmd_report(int, char **);
int cmd_report_junit(int, char **);

/* filters (cmd_list.c) */
struct filter {
	char *path;
	char *tcname; /* NULL: whole program or directory */
	bool used;
};
struct filter *filters_parse(int, char **, size_t *);
bool filters_match(struct filter *, size_t, const struct testcase *);
int filters_report_unused(const struct filter *, size_t);
void suite_list_cases(struct suite *, struct filter *, size_t, const char *);
char *make_tmproot(void);

/* store.c */
char *store_default_dir(const char *);
char *store_latest_dir(const char *);
const char *result_name(enum result_type);
bool result_parse_name(const char *, enum result_type *);

/* util.c */
void *xmalloc(size_t);
void *xrealloc(void *, size_t);
char *xstrdup(const char *);
char *xasprintf(const char *, ...)
    __attribute__((__format__(__printf__, 1, 2)));
void md_set(struct md *, const char *, const char *);
const char *md_get(const struct md *, const char *);
void md_copy(struct md *, const struct md *);
char *read_whole_file(const char *, size_t *);
bool write_whole_file(const char *, const char *);
int mkdir_p(const char *, int);
int remove_tree(const char *);
char *path_dirname(const char *);
char *path_join(const char *, const char *);
char *path_absolute(const char *);
char *sanitize_line(const char *);
bool str_starts(const char *, const char *);
void die(const char *, ...) __attribute__((__format__(__printf__, 1, 2)))
__attribute__((__noreturn__));
void warnx_kyua(const char *, ...)
    __attribute__((__format__(__printf__, 1, 2)));

#endif /* !_KYUA_H_ */
