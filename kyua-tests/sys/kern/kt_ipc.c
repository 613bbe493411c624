/*
 * kt_ipc.c: controller of the IPC test boot (see modules).  It must be the
 * first module.  It drives three kt_peer command servers (a, b, c; c also
 * serves as the partner that lets everybody else run), kills kt_peer_x to
 * test stale endpoints, starts signal handlers in kt_sig (this same
 * program under another name, so addresses match), and finally lets
 * ktl_limited and ktu_user run their privilege tests, prints their reports
 * and shuts QEMU down.  This file: helpers and the IPC primitive tests.
 */

#include "kt_ctl.h"

struct kt_eps ep;
static message stash; /* ktu_user's early HELLO */
static int stashed;

long
kcall_m(message *m)
{
	return kt_kcall(m);
}

/* SENDREC command type to e with n uint64 arguments; reply in *m. */
int
cmd(endpoint_t e, int type, message *m, int n, ...)
{
	va_list ap;
	int i;

	memset(m, 0, sizeof(*m));
	m->m_type = type;
	va_start(ap, n);
	for (i = 0; i < n; i++)
		m->m_u64.m_u64[i] = va_arg(ap, uint64_t);
	va_end(ap);
	return kt_sendrec(e, m);
}

/* Send a command without waiting for a reply. */
static int
post(endpoint_t e, int type, uint64_t a0, uint64_t a1)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_u64.m_u64[0] = a0;
	m.m_u64.m_u64[1] = a1;
	return kt_send(e, &m);
}

/* Block for a round trip to peer c, so everybody ahead of us runs. */
void
yield(void)
{
	message m;

	cmd(ep.c, P_ECHO, &m, 0);
}

/* Wait (yielding) until e's state has all bits of want. */
int
wait_state(endpoint_t e, uint32_t want)
{
	struct kinfo_proc kp;
	int i;

	for (i = 0; i < 200; i++) {
		if (kt_proc_state(e, &kp) != 0)
			return 0;
		if ((kp.kp_state & want) == want)
			return 1;
		yield();
	}
	return 0;
}

/* RECEIVE, setting aside ktu_user's HELLO until its turn comes. */
int
recv(endpoint_t from, message *m)
{
	int r;

	for (;;) {
		r = kt_receive(from, m);
		if (r == 0 && from == ANY && m->m_source == ep.user &&
		    !stashed) {
			stash = *m;
			stashed = 1;
			continue;
		}
		return r;
	}
}

static void
t_sendrec_echo(void)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_type = P_ECHO;
	m.m_source = 777; /* the kernel must overwrite it */
	m.m_u64.m_u64[0] = 41;
	r = kt_sendrec(ep.a, &m);
	kt_check("sendrec_roundtrip", r == 0 && m.m_u64.m_u64[0] == 42,
	    "r %d value %lu", r, m.m_u64.m_u64[0]);
	kt_check("msource_set_by_kernel",
	    m.m_u64.m_u64[1] == (uint64_t)ep.self && m.m_source == ep.a,
	    "peer saw %ld, reply from %d", (long)m.m_u64.m_u64[1], m.m_source);
	kt_check("replyrecv_reply", m.m_type == P_ECHO, "type %#x", m.m_type);
}

static void
t_send_receive(void)
{
	message m;
	int r;

	r = post(ep.b, P_SEND_TO, (uint64_t)ep.self, 99);
	expect("send_to_receiver", r, 0);
	r = recv(ep.b, &m);
	kt_check("receive_specific",
	    r == 0 && m.m_type == P_DATA && m.m_u64.m_u64[0] == 99 &&
		m.m_source == ep.b,
	    "r %d type %#x val %lu src %d", r, m.m_type, m.m_u64.m_u64[0],
	    m.m_source);
}

