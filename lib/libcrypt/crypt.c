/*
 * crypt.c: crypt(3): hash key with the method the setting names:
 *
 *	"$1$"			MD5
 *	"$2a$" "$2b$" "$2y$"	Blowfish (bcrypt)
 *	"$5$"			SHA-256
 *	"$6$"			SHA-512
 *	"_"			extended (BSDI) DES
 *	anything else		traditional DES (two salt characters)
 *
 * The result is in a static buffer overwritten by the next call.  A
 * setting the method cannot use (an unknown "$n$", salt characters
 * outside "./0-9A-Za-z", a bad cost) gives NULL with errno EINVAL; NULL
 * arguments give EFAULT.
 */

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "crypt_impl.h"

static int
dispatch(const char *key, const char *setting, char *out)
{
	if (setting[0] == '_')
		return __crypt_bsdi(key, setting, out);
	if (setting[0] != '$')
		return __crypt_des(key, setting, out);
	if (strncmp(setting, "$1$", 3) == 0)
		return __crypt_md5(key, setting, out);
	if (strncmp(setting, "$5$", 3) == 0)
		return __crypt_sha256(key, setting, out);
	if (strncmp(setting, "$6$", 3) == 0)
		return __crypt_sha512(key, setting, out);
	if (strncmp(setting, "$2", 2) == 0)
		return __crypt_bcrypt(key, setting, out);
	return -1;
}

char *
crypt(const char *key, const char *setting)
{
	static char out[CRYPT_OUTLEN];

	if (key == NULL || setting == NULL) {
		errno = EFAULT;
		return NULL;
	}
	if (dispatch(key, setting, out) < 0) {
		if (errno != ENOMEM)
			errno = EINVAL;
		return NULL;
	}
	return out;
}
