/*
 * __nls_load.c: read a message catalogue file and check it whole (see
 * <nl_types.h> for the format), for catopen(3).
 */

#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "nls_impl.h"

#define HDR  ((int32_t)sizeof(struct _nls_cat_hdr))
#define SETS ((int32_t)sizeof(struct _nls_set_hdr))
#define MSGS ((int32_t)sizeof(struct _nls_msg_hdr))

/* Check the n messages at m against the text area of tlen bytes. */
static int
check_msgs(const unsigned char *m, int32_t n, const char *txt, int32_t tlen)
{
	int32_t i, no, len, off, prev = 0;

	for (i = 0; i < n; i++, m += MSGS) {
		no = __nls_be32(m);
		len = __nls_be32(m + 4);
		off = __nls_be32(m + 8);
		if (no <= prev || len < 1 || off < 0 || off > tlen - len ||
		    txt[off + len - 1] != '\0')
			return -1;
		prev = no;
	}
	return 0;
}

/* Check the headers of the catalogue in buf (size bytes). */
static int
check(const unsigned char *buf, int32_t size)
{
	int32_t nsets, mem, hoff, toff, nmsgs, i, setno, cnt, idx, prev = 0;
	const unsigned char *set = buf + HDR;

	nsets = __nls_be32(buf + 4);
	mem = __nls_be32(buf + 8);
	hoff = __nls_be32(buf + 12);
	toff = __nls_be32(buf + 16);
	if ((uint32_t)__nls_be32(buf) != _NLS_MAGIC || mem != size - HDR ||
	    nsets < 0 || nsets > mem / SETS || hoff != nsets * SETS ||
	    toff < hoff || toff > mem || (toff - hoff) % MSGS != 0)
		return -1;
	nmsgs = (toff - hoff) / MSGS;
	for (i = 0; i < nsets; i++, set += SETS) {
		setno = __nls_be32(set);
		cnt = __nls_be32(set + 4);
		idx = __nls_be32(set + 8);
		if (setno <= prev || cnt < 0 || idx < 0 || idx > nmsgs - cnt)
			return -1;
		if (check_msgs(buf + HDR + hoff + idx * MSGS, cnt,
			(const char *)buf + HDR + toff, mem - toff) < 0)
			return -1;
		prev = setno;
	}
	return 0;
}

/* The whole file open on fd, whose size is size. */
static unsigned char *
slurp(int fd, size_t size)
{
	unsigned char *buf = malloc(size);
	size_t got = 0;
	ssize_t n;

	while (buf != NULL && got < size) {
		if ((n = read(fd, buf + got, size - got)) <= 0) {
			if (n == 0)
				errno = EFTYPE;
			free(buf);
			return NULL;
		}
		got += (size_t)n;
	}
	return buf;
}

nl_catd
__nls_load(const char *path)
{
	unsigned char *buf;
	struct stat st;
	nl_catd cat;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size < HDR ||
	    st.st_size > INT_MAX) {
		close(fd);
		errno = EFTYPE;
		return NULL;
	}
	buf = slurp(fd, (size_t)st.st_size);
	close(fd);
	if (buf == NULL)
		return NULL;
	if (check(buf, (int32_t)st.st_size) < 0) {
		free(buf);
		errno = EFTYPE;
		return NULL;
	}
	if ((cat = malloc(sizeof(*cat))) == NULL) {
		free(buf);
		return NULL;
	}
	cat->__data = buf;
	cat->__size = (int)st.st_size;
	return cat;
}
