/*
 * mbrtowc: convert the next multibyte character of s (at most n bytes)
 * into *pwc, continuing an incomplete character kept in *ps.
 *
 * Returns the bytes consumed, 0 for the NUL character, (size_t)-2 when
 * the n bytes end inside a valid character (they are kept in *ps), or
 * (size_t)-1 with errno EILSEQ for an invalid sequence.  In the C locale
 * every byte is one character with its own value.
 */
#include <errno.h>
#include <wchar.h>

#include "locale_impl.h"

static size_t
utf8_mbrtowc(wchar_t *pwc, const char *s, size_t n, struct __mbs *st)
{
	unsigned char buf[4];
	size_t have = st->count, take = 0, i;
	wchar_t wc = 0;
	int len = 0;

	if (have > 3) {
		errno = EINVAL;
		return (size_t)-1;
	}
	for (i = 0; i < have; i++)
		buf[i] = st->bytes[i];
	/* Take one byte at a time so nothing past a NUL is ever read. */
	while (len == 0 && take < n && have + take < 4) {
		buf[have + take] = (unsigned char)s[take];
		take++;
		len = __utf8_decode(buf, have + take, &wc);
	}
	if (len < 0) {
		st->count = 0;
		errno = EILSEQ;
		return (size_t)-1;
	}
	if (len == 0) {
		for (i = 0; i < have + take; i++)
			st->bytes[i] = buf[i];
		st->count = (unsigned char)(have + take);
		return (size_t)-2;
	}
	st->count = 0;
	if (pwc != NULL)
		*pwc = wc;
	return wc == 0 ? 0 : take;
}

size_t
mbrtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n,
    mbstate_t *__restrict ps)
{
	static mbstate_t internal;

	if (ps == NULL)
		ps = &internal;
	if (s == NULL) {
		pwc = NULL;
		s = "";
		n = 1;
	}
	if (n == 0)
		return (size_t)-2;
	if (__LOCALE_UTF8())
		return utf8_mbrtowc(pwc, s, n, __MBS(ps));
	if (pwc != NULL)
		*pwc = (unsigned char)*s;
	return *s != '\0';
}
