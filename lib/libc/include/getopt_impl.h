/*
 * getopt_impl.h: the option parser shared by getopt, getopt_long and
 * getopt_long_only (lib/libc/stdlib/getopt_core.c).
 */
#ifndef _GETOPT_IMPL_H_
#define _GETOPT_IMPL_H_

#include <getopt.h>

#define __GETOPT_LONG	   0x1 /* accept --name options */
#define __GETOPT_LONG_ONLY 0x2 /* also -name (getopt_long_only) */
#define __GETOPT_ALLARGS   0x8 /* optstring "-": words as option 1 */
#define __GETOPT_PERMUTE   0x4 /* move non-options to the end */

int __getopt_core(
    int, char *const *, const char *, const struct option *, int *, int);

#endif /* !_GETOPT_IMPL_H_ */
