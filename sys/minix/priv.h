/*
 * <minix/priv.h>: privilege records, as RS hands them to SYS_PRIVCTL.
 *
 * A record lists what a service may do: the IPC primitives it may use, the
 * process slots it may send to, the kernel calls it may make, and the I/O
 * ports, IRQ lines and physical memory it may touch.  All user processes
 * share one record (SENDREC to the servers only).  Requests to SYS_PRIVCTL
 * (m_lsys_krn_sys_privctl.request):
 *
 *	SYS_PRIV_SET_SYS	give endpt its own record, copied from the
 *				struct priv_rec at arg
 *	SYS_PRIV_SET_USER	put endpt back on the shared user record
 *	SYS_PRIV_ADD_IO		add the struct io_range at arg
 *	SYS_PRIV_ADD_IRQ	add the IRQ line whose number is at arg (int)
 *	SYS_PRIV_ADD_MEM	add the struct mem_range at arg
 *	SYS_PRIV_QUERY		copy endpt's record out to arg
 */

#ifndef _MINIX_PRIV_H_
#define _MINIX_PRIV_H_

#include <stdint.h>
#include <minix/com.h>
#include <minix/callnr.h>

#define SYS_PRIV_SET_SYS  1
#define SYS_PRIV_SET_USER 2
#define SYS_PRIV_ADD_IO	  3
#define SYS_PRIV_ADD_IRQ  4
#define SYS_PRIV_ADD_MEM  5
#define SYS_PRIV_QUERY	  6

/* pr_flags */
#define PRF_SYS_PROC	 0x0001 /* a system service, not a user process */
#define PRF_MAGIC_GRANTS 0x0002 /* may own third-party (CPF_MAGIC) grants */
#define PRF_ALL_IPC	 0x0004 /* may send to every slot */
#define PRF_ALL_CALLS	 0x0008 /* may make every kernel call */

#define NR_IO_RANGE  16
#define NR_IRQ_LINES 8
#define NR_MEM_RANGE 8

#define _PRIV_WORDS(n) (((n) + 31) / 32)

struct io_range {
	uint32_t ior_base;  /* first port */
	uint32_t ior_limit; /* last port, inclusive */
};

struct mem_range {
	uint64_t mr_base;  /* first byte, physical */
	uint64_t mr_limit; /* last byte, inclusive */
};

struct priv_rec {
	uint32_t pr_flags;			       /* PRF_xxx */
	uint32_t pr_trap_mask;			       /* IPC_PRIM_BIT(prim) */
	uint32_t pr_ipc_to[_PRIV_WORDS(NR_SLOTS)];     /* slots */
	uint32_t pr_kcalls[_PRIV_WORDS(NR_SYS_CALLS)]; /* SYS_CALL_INDEX */
	uint32_t pr_nr_io;
	uint32_t pr_nr_irq;
	uint32_t pr_nr_mem;
	uint32_t pr_reserved;
	struct io_range pr_io[NR_IO_RANGE];
	int pr_irq[NR_IRQ_LINES];
	struct mem_range pr_mem[NR_MEM_RANGE];
};

#define PRIV_BIT_SET(map, n)  ((map)[(n) / 32] |= 1u << ((n) % 32))
#define PRIV_BIT_CLR(map, n)  ((map)[(n) / 32] &= ~(1u << ((n) % 32)))
#define PRIV_BIT_TEST(map, n) (((map)[(n) / 32] >> ((n) % 32)) & 1u)

#endif /* !_MINIX_PRIV_H_ */