/* a and b both queue a message; RECEIVE(b) skips a; ANY is FIFO. */
static void
t_receive_queue(void)
{
	message m1, m2;
	int r1, r2;

	post(ep.a, P_SEND_TO, (uint64_t)ep.self, 1);
	wait_state(ep.a, KPS_SENDING);
	post(ep.b, P_SEND_TO, (uint64_t)ep.self, 2);
	wait_state(ep.b, KPS_SENDING);
	r1 = recv(ep.b, &m1);
	r2 = recv(ANY, &m2);
	kt_check("receive_from_skips_queue",
	    r1 == 0 && m1.m_source == ep.b && m1.m_u64.m_u64[0] == 2,
	    "r %d src %d", r1, m1.m_source);
	kt_check("receive_any_fifo",
	    r2 == 0 && m2.m_source == ep.a && m2.m_u64.m_u64[0] == 1,
	    "r %d src %d", r2, m2.m_source);

	post(ep.a, P_SEND_TO, (uint64_t)ep.self, 3);
	wait_state(ep.a, KPS_SENDING);
	post(ep.b, P_SEND_TO, (uint64_t)ep.self, 4);
	wait_state(ep.b, KPS_SENDING);
	r1 = recv(ANY, &m1);
	r2 = recv(ANY, &m2);
	kt_check("receive_any_order",
	    r1 == 0 && r2 == 0 && m1.m_source == ep.a && m2.m_source == ep.b,
	    "first from %d, second from %d", m1.m_source, m2.m_source);
}

static void
t_notify(void)
{
	message m;
	int r;

	r = kt_notify(SELF);
	expect("notify_self", r, 0);
	r = recv(ANY, &m);
	kt_check("notify_self_delivered",
	    r == 0 && m.m_type == NOTIFY_MESSAGE && m.m_source == ep.self,
	    "r %d type %#x src %d", r, m.m_type, m.m_source);

	r = cmd(ep.a, P_NOTIFY_N, &m, 2, (uint64_t)ep.self, 1);
	r = r == 0 ? (int)m.m_u64.m_u64[0] : r;
	expect("notify_peer", r, 0);
	r = recv(ANY, &m);
	kt_check("notify_delivered",
	    r == 0 && m.m_type == NOTIFY_MESSAGE && m.m_source == ep.a,
	    "r %d type %#x src %d", r, m.m_type, m.m_source);
}

/* Five notifications before RECEIVE arrive as one. */
static void
t_notify_coalesce(void)
{
	message m;
	int r, n = 0;

	cmd(ep.a, P_NOTIFY_N, &m, 2, (uint64_t)ep.self, 5);
	r = recv(ANY, &m);
	if (r == 0 && m.m_type == NOTIFY_MESSAGE && m.m_source == ep.a)
		n++;
	post(ep.c, P_SEND_TO, (uint64_t)ep.self, 7);
	r = recv(ANY, &m);
	kt_check("notify_coalesce",
	    n == 1 && r == 0 && m.m_type == P_DATA && m.m_source == ep.c,
	    "notify seen %d, then type %#x from %d", n, m.m_type, m.m_source);
}

/* A queued message from a, then a notification from b: notify first. */
static void
t_receive_order(void)
{
	message m1, m2;
	int ok;

	post(ep.a, P_SEND_TO, (uint64_t)ep.self, 5);
	ok = wait_state(ep.a, KPS_SENDING);
	cmd(ep.b, P_NOTIFY_N, &m1, 2, (uint64_t)ep.self, 1);
	recv(ANY, &m1);
	recv(ANY, &m2);
	kt_check("receive_notify_first",
	    ok && m1.m_type == NOTIFY_MESSAGE && m1.m_source == ep.b &&
		m2.m_type == P_DATA && m2.m_source == ep.a,
	    "a queued %d; got %#x from %d, then %#x from %d", ok, m1.m_type,
	    m1.m_source, m2.m_type, m2.m_source);
}

/*
 * While we wait for a's reply, b's SENDNB to us fails and b's NOTIFY stays
 * pending: only a's reply ends the SENDREC.
 */
static void
t_sendrec_atomic(void)
{
	message m;
	int r;

	r = cmd(ep.a, P_ATOMIC, &m, 2, (uint64_t)ep.b, (uint64_t)ep.self);
	kt_check("sendrec_atomic",
	    r == 0 && m.m_source == ep.a && m.m_type == P_ATOMIC &&
		(long)m.m_u64.m_u64[0] == ENOTREADY_ && m.m_u64.m_u64[1] == 0 &&
		m.m_u64.m_u64[2] == 0,
	    "r %d src %d type %#x sendnb %ld notify %ld", r, m.m_source,
	    m.m_type, (long)m.m_u64.m_u64[0], (long)m.m_u64.m_u64[1]);
	r = recv(ANY, &m);
	kt_check("sendrec_atomic_notify_kept",
	    r == 0 && m.m_type == NOTIFY_MESSAGE && m.m_source == ep.b,
	    "r %d type %#x src %d", r, m.m_type, m.m_source);
}

