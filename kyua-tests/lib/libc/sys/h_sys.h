/*
 * h_sys.h: helpers shared by the system-call layer tests (t_file, t_fs):
 * the TC shorthand for a test case with a description, and mkfile.
 */
#ifndef _H_SYS_H_
#define _H_SYS_H_

#include <atf-c.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#define TC(name, desc)                                                         \
	ATF_TC(name);                                                          \
	ATF_TC_HEAD(name, tc)                                                  \
	{                                                                      \
		atf_tc_set_md_var(tc, "descr", desc);                          \
	}                                                                      \
	ATF_TC_BODY(name, tc)

/* Creates (or truncates) path holding text; any failure ends the test. */
static inline void
mkfile(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	ATF_REQUIRE(close(fd) == 0);
}

#endif /* !_H_SYS_H_ */
