/*
 * ktest.h: the freestanding runtime of in-kernel test programs (boot
 * modules).  They run in ring 3 before any server exists, so everything
 * goes through kernel calls: console output (SYS_DIAGCTL), exit
 * (SYS_EXIT), accounting (SYS_TIMES), shutdown (SYS_ABORT).
 *
 * Result protocol (parsed by tools/ktest.sh from the serial log): one line
 * per test case, at line start: "PASS <name>", "FAIL <name>: <reason>" or
 * "SKIP <name>: <reason>".  kt_pass/kt_fail/kt_skip print them with a
 * single kernel call each, so lines of different programs never mix.
 */

#ifndef _KTEST_H_
#define _KTEST_H_

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/kcalls.h>

int main(const char *);

long kt_kcall(message *); /* int $0x21; returns rax */
void kt_printf(const char *, ...) __attribute__((__format__(__printf__, 1, 2)));
void kt_vsnprintf(char *, size_t, const char *, va_list);
void kt_exit(int) __attribute__((__noreturn__));
void kt_abort(int);				  /* SYS_ABORT, RBT_QEMU_EXIT */
endpoint_t kt_lookup(const char *);		  /* endpoint or -errno */
int kt_times(endpoint_t, uint64_t *, uint64_t *); /* user, uptime */
uint64_t kt_uptime(void);
void kt_wait_ticks(uint64_t); /* busy-wait (never yields) */

void kt_pass(const char *);
void kt_fail(const char *, const char *, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int kt_check(const char *, int, const char *, ...)
    __attribute__((__format__(__printf__, 3, 4)));
void kt_skip(const char *, const char *);

void *memset(void *, int, size_t);
void *memcpy(void *, const void *, size_t);
size_t strlen(const char *);
int strcmp(const char *, const char *);
int strncmp(const char *, const char *, size_t);

#endif /* !_KTEST_H_ */
