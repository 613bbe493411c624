/*
 * ipc.c: message passing between processes.
 *
 * ipc_trap() is the whole user interface: SEND, RECEIVE, SENDREC, NOTIFY,
 * SENDNB, SENDA and REPLYRECV, checked against the caller's privileges.
 * A message is copied into the sender's struct proc_ipc when it is sent and
 * copied out to the receiver when delivered, so user memory is touched only
 * through copyin()/copyout().  A sender that cannot deliver waits on the
 * destination's FIFO queue; a receiver that finds nothing waits with its
 * buffer address recorded.  The rules (delivery order, SENDREC atomicity,
 * deadlock refusal, stale endpoints) are described in sys/kern/README.
 *
 * Other entry points: ipc_proc_exit(), ipc_notify_task(),
 * ipc_kmsg_enqueue(), ipc_set_result(), ipc_ep_lookup().
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "ipc.h"
#include "priv.h"
#include "irq.h"

#define NOTHING 1 /* internal: nothing to receive (never returned) */

static int senda_pending; /* processes with PI_ASYNC set */

static int try_receive(struct proc *, endpoint_t, uintptr_t);
static void senda_scan(struct proc *);

/*
 * Resolve an endpoint naming a live process.  A malformed endpoint is
 * EINVAL; one whose process is gone (slot free or reused) is EDEADSRCDST.
 */
int
ipc_ep_lookup(endpoint_t e, struct proc **pp)
{
	struct proc *p;
	int slot;

	if (e < 0)
		return -EINVAL;
	slot = _ENDPOINT_P(e);
	if (slot >= NR_SLOTS || _ENDPOINT_G(e) > _ENDPOINT_MAX_GEN)
		return -EINVAL;
	p = proc_by_slot(slot);
	if (p == NULL)
		return -EINVAL;
	if ((p->p_rts_flags & RTS_SLOT_FREE) || p->p_endpoint != e)
		return -EDEADSRCDST;
	*pp = p;
	return 0;
}

void
ipc_set_result(struct proc *p, long r)
{
	p->p_ctx.rax = (uint64_t)r;
}

void
ipc_proc_init(struct proc *p)
{
	memset(&p->p_ipc, 0, sizeof(p->p_ipc));
	p->p_ipc.pi_sendto = NONE;
	p->p_ipc.pi_getfrom = NONE;
	p->p_ipc.pi_memreq_ep = NONE;
}

/* Bit index of a notification source: slots, then kernel tasks. */
static int
notify_index(endpoint_t src)
{
	if (is_kernel_task(src))
		return NR_SLOTS + (-src - 1);
	return _ENDPOINT_P(src);
}

static void
notify_bit_set(struct proc *dst, int i)
{
	dst->p_ipc.pi_notify[i / 64] |= 1ULL << (i % 64);
}

static void
notify_bit_clear(struct proc *dst, int i)
{
	dst->p_ipc.pi_notify[i / 64] &= ~(1ULL << (i % 64));
}

/* Does a receiver waiting for `from' accept a message from src? */
static int
accepts(const struct proc *dst, endpoint_t src, int is_notify)
{
	if (!(dst->p_rts_flags & RTS_RECEIVING))
		return 0;
	if (is_notify && (dst->p_ipc.pi_flags & PI_REPLY_WAIT))
		return 0;
	return dst->p_ipc.pi_getfrom == ANY || dst->p_ipc.pi_getfrom == src;
}

/* Wake a process blocked in `flag' with result r. */
static void
wake(struct proc *p, unsigned flag, long r)
{
	ipc_set_result(p, r);
	if (flag == RTS_RECEIVING)
		p->p_ipc.pi_flags &= ~PI_REPLY_WAIT;
	rts_clear(p, flag);
}

/* Put a complete message into a blocked receiver's buffer and wake it. */
static int
deliver(struct proc *dst, const message *m)
{
	int r;

	r = copyout_msg(dst, dst->p_ipc.pi_umsg, m);
	wake(dst, RTS_RECEIVING, r);
	return r;
}

