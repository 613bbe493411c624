/*
 * crypt_md5.c: the $1$ method (Poul-Henning Kamp's MD5-based crypt):
 * "$1$" + up to 8 salt characters (ending at '$') + "$" + 22 characters
 * of the 128-bit result after 1000 mixing rounds.
 */

#include <string.h>

#include "crypt_impl.h"

/* The digest of pw + magic + salt, stretched as the method defines. */
static void
initial(const char *pw, size_t pl, const char *salt, size_t sl,
    unsigned char out[16])
{
	struct md5 c, alt;
	unsigned char a[16];
	size_t n;

	__md5_init(&alt);
	__md5_update(&alt, pw, pl);
	__md5_update(&alt, salt, sl);
	__md5_update(&alt, pw, pl);
	__md5_final(&alt, a);
	__md5_init(&c);
	__md5_update(&c, pw, pl);
	__md5_update(&c, "$1$", 3);
	__md5_update(&c, salt, sl);
	for (n = pl; n > 0; n -= n > 16 ? 16 : n)
		__md5_update(&c, a, n > 16 ? 16 : n);
	for (n = pl; n > 0; n >>= 1)
		__md5_update(&c, (n & 1) ? "" : pw, 1);
	__md5_final(&c, out);
}

int
__crypt_md5(const char *pw, const char *setting, char *out)
{
	static const unsigned char order[5][3] = {
		{ 0, 6, 12 },
		{ 1, 7, 13 },
		{ 2, 8, 14 },
		{ 3, 9, 15 },
		{ 4, 10, 5 },
	};
	const char *salt = setting + 3;
	size_t pl = strlen(pw), sl = strcspn(salt, "$");
	unsigned char f[16];
	struct md5 c;
	char *p;
	int i;

	if (sl > 8)
		sl = 8;
	initial(pw, pl, salt, sl, f);
	for (i = 0; i < 1000; i++) {
		__md5_init(&c);
		if (i & 1)
			__md5_update(&c, pw, pl);
		else
			__md5_update(&c, f, 16);
		if (i % 3)
			__md5_update(&c, salt, sl);
		if (i % 7)
			__md5_update(&c, pw, pl);
		if (i & 1)
			__md5_update(&c, f, 16);
		else
			__md5_update(&c, pw, pl);
		__md5_final(&c, f);
	}
	memcpy(out, "$1$", 3);
	memcpy(out + 3, salt, sl);
	p = out + 3 + sl;
	*p++ = '$';
	for (i = 0; i < 5; i++)
		p = __crypt_a64_put(p,
		    (uint32_t)f[order[i][0]] << 16 | f[order[i][1]] << 8 |
			f[order[i][2]],
		    4);
	p = __crypt_a64_put(p, f[11], 2);
	*p = '\0';
	return 0;
}
