/*
 * atf-c/error.h: the error objects returned by the test-program
 * registration functions.  atf_no_error() is the "no error" value;
 * anything else describes a failure and must be freed.
 */
#ifndef _ATF_C_ERROR_H_
#define _ATF_C_ERROR_H_

#include <stdbool.h>
#include <stddef.h>

#include <atf-c/defs.h>

struct atf_error;
typedef struct atf_error *atf_error_t;

atf_error_t atf_no_error(void);
atf_error_t atf_libc_error(int, const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(2, 3);
atf_error_t atf_no_memory_error(void);
bool atf_is_error(const atf_error_t);
bool atf_error_is(const atf_error_t, const char *);
void atf_error_format(const atf_error_t, char *, size_t);
void atf_error_free(atf_error_t);

#endif /* !_ATF_C_ERROR_H_ */