/* Build the message a pending notification from src turns into. */
static void
notify_build(struct proc *dst, endpoint_t src, message *m)
{
	memset(m, 0, sizeof(*m));
	m->m_source = src;
	m->m_type = NOTIFY_MESSAGE;
	m->m_notify.timestamp = clock_ticks;
	if (src == HARDWARE) {
		m->m_notify.interrupts = dst->p_ipc.pi_irq_pending;
		dst->p_ipc.pi_irq_pending = 0;
	} else if (src == SYSTEM) {
		m->m_notify.sigset = dst->p_ipc.pi_sig_pending;
		m->m_notify.flags = dst->p_ipc.pi_sys_flags;
		dst->p_ipc.pi_sig_pending = 0;
		dst->p_ipc.pi_sys_flags = 0;
	}
}

/* The endpoint a pending bit stands for, or NONE if it went stale. */
static endpoint_t
notify_source(int i)
{
	struct proc *p;

	if (i >= NR_SLOTS)
		return -(endpoint_t)(i - NR_SLOTS) - 1;
	p = proc_by_slot(i);
	if (p == NULL || (p->p_rts_flags & RTS_SLOT_FREE))
		return NONE;
	return p->p_endpoint;
}

/* Take pending bit i for a receive from `from', if it matches. */
static int
notify_take_one(struct proc *dst, int i, endpoint_t from, message *m)
{
	endpoint_t src;

	if (!(dst->p_ipc.pi_notify[i / 64] >> (i % 64) & 1))
		return NOTHING;
	if ((src = notify_source(i)) == NONE) {
		notify_bit_clear(dst, i);
		return NOTHING;
	}
	if (from != ANY && from != src)
		return NOTHING;
	notify_bit_clear(dst, i);
	notify_build(dst, src, m);
	return 0;
}

/*
 * Take the first pending notification acceptable to a receive from `from':
 * kernel tasks first, then slots in ascending order.
 */
static int
notify_take(struct proc *dst, endpoint_t from, message *m)
{
	uint64_t any = 0;
	int i;

	for (i = 0; i < NOTIFY_WORDS; i++)
		any |= dst->p_ipc.pi_notify[i];
	if (any == 0)
		return NOTHING;

	for (i = NR_SLOTS; i < NOTIFY_SOURCES; i++)
		if (notify_take_one(dst, i, from, m) == 0)
			return 0;
	for (i = 0; i < NR_SLOTS; i++) {
		if (i % 64 == 0 && dst->p_ipc.pi_notify[i / 64] == 0) {
			i += 63;
			continue;
		}
		if (notify_take_one(dst, i, from, m) == 0)
			return 0;
	}
	return NOTHING;
}

/* Notify dst from src: deliver now if it waits, else leave a pending bit. */
static void
notify_post(struct proc *dst, endpoint_t src)
{
	message m;

	if (accepts(dst, src, 1)) {
		notify_build(dst, src, &m);
		deliver(dst, &m);
		return;
	}
	notify_bit_set(dst, notify_index(src));
}

void
ipc_notify_task(struct proc *dst, endpoint_t task)
{
	KASSERT(is_kernel_task(task));
	notify_post(dst, task);
}

/* Sender queue of dst: FIFO through pi_qnext. */
static void
queue_append(struct proc *dst, struct proc *p)
{
	struct proc **pp;

	p->p_ipc.pi_qnext = NULL;
	for (pp = &dst->p_ipc.pi_qhead; *pp != NULL;
	     pp = &(*pp)->p_ipc.pi_qnext)
		;
	*pp = p;
}

static void
queue_remove(struct proc *dst, struct proc *p)
{
	struct proc **pp;

	for (pp = &dst->p_ipc.pi_qhead; *pp != NULL;
	     pp = &(*pp)->p_ipc.pi_qnext) {
		if (*pp == p) {
			*pp = p->p_ipc.pi_qnext;
			p->p_ipc.pi_qnext = NULL;
			return;
		}
	}
}

