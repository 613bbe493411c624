/*
 * atf-check: runs a command and checks its exit status and output, for
 * test programs that are not written with atf-sh:
 *
 *	atf-check [-s status] [-o check]... [-e check]... [-x] command...
 *
 * The checks are those of atf-sh's atf_check (see atf-sh(1)); this
 * program hands its arguments to "atf-sh -C", found next to itself or
 * in PATH, so both share one implementation.  Exit status 0 if every
 * check holds, 1 otherwise.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	const char *slash;
	char **nargv, *sibling;
	size_t len;
	int i;

	if (argc < 2) {
		fprintf(stderr,
		    "usage: atf-check [-s status] [-o check]... "
		    "[-e check]... [-x] command [args...]\n");
		return 1;
	}
	if ((nargv = malloc(sizeof(*nargv) * (size_t)(argc + 2))) == NULL) {
		fprintf(stderr, "atf-check: out of memory\n");
		return 1;
	}
	nargv[0] = (char *)"atf-sh";
	nargv[1] = (char *)"-C";
	for (i = 1; i < argc; i++)
		nargv[i + 1] = argv[i];
	nargv[argc + 1] = NULL;
	if ((slash = strrchr(argv[0], '/')) != NULL) {
		len = (size_t)(slash - argv[0]);
		if ((sibling = malloc(len + sizeof("/atf-sh"))) != NULL) {
			memcpy(sibling, argv[0], len);
			memcpy(sibling + len, "/atf-sh", sizeof("/atf-sh"));
			nargv[0] = sibling;
			if (access(sibling, X_OK) == 0)
				execv(sibling, nargv);
			nargv[0] = (char *)"atf-sh";
		}
	}
	execvp("atf-sh", nargv);
	fprintf(
	    stderr, "atf-check: cannot execute atf-sh: %s\n", strerror(errno));
	return 1;
}
