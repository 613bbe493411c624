/*
 * __libc_start.c: the C side of process startup.  crt0 calls
 * __libc_start(argc, argv, envp) with the initial stack's contents; it
 * records the environment and the program name, runs the static
 * constructors (.preinit_array and .init_array, whose bounds the linker
 * defines), registers the destructors (.fini_array) to run at exit, runs
 * main, and passes main's result to exit().
 */

#include <stdlib.h>
#include <unistd.h>

#include "libc_private.h"

char **environ;
const char *__progname = "";

int main(int, char **, char **);

typedef void (*initfn_t)(int, char **, char **);
typedef void (*finifn_t)(void);

#define WEAK __attribute__((weak, visibility("hidden")))
extern initfn_t __preinit_array_start[] WEAK;
extern initfn_t __preinit_array_end[] WEAK;
extern initfn_t __init_array_start[] WEAK;
extern initfn_t __init_array_end[] WEAK;
extern finifn_t __fini_array_start[] WEAK;
extern finifn_t __fini_array_end[] WEAK;

static void
run_array(initfn_t *start, initfn_t *end, int argc, char **argv, char **envp)
{
	for (; start != NULL && start < end; start++)
		(*start)(argc, argv, envp);
}

/* Destructors run in reverse order, after the atexit handlers. */
static void
run_fini(void)
{
	finifn_t *p = __fini_array_end;

	while (p != NULL && p > __fini_array_start)
		(*--p)();
}

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
	__libc_port_init();
	run_array(__preinit_array_start, __preinit_array_end, argc, argv, envp);
	if (__fini_array_start != __fini_array_end)
		(void)atexit(run_fini);
	run_array(__init_array_start, __init_array_end, argc, argv, envp);
	exit(main(argc, argv, envp));
}