/* Block p in RECEIVE from `from' with its buffer at umsg. */
static void
block_receive(struct proc *p, endpoint_t from, uintptr_t umsg, int reply)
{
	p->p_ipc.pi_getfrom = from;
	p->p_ipc.pi_umsg = umsg;
	if (reply)
		p->p_ipc.pi_flags |= PI_REPLY_WAIT;
	rts_set(p, RTS_RECEIVING);
}

/*
 * A sender's message has been delivered: a SENDREC caller goes on to wait
 * for the reply, anyone else returns 0; a kernel message does not wake
 * its holder.
 */
static void
sender_done(struct proc *s, struct proc *dst)
{
	unsigned f = s->p_ipc.pi_flags;

	s->p_ipc.pi_flags &= ~(PI_SENDREC | PI_KSEND);
	s->p_ipc.pi_sendto = NONE;
	if (f & PI_KSEND) {
		rts_clear(s, RTS_SENDING); /* still held by its own flag */
		return;
	}
	if (f & PI_SENDREC) {
		s->p_ipc.pi_getfrom = dst->p_endpoint;
		s->p_ipc.pi_flags |= PI_REPLY_WAIT;
		rts_set(s, RTS_RECEIVING); /* already blocked */
		rts_clear(s, RTS_SENDING);
		return;
	}
	wake(s, RTS_SENDING, 0);
}

/* Would p blocking on dst close a cycle of blocked senders? */
static int
would_deadlock(struct proc *p, struct proc *dst)
{
	struct proc *xp = dst;
	int n;

	for (n = 0; n < NR_SLOTS; n++) {
		if (xp == p)
			return 1;
		if (!(xp->p_rts_flags & RTS_SENDING) ||
		    (xp->p_ipc.pi_flags & PI_KSEND))
			return 0;
		if (ipc_ep_lookup(xp->p_ipc.pi_sendto, &xp) != 0)
			return 0;
	}
	return 1;
}

/* Resolve a destination of SEND/NOTIFY and check the caller may use it. */
static int
dest_lookup(struct proc *caller, endpoint_t ep, struct proc **dstp)
{
	int r;

	if (ep == SELF)
		ep = caller->p_endpoint;
	if ((r = ipc_ep_lookup(ep, dstp)) != 0)
		return r;
	if (!priv_may_send(caller, (*dstp)->p_slot))
		return -ECALLDENIED;
	return 0;
}

/* Is the message buffer at umsg mapped user-writable (pages checked only)? */
static int
probe_buffer(struct proc *p, uintptr_t umsg)
{
	uintptr_t last = umsg + sizeof(message) - 1;

	if (umsg >= USER_TOP || last >= USER_TOP || last < umsg)
		return -EFAULT;
	if (pt_user_kva(p, umsg, 1) == NULL)
		return -EFAULT;
	if (PAGE_ROUND_DOWN(last) != PAGE_ROUND_DOWN(umsg) &&
	    pt_user_kva(p, last, 1) == NULL)
		return -EFAULT;
	return 0;
}

#define SEND_NB	 0x1
#define SEND_REC 0x2

static int
do_send(struct proc *caller, endpoint_t ep, uintptr_t umsg, int how)
{
	struct proc *dst;
	message *m = &caller->p_ipc.pi_msg;
	int r;

	if ((r = dest_lookup(caller, ep, &dst)) != 0)
		return r;
	/* A SENDREC buffer must also be writable: the reply goes there. */
	if ((r = copyin_msg(caller, m, umsg, how & SEND_REC)) != 0)
		return r;
	m->m_source = caller->p_endpoint;
	if (dst == caller)
		return -ELOCKED;
	if (accepts(dst, caller->p_endpoint, 0)) {
		if ((r = deliver(dst, m)) != 0)
			return r;
		if (how & SEND_REC) {
			block_receive(caller, dst->p_endpoint, umsg, 1);
			return -EDONTREPLY;
		}
		return 0;
	}
	if (how & SEND_NB)
		return -ENOTREADY;
	if (would_deadlock(caller, dst))
		return -ELOCKED;
	caller->p_ipc.pi_sendto = dst->p_endpoint;
	if (how & SEND_REC) {
		caller->p_ipc.pi_flags |= PI_SENDREC;
		caller->p_ipc.pi_umsg = umsg;
	}
	queue_append(dst, caller);
	rts_set(caller, RTS_SENDING);
	return -EDONTREPLY;
}

