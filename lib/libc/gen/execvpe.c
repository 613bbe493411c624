/*
 * execvpe.c: execvpe(3): execute a file, searching PATH (or the default
 * path) when the name has no slash.  A file that is not an executable
 * format (ENOEXEC) is run by /bin/sh.  If every candidate fails, errno
 * is EACCES if some candidate was not permitted, else the last error.
 */

#include <errno.h>
#include <limits.h>
#include <paths.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
try_exec(const char *path, char *const *argv, char *const *envp)
{
	const char **sargv;
	int argc;

	(void)execve(path, argv, envp);
	if (errno != ENOEXEC)
		return;
	for (argc = 0; argv[argc] != NULL; argc++)
		continue;
	sargv = malloc(((size_t)argc + 2) * sizeof(*sargv));
	if (sargv == NULL) {
		errno = ENOMEM;
		return;
	}
	sargv[0] = "sh";
	sargv[1] = path;
	memcpy(&sargv[2], argc > 0 ? argv + 1 : argv,
	    (size_t)(argc > 0 ? argc : 1) * sizeof(*sargv));
	(void)execve(_PATH_BSHELL, (char *const *)sargv, envp);
	free(sargv);
	errno = ENOEXEC;
}

int
execvpe(const char *file, char *const *argv, char *const *envp)
{
	char buf[PATH_MAX];
	const char *path, *p, *end;
	size_t dlen, flen;
	int eacces = 0, last = ENOENT;

	if (file == NULL || *file == '\0') {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/') != NULL) {
		try_exec(file, argv, envp);
		return -1;
	}
	flen = strlen(file);
	if ((path = getenv("PATH")) == NULL)
		path = _PATH_DEFPATH;
	for (p = path;; p = end + 1) {
		if ((end = strchr(p, ':')) == NULL)
			end = p + strlen(p);
		dlen = (size_t)(end - p);
		if (dlen == 0) {
			p = ".";
			dlen = 1;
		}
		if (dlen + 1 + flen + 1 > sizeof(buf)) {
			last = ENAMETOOLONG;
		} else {
			memcpy(buf, p, dlen);
			buf[dlen] = '/';
			memcpy(buf + dlen + 1, file, flen + 1);
			try_exec(buf, argv, envp);
			if (errno == EACCES)
				eacces = 1;
			else if (errno != ENOENT && errno != ENOTDIR)
				last = errno;
		}
		if (*end == '\0')
			break;
	}
	errno = eacces ? EACCES : last;
	return -1;
}