static void
t_sendnb(void)
{
	message m;
	int r;

	post(ep.a, P_SEND_TO, (uint64_t)ep.self, 3);
	wait_state(ep.a, KPS_SENDING);
	memset(&m, 0, sizeof(m));
	m.m_type = P_ECHO;
	expect("sendnb_notready", kt_sendnb(ep.a, &m), ENOTREADY_);
	expect("replyrecv_notready", kt_replyrecv(ep.a, &m), ENOTREADY_);
	recv(ep.a, &m);
	wait_state(ep.a, KPS_RECEIVING);
	memset(&m, 0, sizeof(m));
	m.m_type = P_SEND_TO;
	m.m_u64.m_u64[0] = (uint64_t)ep.self;
	m.m_u64.m_u64[1] = 8;
	r = kt_sendnb(ep.a, &m);
	expect("sendnb_ready", r, 0);
	r = recv(ep.a, &m);
	kt_check("sendnb_delivered", r == 0 && m.m_u64.m_u64[0] == 8,
	    "r %d val %lu", r, m.m_u64.m_u64[0]);
}

static void
t_elocked(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	expect("elocked_self", kt_send(SELF, &m), ELOCKED_);
	expect("elocked_receive_self", kt_receive(SELF, &m), ELOCKED_);
	post(ep.a, P_SEND_TO, (uint64_t)ep.self, 1);
	wait_state(ep.a, KPS_SENDING);
	m.m_type = P_ECHO;
	expect("elocked_send_cycle", kt_send(ep.a, &m), ELOCKED_);
	expect("elocked_sendrec_cycle", kt_sendrec(ep.a, &m), ELOCKED_);
	post(ep.b, P_SEND_TO, (uint64_t)ep.a, 2);
	wait_state(ep.b, KPS_SENDING);
	expect("elocked_three_cycle", kt_send(ep.b, &m), ELOCKED_);
	recv(ep.a, &m); /* a takes b's message and both go idle */
	kt_check("elocked_unwound",
	    wait_state(ep.a, KPS_RECEIVING) && wait_state(ep.b, KPS_RECEIVING),
	    "peers still blocked");
}

static void
t_senda(void)
{
	static asynmsg_t tab[4];
	message m;
	int r, ok;

	post(ep.b, P_SEND_TO, (uint64_t)ep.self, 6);
	wait_state(ep.b, KPS_SENDING);
	memset(tab, 0, sizeof(tab));
	tab[0].flags = AMF_VALID;
	tab[0].dst = ep.a;
	tab[0].msg.m_type = P_DATA;
	tab[1].flags = AMF_VALID | AMF_NOTIFY;
	tab[1].dst = ep.b;
	tab[1].msg.m_type = P_SEND_TO;
	tab[1].msg.m_u64.m_u64[0] = (uint64_t)ep.self;
	tab[1].msg.m_u64.m_u64[1] = 61;
	tab[2].flags = AMF_VALID;
	tab[2].dst = _ENDPOINT(0, 200);
	tab[3].dst = ep.a; /* not AMF_VALID: ignored */
	r = kt_senda(tab, 4);
	ok = r == 0 && (tab[0].flags & AMF_DONE) && tab[0].result == 0 &&
	    !(tab[1].flags & AMF_DONE) && (tab[2].flags & AMF_DONE) &&
	    tab[2].result == EDEADSRCDST_ && !(tab[3].flags & AMF_DONE);
	kt_check("senda_immediate", ok, "r %d flags %x/%x/%x/%x results %d/%d",
	    r, tab[0].flags, tab[1].flags, tab[2].flags, tab[3].flags,
	    tab[0].result, tab[2].result);
	recv(ep.b, &m); /* b's own message; then b takes tab[1] */
	r = recv(ANY, &m);
	kt_check("senda_notify_asyncm",
	    r == 0 && m.m_type == NOTIFY_MESSAGE && m.m_source == ASYNCM,
	    "r %d type %#x src %d", r, m.m_type, m.m_source);
	kt_check("senda_deferred",
	    (tab[1].flags & AMF_DONE) && tab[1].result == 0,
	    "flags %x result %d", tab[1].flags, tab[1].result);
	r = recv(ANY, &m);
	kt_check("senda_message_acted",
	    r == 0 && m.m_source == ep.b && m.m_u64.m_u64[0] == 61,
	    "r %d src %d val %lu", r, m.m_source, m.m_u64.m_u64[0]);
}

