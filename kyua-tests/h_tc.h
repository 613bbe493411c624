/*
 * h_tc.h: TC(name, desc), the shorthand the C test programs use for an
 * ATF test case with a description (desc is text, not a format).
 * bsd.test.mk puts this folder on the include path.
 */
#ifndef _H_TC_H_
#define _H_TC_H_

#include <atf-c.h>

#define TC(name, desc)                                                         \
	ATF_TC(name);                                                          \
	ATF_TC_HEAD(name, tc)                                                  \
	{                                                                      \
		atf_tc_set_md_var(tc, "descr", "%s", desc);                    \
	}                                                                      \
	ATF_TC_BODY(name, tc)

#endif /* !_H_TC_H_ */
