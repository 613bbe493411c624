/*
 * t_hctl.c: the controller of the hand-off test boot.
 *
 * Boot data: GET_BOOTMODS lists the "rootfs" module (t_hdata.txt: 300
 * lines "rootfs line NNNN\n"); mapping its pages is refused until the
 * record allows the range (SYS_PRIV_ADD_MEM), then the bytes read through
 * the mapping are the file's.  VM hand-off: once t_hvm1 (VM) has died
 * holding t_hfault's fault, the faulter must still be stopped; t_hctl then
 * gives t_hnewvm PRF_VM_REGISTER and tells it to take over.  Scheduler
 * hand-off: once t_hsched has died, t_hchild must be back on the kernel's
 * default queue and runnable.
 */

#include "h_util.h"

#define DATA_LINES 300
#define LINE_LEN   17 /* "rootfs line NNNN\n" */
#define DATA_LEN   (DATA_LINES * LINE_LEN)
#define MAP_VA	   0x50000000UL
#define PAGE	   4096UL
#define KERN_PTR   ((void *)0xffff800000001000UL)
#define RTS_NOQ	   0x10 /* RTS_NO_QUANTUM (sys/kern/proc.h) */
#define RTS_FAULT  0x04 /* RTS_FAULTED */

static int
content_ok(const char *p)
{
	char line[LINE_LEN];
	int i;

	memcpy(line, "rootfs line 0000\n", LINE_LEN);
	for (i = 0; i < DATA_LINES; i++) {
		line[12] = (char)('0' + i / 1000);
		line[13] = (char)('0' + i / 100 % 10);
		line[14] = (char)('0' + i / 10 % 10);
		line[15] = (char)('0' + i % 10);
		if (strncmp(p + i * LINE_LEN, line, LINE_LEN) != 0) {
			kt_fail("bootmods_content", "line %d differs", i);
			return 0;
		}
	}
	return 1;
}

static void
test_bootmods_list(struct kinfo_bootmod *km)
{
	long r;

	r = kt_getinfo(GET_BOOTMODS, SELF, km, NR_BOOT_DATA * sizeof(*km));
	kt_expect("bootmods_count", r, 1);
	kt_check("bootmods_rootfs",
	    strcmp(km[0].km_name, "rootfs") == 0 && km[0].km_len == DATA_LEN,
	    "first is \"%s\", %lu bytes", km[0].km_name, km[0].km_len);
	kt_expect("bootmods_small_buffer",
	    kt_getinfo(GET_BOOTMODS, SELF, km, sizeof(*km) - 1), -E2BIG_);
	kt_expect("bootmods_bad_buffer",
	    kt_getinfo(GET_BOOTMODS, SELF, KERN_PTR, sizeof(*km)), -EFAULT_);
	kt_expect("bootmods_buffer_wraps",
	    kt_getinfo(GET_BOOTMODS, SELF, (void *)-16L, sizeof(*km)),
	    -EFAULT_);
}

static void
test_bootmods_map(const struct kinfo_bootmod *km)
{
	uint64_t base = km->km_base, pages = (km->km_len + PAGE - 1) / PAGE;
	struct mem_range mr;
	uint64_t i;
	long r = 0;

	kt_check("bootmods_page_aligned", base % PAGE == 0, "base %lx", base);
	kt_expect("bootmods_map_denied",
	    kt_vmctl(SELF, VMCTL_MAP, MAP_VA, base, 0), -EPERM_);
	kt_expect("bootmods_map_unaligned",
	    kt_vmctl(SELF, VMCTL_MAP, MAP_VA, base + 1, 0), -EINVAL_);
	mr.mr_base = base + PAGE;
	mr.mr_limit = base;
	kt_expect("bootmods_add_mem_inverted",
	    kt_privctl(SELF, SYS_PRIV_ADD_MEM, &mr), -EINVAL_);
	kt_expect("bootmods_add_mem_badptr",
	    kt_privctl(SELF, SYS_PRIV_ADD_MEM, KERN_PTR), -EFAULT_);
	mr.mr_base = base;
	mr.mr_limit = base + pages * PAGE - 1;
	kt_expect(
	    "bootmods_add_mem", kt_privctl(SELF, SYS_PRIV_ADD_MEM, &mr), 0);
	for (i = 0; i < pages && r == 0; i++)
		r = kt_vmctl(
		    SELF, VMCTL_MAP, MAP_VA + i * PAGE, base + i * PAGE, 0);
	kt_expect("bootmods_map", r, 0);
	kt_expect("bootmods_map_outside",
	    kt_vmctl(
		SELF, VMCTL_MAP, MAP_VA + pages * PAGE, base + pages * PAGE, 0),
	    -EPERM_);
	if (r == 0 && content_ok((const char *)MAP_VA))
		kt_pass("bootmods_content");
}

/* t_hvm1 died with t_hfault's fault: hand VM over to t_hnewvm. */
static void
test_vm_handoff(void)
{
	endpoint_t f = kt_lookup("t_hfault"), nvm = kt_lookup("t_hnewvm");
	struct kinfo_proc kp;
	static struct priv_rec rec;
	message m;
	int i;

	if (!kt_wait_gone("vm", 300))
		kt_fail("vmdeath_fault_kept", "the first VM did not exit");
	memset(&kp, 0, sizeof(kp));
	kt_proc_state(f, &kp);
	kt_check("vmdeath_fault_kept",
	    (kp.kp_rts_flags & RTS_FAULT) && (kp.kp_state & KPS_STOPPED),
	    "faulter state %x, flags %x", kp.kp_state, kp.kp_rts_flags);
	for (i = 0; i < 300; i++) { /* t_hnewvm waits for us */
		kt_proc_state(nvm, &kp);
		if ((kp.kp_state & KPS_RECEIVING) && kp.kp_getfrom != ANY)
			break;
		kt_sleep_ticks(1);
	}
	kt_privctl(nvm, SYS_PRIV_QUERY, &rec);
	rec.pr_flags |= PRF_VM_REGISTER;
	if (kt_privctl(nvm, SYS_PRIV_SET_SYS, &rec) != 0)
		kt_printf("t_hctl: cannot give t_hnewvm PRF_VM_REGISTER\n");
	memset(&m, 0, sizeof(m));
	kt_send(nvm, &m);
}

static void
test_sched_handoff(void)
{
	endpoint_t child = kt_lookup("t_hchild");
	struct kinfo_proc kp;

	if (!kt_wait_gone("t_hsched", 300))
		kt_fail("sched_exit_fallback", "the scheduler did not exit");
	memset(&kp, 0, sizeof(kp));
	kt_proc_state(child, &kp);
	kt_check("sched_exit_fallback",
	    kp.kp_endpoint == child && kp.kp_priority == 8 &&
		!(kp.kp_rts_flags & RTS_NOQ),
	    "child queue %d, flags %x", kp.kp_priority, kp.kp_rts_flags);
}

int
main(const char *name)
{
	struct kinfo_bootmod km[NR_BOOT_DATA];

	(void)name;
	memset(km, 0, sizeof(km));
	test_bootmods_list(km);
	test_bootmods_map(&km[0]);
	test_vm_handoff();
	test_sched_handoff();
	kt_wait_gone("t_hfault", 500);
	kt_wait_gone("t_hcopy", 500);
	kt_wait_gone("t_hnewvm", 500);
	kt_wait_gone("t_hchild", 500);
	kt_abort(0x10);
	return 0;
}
