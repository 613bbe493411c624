/*
 * __execl.c: the private helper behind execl, execle, execlp and execlpe:
 * collect the NULL-terminated argument list (and, for the "e" forms, the
 * environment that follows the NULL) into an argv array on the stack and
 * hand it to execve or execvpe.
 */

#include <stdarg.h>
#include <unistd.h>

#include "libc_private.h"

/* Number of list arguments after arg, up to (not counting) the NULL. */
static int
count_args(const char *arg, va_list ap)
{
	va_list cp;
	int n = 0;

	if (arg == NULL)
		return 0;
	va_copy(cp, ap);
	while (va_arg(cp, const char *) != NULL)
		n++;
	va_end(cp);
	return n;
}

int
__execl(const char *path, const char *arg, va_list ap, int how)
{
	int n = 1 + count_args(arg, ap), i;
	char *argv[n + 1];
	char *const *envp = environ;

	argv[0] = __UNCONST(arg);
	for (i = 1; i < n; i++)
		argv[i] = va_arg(ap, char *);
	argv[n] = NULL;
	if (arg != NULL)
		(void)va_arg(ap, char *); /* the terminating NULL */
	if (how & __EXECL_ENV)
		envp = va_arg(ap, char *const *);
	if (how & __EXECL_PATH)
		return execvpe(path, argv, envp);
	return execve(path, argv, envp);
}
