/*
 * <machine/types.h>: machine-dependent types for <sys/types.h>.
 */

#ifndef _X86_64_MACHINE_TYPES_H_
#define _X86_64_MACHINE_TYPES_H_

#include <sys/cdefs.h>
#include <machine/int_types.h>

typedef unsigned long paddr_t;
typedef unsigned long psize_t;
typedef unsigned long vaddr_t;
typedef unsigned long vsize_t;
typedef long int register_t;
typedef int register32_t;

typedef unsigned char __cpu_simple_lock_nv_t;
typedef long int __register_t;

#define __HAVE_NEW_STYLE_BUS_H
#define __HAVE_CPU_COUNTER

#endif /* !_X86_64_MACHINE_TYPES_H_ */
