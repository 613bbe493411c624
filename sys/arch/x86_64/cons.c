/*
 * cons.c: the early console, a 16550 UART on COM1 (0x3f8), 115200 8N1,
 * polled.  Used by kprintf from the first instruction of kmain on.
 */

#include "kernel.h"
#include "arch.h"
#include "cpufunc.h"

#define COM1 0x3f8

void
cons_init(void)
{
	outb(COM1 + 1, 0x00); /* no interrupts */
	outb(COM1 + 3, 0x80); /* DLAB */
	outb(COM1 + 0, 0x01); /* divisor 1: 115200 baud */
	outb(COM1 + 1, 0x00);
	outb(COM1 + 3, 0x03); /* 8N1 */
	outb(COM1 + 2, 0xc7); /* FIFO on, cleared */
	outb(COM1 + 4, 0x03); /* DTR, RTS */
}

void
cons_putc(int c)
{
	int spin;

	if (c == '\n')
		cons_putc('\r');
	for (spin = 0; spin < 100000 && (inb(COM1 + 5) & 0x20) == 0; spin++)
		continue;
	outb(COM1, (uint8_t)c);
}
