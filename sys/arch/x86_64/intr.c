/*
 * intr.c: interrupt hardware: the two 8259 PICs and the 8254 PIT.
 *
 * The PICs are remapped to vectors 0x30-0x3f (0x20-0x2f would collide with
 * the kernel-call vector 0x21).  IRQ 0 is the PIT at HZ and drives
 * clock_tick(); any other line goes to irq_handle() (K2's irq.c), which
 * decides whom to notify and whether to leave the line masked.
 *
 * The local APIC is put in virtual-wire mode (LINT0 = ExtINT, LINT1 = NMI,
 * software-enabled with spurious vector 0x2f) so the 8259's INTR reaches
 * the CPU: firmware such as qboot leaves LINT0 masked.  SMP will use the
 * APIC timer and IPIs instead.
 *
 * tsc_calibrate() measures the TSC rate once at boot against PIT channel 2
 * (gated by port 0x61, one-shot over CAL_COUNT PIT periods, the best of
 * CAL_TRIES 1 ms runs: short runs, so that on a loaded host some run is
 * likely to see no descheduling of QEMU); the kernel's CPU-time
 * accounting (clock.c) counts TSC cycles.
 */

#include "kernel.h"
#include "arch.h"
#include "proc.h"
#include "cpufunc.h"
#include "x86.h"

#define PIC1_CMD      0x20
#define PIC1_DATA     0x21
#define PIC2_CMD      0xa0
#define PIC2_DATA     0xa1
#define PIC_EOI	      0x20
#define PIT_CH0	      0x40
#define PIT_CMD	      0x43
#define PIT_HZ	      1193182
#define PIT_CH2	      0x42
#define PORT_B	      0x61 /* bit 0: ch2 gate, 1: speaker, 5: ch2 out */
#define CAL_COUNT     1193 /* PIT periods: 1 ms */
#define CAL_TRIES     16
#define CAL_SPINS     100000000 /* give up on a PIT that never fires */
#define MSR_APIC_BASE 0x1b
#define APIC_BASE_EN  (1ULL << 11)
#define LAPIC_TPR     0x080
#define LAPIC_SVR     0x0f0
#define LAPIC_LINT0   0x350
#define LAPIC_LINT1   0x360

static uint16_t irq_masks = 0xffff; /* 1 = masked; IRQ 2 = cascade */

static void
pic_write_masks(void)
{
	outb(PIC1_DATA, irq_masks & 0xff);
	outb(PIC2_DATA, irq_masks >> 8);
}

void
irq_mask(int irq)
{
	if (irq < 0 || irq >= NR_IRQ_VECTORS)
		return;
	irq_masks |= 1 << irq;
	pic_write_masks();
}

void
irq_unmask(int irq)
{
	if (irq < 0 || irq >= NR_IRQ_VECTORS)
		return;
	irq_masks &= ~(1 << irq);
	if (irq >= 8)
		irq_masks &= ~(1 << 2);
	pic_write_masks();
}

static void
pic_init(void)
{
	outb(PIC1_CMD, 0x11); /* ICW1: edge, cascade, ICW4 */
	outb(PIC2_CMD, 0x11);
	outb(PIC1_DATA, VEC_IRQ0); /* ICW2: vector base */
	outb(PIC2_DATA, VEC_IRQ0 + 8);
	outb(PIC1_DATA, 0x04); /* ICW3: slave on IRQ 2 */
	outb(PIC2_DATA, 0x02);
	outb(PIC1_DATA, 0x01); /* ICW4: 8086 mode */
	outb(PIC2_DATA, 0x01);
	pic_write_masks();
}

static void
pit_init(void)
{
	unsigned div = PIT_HZ / HZ;

	outb(PIT_CMD, 0x34); /* channel 0, lo/hi, rate generator */
	outb(PIT_CH0, div & 0xff);
	outb(PIT_CH0, div >> 8);
}

