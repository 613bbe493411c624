/*
 * strtox_body.h: body of the integer parser, included by strtox.c and
 * wcstox.c with STRTOX_CHAR (the character type), STRTOX_FUNC (the
 * function name) and STRTOX_SPACE (the white-space test) defined.
 */

static int
digit_value(STRTOX_CHAR c)
{
	if (c >= '0' && c <= '9')
		return (int)(c - '0');
	if (c >= 'a' && c <= 'z')
		return (int)(c - 'a') + 10;
	if (c >= 'A' && c <= 'Z')
		return (int)(c - 'A') + 10;
	return 99;
}

void
STRTOX_FUNC(const STRTOX_CHAR *s, int base, struct __strtox *r)
{
	size_t i = 0;
	int d;

	r->value = 0;
	r->neg = r->overflow = r->any = r->badbase = 0;
	r->end = 0;
	if (base != 0 && (base < 2 || base > 36)) {
		r->badbase = 1;
		return;
	}
	while (STRTOX_SPACE(s[i]))
		i++;
	if (s[i] == '-' || s[i] == '+')
		r->neg = s[i++] == '-';
	if ((base == 0 || base == 16) && s[i] == '0' &&
	    (s[i + 1] == 'x' || s[i + 1] == 'X') &&
	    digit_value(s[i + 2]) < 16) {
		i += 2;
		base = 16;
	} else if (base == 0) {
		base = s[i] == '0' ? 8 : 10;
	}
	for (; (d = digit_value(s[i])) < base; i++) {
		r->any = 1;
		if (r->value > (UINTMAX_MAX - (uintmax_t)d) / (uintmax_t)base)
			r->overflow = 1;
		else
			r->value = r->value * (uintmax_t)base + (uintmax_t)d;
	}
	r->end = r->any ? i : 0;
}
