/*
 * <sys/filio.h>: generic file ioctls (NetBSD's numbers).
 */

#ifndef _SYS_FILIO_H_
#define _SYS_FILIO_H_

#include <sys/ioccom.h>

#define FIOCLEX	  _IO('f', 1)	      /* set close on exec on fd */
#define FIONCLEX  _IO('f', 2)	      /* remove close on exec */
#define FIONSPACE _IOR('f', 120, int) /* space in send queue */
#define FIONWRITE _IOR('f', 121, int) /* bytes in send queue */
#define FIOGETOWN _IOR('f', 123, int) /* get owner */
#define FIOSETOWN _IOW('f', 124, int) /* set owner */
#define FIOASYNC  _IOW('f', 125, int) /* set/clear async i/o */
#define FIONBIO	  _IOW('f', 126, int) /* set/clear non-blocking i/o */
#define FIONREAD  _IOR('f', 127, int) /* get # bytes to read */

#endif /* !_SYS_FILIO_H_ */
