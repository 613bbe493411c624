/*
 * v_util.h: helpers and addresses shared by the VM take-over test
 * modules (v_util.c).
 */

#ifndef _V_UTIL_H_
#define _V_UTIL_H_

#include "ktest.h"
#include "ktipc.h"

enum { EPERM_ = 1, EFAULT_ = 14, EINVAL_ = 22 };

#define FAULT_VA1 0x30000000UL /* v_fault's first and second faults */
#define FAULT_VA2 0x30001000UL
#define FAULT_VA3 0x34000000UL /* v_fault2's fault, queued at v_old */
#define OLD_VA	  0x38000000UL /* v_old's own page */
#define RTS_FAULT 0x04	       /* RTS_FAULTED (sys/kern/proc.h) */

long v_register(uint64_t *);
int v_send_word(endpoint_t, uint64_t);
uint64_t v_recv_word(endpoint_t);

#endif /* !_V_UTIL_H_ */
