/*
 * wref: the reference side of t_diff, built with the host's own C
 * library (glibc) by HOSTPROGS.  For the mode given as argument it
 * prints, one line per input, what glibc answers for the inputs of
 * ref_gen.h (strtol family, UTF-8 mbrtowc) or for a code point range
 * (towupper/towlower, wcwidth).  Where glibc decodes a value Unicode forbids
 * (above 0x10ffff, surrogates) the mbrtowc line is just "X": we must
 * report an error there.
 */
#define _GNU_SOURCE /* wcwidth */

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "ref_gen.h"

static void
do_strtol(int n)
{
	char buf[64], *e1, *e2;
	int base, i, err1, err2;
	long v;
	unsigned long u;

	for (i = 0; i < n; i++) {
		ref_number(buf, &base);
		errno = 0;
		v = strtol(buf, &e1, base);
		err1 = errno;
		errno = 0;
		u = strtoul(buf, &e2, base);
		err2 = errno;
		if (base == 1 || base == 37) /* glibc leaves endptr alone */
			e1 = e2 = buf;
		printf("%ld %d %d %lu %d %d\n", v, err1, (int)(e1 - buf), u,
		    err2, (int)(e2 - buf));
	}
}

static void
do_mbrtowc(int n)
{
	unsigned char buf[32];
	char line[256];
	mbstate_t st;
	wchar_t wc;
	size_t r = 0;
	int i, len, pos;

	for (i = 0; i < n; i++) {
		len = ref_bytes(buf);
		memset(&st, 0, sizeof(st));
		/* Feed the bytes and the NUL one at a time; print each
		 * character completed, then E (error) or Z (NUL reached). */
		line[0] = '\0';
		for (pos = 0; pos <= len; pos++) {
			wc = 0;
			r = mbrtowc(&wc, (char *)buf + pos, 1, &st);
			if (r == (size_t)-1 || r == 0)
				break;
			if (r == (size_t)-2)
				continue;
			/* glibc accepts code points Unicode forbids: say so. */
			if ((unsigned)wc > 0x10ffff ||
			    ((unsigned)wc >= 0xd800 && (unsigned)wc <= 0xdfff))
				break;
			snprintf(line + strlen(line),
			    sizeof(line) - strlen(line), "%x ", (unsigned)wc);
		}
		if (pos <= len && r != (size_t)-1 && r != 0)
			printf("X\n");
		else
			printf("%s%s\n", line, r == 0 ? "Z" : "E");
	}
}

static void
do_case(unsigned lo, unsigned hi)
{
	unsigned c;

	for (c = lo; c <= hi; c++)
		printf("%x %x %x\n", c, (unsigned)towupper(c),
		    (unsigned)towlower(c));
}

/* Widths; "*" where glibc says -1 (it treats unassigned points so). */
static void
do_width(unsigned lo, unsigned hi)
{
	unsigned c;
	int w;

	for (c = lo; c <= hi; c++) {
		w = wcwidth((wchar_t)c);
		if (w < 0)
			printf("*\n");
		else
			printf("%x %d\n", c, w);
	}
}

int
main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	ref_state = 88172645463325252ULL;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		return 3;
	if (strcmp(argv[1], "strtol") == 0)
		do_strtol(atoi(argv[2]));
	else if (strcmp(argv[1], "mbrtowc") == 0)
		do_mbrtowc(atoi(argv[2]));
	else if (strcmp(argv[1], "width") == 0 && argc == 4)
		do_width((unsigned)strtoul(argv[2], NULL, 0),
		    (unsigned)strtoul(argv[3], NULL, 0));
	else if (strcmp(argv[1], "case") == 0 && argc == 4)
		do_case((unsigned)strtoul(argv[2], NULL, 0),
		    (unsigned)strtoul(argv[3], NULL, 0));
	else
		return 2;
	return 0;
}
