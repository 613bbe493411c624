/*
 * execl.c: execl(3): execute a file with a list of arguments.
 */

#include <stdarg.h>
#include <unistd.h>

int
execl(const char *path, const char *arg, ...)
{
	va_list ap;
	int n = 1, i;

	va_start(ap, arg);
	if (arg != NULL)
		while (va_arg(ap, const char *) != NULL)
			n++;
	va_end(ap);
	{
		char *argv[n + 1];

		va_start(ap, arg);
		argv[0] = (char *)(unsigned long)arg;
		for (i = 1; arg != NULL && i <= n; i++)
			argv[i] = va_arg(ap, char *);
		argv[n] = NULL;

		va_end(ap);
		return execve(path, argv, environ);
	}
}