/* Entries to myself fail; a new SENDA (here: count 0) drops the old table. */
static void
t_senda_more(void)
{
	static asynmsg_t tab[2];
	struct kinfo_proc kp;
	message m;
	int r;

	memset(tab, 0, sizeof(tab));
	tab[0].flags = AMF_VALID;
	tab[0].dst = SELF;
	r = kt_senda(tab, 1);
	kt_check("senda_to_self",
	    r == 0 && (tab[0].flags & AMF_DONE) && tab[0].result == ELOCKED_,
	    "r %d flags %x result %d", r, tab[0].flags, tab[0].result);

	post(ep.b, P_SEND_TO, (uint64_t)ep.self, 9);
	wait_state(ep.b, KPS_SENDING);
	memset(tab, 0, sizeof(tab));
	tab[0].flags = AMF_VALID;
	tab[0].dst = ep.b;
	tab[0].msg.m_type = P_SEND_TO;
	tab[0].msg.m_u64.m_u64[0] = (uint64_t)ep.self;
	tab[0].msg.m_u64.m_u64[1] = 91;
	kt_senda(tab, 1);
	kt_senda(NULL, 0); /* cancel before b can take it */
	recv(ep.b, &m);	   /* b's 9; b goes back to RECEIVE */
	wait_state(ep.b, KPS_RECEIVING);
	r = kt_proc_state(ep.b, &kp);
	kt_check("senda_cancelled",
	    !(tab[0].flags & AMF_DONE) && r == 0 &&
		(kp.kp_state & KPS_RECEIVING),
	    "flags %x state %#x", tab[0].flags, kp.kp_state);
}

static void
t_bad_primitive(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	expect("prim_zero", kt_ipc(0, ep.a, &m), EBADCALL_);
	expect("prim_too_big", kt_ipc(NR_IPC_PRIMS, ep.a, &m), EBADCALL_);
	expect("prim_negative", kt_ipc(-1, ep.a, &m), EBADCALL_);
}

static const message ro_msg = { .m_type = P_DATA };

static void
t_bad_pointers(void)
{
	message *kern = (message *)KERNEL_ADDR, *unm = (message *)UNMAPPED;
	message *ro = (message *)(uintptr_t)&ro_msg;

	expect("send_null", kt_send(ep.a, NULL), EFAULT_);
	expect("send_kernel_ptr", kt_send(ep.a, kern), EFAULT_);
	expect("sendnb_unmapped", kt_sendnb(ep.a, unm), EFAULT_);
	expect("sendrec_null", kt_sendrec(ep.a, NULL), EFAULT_);
	expect("sendrec_readonly", kt_sendrec(ep.a, ro), EFAULT_);
	expect("receive_null", kt_receive(ANY, NULL), EFAULT_);
	expect("receive_kernel_ptr", kt_receive(ANY, kern), EFAULT_);
	expect("receive_readonly", kt_receive(ANY, ro), EFAULT_);
	expect("replyrecv_null", kt_replyrecv(ep.a, NULL), EFAULT_);
	expect("senda_null", kt_senda(NULL, 1), EFAULT_);
	expect(
	    "senda_kernel_ptr", kt_senda((asynmsg_t *)KERNEL_ADDR, 2), EFAULT_);
	expect("senda_count_negative", kt_senda(NULL, -1), EINVAL_);
	expect(
	    "senda_count_too_big", kt_senda(NULL, NR_ASYNC_MAX + 1), EINVAL_);
	expect("senda_cancel", kt_senda(NULL, 0), 0);
}

