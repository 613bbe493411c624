/*
 * atf-c/defs.h: compiler attribute shorthands used by the atf-c headers.
 */
#ifndef _ATF_C_DEFS_H_
#define _ATF_C_DEFS_H_

#define ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(fmt, first)                           \
	__attribute__((__format__(__printf__, fmt, first)))
#define ATF_DEFS_ATTRIBUTE_NORETURN __attribute__((__noreturn__))
#define ATF_DEFS_ATTRIBUTE_UNUSED   __attribute__((__unused__))

#endif /* !_ATF_C_DEFS_H_ */
