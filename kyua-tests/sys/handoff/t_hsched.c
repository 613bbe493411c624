/*
 * t_hsched.c: a user-space scheduler that walks out.  It takes t_hchild
 * (SCHEDCTL), gives it queue 9 and 20 ms quanta, answers two of its
 * SCHEDULING_NO_QUANTUM messages and exits on the third without an
 * answer: the kernel must take the child back (t_hctl and t_hchild check).
 */

#include "h_util.h"

#define MY_Q 9

int
main(const char *name)
{
	endpoint_t child = kt_lookup("t_hchild");
	struct kinfo_proc kp;
	message m;
	long r1, r2;
	int n = 0;

	(void)name;
	r1 = h_schedule(SYS_SCHEDCTL, child, 0, 0, 0);
	r2 = h_schedule(SYS_SCHEDULE, child, MY_Q, 20, 0);
	memset(&kp, 0, sizeof(kp));
	kt_proc_state(child, &kp);
	kt_check("sched_exit_took_child",
	    r1 == 0 && r2 == 0 && kp.kp_priority == MY_Q,
	    "SCHEDCTL %ld, SCHEDULE %ld, queue %d", r1, r2, kp.kp_priority);
	while (n < 3 && kt_receive(ANY, &m) == 0) {
		if (m.m_source != KERNEL || m.m_type != SCHEDULING_NO_QUANTUM ||
		    m.m_lsys_krn_sys_schedule.endpt != child)
			continue;
		if (++n < 3)
			h_schedule(SYS_SCHEDULE, child, MY_Q, 20, 0);
	}
	kt_proc_state(child, &kp);
	kt_check("sched_exit_got_quantum",
	    n == 3 && (kp.kp_state & KPS_STOPPED) != 0,
	    "%d messages, child state %x", n, kp.kp_state);
	return 0;
}
