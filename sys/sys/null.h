/*
 * <sys/null.h>: the NULL pointer constant.
 */

#ifndef _SYS_NULL_H_
#define _SYS_NULL_H_

#ifndef NULL
#if defined(__cplusplus)
#define NULL __null
#else
#define NULL ((void *)0)
#endif
#endif

#endif /* !_SYS_NULL_H_ */
