/*
 * vm.h: the kernel's side of memory management.
 *
 * Physical pages (pmem.c), page tables of user address spaces (arch
 * pmap.c), and checked copies between user and kernel memory (copy.c).
 * Copies never fault the kernel: they walk the page tables and go through
 * the direct map, returning -EFAULT for anything not mapped user-accessible.
 */

#ifndef _KERN_VM_H_
#define _KERN_VM_H_

#include "kernel.h"
#include <minix/ipc.h>

struct proc;

/* pmem.c */
#define PMEM_NONE ((paddr_t)0)	      /* page 0 is never handed out */
void pmem_reserve(paddr_t, paddr_t);  /* [start, end) never allocated */
void pmem_add_free(paddr_t, paddr_t); /* [start, end) usable RAM */
void pmem_init_done(void);
paddr_t pmem_alloc_page(void); /* zeroed page or PMEM_NONE */
void pmem_free_page(paddr_t);
uint64_t pmem_free_pages(void);

/* pt_map() flags */
#define PT_WRITE  0x1 /* writable */
#define PT_EXEC	  0x2 /* executable (else NX) */
#define PT_KOWNED 0x4 /* page belongs to the kernel: freed with the AS */

/* pmap.c (arch) */
int pt_new_space(struct proc *);
void pt_free_space(struct proc *);
int pt_map(struct proc *, uintptr_t, paddr_t, unsigned);
int pt_unmap(struct proc *, uintptr_t);
int pt_lookup(struct proc *, uintptr_t, paddr_t *, unsigned *);
void *pt_user_kva(struct proc *, uintptr_t, int); /* NULL: not mapped */
void pt_switch(struct proc *);

/* copy.c */
int copyin(struct proc *, void *, uintptr_t, size_t);
int copyout(struct proc *, uintptr_t, const void *, size_t);
int vcopy(struct proc *, uintptr_t, struct proc *, uintptr_t, size_t);
int copyinstr(struct proc *, char *, uintptr_t, size_t);
int copyin_msg(struct proc *, message *, uintptr_t, int);
int copyout_msg(struct proc *, uintptr_t, const message *);

#endif /* !_KERN_VM_H_ */
