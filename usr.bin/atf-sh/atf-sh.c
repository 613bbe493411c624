/*
 * atf-sh: interpreter for ATF test programs written in shell.  A test
 * program starts with "#! /usr/bin/env atf-sh"; atf-sh runs
 *
 *	/bin/sh -c 'Atf_Script=$0; . LIB; . "$0"; main "$@"' script args...
 *
 * so the shell library (libatf-sh.subr) implements the protocol and the
 * script only defines test cases.  The library is found through
 * $ATF_SHLIB, else next to this program (../share/atf/ from the bin
 * directory it was run from, found in PATH like env(1) found it), else
 * in ATF_SHLIB_DEFAULT.  Usage: atf-sh [-s shell] script [args...]
 *
 * "atf-sh -C [args...]" is the back end of atf-check(1): it runs the
 * library's atf_check with args, failing with exit status 1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ATF_SHLIB_DEFAULT
#define ATF_SHLIB_DEFAULT "/usr/share/atf/libatf-sh.subr"
#endif

static const char *progname = "atf-sh";

/* atf-check mode: a failed check exits 1 instead of writing a result. */
static const char check_cmd[] =
    "Atf_Progname=atf-check; "
    "atf_fail() { echo \"atf-check: $*\" 1>&2; exit 1; }; "
    "atf_check \"$@\"";

static void
fatal(const char *msg, const char *arg)
{
	fprintf(stderr, "%s: ERROR: %s%s\n", progname, msg, arg);
	exit(1);
}

static char *
xmalloc(size_t len)
{
	char *p;

	if ((p = malloc(len)) == NULL)
		fatal("out of memory", "");
	return p;
}

/* dir/../share/atf/libatf-sh.subr if it exists, else NULL. */
static char *
lib_near(const char *dir, size_t dirlen)
{
	static const char rel[] = "/../share/atf/libatf-sh.subr";
	char *path;

	path = xmalloc(dirlen + sizeof(rel));
	memcpy(path, dir, dirlen);
	memcpy(path + dirlen, rel, sizeof(rel));
	if (access(path, R_OK) == 0)
		return path;
	free(path);
	return NULL;
}

/* The directory argv0 was run from, searching PATH like execvp(3). */
static char *
find_lib_from_argv0(const char *argv0)
{
	const char *path, *p, *end, *slash;
	char *full, *lib;
	size_t len;

	if ((slash = strrchr(argv0, '/')) != NULL)
		return lib_near(argv0, (size_t)(slash - argv0));
	if ((path = getenv("PATH")) == NULL)
		return NULL;
	for (p = path; *p != '\0'; p = *end != '\0' ? end + 1 : end) {
		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		len = (size_t)(end - p);
		full = xmalloc(len + strlen(argv0) + 2);
		memcpy(full, p, len);
		full[len] = '/';
		strcpy(full + len + 1, argv0);
		if (len > 0 && access(full, X_OK) == 0) {
			free(full);
			lib = lib_near(p, len);
			return lib;
		}
		free(full);
	}
	return NULL;
}

static const char *
find_lib(const char *argv0)
{
	const char *env;
	char *lib;

	if ((env = getenv("ATF_SHLIB")) != NULL && env[0] != '\0')
		return env;
	if ((lib = find_lib_from_argv0(argv0)) != NULL)
		return lib;
	return ATF_SHLIB_DEFAULT;
}

/* s wrapped in single quotes for the shell. */
static char *
shell_quote(const char *s)
{
	char *q, *p;

	q = xmalloc(strlen(s) * 4 + 3);
	p = q;
	*p++ = '\'';
	for (; *s != '\0'; s++) {
		if (*s == '\'') {
			memcpy(p, "'\\''", 4);
			p += 4;
		} else
			*p++ = *s;
	}
	*p++ = '\'';
	*p = '\0';
	return q;
}

int
main(int argc, char **argv)
{
	const char *shell, *lib;
	char *cmd, *qlib, **nargv;
	int i, first;

	shell = getenv("ATF_SHELL");
	if (shell == NULL || shell[0] == '\0')
		shell = "/bin/sh";
	first = 1;
	if (argc > 2 && strcmp(argv[1], "-s") == 0) {
		shell = argv[2];
		first = 3;
	}
	if (first >= argc) {
		fprintf(stderr,
		    "usage: %s [-s shell] test-program "
		    "[args...]\n",
		    progname);
		return 1;
	}
	lib = find_lib(argv[0]);
	if (access(lib, R_OK) != 0)
		fatal("cannot read the shell library ", lib);
	qlib = shell_quote(lib);
	cmd = xmalloc(strlen(qlib) + sizeof(check_cmd) + 64);
	if (strcmp(argv[first], "-C") == 0)
		sprintf(cmd, ". %s; %s", qlib, check_cmd);
	else
		sprintf(
		    cmd, "Atf_Script=$0; . %s; . \"$0\"; main \"$@\"", qlib);
	nargv = (char **)xmalloc(sizeof(char *) * (size_t)(argc + 4));
	nargv[0] = (char *)shell;
	nargv[1] = (char *)"-c";
	nargv[2] = cmd;
	for (i = first; i < argc; i++)
		nargv[3 + i - first] = argv[i];
	nargv[3 + argc - first] = NULL;
	execv(shell, nargv);
	fprintf(stderr, "%s: ERROR: cannot execute %s: %s\n", progname, shell,
	    strerror(errno));
	return 1;
}
