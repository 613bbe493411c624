/*
 * temp_impl.h: private interface of lib/libc/stdlib/gettemp.c.
 */
#ifndef _TEMP_IMPL_H_
#define _TEMP_IMPL_H_

enum __temp_kind {
	__TEMP_NAME, /* mktemp: only find an unused name */
	__TEMP_FILE, /* mkstemp, mkstemps: create and open a file */
	__TEMP_DIR   /* mkdtemp: create a directory */
};

/*
 * Fill the X's of path before a suffix of suffixlen bytes; returns 0
 * (and for files, opened with the extra open flags oflags, the
 * descriptor in *fdp) or -1 with errno set: EINVAL for fewer than six
 * X's or a bad suffix length.
 */
int __gettemp(char *, int, enum __temp_kind, int, int *);

#endif /* !_TEMP_IMPL_H_ */
