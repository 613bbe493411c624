/*
 * fpref: the glibc reference for the differential floating-point tests.
 * Built with the host's own compiler and C library (HOSTPROGS), never
 * with Bulkhead's libc.  Reads one command per line on stdin and prints
 * glibc's answer as one line on stdout:
 *
 *	p <format> <16 hex digits>		printf of a double (bits)
 *	i <format> <16 hex digits>		printf of a long long
 *	P <format> <4 hex> <16 hex>		printf of a long double
 *						(sign/exponent, significand)
 *	d <string>	strtod: bits as 16 hex digits, then the end offset
 *	f <string>	strtof: bits as 8 hex digits, then the end offset
 *	l <string>	strtold: 4 + 16 hex digits, then the end offset
 *	s <format> <string>	sscanf with one double conversion: the
 *				return value and the bits
 *	S <format> <string>	sscanf with one long long conversion: the
 *				return value and the value in hex
 *
 * The format is a single word: a space in it is written as '_'.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
print_ld(long double v)
{
	unsigned char b[sizeof(long double)];
	uint64_t m;
	uint16_t se;

	memset(b, 0, sizeof(b));
	memcpy(b, &v, 10);
	memcpy(&m, b, 8);
	memcpy(&se, b + 8, 2);
	printf("%04x%016llx", se, (unsigned long long)m);
}

static long double
make_ld(const char *se_hex, const char *m_hex)
{
	unsigned char b[sizeof(long double)];
	uint64_t m = strtoull(m_hex, NULL, 16);
	uint16_t se = (uint16_t)strtoul(se_hex, NULL, 16);
	long double v;

	memset(b, 0, sizeof(b));
	memcpy(b, &m, 8);
	memcpy(b + 8, &se, 2);
	memcpy(&v, b, sizeof(v));
	return v;
}

static void
do_line(char *line)
{
	char *cmd = strtok(line, " "), *a = strtok(NULL, " ");
	char *b = strtok(NULL, " "), *c = strtok(NULL, " "), *end;
	double d;
	float f;
	long double ld;
	uint64_t u;
	uint32_t u32;
	int r;

	if (cmd == NULL || a == NULL ||
	    (cmd[0] != 'd' && cmd[0] != 'f' && cmd[0] != 'l' && b == NULL)) {
		printf("?\n");
		return;
	}
	if (cmd[0] == 'p' || cmd[0] == 'P' || cmd[0] == 'i' || cmd[0] == 's' ||
	    cmd[0] == 'S') {
		for (end = a; *end != '\0'; end++) {
			if (*end == '_')
				*end = ' ';
		}
	}
	switch (cmd[0]) {
	case 'p':
		u = strtoull(b, NULL, 16);
		memcpy(&d, &u, 8);
		printf(a, d);
		break;
	case 'i':
		printf(a, (long long)strtoull(b, NULL, 16));
		break;
	case 'P':
		printf(a, make_ld(b, c));
		break;
	case 'd':
		d = strtod(a, &end);
		memcpy(&u, &d, 8);
		printf("%016llx %ld", (unsigned long long)u, (long)(end - a));
		break;
	case 'f':
		f = strtof(a, &end);
		memcpy(&u32, &f, 4);
		printf("%08x %ld", u32, (long)(end - a));
		break;
	case 'l':
		ld = strtold(a, &end);
		print_ld(ld);
		printf(" %ld", (long)(end - a));
		break;
	case 's':
		d = 0;
		r = sscanf(b, a, &d);
		memcpy(&u, &d, 8);
		printf("%d %016llx", r, (unsigned long long)u);
		break;
	case 'S':
		u = 0;
		r = sscanf(b, a, &u);
		printf("%d %016llx", r, (unsigned long long)u);
		break;
	default:
		printf("?");
	}
	printf("\n");
}

int
main(void)
{
	static char line[1 << 16];
	size_t n;

	while (fgets(line, sizeof(line), stdin) != NULL) {
		n = strlen(line);
		if (n > 0 && line[n - 1] == '\n')
			line[n - 1] = '\0';
		do_line(line);
	}
	return 0;
}
