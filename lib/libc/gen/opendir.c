/*
 * opendir.c: opendir(3): open a directory stream by name.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

DIR *
opendir(const char *name)
{
	DIR *dirp;
	int fd, e;

	fd = open(name, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	if ((dirp = fdopendir(fd)) == NULL) {
		e = errno;
		(void)close(fd);
		errno = e;
	}
	return dirp;
}
