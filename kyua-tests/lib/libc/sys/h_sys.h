/*
 * h_sys.h: helpers shared by the system-call layer tests (t_file, t_fs):
 * TC (h_tc.h) and mkfile.
 */
#ifndef _H_SYS_H_
#define _H_SYS_H_

#include <atf-c.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

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
