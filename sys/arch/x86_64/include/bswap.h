/*
 * <machine/bswap.h>: byte-swap functions, through compiler builtins.
 */

#ifndef _X86_64_BSWAP_H_
#define _X86_64_BSWAP_H_

#include <machine/int_types.h>

static __inline __uint16_t
bswap16(__uint16_t __x)
{
	return __builtin_bswap16(__x);
}

static __inline __uint32_t
bswap32(__uint32_t __x)
{
	return __builtin_bswap32(__x);
}

static __inline __uint64_t
bswap64(__uint64_t __x)
{
	return __builtin_bswap64(__x);
}

#endif /* !_X86_64_BSWAP_H_ */
