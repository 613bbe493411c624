/*
 * v_fault2.c: faults once, when v_ctl says so: v_old then waits for
 * v_ctl, so the fault stays queued for it; v_new's VMCTL_REGISTER_VM must
 * take it back from v_old's queue and send it to v_new.
 */

#include "v_util.h"

int
main(const char *name)
{
	volatile uint64_t *a = (volatile uint64_t *)FAULT_VA3;

	(void)name;
	(void)v_recv_word(kt_lookup("v_ctl"));
	*a = 0x0badcafe12345678UL;
	kt_check("vmtake_queued_faulter_completed", *a == 0x0badcafe12345678UL,
	    "read back %lx", *a);
	return 0;
}
