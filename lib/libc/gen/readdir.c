/*
 * readdir.c: readdir(3): the next entry of a directory stream, or NULL
 * at its end (errno unchanged) or on error (errno set).
 */

#include <stddef.h>
#include <dirent.h>
#include <errno.h>

struct dirent *__dir_next(DIR *);

struct dirent *
readdir(DIR *dirp)
{
	if (dirp == NULL) {
		errno = EBADF;
		return NULL;
	}
	return __dir_next(dirp);
}
