/*
 * encrypt.c: encrypt(3) (XSI): encrypt (edflag 0) or decrypt (edflag 1)
 * the 64-bit block, given as 64 bytes each 0 or 1, in place with the
 * key of setkey(3).  Other edflag values are EINVAL.
 */

#include <errno.h>
#include <unistd.h>

#include "crypt_impl.h"

extern struct des_key __encrypt_key;

void
encrypt(char *block, int edflag)
{
	uint64_t b = 0;
	int i;

	if (block == NULL) {
		errno = EFAULT;
		return;
	}
	if (edflag != 0 && edflag != 1) {
		errno = EINVAL;
		return;
	}
	for (i = 0; i < 64; i++)
		b = b << 1 | (block[i] & 1);
	b = __des_crypt(&__encrypt_key, b, 0, edflag);
	for (i = 63; i >= 0; i--, b >>= 1)
		block[i] = (char)(b & 1);
}
