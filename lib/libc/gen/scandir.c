/*
 * scandir.c: scandir(3): read a directory into a malloc'ed array of
 * malloc'ed entries, keeping those `select' accepts (all if NULL),
 * sorted with `compar' if given.  Returns the count, or -1 with errno.
 */

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void
release(struct dirent **list, size_t n)
{
	while (n > 0)
		free(list[--n]);
	free(list);
}

static int
append(struct dirent ***list, size_t *n, size_t *cap, const struct dirent *d)
{
	struct dirent **nl, *copy;
	size_t size;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		if ((nl = realloc(*list, *cap * sizeof(*nl))) == NULL)
			return -1;
		*list = nl;
	}
	size = _DIRENT_SIZE(d);
	if ((copy = malloc(size)) == NULL)
		return -1;
	memcpy(copy, d, size);
	copy->d_reclen = (uint16_t)size;
	(*list)[(*n)++] = copy;
	return 0;
}

int
scandir(const char *dirname, struct dirent ***namelist,
    int (*select)(const struct dirent *),
    int (*compar)(const struct dirent **, const struct dirent **))
{
	struct dirent **list = NULL, *d;
	size_t n = 0, cap = 0;
	DIR *dirp;
	int e;

	if ((dirp = opendir(dirname)) == NULL)
		return -1;
	errno = 0;
	while ((d = readdir(dirp)) != NULL) {
		if (select != NULL && !select(d))
			continue;
		if (append(&list, &n, &cap, d) < 0)
			goto fail;
	}
	if (errno != 0)
		goto fail;
	closedir(dirp);
	if (compar != NULL && n > 1)
		qsort(list, n, sizeof(*list),
		    (int (*)(const void *, const void *))compar);
	*namelist = list;
	return (int)n;
fail:
	e = errno;
	release(list, n);
	closedir(dirp);
	errno = e;
	return -1;
}
