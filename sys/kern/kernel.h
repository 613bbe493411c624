/*
 * kernel.h: declarations every kernel file needs.
 *
 * The kernel is freestanding: clang's own <stddef.h>, <stdint.h> and
 * <stdarg.h>, nothing else from a C library.  Errors are negative errno
 * values (kerrno.h).  Physical memory is reached through the direct map
 * (PHYS_TO_VIRT), which covers all usable RAM (see sys/arch/x86_64/README).
 */

#ifndef _KERN_KERNEL_H_
#define _KERN_KERNEL_H_

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "kerrno.h"

typedef uint64_t paddr_t;

#define PAGE_SIZE	   4096UL
#define PAGE_MASK	   (PAGE_SIZE - 1)
#define PAGE_ROUND_DOWN(a) ((a) & ~PAGE_MASK)
#define PAGE_ROUND_UP(a)   (((a) + PAGE_MASK) & ~PAGE_MASK)

/* Kernel virtual layout (mirrored in sys/arch/x86_64/conf/kernel.ld). */
#define KERNBASE	 0xffffffff80000000UL /* image: phys 0 maps here */
#define DIRECT_BASE	 0xffff800000000000UL /* direct map of phys 0.. */
#define DIRECT_BOOT_SIZE (4UL << 30)	      /* mapped by start.S */
#define DIRECT_MAX_SIZE	 (512UL << 30)	      /* one PDPT of 1 GiB entries */
#define USER_TOP	 0x0000800000000000UL /* first non-user address */

extern paddr_t direct_map_end; /* the direct map covers [0, this) */

#define PHYS_TO_VIRT(pa) ((void *)((uintptr_t)(pa) + DIRECT_BASE))

#define __unused	   __attribute__((__unused__))
#define __noreturn	   __attribute__((__noreturn__))
#define __packed	   __attribute__((__packed__))
#define __printflike(f, a) __attribute__((__format__(__printf__, f, a)))
#define __arraycount(a)	   (sizeof(a) / sizeof((a)[0]))

/* printf.c: the console (COM1) and panics. */
void kprintf(const char *, ...) __printflike(1, 2);
void kvprintf(const char *, va_list);
void kputs_n(const char *, size_t);
void panic(const char *, ...) __printflike(1, 2) __noreturn;

#define KASSERT(e)                                                             \
	do {                                                                   \
		if (!(e))                                                      \
			panic("%s: assertion \"%s\" failed (%s:%d)", __func__, \
			    #e, __FILE__, __LINE__);                           \
	} while (0)

/* lib.c: the few string routines the kernel uses. */
void *memset(void *, int, size_t);
void *memcpy(void *, const void *, size_t);
int memcmp(const void *, const void *, size_t);
size_t strlen(const char *);
size_t strlcpy(char *, const char *, size_t);
int strcmp(const char *, const char *);

/* shutdown.c: leave QEMU (isa-debug-exit) or halt. */
#define SHUTDOWN_SUCCESS 0x10 /* QEMU exits with 33 */
#define SHUTDOWN_FAILURE 0x11 /* QEMU exits with 35 */
void shutdown(int) __noreturn;

/* clock.c */
extern volatile uint64_t clock_ticks; /* uptime in ticks */
#define HZ 100
void clock_tick(void);
void clock_alarm_check(uint64_t); /* SYS_SETALARM expiry */
void clock_alarm_set(uint64_t);
extern uint64_t tsc_hz; /* TSC cycles per second (arch calibration) */
uint64_t cycles_to_ticks(uint64_t);
uint64_t cycles_to_ns(uint64_t);

#endif /* !_KERN_KERNEL_H_ */
