/*
 * linux_flags.c: open(2) and *at() flag translation for the host port.
 *
 * __linux_oflags() maps NetBSD O_* bits to Linux's and fails with EINVAL
 * on bits Linux cannot honour; __linux_oflags_back() maps F_GETFL results
 * back; __linux_atflags() maps AT_* bits, only those the caller allows.
 */

#include <errno.h>
#include <fcntl.h>

#include "linux.h"

static const struct {
	int nb;
	int lx;
} omap[] = {
	{ O_NONBLOCK, L_O_NONBLOCK },
	{ O_APPEND, L_O_APPEND },
	{ O_ASYNC, L_O_ASYNC },
	{ O_SYNC, L_O_SYNC },
	{ O_NOFOLLOW, L_O_NOFOLLOW },
	{ O_CREAT, L_O_CREAT },
	{ O_TRUNC, L_O_TRUNC },
	{ O_EXCL, L_O_EXCL },
	{ O_NOCTTY, L_O_NOCTTY },
	{ O_DSYNC, L_O_DSYNC },
	{ O_RSYNC, L_O_SYNC },
	{ O_DIRECT, L_O_DIRECT },
	{ O_DIRECTORY, L_O_DIRECTORY },
	{ O_CLOEXEC, L_O_CLOEXEC },
};

#define O_HANDLED                                                              \
	(O_ACCMODE | O_SHLOCK | O_EXLOCK | O_NONBLOCK | O_APPEND | O_ASYNC |   \
	    O_SYNC | O_NOFOLLOW | O_CREAT | O_TRUNC | O_EXCL | O_NOCTTY |      \
	    O_DSYNC | O_RSYNC | O_DIRECT | O_DIRECTORY | O_CLOEXEC |           \
	    O_SEARCH | O_NOSIGPIPE | O_REGULAR | O_ALT_IO)

int
__linux_oflags(int flags, int *out)
{
	unsigned int i;
	int l;

	if ((flags & ~O_HANDLED) != 0 || (flags & O_ACCMODE) == O_ACCMODE)
		return EINVAL;
	l = (flags & O_ACCMODE) | L_O_LARGEFILE;
	for (i = 0; i < sizeof(omap) / sizeof(omap[0]); i++)
		if (flags & omap[i].nb)
			l |= omap[i].lx;
	*out = l;
	return 0;
}

int
__linux_oflags_back(long lflags)
{
	unsigned int i;
	int f;

	f = (int)(lflags & O_ACCMODE);
	for (i = 0; i < sizeof(omap) / sizeof(omap[0]); i++)
		if ((lflags & omap[i].lx) == omap[i].lx &&
		    omap[i].nb != O_RSYNC)
			f |= omap[i].nb;
	return f;
}

int
__linux_atflags(int flags, int allowed, int *out)
{
	int l = 0;

	if ((flags & ~allowed) != 0)
		return EINVAL;
	if (flags & AT_SYMLINK_NOFOLLOW)
		l |= L_AT_SYMLINK_NOFOLLOW;
	if (flags & AT_SYMLINK_FOLLOW)
		l |= L_AT_SYMLINK_FOLLOW;
	if (flags & AT_REMOVEDIR)
		l |= L_AT_REMOVEDIR;
	if (flags & AT_EACCESS)
		l |= L_AT_EACCESS;
	*out = l;
	return 0;
}