static void
t_bad_endpoints(void)
{
	message m;
	endpoint_t stale = _ENDPOINT(1, _ENDPOINT_P(ep.self));

	memset(&m, 0, sizeof(m));
	expect("send_ep_garbage", kt_send(BAD_EP, &m), EINVAL_);
	expect("send_ep_none", kt_send(NONE, &m), EINVAL_);
	expect("send_ep_any", kt_send(ANY, &m), EINVAL_);
	expect("send_ep_task", kt_send(HARDWARE, &m), EINVAL_);
	expect(
	    "send_ep_free_slot", kt_send(_ENDPOINT(0, 200), &m), EDEADSRCDST_);
	expect("send_ep_wrong_gen", kt_send(stale, &m), EDEADSRCDST_);
	expect("receive_ep_garbage", kt_receive(BAD_EP, &m), EINVAL_);
	expect("receive_ep_free_slot", kt_receive(_ENDPOINT(0, 201), &m),
	    EDEADSRCDST_);
	expect("notify_ep_none", kt_notify(NONE), EINVAL_);
	expect(
	    "notify_ep_free_slot", kt_notify(_ENDPOINT(0, 202)), EDEADSRCDST_);
	expect("sendrec_ep_negative", kt_sendrec(-50, &m), EINVAL_);
}

/*
 * x's slot gets a new owner (SYS_FORK of peer c into it, a stopped child
 * receiving from ANY like c): x's old endpoint still fails and nothing
 * sent to it reaches the child.
 */
static void
t_slot_reuse(void)
{
	struct kinfo_proc kp;
	endpoint_t child;
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_FORK;
	m.m_lsys_krn_sys_fork.endpt = ep.c;
	m.m_lsys_krn_sys_fork.slot = _ENDPOINT_P(ep.x);
	r = (int)kcall_m(&m);
	child = m.m_krn_lsys_sys_fork.endpt;
	if (!kt_check("slot_reused",
		r == 0 && _ENDPOINT_P(child) == _ENDPOINT_P(ep.x) &&
		    child != ep.x,
		"r %d child %d old %d", r, child, ep.x))
		return;
	memset(&m, 0, sizeof(m));
	expect("reused_stale_send", kt_send(ep.x, &m), EDEADSRCDST_);
	expect("reused_stale_sendnb", kt_sendnb(ep.x, &m), EDEADSRCDST_);
	expect("reused_stale_notify", kt_notify(ep.x), EDEADSRCDST_);
	expect("reused_stale_getinfo", kt_proc_state(ep.x, &kp), EDEADSRCDST_);
	r = kt_proc_state(child, &kp);
	kt_check("reused_new_owner_untouched",
	    r == 0 && (kp.kp_state & KPS_RECEIVING) && kp.kp_getfrom == ANY,
	    "r %d state %#x", r, kp.kp_state);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_EXIT;
	m.m_lsys_krn_endpt.endpt = child;
	expect("reused_child_exit", kcall_m(&m), 0);
}

/*
 * kt_peer_x exits while a waits in SENDREC to it and b in RECEIVE from
 * it: both wake with EDEADSRCDST; afterwards x's endpoint is dead for
 * every primitive.
 */
static void
t_exit_and_stale(void)
{
	struct kinfo_proc kp;
	message m;
	int i, r;

	post(ep.x, P_RECV_FROM, (uint64_t)ep.self, 0);
	wait_state(ep.x, KPS_RECEIVING);
	post(ep.a, P_SENDREC_TO, (uint64_t)ep.x, 0);
	wait_state(ep.a, KPS_SENDING);
	post(ep.b, P_RECV_FROM, (uint64_t)ep.x, 0);
	wait_state(ep.b, KPS_RECEIVING);
	post(ep.x, P_EXIT, 0, 0);
	for (i = 0; i < 100 && kt_proc_state(ep.x, &kp) == 0; i++)
		yield();
	expect("exit_getinfo_dead", kt_proc_state(ep.x, &kp), EDEADSRCDST_);
	r = recv(ep.a, &m);
	kt_check("exit_wakes_sender",
	    r == 0 && (long)m.m_u64.m_u64[0] == EDEADSRCDST_, "r %d result %ld",
	    r, (long)m.m_u64.m_u64[0]);
	r = recv(ep.b, &m);
	kt_check("exit_wakes_receiver",
	    r == 0 && (long)m.m_u64.m_u64[0] == EDEADSRCDST_, "r %d result %ld",
	    r, (long)m.m_u64.m_u64[0]);
	memset(&m, 0, sizeof(m));
	expect("stale_send", kt_send(ep.x, &m), EDEADSRCDST_);
	expect("stale_sendnb", kt_sendnb(ep.x, &m), EDEADSRCDST_);
	expect("stale_sendrec", kt_sendrec(ep.x, &m), EDEADSRCDST_);
	expect("stale_notify", kt_notify(ep.x), EDEADSRCDST_);
	expect("stale_receive", kt_receive(ep.x, &m), EDEADSRCDST_);
	t_slot_reuse();
}

