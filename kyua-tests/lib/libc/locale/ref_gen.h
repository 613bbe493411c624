/*
 * ref_gen.h: the input generators shared by t_diff (our libc) and wref
 * (the same code built against the host's glibc), so both sides see
 * identical inputs and print answers in the same format.
 */
#ifndef _REF_GEN_H_
#define _REF_GEN_H_

static unsigned long long ref_state;

static unsigned
ref_rnd(void)
{
	ref_state ^= ref_state << 13;
	ref_state ^= ref_state >> 7;
	ref_state ^= ref_state << 17;
	return (unsigned)(ref_state >> 11);
}

/* A random string for the strtol family. */
static void
ref_number(char *buf, int *base)
{
	static const char alpha[] = " \t\n+-0123456789abcdefxzXZ";
	static const int bases[] = { 0, 2, 8, 10, 16, 36, 0, 10, 16, 1, 37, 3,
		25 };
	int len = (int)(ref_rnd() % 26), i;

	for (i = 0; i < len; i++) {
		if (ref_rnd() % 3 == 0)
			buf[i] = alpha[ref_rnd() % (sizeof(alpha) - 1)];
		else
			buf[i] = (char)('0' + ref_rnd() % 10);
	}
	buf[len] = '\0';
	*base = bases[ref_rnd() % (sizeof(bases) / sizeof(bases[0]))];
}

/* Encode v in n bytes the UTF-8 way (n may be too long: overlong). */
static int
ref_encode(unsigned char *p, unsigned long v, int n)
{
	static const unsigned char lead[] = { 0, 0, 0xc0, 0xe0, 0xf0, 0xf8 };
	int i;

	if (n == 1) {
		p[0] = (unsigned char)v;
		return 1;
	}
	for (i = n - 1; i > 0; i--) {
		p[i] = (unsigned char)(0x80 | (v & 0x3f));
		v >>= 6;
	}
	p[0] = (unsigned char)(lead[n] | v);
	return n;
}

/* A random code point, often at an interesting boundary. */
static unsigned long
ref_codepoint(void)
{
	static const unsigned long edge[] = { 0x1, 0x7f, 0x80, 0x7ff, 0x800,
		0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000,
		0x10ffff, 0x110000, 0x1fffff };
	unsigned r = ref_rnd();

	if (r % 4 == 0)
		return edge[r / 4 % (sizeof(edge) / sizeof(edge[0]))];
	switch (r / 4 % 4) {
	case 0:
		return 1 + r / 16 % 0x7f;
	case 1:
		return 0x80 + r / 16 % 0x780;
	case 2:
		return 0x800 + r / 16 % 0xf800;
	default:
		return 0x10000 + r / 16 % 0x100000;
	}
}

/*
 * Random UTF-8-like bytes: valid characters, overlong and truncated
 * forms, surrogates, values above 0x10ffff and stray bytes.
 */
static int
ref_bytes(unsigned char *buf)
{
	int chars = 1 + (int)(ref_rnd() % 4), len = 0, n, i;
	unsigned long v;
	unsigned r;

	for (i = 0; i < chars; i++) {
		r = ref_rnd();
		v = ref_codepoint();
		n = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
		switch (r % 10) {
		case 0: /* overlong */
			n = n < 4 ? n + 1 : n;
			len += ref_encode(buf + len, v, n);
			break;
		case 1: /* truncated */
			len += ref_encode(buf + len, v, n) - (n > 1);
			break;
		case 2: /* a stray byte */
			buf[len++] = (unsigned char)(0x80 + r / 16 % 0x80);
			break;
		default:
			len += ref_encode(buf + len, v, n);
			break;
		}
	}
	buf[len] = '\0';
	return len;
}

#endif /* !_REF_GEN_H_ */
