/*
 * v_ctl.c: the controller of the VM take-over test boot.  It waits until
 * the old VM (v_old, "vm") holds v_fault's fault, has v_fault2 fault
 * while v_old waits (so that fault stays in v_old's queue), gives v_new
 * PRF_VM_REGISTER, lets v_old try its refused VMCTL calls while v_new
 * holds the re-sent fault, checks v_fault is still stopped, lets v_new
 * resolve, and once v_fault is done sends v_old the word it must receive
 * before anything else.
 */

#include "v_util.h"

/* Let v_fault2 fault while v_old waits for us: its fault stays queued. */
static void
queue_fault(void)
{
	endpoint_t f2 = kt_lookup("v_fault2");
	struct kinfo_proc kp;
	int i;

	v_send_word(f2, 1);
	for (i = 0; i < 500; i++) {
		memset(&kp, 0, sizeof(kp));
		kt_proc_state(f2, &kp);
		if (kp.kp_rts_flags & RTS_FAULT)
			break;
		kt_sleep_ticks(1);
	}
	kt_check("vmtake_queued_fault_stopped", (kp.kp_rts_flags & RTS_FAULT),
	    "v_fault2 state %x, flags %x", kp.kp_state, kp.kp_rts_flags);
}

static void
grant_register(endpoint_t nvm)
{
	static struct priv_rec rec;
	struct kinfo_proc kp;
	int i;

	for (i = 0; i < 300; i++) { /* v_new waits for us */
		memset(&kp, 0, sizeof(kp));
		kt_proc_state(nvm, &kp);
		if ((kp.kp_state & KPS_RECEIVING) && kp.kp_getfrom != ANY)
			break;
		kt_sleep_ticks(1);
	}
	kt_privctl(nvm, SYS_PRIV_QUERY, &rec);
	rec.pr_flags |= PRF_VM_REGISTER;
	if (kt_privctl(nvm, SYS_PRIV_SET_SYS, &rec) != 0)
		kt_printf("v_ctl: cannot give v_new PRF_VM_REGISTER\n");
	v_send_word(nvm, 1);
}

int
main(const char *name)
{
	endpoint_t old = kt_lookup("vm"), nvm = kt_lookup("v_new");
	endpoint_t f = kt_lookup("v_fault");
	struct kinfo_proc kp;
	uint64_t w;

	(void)name;
	(void)v_recv_word(old); /* the old VM holds the first fault */
	queue_fault();
	grant_register(nvm);
	(void)v_recv_word(nvm); /* v_new holds it too */
	v_send_word(old, 1);
	w = v_recv_word(old);
	memset(&kp, 0, sizeof(kp));
	kt_proc_state(f, &kp);
	kt_check("vmtake_still_stopped",
	    w == 2 && (kp.kp_rts_flags & RTS_FAULT) &&
		(kp.kp_state & KPS_STOPPED),
	    "word %lu, faulter state %x, flags %x", w, kp.kp_state,
	    kp.kp_rts_flags);
	v_send_word(nvm, 2);
	if (!kt_wait_gone("v_fault", 500) || !kt_wait_gone("v_fault2", 500))
		kt_printf("v_ctl: a faulter did not finish\n");
	v_send_word(old, 3);
	kt_wait_gone("vm", 500);
	kt_wait_gone("v_new", 500);
	kt_abort(0x10);
	return 0;
}
