/*
 * error.c: atf_error_t objects.  The "no error" value is NULL; errors are
 * heap objects carrying a type name ("libc", "no_memory") and a message.
 * An error that cannot be allocated becomes the static no-memory error.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atf-c/error.h"

struct atf_error {
	const char *type;
	int errnum;
	char msg[256];
};

static struct atf_error no_memory = { "no_memory", ENOMEM,
	"Not enough memory" };

atf_error_t
atf_no_error(void)
{
	return NULL;
}

atf_error_t
atf_no_memory_error(void)
{
	return &no_memory;
}

atf_error_t
atf_libc_error(int errnum, const char *fmt, ...)
{
	struct atf_error *err;
	va_list ap;
	size_t len;

	if ((err = malloc(sizeof(*err))) == NULL)
		return &no_memory;
	err->type = "libc";
	err->errnum = errnum;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	len = strlen(err->msg);
	snprintf(
	    err->msg + len, sizeof(err->msg) - len, ": %s", strerror(errnum));
	return err;
}

bool
atf_is_error(const atf_error_t err)
{
	return err != NULL;
}

bool
atf_error_is(const atf_error_t err, const char *type)
{
	return err != NULL && strcmp(err->type, type) == 0;
}

void
atf_error_format(const atf_error_t err, char *buf, size_t len)
{
	if (len == 0)
		return;
	snprintf(buf, len, "%s", err == NULL ? "No error" : err->msg);
}

void
atf_error_free(atf_error_t err)
{
	if (err != NULL && err != &no_memory)
		free(err);
}
