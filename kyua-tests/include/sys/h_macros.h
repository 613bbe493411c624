/*
 * h_macros.h: helpers shared by t_queue and t_tree: the TC shorthand for
 * a test case with a description, and append_int, which builds the
 * "1 2 3" strings the tests compare a structure's walk against.
 */
#ifndef _H_MACROS_H_
#define _H_MACROS_H_

#include <atf-c.h>
#include <stdio.h>
#include <string.h>

#define TC(name, desc)                                                         \
	ATF_TC(name);                                                          \
	ATF_TC_HEAD(name, tc)                                                  \
	{                                                                      \
		atf_tc_set_md_var(tc, "descr", desc);                          \
	}                                                                      \
	ATF_TC_BODY(name, tc)

/* Appends " v" (or "v" when buf is empty) to the string in buf. */
static inline void
append_int(char *buf, size_t size, int v)
{
	size_t len = strlen(buf);

	snprintf(buf + len, size - len, len == 0 ? "%d" : " %d", v);
}

#endif /* !_H_MACROS_H_ */
