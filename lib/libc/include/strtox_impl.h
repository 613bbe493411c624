/*
 * strtox_impl.h: the shared parser of the strtol/wcstol families.
 *
 * __strtox (bytes) and __wcstox (wide characters) parse optional white
 * space, a sign, a base prefix ("0x"/"0X" for base 0 or 16, "0" for
 * octal with base 0) and digits, and report the magnitude, whether it
 * overflowed uintmax_t, the sign and where parsing stopped.  The range
 * helpers below then clamp to the target type and set ERANGE.
 */
#ifndef _STRTOX_IMPL_H_
#define _STRTOX_IMPL_H_

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

struct __strtox {
	uintmax_t value; /* magnitude */
	int neg;	 /* a '-' sign was read */
	int overflow;	 /* magnitude exceeded UINTMAX_MAX */
	int any;	 /* at least one digit was read */
	int badbase;	 /* base was not 0 or 2..36 */
	size_t end;	 /* index of the first unparsed char */
};

void __strtox(const char *, int, struct __strtox *);
void __wcstox(const wchar_t *, int, struct __strtox *);

/* Clamp a parse to [min, max]; ERANGE (and a bound) when outside. */
static __inline intmax_t
__strtox_signed(const struct __strtox *r, intmax_t min, intmax_t max)
{
	uintmax_t lim;

	if (r->badbase) {
		errno = EINVAL;
		return 0;
	}
	lim = r->neg ? (uintmax_t) - (min + 1) + 1 : (uintmax_t)max;
	if (r->overflow || r->value > lim) {
		errno = ERANGE;
		return r->neg ? min : max;
	}
	if (r->neg)
		return r->value == 0 ? 0 : -(intmax_t)(r->value - 1) - 1;
	return (intmax_t)r->value;
}

/* Unsigned conversion: a '-' negates in the target type, as C says. */
static __inline uintmax_t
__strtox_unsigned(const struct __strtox *r, uintmax_t max)
{
	if (r->badbase) {
		errno = EINVAL;
		return 0;
	}
	if (r->overflow || r->value > max) {
		errno = ERANGE;
		return max;
	}
	return r->neg ? (0 - r->value) & max : r->value;
}

/*
 * The start of strtoi and strtou: parse, set *endptr (if not NULL), and
 * clear errno for the range check; returns the caller's errno, which
 * __strtox_end puts back.
 */
static __inline int
__strtox_begin(const char *nptr, char **endptr, int base, struct __strtox *r)
{
	int saved = errno;

	__strtox(nptr, base, r);
	if (endptr != NULL)
		*endptr = (char *)(unsigned long)(nptr + r->end);
	errno = 0;
	return saved;
}

/* The end of strtoi and strtou: errno restored, *rstatus set. */
static __inline void
__strtox_end(int saved, int *rstatus, int status)
{
	errno = saved;
	if (rstatus != NULL)
		*rstatus = status;
}

/*
 * The status strtoi and strtou report, in NetBSD's order of precedence:
 * EINVAL (bad base), ECANCELED (no digits), ERANGE (outside is set when
 * the value overflowed or fell outside [lo, hi]), ENOTSUP (characters
 * after the number), else 0.
 */
static __inline int
__strtox_status(const char *nptr, const struct __strtox *r, int outside)
{
	if (r->badbase)
		return EINVAL;
	if (!r->any)
		return ECANCELED;
	if (outside)
		return ERANGE;
	if (nptr[r->end] != '\0')
		return ENOTSUP;
	return 0;
}

#endif /* !_STRTOX_IMPL_H_ */
