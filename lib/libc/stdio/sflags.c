/*
 * sflags.c: decode an fopen mode string.  Entry point (private):
 * __sflags, returning the stream flags (F_RD, F_WR, F_APP) and the
 * open(2) flags, or 0 with errno EINVAL for a bad mode.  The mode is
 * r, w or a, optionally followed by any of + b x (O_EXCL) e (O_CLOEXEC)
 * f (regular files only: accepted, not enforced).
 */
#include <errno.h>
#include <fcntl.h>

#include "stdio_impl.h"

static int
mode_rest(const char *m, int *fl, int *of)
{
	for (; *m != '\0'; m++) {
		switch (*m) {
		case '+':
			*fl |= F_RD | F_WR;
			*of = (*of & ~O_ACCMODE) | O_RDWR;
			break;
		case 'x':
			*of |= O_EXCL;
			break;
		case 'e':
			*of |= O_CLOEXEC;
			break;
		case 'b':
		case 'f':
			break;
		default:
			return -1;
		}
	}
	return 0;
}

int
__sflags(const char *mode, int *oflags)
{
	int fl, of;

	if (mode == NULL) {
		errno = EINVAL;
		return 0;
	}
	switch (*mode) {
	case 'r':
		fl = F_RD;
		of = O_RDONLY;
		break;
	case 'w':
		fl = F_WR;
		of = O_WRONLY | O_CREAT | O_TRUNC;
		break;
	case 'a':
		fl = F_WR | F_APP;
		of = O_WRONLY | O_CREAT | O_APPEND;
		break;
	default:
		errno = EINVAL;
		return 0;
	}
	if (mode_rest(mode + 1, &fl, &of) != 0) {
		errno = EINVAL;
		return 0;
	}
	*oflags = of;
	return fl;
}