/* Is queued sender s acceptable to a receive from `from'? */
static int
queued_matches(const struct proc *s, endpoint_t from)
{
	if (from == ANY)
		return 1;
	if (s->p_ipc.pi_flags & PI_KSEND) /* a kernel message */
		return from == KERNEL;
	return s->p_endpoint == from;
}

/* Take a queued sender acceptable to a receive from `from'. */
static int
queue_take(struct proc *p, endpoint_t from, uintptr_t umsg)
{
	struct proc *s;
	int r;

	for (s = p->p_ipc.pi_qhead; s != NULL; s = s->p_ipc.pi_qnext) {
		if (!queued_matches(s, from))
			continue;
		r = copyout_msg(p, umsg, &s->p_ipc.pi_msg);
		if (r != 0)
			return r;
		queue_remove(p, s);
		sender_done(s, p);
		return 0;
	}
	return NOTHING;
}

/*
 * Deliver something already waiting for p: notifications first, then
 * queued senders in FIFO order.  SENDA entries are looked at once p is
 * blocked (see senda_scan()).  Returns 0, a negative error, or NOTHING.
 */
static int
try_receive(struct proc *p, endpoint_t from, uintptr_t umsg)
{
	message m;

	if (notify_take(p, from, &m) == 0)
		return copyout_msg(p, umsg, &m);
	return queue_take(p, from, umsg);
}

static int
do_receive(struct proc *caller, endpoint_t from, uintptr_t umsg)
{
	struct proc *src;
	int r;

	if (from == SELF)
		return -ELOCKED;
	if (from != ANY && !is_kernel_task(from) &&
	    (r = ipc_ep_lookup(from, &src)) != 0)
		return r;
	if ((r = probe_buffer(caller, umsg)) != 0)
		return r;
	if ((r = try_receive(caller, from, umsg)) != NOTHING)
		return r;
	block_receive(caller, from, umsg, 0);
	if (senda_pending > 0)
		senda_scan(caller);
	return -EDONTREPLY;
}

static int
do_notify(struct proc *caller, endpoint_t ep)
{
	struct proc *dst;
	int r;

	if ((r = dest_lookup(caller, ep, &dst)) != 0)
		return r;
	notify_post(dst, caller->p_endpoint);
	return 0;
}

/*
 * SENDA.  The table stays in the sender's memory; undelivered entries are
 * retried whenever a destination receives.  Per-entry results go back into
 * the table.  Returns 0 once the table is accepted.
 */
static int
senda_entry_done(struct proc *s, uintptr_t a, asynmsg_t *e, int r)
{
	e->result = r;
	e->flags |= AMF_DONE;
	if (copyout(s, a, e, offsetof(asynmsg_t, msg)) != 0)
		return -EFAULT;
	if (e->flags & AMF_NOTIFY)
		notify_post(s, ASYNCM);
	return 0;
}

static void
senda_clear(struct proc *s)
{
	if (s->p_ipc.pi_flags & PI_ASYNC)
		senda_pending--;
	s->p_ipc.pi_flags &= ~PI_ASYNC;
	s->p_ipc.pi_senda_tab = 0;
	s->p_ipc.pi_senda_count = 0;
}

/*
 * Try one SENDA entry of s.  `only' limits delivery to one receiver (NULL:
 * any waiting receiver).  Returns 1 if delivered, 0 if still pending,
 * -EFAULT if s's table went bad.
 */
