/*
 * _syscall.c: the one place where a Bulkhead server's reply becomes
 * errno.  _syscall(who, call, m) sets m->m_type = call, does SENDREC to
 * `who' and returns the reply's m_type; an IPC failure or a negative
 * reply sets errno to its absolute value and returns -1.
 */

#include <errno.h>

#include "sys_private.h"

int
_syscall(endpoint_t who, int call, message *m)
{
	int r;

	m->m_type = call;
	r = _ipc_sendrec(who, m);
	if (r < 0) {
		errno = -r;
		return -1;
	}
	if (m->m_type < 0) {
		errno = -m->m_type;
		return -1;
	}
	return m->m_type;
}
