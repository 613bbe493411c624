/*
 * kt_ctl.h: shared state and helpers of the IPC test controller (kt_ipc),
 * whose tests are split over kt_ipc.c (primitives), kt_grant.c (grants)
 * and kt_kcalls.c (privileges, signals, bad kernel-call input).
 */

#ifndef _KT_CTL_H_
#define _KT_CTL_H_

#include "ktest.h"
#include "ktipc.h"
#include "kt_proto.h"

#define EPERM_	     (-1)
#define EINTR_	     (-4)
#define E2BIG_	     (-7)
#define ENOMEM_	     (-12)
#define EFAULT_	     (-14)
#define EINVAL_	     (-22)
#define ELOCKED_     (-101)
#define EDEADSRCDST_ (-102)
#define ENOTREADY_   (-103)
#define ECALLDENIED_ (-104)
#define EBADCALL_    (-105)
#define EBADREQUEST_ (-106)
#define ETRAPDENIED_ (-107)

#define KERNEL_ADDR 0xffff800000001000UL
#define UNMAPPED    0x0000700000000000UL
#define BAD_EP	    _ENDPOINT(0, NR_SLOTS + 44) /* slot out of range */

struct kt_eps {
	endpoint_t self, a, b, c, x, sig, limited, user, irq, vm;
};
extern struct kt_eps ep;

#define expect kt_expect
int cmd(endpoint_t, int, message *, int, ...);
void yield(void);
int wait_state(endpoint_t, uint32_t);
int recv(endpoint_t, message *);
long kcall_m(message *);

void grant_tests(void);
void kcall_tests(void);
void sig_tests(void);
void fuzz_tests(void);
void fuzz_sub_tests(void);
int sig_main(void);

#endif /* !_KT_CTL_H_ */
