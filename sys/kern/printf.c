/*
 * printf.c: kernel console output and panic().
 *
 * kprintf() understands the subset the kernel uses: %d %i %u %x %X %p %s %c
 * %%, the l/ll/z length modifiers, a field width and the 0 and - flags.
 * Output goes to the early console (cons_putc, the COM1 UART).
 */

#include "kernel.h"
#include "arch.h"

struct fmt_spec {
	int width;
	int zero;
	int left;
	int is_long;
};

static void
put_padded(const char *s, size_t n, const struct fmt_spec *fs)
{
	int pad = fs->width > (int)n ? fs->width - (int)n : 0;

	if (!fs->left)
		while (pad-- > 0)
			cons_putc(fs->zero ? '0' : ' ');
	kputs_n(s, n);
	if (fs->left)
		while (pad-- > 0)
			cons_putc(' ');
}

static void
put_number(uint64_t v, int base, int neg, int upper, const struct fmt_spec *fs)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char buf[24];
	int i = sizeof(buf);

	do {
		buf[--i] = digits[v % base];
		v /= base;
	} while (v != 0);
	if (neg) {
		if (fs->zero && fs->width > 0) {
			struct fmt_spec f2 = *fs;

			cons_putc('-');
			f2.width--;
			put_padded(&buf[i], sizeof(buf) - i, &f2);
			return;
		}
		buf[--i] = '-';
	}
	put_padded(&buf[i], sizeof(buf) - i, fs);
}

static const char *
parse_spec(const char *f, struct fmt_spec *fs)
{
	fs->width = fs->zero = fs->left = fs->is_long = 0;
	for (;; f++) {
		if (*f == '0')
			fs->zero = 1;
		else if (*f == '-')
			fs->left = 1;
		else
			break;
	}
	while (*f >= '0' && *f <= '9')
		fs->width = fs->width * 10 + (*f++ - '0');
	while (*f == 'l' || *f == 'z') {
		fs->is_long = 1;
		f++;
	}
	return f;
}

static void
put_conv(char conv, const struct fmt_spec *fs, va_list *ap)
{
	int64_t sv;
	uint64_t uv;
	const char *s;
	char c;

	switch (conv) {
	case 'd':
	case 'i':
		sv = fs->is_long ? va_arg(*ap, int64_t) : va_arg(*ap, int);
		put_number(
		    sv < 0 ? -(uint64_t)sv : (uint64_t)sv, 10, sv < 0, 0, fs);
		break;
	case 'u':
	case 'x':
	case 'X':
		uv = fs->is_long ? va_arg(*ap, uint64_t)
				 : va_arg(*ap, unsigned int);
		put_number(uv, conv == 'u' ? 10 : 16, 0, conv == 'X', fs);
		break;
	case 'p':
		kputs_n("0x", 2);
		put_number((uintptr_t)va_arg(*ap, void *), 16, 0, 0, fs);
		break;
	case 's':
		s = va_arg(*ap, const char *);
		if (s == NULL)
			s = "(null)";
		put_padded(s, strlen(s), fs);
		break;
	case 'c':
		c = (char)va_arg(*ap, int);
		put_padded(&c, 1, fs);
		break;
	default:
		cons_putc('%');
		cons_putc(conv);
		break;
	}
}

void
kvprintf(const char *fmt, va_list ap)
{
	struct fmt_spec fs;
	va_list aq;

	va_copy(aq, ap);
	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			cons_putc(*fmt);
			continue;
		}
		fmt = parse_spec(fmt + 1, &fs);
		if (*fmt == '\0')
			break;
		if (*fmt == '%')
			cons_putc('%');
		else
			put_conv(*fmt, &fs, &aq);
	}
	va_end(aq);
}

void
kprintf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	kvprintf(fmt, ap);
	va_end(ap);
}

void
kputs_n(const char *s, size_t n)
{
	while (n-- > 0)
		cons_putc(*s++);
}

void
panic(const char *fmt, ...)
{
	va_list ap;

	kprintf("\npanic: ");
	va_start(ap, fmt);
	kvprintf(fmt, ap);
	va_end(ap);
	kprintf("\n");
	shutdown(SHUTDOWN_FAILURE);
}
