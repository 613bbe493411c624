/*
 * <errno.h>: the error numbers and the per-program errno variable.
 */

#ifndef _ERRNO_H_
#define _ERRNO_H_

#include <sys/cdefs.h>
#include <sys/errno.h>

__BEGIN_DECLS
int *__errno(void);
__END_DECLS

#define errno (*__errno())

#endif /* !_ERRNO_H_ */
