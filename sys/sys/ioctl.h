/*
 * <sys/ioctl.h>: ioctl(2) and the common ioctl command sets.
 */

#ifndef _SYS_IOCTL_H_
#define _SYS_IOCTL_H_

#include <sys/cdefs.h>
#include <sys/ioccom.h>
#include <sys/ttycom.h>
#include <sys/filio.h>

__BEGIN_DECLS
int ioctl(int, unsigned long, ...);
__END_DECLS

#endif /* !_SYS_IOCTL_H_ */