static int
senda_try(struct proc *s, unsigned i, struct proc *only)
{
	uintptr_t a = s->p_ipc.pi_senda_tab + i * sizeof(asynmsg_t);
	struct proc *dst;
	asynmsg_t e;
	int r;

	if (copyin(s, &e, a, sizeof(e)) != 0)
		return -EFAULT;
	if (!(e.flags & AMF_VALID) || (e.flags & AMF_DONE))
		return 0;
	if ((r = dest_lookup(s, e.dst, &dst)) != 0)
		return senda_entry_done(s, a, &e, r);
	if (only != NULL && dst != only)
		return 0;
	if (dst == s)
		return senda_entry_done(s, a, &e, -ELOCKED);
	if (!accepts(dst, s->p_endpoint, 0))
		return 0;
	e.msg.m_source = s->p_endpoint;
	r = deliver(dst, &e.msg);
	if (senda_entry_done(s, a, &e, r) != 0)
		return -EFAULT;
	return 1;
}

/* Go through s's table; drop it once every entry is done. */
static int
senda_run(struct proc *s, struct proc *only)
{
	unsigned i, left = 0;
	uintptr_t a;
	asynmsg_t e;
	int r, delivered = 0;

	for (i = 0; i < s->p_ipc.pi_senda_count; i++) {
		if (!delivered && (r = senda_try(s, i, only)) != 0) {
			if (r < 0) {
				senda_clear(s);
				return 0;
			}
			delivered = 1;
			continue;
		}
		a = s->p_ipc.pi_senda_tab + i * sizeof(asynmsg_t);
		if (copyin(s, &e, a, offsetof(asynmsg_t, msg)) == 0 &&
		    (e.flags & AMF_VALID) && !(e.flags & AMF_DONE))
			left++;
	}
	if (left == 0)
		senda_clear(s);
	return delivered;
}

/* Blocked receiver p looks for a SENDA entry addressed to it. */
static void
senda_scan(struct proc *p)
{
	struct proc *s;
	int slot;

	for (slot = 0; slot < NR_SLOTS; slot++) {
		if (!(p->p_rts_flags & RTS_RECEIVING))
			return;
		s = proc_by_slot(slot);
		if (s == NULL || s == p || !(s->p_ipc.pi_flags & PI_ASYNC))
			continue;
		if (p->p_ipc.pi_getfrom != ANY &&
		    p->p_ipc.pi_getfrom != s->p_endpoint)
			continue;
		senda_run(s, p);
	}
}

static int
do_senda(struct proc *caller, int count, uintptr_t tab)
{
	size_t size;
	unsigned i;
	int r;

	if (count < 0 || count > NR_ASYNC_MAX)
		return -EINVAL;
	senda_clear(caller);
	if (count == 0)
		return 0;
	size = (size_t)count * sizeof(asynmsg_t);
	if (tab >= USER_TOP || size > USER_TOP - tab)
		return -EFAULT;
	caller->p_ipc.pi_senda_tab = tab;
	caller->p_ipc.pi_senda_count = (unsigned)count;
	caller->p_ipc.pi_flags |= PI_ASYNC;
	senda_pending++;
	for (i = 0; i < (unsigned)count; i++) {
		r = senda_try(caller, i, NULL);
		if (r < 0) {
			senda_clear(caller);
			return r;
		}
	}
	senda_run(caller, caller); /* recount; drops a finished table */
	return 0;
}

static int
do_replyrecv(struct proc *caller, endpoint_t ep, uintptr_t umsg)
{
	int r;

	if ((r = do_send(caller, ep, umsg, SEND_NB)) != 0)
		return r;
	return do_receive(caller, ANY, umsg);
}

long
ipc_trap(struct proc *caller, int prim, int ep, uintptr_t umsg)
{
	if (prim <= 0 || prim >= NR_IPC_PRIMS)
		return -EBADCALL;
	if (!priv_may_trap(caller, prim))
		return -ETRAPDENIED;
	switch (prim) {
	case SEND:
		return do_send(caller, ep, umsg, 0);
	case SENDNB:
		return do_send(caller, ep, umsg, SEND_NB);
	case SENDREC:
		return do_send(caller, ep, umsg, SEND_REC);
	case RECEIVE:
		return do_receive(caller, ep, umsg);
	case NOTIFY:
		return do_notify(caller, ep);
	case SENDA:
		return do_senda(caller, ep, umsg);
	case REPLYRECV:
		return do_replyrecv(caller, ep, umsg);
	}
	return -EBADCALL;
}

