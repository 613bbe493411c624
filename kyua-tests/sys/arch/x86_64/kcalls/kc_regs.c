/*
 * kc_regs.c: the kernel-call trap and the IPC `syscall' leave every
 * register but the result alone.  `int $0x21' may change only rax;
 * `syscall' also loses rcx and r11 (the CPU puts rip and rflags there), so
 * rbx, rdx, rsi, rdi and r8-r10, r12-r15 must come back as they went in,
 * on a success and on an error, whichever way the kernel returns (iretq or
 * sysretq).
 */

#include "ktest.h"
#include "ktipc.h"

#define NREG 12

static const char *const reg_name[NREG] = { "rbx", "rcx", "rdx", "rsi", "rdi",
	"r8", "r9", "r10", "r11", "r12", "r13", "r14" };

/*
 * Loads in[] into the registers above (rdi = in[4] is also the message or
 * the IPC primitive), rax = rax_in, executes `insn', stores the registers
 * into out[] and returns rax.  r15 holds out[] across the instruction and
 * is itself checked by comparing it with the pointer afterwards.
 */
#define TRAP(name, insn)                                                       \
	static long trap_##name(                                               \
	    const uint64_t *in, uint64_t *out, uint64_t rax_in)                \
	{                                                                      \
		long rax;                                                      \
		uint64_t *r15_after;                                           \
                                                                               \
		__asm__ volatile(                                              \
		    "push %%rbx\n\t"                                           \
		    "push %%r12\n\t"                                           \
		    "push %%r13\n\t"                                           \
		    "push %%r14\n\t"                                           \
		    "push %%r15\n\t"                                           \
		    "push %%rsi\n\t"                                           \
		    "mov %%rdx, %%r15\n\t"                                     \
		    "mov 0(%%rsi), %%rbx\n\t"                                  \
		    "mov 8(%%rsi), %%rcx\n\t"                                  \
		    "mov 16(%%rsi), %%rdx\n\t"                                 \
		    "mov 32(%%rsi), %%rdi\n\t"                                 \
		    "mov 40(%%rsi), %%r8\n\t"                                  \
		    "mov 48(%%rsi), %%r9\n\t"                                  \
		    "mov 56(%%rsi), %%r10\n\t"                                 \
		    "mov 64(%%rsi), %%r11\n\t"                                 \
		    "mov 72(%%rsi), %%r12\n\t"                                 \
		    "mov 80(%%rsi), %%r13\n\t"                                 \
		    "mov 88(%%rsi), %%r14\n\t"                                 \
		    "mov 24(%%rsi), %%rsi\n\t" insn "\n\t"                     \
		    "mov %%rbx, 0(%%r15)\n\t"                                  \
		    "mov %%rcx, 8(%%r15)\n\t"                                  \
		    "mov %%rdx, 16(%%r15)\n\t"                                 \
		    "mov %%rsi, 24(%%r15)\n\t"                                 \
		    "mov %%rdi, 32(%%r15)\n\t"                                 \
		    "mov %%r8, 40(%%r15)\n\t"                                  \
		    "mov %%r9, 48(%%r15)\n\t"                                  \
		    "mov %%r10, 56(%%r15)\n\t"                                 \
		    "mov %%r11, 64(%%r15)\n\t"                                 \
		    "mov %%r12, 72(%%r15)\n\t"                                 \
		    "mov %%r13, 80(%%r15)\n\t"                                 \
		    "mov %%r14, 88(%%r15)\n\t"                                 \
		    "mov %%r15, %%rcx\n\t"                                     \
		    "pop %%rsi\n\t"                                            \
		    "pop %%r15\n\t"                                            \
		    "pop %%r14\n\t"                                            \
		    "pop %%r13\n\t"                                            \
		    "pop %%r12\n\t"                                            \
		    "pop %%rbx\n\t"                                            \
		    : "=a"(rax), "=c"(r15_after)                               \
		    : "a"(rax_in), "S"(in), "d"(out)                           \
		    : "rdi", "r8", "r9", "r10", "r11", "memory", "cc");        \
		if (r15_after != out)                                          \
			out[0] = ~in[0]; /* r15 lost: make the check fail */   \
		return rax;                                                    \
	}

TRAP(syscall, "syscall")
TRAP(int_0x21, "int $0x21")

static void
fill(uint64_t *in, uint64_t first)
{
	int i;

	for (i = 0; i < NREG; i++)
		in[i] = 0x5a5a000000000000ULL + first * 0x100 + (uint64_t)i;
}

/* Compares out with in except the registers in `lost' (a bit per index). */
static void
compare(const char *test, long rax, long want, const uint64_t *in,
    const uint64_t *out, unsigned lost)
{
	int i;

	if (rax != want) {
		kt_fail(test, "returned %ld, expected %ld", rax, want);
		return;
	}
	for (i = 0; i < NREG; i++)
		if (!(lost & (1u << i)) && in[i] != out[i]) {
			kt_fail(test, "%s changed from 0x%lx to 0x%lx",
			    reg_name[i], (unsigned long)in[i],
			    (unsigned long)out[i]);
			return;
		}
	kt_pass(test);
}

/* A kernel call through `int $0x21': a null DIAGCTL, then a bad call. */
static void
regs_kcall(void)
{
	uint64_t in[NREG], out[NREG];
	message m;
	long r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_DIAGCTL;
	m.m_lsys_krn_sys_diagctl.code = DIAGCTL_CODE_DIAG;
	m.m_lsys_krn_sys_diagctl.len = 0;
	fill(in, 1);
	in[4] = (uint64_t)&m;
	r = trap_int_0x21(in, out, 0);
	compare("kcall_regs_kept", r, 0, in, out, 0);

	fill(in, 2);
	in[4] = 0x10; /* a message pointer into nowhere */
	r = trap_int_0x21(in, out, 0);
	compare("kcall_regs_kept_error", r, -14, in, out, 0);
}

/*
 * IPC through `syscall': rdi = primitive, rsi = endpoint, rdx = message.
 * A NOTIFY to ourselves succeeds (RECEIVE collects it), a SEND to an
 * endpoint nobody has fails; rcx and r11 (indexes 1 and 8) are lost.
 */
static void
regs_ipc(void)
{
	uint64_t in[NREG], out[NREG];
	message m;
	long r;

	fill(in, 3);
	in[4] = NOTIFY;
	in[3] = (uint64_t)(long)SELF;
	in[2] = (uint64_t)&m;
	r = trap_syscall(in, out, 0);
	compare("ipc_regs_kept", r, 0, in, out, 1u << 1 | 1u << 8);
	(void)kt_receive(ANY, &m);

	fill(in, 4);
	in[4] = SEND;
	in[3] = (uint64_t)(long)_ENDPOINT(7, NR_SLOTS - 1);
	in[2] = (uint64_t)&m;
	r = trap_syscall(in, out, 0);
	if (r >= 0)
		kt_fail("ipc_regs_kept_error",
		    "SEND to a free slot returned %ld", r);
	else
		compare(
		    "ipc_regs_kept_error", r, r, in, out, 1u << 1 | 1u << 8);
}

void
test_regs(void)
{
	regs_kcall();
	regs_ipc();
}
