/*
 * <sys/file.h>: <fcntl.h>'s flags plus flock(2) and the L_* whence
 * aliases, for BSD code that includes this header.
 */

#ifndef _SYS_FILE_H_
#define _SYS_FILE_H_

#include <sys/cdefs.h>
#include <sys/fcntl.h>
#include <sys/unistd.h>

#define L_SET  SEEK_SET
#define L_INCR SEEK_CUR
#define L_XTND SEEK_END

__BEGIN_DECLS
int flock(int, int);
__END_DECLS

#endif /* !_SYS_FILE_H_ */
