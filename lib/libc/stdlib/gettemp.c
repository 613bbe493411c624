/*
 * gettemp.c: the engine of mktemp, mkstemp, mkstemps and mkdtemp
 * (private __gettemp).  The run of at least six 'X's before a suffix of
 * suffixlen bytes is replaced by random letters and digits until a name
 * that does not exist yet is found (and, for files and directories,
 * created atomically with O_EXCL or mkdir).  The letters come from
 * arc4random, so names are hard to predict.
 */
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "temp_impl.h"

#define MIN_X	  6
#define MAX_TRIES 10000

static const char letters[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

static void
fill(char *start, char *end)
{
	for (; start < end; start++)
		*start = letters[arc4random_uniform(sizeof(letters) - 1)];
}

/* Try the current name; 1 done, 0 exists (retry), -1 error. */
static int
attempt(char *path, enum __temp_kind kind, int oflags, int *fdp)
{
	struct stat st;

	switch (kind) {
	case __TEMP_FILE:
		*fdp = open(path, O_CREAT | O_EXCL | O_RDWR | oflags, 0600);
		if (*fdp >= 0)
			return 1;
		break;
	case __TEMP_DIR:
		if (mkdir(path, 0700) == 0)
			return 1;
		break;
	case __TEMP_NAME:
		if (lstat(path, &st) < 0)
			return errno == ENOENT ? 1 : -1;
		errno = EEXIST;
		break;
	}
	return errno == EEXIST ? 0 : -1;
}

int
__gettemp(
    char *path, int suffixlen, enum __temp_kind kind, int oflags, int *fdp)
{
	size_t len = strlen(path);
	char *end, *start;
	int i, r;

	if (suffixlen < 0 || (size_t)suffixlen > len) {
		errno = EINVAL;
		return -1;
	}
	end = path + len - suffixlen;
	for (start = end; start > path && start[-1] == 'X'; start--)
		continue;
	if (end - start < MIN_X) {
		errno = EINVAL;
		return -1;
	}
	for (i = 0; i < MAX_TRIES; i++) {
		fill(start, end);
		r = attempt(path, kind, oflags, fdp);
		if (r != 0)
			return r > 0 ? 0 : -1;
	}
	errno = EEXIST;
	return -1;
}
