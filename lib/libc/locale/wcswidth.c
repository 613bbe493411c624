/*
 * wcswidth: columns taken by the first n wide characters of s (stopping
 * at L'\0'), or -1 if any of them is not printable.
 */
#include <wchar.h>

int
wcswidth(const wchar_t *s, size_t n)
{
	int total = 0, w;

	for (; n > 0 && *s != L'\0'; n--, s++) {
		w = wcwidth(*s);
		if (w < 0)
			return -1;
		total += w;
	}
	return total;
}