uint64_t
arch_cycles(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

/*
 * TSC cycles over CAL_COUNT PIT periods.  t0 is read before the count is
 * loaded, so a delay anywhere (QEMU's thread descheduled) only lengthens
 * the result: the shortest of CAL_TRIES runs is the best.
 */
static uint64_t
tsc_cal_once(void)
{
	uint64_t t0;
	long spins = CAL_SPINS;

	outb(PORT_B, (inb(PORT_B) & ~0x03) | 0x01);
	outb(PIT_CMD, 0xb0); /* channel 2, lo/hi, mode 0 (one-shot) */
	t0 = arch_cycles();
	outb(PIT_CH2, CAL_COUNT & 0xff);
	outb(PIT_CH2, CAL_COUNT >> 8);
	while (!(inb(PORT_B) & 0x20))
		if (--spins == 0)
			return 0;
	return arch_cycles() - t0;
}

static void
tsc_calibrate(struct cpu *c)
{
	uint64_t best = ~0ULL, d;
	int i;

	for (i = 0; i < CAL_TRIES; i++)
		if ((d = tsc_cal_once()) != 0 && d < best)
			best = d;
	tsc_hz = best * PIT_HZ / CAL_COUNT;
	if (best == ~0ULL || tsc_hz < 1000 * HZ) {
		kprintf("kernel: TSC calibration failed, assuming 1 GHz\n");
		tsc_hz = 1000000000ULL;
	}
	kprintf("kernel: TSC %lu kHz\n", tsc_hz / 1000);
	c->c_tsc_mark = c->c_tsc_start = arch_cycles();
}

static void
lapic_write(uint64_t base, unsigned reg, uint32_t v)
{
	*(volatile uint32_t *)PHYS_TO_VIRT(base + reg) = v;
}

static void
lapic_virtual_wire(void)
{
	uint64_t msr = rdmsr(MSR_APIC_BASE) | APIC_BASE_EN;
	uint64_t base = msr & 0xfffff000ULL;

	wrmsr(MSR_APIC_BASE, msr);
	lapic_write(base, LAPIC_TPR, 0);
	lapic_write(base, LAPIC_SVR, 0x100 | VEC_SPURIOUS);
	lapic_write(base, LAPIC_LINT0, 0x700); /* ExtINT */
	lapic_write(base, LAPIC_LINT1, 0x400); /* NMI */
}

void
arch_cpu_start(struct cpu *c)
{
	tsc_calibrate(c);
	lapic_virtual_wire();
	pic_init();
	pit_init();
	irq_unmask(0);
}

/* A spurious IRQ 7/15 has no bit in the in-service register. */
static int
irq_spurious(int irq)
{
	uint16_t port = irq == 7 ? PIC1_CMD : PIC2_CMD;

	if (irq != 7 && irq != 15)
		return 0;
	outb(port, 0x0b); /* OCW3: read ISR */
	if (inb(port) & 0x80)
		return 0;
	if (irq == 15)
		outb(PIC1_CMD, PIC_EOI);
	return 1;
}

void
intr_dispatch(int irq)
{
	if (irq_spurious(irq))
		return;
	if (irq == 0)
		clock_tick();
	else
		irq_handle(irq);
	if (irq >= 8)
		outb(PIC2_CMD, PIC_EOI);
	outb(PIC1_CMD, PIC_EOI);
}

uint32_t
arch_port_in(unsigned port, int size)
{
	if (size == 1)
		return inb(port);
	if (size == 2)
		return inw(port);
	return inl(port);
}

void
arch_port_out(unsigned port, uint32_t v, int size)
{
	if (size == 1)
		outb(port, v);
	else if (size == 2)
		outw(port, v);
	else
		outl(port, v);
}

void
arch_debug_exit(int code)
{
	outl(0xf4, (uint32_t)code);
}

void
arch_halt(void)
{
	for (;;)
		__asm__ volatile("cli; hlt");
}