static void
finish_user(void)
{
	message m;
	int r, done = 0;

	if (!stashed && recv(ep.user, &stash) != 0) {
		kt_fail("user_module_ran", "no HELLO from ktu_user");
		return;
	}
	m = stash;
	m.m_u64.m_u64[0] = (uint64_t)ep.self;
	m.m_u64.m_u64[1] = (uint64_t)ep.limited;
	m.m_u64.m_u64[2] = (uint64_t)ep.a;
	while (!done) {
		r = kt_replyrecv(ep.user, &m);
		if (r != 0) {
			kt_fail("user_module_ran", "replyrecv %d", r);
			return;
		}
		if (m.m_source != ep.user) {
			kt_printf("kt_ipc: unexpected %#x from %d\n", m.m_type,
			    m.m_source);
			continue;
		}
		if (m.m_type == KT_REPORT) {
			m.m_u8.m_u8[55] = '\0';
			kt_printf("%s\n", (char *)m.m_u8.m_u8);
		} else if (m.m_type == KT_DONE) {
			done = 1;
		}
	}
	kt_pass("user_module_ran");
	m.m_type = 0;
	kt_sendnb(ep.user, &m);
}

/* Let a program that waits for KT_HELLO run its tests; it ends with KT_DONE. */
static void
finish(endpoint_t e, const char *name)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_type = KT_HELLO;
	m.m_u64.m_u64[0] = (uint64_t)ep.self;
	m.m_u64.m_u64[1] = (uint64_t)ep.a;
	r = kt_sendrec(e, &m);
	kt_check(
	    name, r == 0 && m.m_type == KT_DONE, "r %d type %#x", r, m.m_type);
}

static int
lookup_all(void)
{
	ep.self = kt_lookup("kt_ipc");
	ep.a = kt_lookup("kt_peer_a");
	ep.b = kt_lookup("kt_peer_b");
	ep.c = kt_lookup("kt_peer_c");
	ep.x = kt_lookup("kt_peer_x");
	ep.sig = kt_lookup("kt_sig");
	ep.limited = kt_lookup("ktl_limited");
	ep.user = kt_lookup("ktu_user");
	ep.irq = kt_lookup("kt_irq");
	ep.vm = kt_lookup("vm");
	return ep.self >= 0 && ep.a >= 0 && ep.b >= 0 && ep.c >= 0 &&
	    ep.x >= 0 && ep.sig >= 0 && ep.limited >= 0 && ep.user >= 0 &&
	    ep.irq >= 0 && ep.vm >= 0;
}

int
main(const char *name)
{
	if (strcmp(name, "kt_sig") == 0)
		return sig_main();
	if (!kt_check("ipc_modules_found", lookup_all(), "a module is missing"))
		kt_abort(0x11);
	t_sendrec_echo();
	t_send_receive();
	t_receive_queue();
	t_notify();
	t_notify_coalesce();
	t_receive_order();
	t_sendrec_atomic();
	t_sendnb();
	t_elocked();
	t_senda();
	t_senda_more();
	t_bad_primitive();
	t_bad_pointers();
	t_bad_endpoints();
	t_exit_and_stale();
	grant_tests();
	kcall_tests();
	sig_tests();
	fuzz_tests();
	finish(ep.limited, "limited_module_ran");
	finish(ep.irq, "irq_module_ran");
	finish(ep.vm, "vm_module_ran");
	finish_user();
	kt_printf("kt_ipc: all done\n");
	kt_abort(0x10);
	return 0;
}
