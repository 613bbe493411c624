/*
 * __libc_start.c: the C side of process startup.  crt0 calls
 * __libc_start(argc, argv, envp) with the initial stack's contents; it
 * records the environment and the program name, runs main, and passes
 * main's result to exit().
 */

#include <stdlib.h>
#include <unistd.h>

#include "libc_private.h"

char **environ;
const char *__progname = "";

int main(int, char **, char **);

void
__libc_start(int argc, char **argv, char **envp)
{
	const char *p;

	environ = envp;
	if (argc > 0 && argv[0] != NULL) {
		__progname = argv[0];
		for (p = argv[0]; *p != '\0'; p++)
			if (*p == '/')
				__progname = p + 1;
	}
	exit(main(argc, argv, envp));
}
