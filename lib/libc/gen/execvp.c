/*
 * execvp.c: execvp(3): execvpe with the current environment.
 */

#include <unistd.h>

int
execvp(const char *file, char *const *argv)
{
	return execvpe(file, argv, environ);
}
