/*
 * setkey.c: setkey(3) (XSI): the DES key for encrypt(3), given as 64
 * bytes each 0 or 1 (every eighth, the parity bit, is ignored).
 */

#include <errno.h>
#include <stdlib.h>

#include "crypt_impl.h"

struct des_key __encrypt_key;

void
setkey(const char *key)
{
	uint64_t k = 0;
	int i;

	if (key == NULL) {
		errno = EFAULT;
		return;
	}
	for (i = 0; i < 64; i++)
		k = k << 1 | (key[i] & 1);
	__des_key(&__encrypt_key, k);
}
