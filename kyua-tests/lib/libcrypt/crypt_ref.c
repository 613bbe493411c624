/*
 * crypt_ref: the reference for t_crypt's differential cases, built with
 * the host's compiler and libxcrypt (-lcrypt).  Each input line is
 * "hexkey hexsetting"; each output line is crypt()'s answer, or "NULL".
 */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
unhex(const char *h, size_t n, char *out)
{
	size_t i;
	unsigned v;

	for (i = 0; i < n / 2; i++) {
		if (sscanf(h + 2 * i, "%2x", &v) != 1)
			return -1;
		out[i] = (char)v;
	}
	out[n / 2] = '\0';
	return 0;
}

int
main(void)
{
	char line[2048], key[1024], setting[1024], *sp, *r;

	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if ((sp = strchr(line, ' ')) == NULL ||
		    unhex(line, (size_t)(sp - line), key) < 0 ||
		    unhex(sp + 1, strlen(sp + 1), setting) < 0)
			return 2;
		r = crypt(key, setting);
		puts(r != NULL && r[0] != '*' ? r : "NULL");
	}
	return 0;
}
