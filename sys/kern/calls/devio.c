/*
 * devio.c: SYS_DEVIO and SYS_VDEVIO, port I/O for drivers.
 *
 * Every port touched must lie, with all its bytes, inside one of the
 * caller's I/O ranges (priv_io_ok); a vector is checked entirely before
 * the first access.  Inputs come back in the message (DEVIO) or in the
 * caller's vector (VDEVIO).
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"
#include "system.h"

/* Size in bytes of a DIO_ request, or 0 if the request is malformed. */
static int
dio_size(int req)
{
	int dir = req & _DIO_DIRMASK;

	if ((req & ~(_DIO_DIRMASK | _DIO_TYPEMASK)) != 0 ||
	    (dir != DIO_INPUT && dir != DIO_OUTPUT))
		return 0;
	switch (req & _DIO_TYPEMASK) {
	case DIO_BYTE:
		return 1;
	case DIO_WORD:
		return 2;
	case DIO_LONG:
		return 4;
	default:
		return 0;
	}
}

static uint32_t
dio_do(int req, uint32_t port, uint32_t value, int size)
{
	if ((req & _DIO_DIRMASK) == DIO_INPUT)
		return arch_port_in(port, size);
	arch_port_out(port, value, size);
	return value;
}

int
do_devio(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_devio *d = &m->m_lsys_krn_sys_devio;
	int size = dio_size(d->request);

	if (size == 0 || d->port > 0xffff)
		return -EINVAL;
	if (!priv_io_ok(caller, d->port, size))
		return -EPERM;
	d->value = dio_do(d->request, d->port, d->value, size);
	return 0;
}

int
do_vdevio(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_vdevio *v = &m->m_lsys_krn_sys_vdevio;
	struct pv_entry vec[VDEVIO_BUF_MAX];
	int size = dio_size(v->request);
	uint32_t i, n = v->vec_size;
	int r;

	if (size == 0 || n == 0 || n > VDEVIO_BUF_MAX)
		return -EINVAL;
	if ((r = copyin(caller, vec, v->vec_addr, n * sizeof(vec[0]))) != 0)
		return r;
	for (i = 0; i < n; i++) {
		if (vec[i].pv_port > 0xffff)
			return -EINVAL;
		if (!priv_io_ok(caller, vec[i].pv_port, size))
			return -EPERM;
	}
	for (i = 0; i < n; i++)
		vec[i].pv_value =
		    dio_do(v->request, vec[i].pv_port, vec[i].pv_value, size);
	if ((v->request & _DIO_DIRMASK) == DIO_INPUT)
		return copyout(caller, v->vec_addr, vec, n * sizeof(vec[0]));
	return 0;
}
