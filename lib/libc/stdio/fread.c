/*
 * fread: read up to n objects of size bytes.  Large reads bypass the
 * buffer.  Returns the number of whole objects read.
 */
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

static size_t
read_direct(FILE *f, unsigned char *p, size_t want)
{
	ssize_t r;

	if (f->mode != _IOFBF)
		__sflushall(1);
	r = f->io_read != NULL ? f->io_read(f, p, want) : 0;
	if (r <= 0) {
		f->flags |= r == 0 ? F_EOF : F_ERR;
		return 0;
	}
	return (size_t)r;
}

size_t
fread(void *__restrict buf, size_t size, size_t n, FILE *__restrict f)
{
	unsigned char *p = buf;
	size_t total, left, k;

	if ((total = __sio_bytes(f, size, n)) == 0)
		return 0;
	for (left = total; left > 0; left -= k, p += k) {
		if (f->rpos < f->rend) {
			k = (size_t)(f->rend - f->rpos);
			k = k < left ? k : left;
			memcpy(p, f->rpos, k);
			f->rpos += k;
		} else if (left >= BUFSIZ && (f->flags & F_READING) &&
		    !(f->flags & F_EOF)) {
			if ((k = read_direct(f, p, left)) == 0)
				break;
		} else if (__srefill(f) != 0)
			break;
		else
			k = 0;
	}
	return (total - left) / size;
}
