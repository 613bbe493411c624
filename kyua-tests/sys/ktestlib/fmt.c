/*
 * fmt.c: kt_vsnprintf, a small formatter for test output: %d %u %x %s %c
 * %p %%, the l and z modifiers.  Output is always NUL-terminated.
 */

#include "ktest.h"

struct out {
	char *p, *end;
};

static void
put(struct out *o, char c)
{
	if (o->p < o->end)
		*o->p++ = c;
}

static void
put_num(struct out *o, uint64_t v, unsigned base, int neg)
{
	char tmp[24];
	int i = 0;

	do {
		tmp[i++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v != 0);
	if (neg)
		put(o, '-');
	while (i > 0)
		put(o, tmp[--i]);
}

static void
put_conv(struct out *o, char c, int lng, va_list *ap)
{
	int64_t s;
	const char *str;

	switch (c) {
	case 'd':
		s = lng ? va_arg(*ap, int64_t) : va_arg(*ap, int);
		put_num(o, s < 0 ? -(uint64_t)s : (uint64_t)s, 10, s < 0);
		break;
	case 'u':
	case 'x':
		put_num(o, lng ? va_arg(*ap, uint64_t) : va_arg(*ap, unsigned),
		    c == 'u' ? 10 : 16, 0);
		break;
	case 'p':
		put(o, '0');
		put(o, 'x');
		put_num(o, (uintptr_t)va_arg(*ap, void *), 16, 0);
		break;
	case 's':
		for (str = va_arg(*ap, const char *); *str != '\0'; str++)
			put(o, *str);
		break;
	case 'c':
		put(o, (char)va_arg(*ap, int));
		break;
	default:
		put(o, c);
		break;
	}
}

void
kt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, buf + size - 1 };
	va_list aq;
	int lng;

	va_copy(aq, ap);
	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		for (lng = 0; fmt[1] == 'l' || fmt[1] == 'z'; fmt++)
			lng = 1;
		if (*++fmt == '\0')
			break;
		put_conv(&o, *fmt, lng, &aq);
	}
	va_end(aq);
	*o.p = '\0';
}
