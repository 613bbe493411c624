/*
 * kt_peer.c: a command server for the IPC tests (loaded as kt_peer_a,
 * kt_peer_b and kt_peer_c).  It receives commands from ANY (see
 * kt_proto.h), acts, and answers SENDREC callers with REPLYRECV, so its
 * main loop exercises the server primitive on every command.
 */

#include "ktest.h"
#include "ktipc.h"
#include "kt_proto.h"

static cp_grant_t gtab[4];
static uint8_t buf[4096];

static int
do_copy(message *m)
{
	endpoint_t granter = (endpoint_t)m->m_u64.m_u64[0];
	cp_grant_id_t gid = (cp_grant_id_t)m->m_u64.m_u64[1];
	uint64_t off = m->m_u64.m_u64[2], n = m->m_u64.m_u64[3];
	struct vscp_vec v[2];
	message vm;

	if (n > sizeof(buf))
		n = sizeof(buf);
	switch (m->m_u64.m_u64[4]) {
	case COPY_FROM:
		memset(buf, 0, 64);
		return kt_safecopy(SYS_SAFECOPYFROM, granter, gid, off, buf,
		    m->m_u64.m_u64[3]);
	case COPY_TO:
		memset(buf, (int)m->m_u64.m_u64[5], n);
		return kt_safecopy(
		    SYS_SAFECOPYTO, granter, gid, off, buf, m->m_u64.m_u64[3]);
	case COPY_MEMSET:
		return kt_safememset(granter, gid, off, (int)m->m_u64.m_u64[5],
		    m->m_u64.m_u64[3]);
	case COPY_VFROM:
		memset(buf, 0, 64);
		memset(v, 0, sizeof(v));
		v[0].v_from = v[1].v_from = granter;
		v[0].v_to = v[1].v_to = SELF;
		v[0].v_gid = v[1].v_gid = gid;
		v[0].v_offset = off;
		v[0].v_addr = (uintptr_t)buf;
		v[0].v_bytes = n / 2;
		v[1].v_offset = off + n / 2;
		v[1].v_addr = (uintptr_t)buf + n / 2;
		v[1].v_bytes = n - n / 2;
		memset(&vm, 0, sizeof(vm));
		vm.m_type = SYS_VSAFECOPY;
		vm.m_lsys_krn_sys_vsafecopy.vec_addr = (uintptr_t)v;
		vm.m_lsys_krn_sys_vsafecopy.vec_size = 2;
		return (int)kt_kcall(&vm);
	}
	return -22;
}

/* Make entry 0 of my table an indirect grant; returns the new id. */
static cp_grant_id_t
do_setgrant(message *m)
{
	cp_grant_t *g = &gtab[0];

	g->cp_seq++;
	g->cp_flags = (uint32_t)m->m_u64.m_u64[5] | CPF_INDIRECT | CPF_VALID;
	g->cp_who_to = (endpoint_t)m->m_u64.m_u64[0];
	g->cp_who_from = (endpoint_t)m->m_u64.m_u64[1];
	g->cp_ref = (cp_grant_id_t)m->m_u64.m_u64[2];
	g->cp_start = m->m_u64.m_u64[3];
	g->cp_len = m->m_u64.m_u64[4];
	if (kt_setgrant(gtab, 4) != 0)
		return GRANT_INVALID;
	return GRANT_ID(0, g->cp_seq);
}

static void
result_to(endpoint_t ep, long r)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = P_RESULT;
	m.m_u64.m_u64[0] = (uint64_t)r;
	kt_send(ep, &m);
}

/* Handle one command; returns 1 if m now holds a reply for its source. */
static int
handle(message *m)
{
	endpoint_t src = m->m_source, to = (endpoint_t)m->m_u64.m_u64[0];
	uint64_t a1 = m->m_u64.m_u64[1];
	message m2;
	long r;
	int i;

	switch (m->m_type) {
	case P_ECHO:
		m->m_u64.m_u64[0]++;
		m->m_u64.m_u64[1] = (uint64_t)src;
		return 1;
	case P_SEND_TO:
		memset(&m2, 0, sizeof(m2));
		m2.m_type = P_DATA;
		m2.m_u64.m_u64[0] = a1;
		m2.m_source = 4242; /* must be overwritten by the kernel */
		kt_send(to, &m2);
		return 0;
	case P_NOTIFY_N:
		r = 0;
		for (i = 0; i < (int)a1 && r == 0; i++)
			r = kt_notify(to);
		m->m_u64.m_u64[0] = (uint64_t)r;
		return 1;
	case P_ATOMIC:
		memset(&m2, 0, sizeof(m2));
		m2.m_type = P_TRY_CTL;
		m2.m_u64.m_u64[0] = a1;
		r = kt_sendrec(to, &m2);
		m->m_u64.m_u64[0] = m2.m_u64.m_u64[0];
		m->m_u64.m_u64[1] = m2.m_u64.m_u64[1];
		m->m_u64.m_u64[2] = (uint64_t)r;
		return 1;
	case P_TRY_CTL:
		memset(&m2, 0, sizeof(m2));
		m2.m_type = P_DATA;
		m->m_u64.m_u64[0] = (uint64_t)(long)kt_sendnb(to, &m2);
		m->m_u64.m_u64[1] = (uint64_t)(long)kt_notify(to);
		return 1;
	case P_SENDREC_TO:
		memset(&m2, 0, sizeof(m2));
		m2.m_type = P_ECHO;
		result_to(src, kt_sendrec(to, &m2));
		return 0;
	case P_RECV_FROM:
		r = kt_receive(to, &m2);
		if (r == 0 && m2.m_type == P_EXIT)
			kt_exit(0);
		result_to(src, r);
		return 0;
	case P_COPY:
		r = do_copy(m);
		m->m_u64.m_u64[0] = (uint64_t)r;
		memcpy(&m->m_u64.m_u64[2], buf, 32);
		return 1;
	case P_SETGRANT:
		m->m_u64.m_u64[1] = (uint64_t)(long)do_setgrant(m);
		m->m_u64.m_u64[0] = 0;
		return 1;
	case P_EXIT:
		kt_exit(0);
	}
	return 0;
}

int
main(const char *name)
{
	message m;
	endpoint_t src;
	int r;

	(void)name;
	r = kt_receive(ANY, &m);
	for (;;) {
		if (r != 0) {
			kt_printf("%s: receive failed: %d\n", name, r);
			r = kt_receive(ANY, &m);
			continue;
		}
		src = m.m_source;
		if (handle(&m))
			r = kt_replyrecv(src, &m);
		else
			r = kt_receive(ANY, &m);
	}
}
