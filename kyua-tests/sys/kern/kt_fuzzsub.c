/*
 * kt_fuzzsub.c: random input for the newer kernel sub-requests, each
 * checked against the one result the documented rules allow:
 *
 *	GETINFO GET_BOOTMODS, GET_CPUTIME  random sizes and pointers (valid,
 *		NULL page, kernel half, non-canonical, unmapped, wrapping,
 *		read-only text): E2BIG if the size is short, else EFAULT for
 *		a bad pointer, else the count (1: this boot has one data
 *		module) or 0.
 *	VMCTL_REGISTER_VM  random endpoints: EPERM for the caller itself (no
 *		PRF_VM_REGISTER), EINVAL for anything else.
 *	VMCTL_MAP  random endpoints, addresses, physical pages and flags:
 *		EINVAL for a bad endpoint, address, flags or unaligned page,
 *		EPERM for another process (we are not VM) or a page outside
 *		our record.  Draws the record would allow are not made.
 *	VMCTL, any param, on another process  EPERM for a live one (only VM
 *		may), EINVAL for a dead or malformed endpoint.
 *
 * Afterwards VM is still kt_vm (we got no VM rights) and IPC works.
 */

#include "kt_ctl.h"

#define SUB_ROUNDS 600
#define SCRATCH_VA 0x60000000UL
#define USER_END   0x0000800000000000UL

static uint64_t seed = 0x2545f4914f6cdd1dULL;
static struct priv_rec rec;

static uint64_t
rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

/* A buffer pointer; *good says whether a copy to it can succeed. */
static uint64_t
draw_ptr(int *good)
{
	static uint64_t buf[64];

	*good = 0;
	switch (rnd() % 8) {
	case 0:
		return rnd() & 0xfff; /* the unmapped first page */
	case 1:
		return 0xffff800000000000UL | (rnd() & 0x7fffffffffffUL);
	case 2:
		return USER_END |
		    (rnd() & 0x7fffffffffffUL); /* non-canonical */
	case 3:
		return (rnd() | (1UL << 63)) &
		    ~(0x1UL << 62); /* non-canonical */
	case 4:
		return UNMAPPED + (rnd() & 0xffffffUL);
	case 5:
		return (uint64_t)0 - (rnd() % 64 + 1); /* wraps past 2^64 */
	case 6:
		return 0x400000UL + (rnd() & 0xff8UL); /* read-only text */
	default:
		*good = 1;
		return (uint64_t)(uintptr_t)buf;
	}
}

static uint64_t
draw_len(uint64_t size)
{
	switch (rnd() % 6) {
	case 0:
		return 0;
	case 1:
		return size - 1;
	case 2:
		return rnd() % size;
	case 3:
		return rnd();
	case 4:
		return size + rnd() % 100;
	default:
		return size;
	}
}

/* Random GETINFO req calls; how many results differ from the rules. */
static int
fuzz_getinfo(int req, uint64_t size, long good_result, long *last)
{
	uint64_t p, len;
	long r, want;
	int i, good, bad = 0;

	for (i = 0; i < SUB_ROUNDS; i++) {
		p = draw_ptr(&good);
		len = draw_len(size);
		want = len < size ? E2BIG_ : good ? good_result : EFAULT_;
		r = kt_getinfo(req, SELF, (void *)(uintptr_t)p, len);
		if (r != want) {
			bad++;
			*last = r;
			kt_printf("getinfo %d ptr %lx len %lu: %ld, not %ld\n",
			    req, p, len, r, want);
		}
	}
	return bad;
}

static long
register_vm(endpoint_t e)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_VMCTL;
	m.m_lsys_krn_sys_vmctl.endpt = e;
	m.m_lsys_krn_sys_vmctl.param = VMCTL_REGISTER_VM;
	return kt_kcall(&m);
}

static endpoint_t
draw_ep(void)
{
	endpoint_t e;

	switch (rnd() % 9) {
	case 0:
		return SELF;
	case 1:
		return ep.self;
	case 2:
		return ep.a; /* alive */
	case 3:
		return ep.vm;
	case 4:
		return ep.x; /* exited */
	case 5:
		return BAD_EP;
	case 6:
		return NONE;
	case 7:
		return _ENDPOINT(100 + rnd() % 100, rnd() % 50); /* stale */
	default:
		e = (endpoint_t)rnd();
		return e == ep.self ? NONE : e;
	}
}

static int
fuzz_register(long *last)
{
	endpoint_t e;
	long r, want;
	int i, bad = 0;

	for (i = 0; i < SUB_ROUNDS; i++) {
		e = draw_ep();
		want = (e == SELF || e == ep.self) ? EPERM_ : EINVAL_;
		if ((r = register_vm(e)) != want) {
			bad++;
			*last = r;
			kt_printf("register %d: %ld, not %ld\n", e, r, want);
		}
	}
	return bad;
}

static int
rec_allows(uint64_t pa)
{
	uint64_t last = pa + 4095;
	unsigned i;

	for (i = 0; i < rec.pr_nr_mem && i < NR_MEM_RANGE; i++)
		if (last >= pa && pa >= rec.pr_mem[i].mr_base &&
		    last <= rec.pr_mem[i].mr_limit)
			return 1;
	return 0;
}

