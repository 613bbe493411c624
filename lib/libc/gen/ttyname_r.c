/*
 * ttyname_r.c: ttyname_r(3): the path of the terminal open on fd, found
 * by looking for a character device with the same device number in
 * /dev/pts/ and /dev/.  Returns 0 or an error number (EBADF, ENOTTY,
 * ERANGE when buf is too small).
 */

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int
search(const char *dir, dev_t rdev, char *buf, size_t len)
{
	char path[256];
	struct dirent *d;
	struct stat st;
	size_t dl = strlen(dir), nl;
	DIR *dp;
	int r = ENOENT;

	if ((dp = opendir(dir)) == NULL)
		return ENOENT;
	while (r == ENOENT && (d = readdir(dp)) != NULL) {
		nl = strlen(d->d_name);
		if (d->d_name[0] == '.' || dl + nl + 1 > sizeof(path))
			continue;
		memcpy(path, dir, dl);
		memcpy(path + dl, d->d_name, nl + 1);
		if (stat(path, &st) < 0 || !S_ISCHR(st.st_mode) ||
		    st.st_rdev != rdev)
			continue;
		if (dl + nl + 1 > len)
			r = ERANGE;
		else {
			memcpy(buf, path, dl + nl + 1);
			r = 0;
		}
	}
	closedir(dp);
	return r;
}

int
ttyname_r(int fd, char *buf, size_t len)
{
	struct stat st;
	int r;

	if (fstat(fd, &st) < 0)
		return errno;
	if (!isatty(fd))
		return ENOTTY;
	if (buf == NULL)
		return EINVAL;
	r = search("/dev/pts/", st.st_rdev, buf, len);
	if (r == ENOENT)
		r = search("/dev/", st.st_rdev, buf, len);
	return r == ENOENT ? ENOTTY : r;
}
