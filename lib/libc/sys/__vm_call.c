/*
 * __vm_call.c: send a VM request with the m_lc_vm_mmap fields; the
 * reply's address (brk: the new break, mmap: the mapping) is stored
 * in *addrp when it is not NULL.
 */

#include "sys_private.h"

int __vm_call(int, uint64_t, uint64_t, int, int, int, int64_t, uint64_t *);

int
__vm_call(int call, uint64_t addr, uint64_t len, int prot, int flags, int fd,
    int64_t off, uint64_t *addrp)
{
	message m;

	MSG_INIT(m);
	m.m_lc_vm_mmap.addr = addr;
	m.m_lc_vm_mmap.len = len;
	m.m_lc_vm_mmap.prot = prot;
	m.m_lc_vm_mmap.flags = flags;
	m.m_lc_vm_mmap.fd = fd;
	m.m_lc_vm_mmap.offset = off;
	if (_syscall(VM_PROC_NR, call, &m) < 0)
		return -1;
	if (addrp != NULL)
		*addrp = m.m_lc_vm_mmap.addr;
	return 0;
}