static uint64_t
draw_va(void)
{
	switch (rnd() % 5) {
	case 0:
		return SCRATCH_VA + (rnd() % 256) * 4096 + (rnd() & 0xfff);
	case 1:
		return 0xffff800000000000UL + ((rnd() & 0xfffffff) << 12);
	case 2:
		return USER_END - 4096 * (rnd() % 4);
	default:
		return SCRATCH_VA + (rnd() % 256) * 4096;
	}
}

static uint64_t
draw_pa(void)
{
	uint64_t pa;

	switch (rnd() % 5) {
	case 0:
		pa = rnd();
		break;
	case 1:
		pa = rnd() & 0xfffff000UL; /* low 4 GiB, aligned */
		break;
	case 2:
		pa = (rnd() % 0x200) << 12; /* first 2 MiB: BIOS, kernel */
		break;
	case 3:
		pa = 0xfffffffffffff000UL - ((rnd() % 4) << 12); /* wraps */
		break;
	default:
		pa = rnd() & ~0xfffUL;
		break;
	}
	return pa == VMCTL_ANON_PAGE ? 0 : pa;
}

/* The rules' answer for VMCTL_MAP; 0 means the map would be made. */
static long
map_want(endpoint_t e, uint64_t va, uint64_t pa, uint64_t fl)
{
	if (e != SELF && e != ep.self && e != ep.a && e != ep.vm)
		return EINVAL_;
	if (e == ep.a || e == ep.vm)
		return EPERM_;
	if ((va & 0xfff) != 0 || va >= USER_END ||
	    (fl & ~(uint64_t)(VMCTL_F_WRITE | VMCTL_F_EXEC)) != 0)
		return EINVAL_;
	if ((pa & 0xfff) != 0)
		return EINVAL_;
	return rec_allows(pa) ? 0 : EPERM_;
}

static int
fuzz_map(long *last)
{
	uint64_t va, pa, fl;
	endpoint_t e;
	long r, want;
	int i, bad = 0;

	for (i = 0; i < SUB_ROUNDS; i++) {
		e = rnd() % 3 ? SELF : draw_ep();
		va = draw_va();
		pa = draw_pa();
		fl = rnd() % 5 ? rnd() % 4 : rnd();
		if ((want = map_want(e, va, pa, fl)) == 0)
			continue; /* a real mapping: not ours to make */
		if ((r = kt_vmctl(e, VMCTL_MAP, va, pa, fl)) != want) {
			bad++;
			*last = r;
			kt_printf("map %d va %lx pa %lx fl %lx: %ld, not %ld\n",
			    e, va, pa, fl, r, want);
		}
	}
	return bad;
}

/*
 * VMCTL with any param on another process: we are not VM, so EPERM for a
 * live one, EINVAL for a dead or malformed endpoint (REGISTER_VM: always
 * EINVAL, it names only the caller).
 */
static int
fuzz_vmctl_other(long *last)
{
	static const uint64_t params[] = { VMCTL_MAP, VMCTL_UNMAP,
		VMCTL_CLEAR_PAGEFAULT, VMCTL_GET_PDBR, VMCTL_REGISTER_VM, 0,
		99 };
	uint64_t param;
	endpoint_t e;
	long r, want;
	int i, bad = 0;

	for (i = 0; i < SUB_ROUNDS; i++) {
		while ((e = draw_ep()) == SELF || e == ep.self)
			;
		param = rnd() % 4 ? params[rnd() % 7] : rnd() % 1000;
		want = (e == ep.a || e == ep.vm) && param != VMCTL_REGISTER_VM
		    ? EPERM_
		    : EINVAL_;
		r = kt_vmctl(e, (int)param, rnd(), rnd(), rnd());
		if (r != want) {
			bad++;
			*last = r;
			kt_printf("vmctl %d param %lu: %ld, not %ld\n", e,
			    param, r, want);
		}
	}
	return bad;
}

void
fuzz_sub_tests(void)
{
	struct kinfo_bootmod km[NR_BOOT_DATA];
	long last = 0;
	int bad;

	memset(&rec, 0, sizeof(rec));
	memset(km, 0, sizeof(km));
	expect("fuzz_sub_own_record",
	    kt_getinfo(GET_PRIV, SELF, &rec, sizeof(rec)), 0);
	expect("fuzz_sub_bootmods_count",
	    kt_getinfo(GET_BOOTMODS, SELF, km, sizeof(km)), 1);
	bad = fuzz_getinfo(GET_BOOTMODS, sizeof(km[0]), 1, &last);
	kt_check("fuzz_sub_bootmods", bad == 0, "%d odd results, last %ld", bad,
	    last);
	bad = fuzz_getinfo(GET_CPUTIME, sizeof(struct kinfo_cputime), 0, &last);
	kt_check("fuzz_sub_cputime", bad == 0, "%d odd results, last %ld", bad,
	    last);
	bad = fuzz_register(&last);
	kt_check("fuzz_sub_register_vm", bad == 0, "%d odd results, last %ld",
	    bad, last);
	bad = fuzz_map(&last);
	kt_check(
	    "fuzz_sub_map", bad == 0, "%d odd results, last %ld", bad, last);
	bad = fuzz_vmctl_other(&last);
	kt_check("fuzz_sub_vmctl_other", bad == 0, "%d odd results, last %ld",
	    bad, last);
	/* Had a REGISTER_VM been taken, we would be VM and this 0. */
	expect("fuzz_sub_still_not_vm", kt_vmctl(ep.a, VMCTL_GET_PDBR, 0, 0, 0),
	    EPERM_);
}
