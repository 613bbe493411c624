/*
 * atf_impl.h: private helpers shared by the libatf-c sources (not
 * installed): string formatting into heap buffers and fatal errors.
 */
#ifndef _ATF_IMPL_H_
#define _ATF_IMPL_H_

#include <stdarg.h>

#include "atf-c/defs.h"

char *atf_impl_vformat(const char *, va_list)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 0);
char *atf_impl_format(const char *, ...) ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2);
char *atf_impl_strdup(const char *);
void atf_impl_fatal(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2) ATF_DEFS_ATTRIBUTE_NORETURN;

#endif /* !_ATF_IMPL_H_ */
