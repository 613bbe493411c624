/*
 * getdents.c: getdents(2) on the host port: Linux's getdents64 records
 * become NetBSD struct dirent records, converted in place.
 *
 * A NetBSD record is never longer than the Linux record it comes from
 * (8 + 2 + 2 + 1 header bytes against 8 + 8 + 2 + 1, both rounded to 8),
 * so record i is written below record i + 1 and nothing is lost.
 */

#include <dirent.h>
#include <errno.h>
#include <string.h>

#include "linux.h"

struct l_dirent64 {
	unsigned long d_ino;
	long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

int
getdents(int fd, char *buf, size_t nbytes)
{
	struct l_dirent64 *l;
	struct dirent *d;
	unsigned long ino;
	unsigned short lreclen;
	unsigned char type;
	size_t in = 0, out = 0, namlen;
	long n;

	if (nbytes > 0x7fffffff)
		nbytes = 0x7fffffff;
	n = __linux_ret(__lsys3(LNR_getdents64, fd, buf, nbytes));
	if (n <= 0)
		return (int)n;
	while (in < (size_t)n) {
		l = (struct l_dirent64 *)(void *)(buf + in);
		ino = l->d_ino;
		lreclen = l->d_reclen;
		type = l->d_type;
		namlen = strlen(l->d_name);
		d = (struct dirent *)(void *)(buf + out);
		memmove(d->d_name, l->d_name, namlen + 1);
		d->d_fileno = ino;
		d->d_namlen = (uint16_t)namlen;
		d->d_type = type;
		d->d_reclen = (uint16_t)_DIRENT_RECLEN(d, namlen);
		out += d->d_reclen;
		in += lreclen;
	}
	return (int)out;
}
