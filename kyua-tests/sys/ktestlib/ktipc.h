/*
 * ktipc.h: IPC primitives and kernel-call helpers for in-kernel test
 * programs and benchmarks (ktipc.c).  Each primitive returns the kernel's
 * rax: 0 or a negative error.
 */

#ifndef _KTIPC_H_
#define _KTIPC_H_

#include <stdint.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/priv.h>
#include <minix/safecopies.h>

long kt_ipc(int, endpoint_t, void *); /* raw `syscall' */
int kt_send(endpoint_t, message *);
int kt_receive(endpoint_t, message *);
int kt_sendrec(endpoint_t, message *);
int kt_sendnb(endpoint_t, message *);
int kt_notify(endpoint_t);
int kt_senda(asynmsg_t *, int);
int kt_replyrecv(endpoint_t, message *);

int kt_setgrant(cp_grant_t *, unsigned);
int kt_safecopy(int, endpoint_t, cp_grant_id_t, uint64_t, void *, uint64_t);
int kt_safememset(endpoint_t, cp_grant_id_t, uint64_t, int, uint64_t);
int kt_getinfo(int, endpoint_t, void *, uint64_t);
int kt_proc_state(endpoint_t, struct kinfo_proc *);
int kt_kill(endpoint_t, int);
long kt_vmctl(endpoint_t, int, uint64_t, uint64_t, uint64_t);
long kt_privctl(endpoint_t, int, void *); /* SYS_PRIVCTL: request, arg */
void kt_sleep_ticks(uint64_t);		  /* blocks: an alarm, then RECEIVE */
uint64_t kt_cpu_ticks(void); /* user + system ticks of the caller */
int kt_wait_gone(const char *, uint64_t); /* 1 if the module exited in time */
int kt_expect(const char *, long, long);  /* PASS/FAIL on got == want */

static inline uint64_t
kt_rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

#endif /* !_KTIPC_H_ */
