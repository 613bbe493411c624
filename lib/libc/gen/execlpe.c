/*
 * execlpe.c: execlpe(3): as execlp, with the environment after the NULL.
 */

#include <stdarg.h>
#include <unistd.h>

int
execlpe(const char *file, const char *arg, ...)
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
		char *const *envp;

		va_start(ap, arg);
		argv[0] = (char *)(unsigned long)arg;
		for (i = 1; arg != NULL && i <= n; i++)
			argv[i] = va_arg(ap, char *);
		argv[n] = NULL;
		envp = va_arg(ap, char *const *);
		va_end(ap);
		return execvpe(file, argv, envp);
	}
}
