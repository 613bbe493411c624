/*
 * h_util.h: helpers shared by the hand-off test modules (h_util.c).
 */

#ifndef _H_UTIL_H_
#define _H_UTIL_H_

#include "ktest.h"
#include "ktipc.h"

enum { EPERM_ = 1, E2BIG_ = 7, EFAULT_ = 14, EINVAL_ = 22 };

#define FAULT_VA1 0x30000000UL /* t_hfault's first and second faults */
#define FAULT_VA2 0x30001000UL
#define COPY_VA	  0x32000000UL /* t_hcopy's granted, unmapped page */

long h_schedule(int, endpoint_t, int, int, uint32_t);

#endif /* !_H_UTIL_H_ */