/*
 * The kernel sends m to dst on behalf of `holder', a process that is
 * already blocked by a flag of its own (e.g. RTS_FAULTED).  The message is
 * queued like a SEND from holder but arrives with m_source = KERNEL;
 * delivering it does not wake holder.
 */
int
ipc_kmsg_enqueue(struct proc *holder, struct proc *dst, const message *m)
{
	if (holder->p_rts_flags & (RTS_SENDING | RTS_RECEIVING))
		return -EBUSY;
	holder->p_ipc.pi_msg = *m;
	holder->p_ipc.pi_msg.m_source = KERNEL;
	if (accepts(dst, KERNEL, 0)) {
		deliver(dst, &holder->p_ipc.pi_msg);
		return 0;
	}
	holder->p_ipc.pi_flags |= PI_KSEND;
	holder->p_ipc.pi_sendto = dst->p_endpoint;
	queue_append(dst, holder);
	rts_set(holder, RTS_SENDING);
	return 0;
}

/* Take back a kernel message still queued on behalf of holder. */
void
ipc_kmsg_cancel(struct proc *holder)
{
	struct proc *dst;

	if (!(holder->p_rts_flags & RTS_SENDING) ||
	    !(holder->p_ipc.pi_flags & PI_KSEND))
		return;
	if (ipc_ep_lookup(holder->p_ipc.pi_sendto, &dst) == 0)
		queue_remove(dst, holder);
	holder->p_ipc.pi_flags &= ~PI_KSEND;
	holder->p_ipc.pi_sendto = NONE;
	rts_clear(holder, RTS_SENDING); /* still held by its own flag */
}

/*
 * Cancel the SEND or RECEIVE p is blocked in, without touching its
 * registers.  Returns 1 if there was one.
 */
int
ipc_abort(struct proc *p)
{
	struct proc *dst;

	if (p->p_rts_flags & RTS_SENDING) {
		if (p->p_ipc.pi_flags & PI_KSEND)
			return 0;
		if (ipc_ep_lookup(p->p_ipc.pi_sendto, &dst) == 0)
			queue_remove(dst, p);
		p->p_ipc.pi_flags &= ~PI_SENDREC;
		p->p_ipc.pi_sendto = NONE;
		rts_clear(p, RTS_SENDING);
		return 1;
	}
	if (p->p_rts_flags & RTS_RECEIVING) {
		p->p_ipc.pi_flags &= ~PI_REPLY_WAIT;
		p->p_ipc.pi_getfrom = NONE;
		rts_clear(p, RTS_RECEIVING);
		return 1;
	}
	return 0;
}

/* A process is leaving: nobody may keep waiting for it. */
void
ipc_proc_exit(struct proc *p)
{
	struct proc *q, *dst;
	int slot, i = p->p_slot;

	if ((p->p_rts_flags & RTS_SENDING) &&
	    ipc_ep_lookup(p->p_ipc.pi_sendto, &dst) == 0)
		queue_remove(dst, p);
	while ((q = p->p_ipc.pi_qhead) != NULL) {
		p->p_ipc.pi_qhead = q->p_ipc.pi_qnext;
		q->p_ipc.pi_qnext = NULL;
		if (q->p_ipc.pi_flags & PI_KSEND) {
			sender_done(q, p);
			continue;
		}
		q->p_ipc.pi_flags &= ~PI_SENDREC;
		wake(q, RTS_SENDING, -EDEADSRCDST);
	}
	for (slot = 0; slot < NR_SLOTS; slot++) {
		if ((q = proc_by_slot(slot)) == NULL || q == p)
			continue;
		notify_bit_clear(q, i);
		if ((q->p_rts_flags & RTS_RECEIVING) &&
		    q->p_ipc.pi_getfrom == p->p_endpoint)
			wake(q, RTS_RECEIVING, -EDEADSRCDST);
	}
	senda_clear(p);
	irq_proc_exit(p);
	priv_release(p);
	ipc_proc_init(p); /* RTS bits stay: the slot is being freed */
}
