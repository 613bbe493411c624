/*
 * h_wscanf_diff.h: the part of the wide scanf differential test shared by
 * t_wscanf_diff (our libc) and ref/wscanf_ref.c (glibc): a line
 * "<format number>\t<UTF-8 text>" is scanned with swscanf in the
 * C.UTF-8 locale and everything stored is printed as one line.  No
 * format begins with a suppressed conversion: when the input ends after
 * one, glibc returns EOF and we (like NetBSD) return 0.
 */
#ifndef H_WSCANF_DIFF_H
#define H_WSCANF_DIFF_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define WSD_NFMT 10

/* The formats; every one stores into the same set of objects. */
static const wchar_t *const wsd_fmt[WSD_NFMT] = {
	L"%l[^,]%n,%ls%n",
	L"%[\x3b1-\x3c9"
	L"a-z]%n%ls%n",
	L"%3ls%n%2lc%n",
	L"%s%n %d%n",
	L"%l[^\xe9]\xe9%n%ls%n",
	L"%l[]\x3b1-\x3b3^-]%n%3s%n",
	L"%2s%n%lc%n",
	L"%d%lc%n%*s%n",
	L"%l[^ \x4e2d]%n \x4e2d%n%5c",
	L"%ls %n%l[^\x20ac]%n\x20ac"
	L"%d",
};

/* Writes wide string w (n characters, or up to a 0) as UTF-8 hex. */
static void
wsd_puthex(FILE *o, const char *tag, const wchar_t *w, size_t n)
{
	size_t i;

	fprintf(o, " %s=", tag);
	for (i = 0; i < n && w[i] != 0; i++)
		fprintf(o, "%lx.", (unsigned long)w[i]);
}

/* Scans one input line (without its newline) and prints the results. */
static void
wsd_line(FILE *o, const char *line)
{
	wchar_t in[256], w1[64], w2[64];
	char s1[256];
	int k, r, n1 = -1, n2 = -1, d = -7;
	size_t i;

	k = atoi(line) % WSD_NFMT;
	line = strchr(line, '\t');
	if (line == NULL || mbstowcs(in, line + 1, 255) == (size_t)-1) {
		fprintf(o, "bad\n");
		return;
	}
	in[255] = 0;
	memset(w1, 0, sizeof(w1));
	memset(w2, 0, sizeof(w2));
	memset(s1, 0, sizeof(s1));
	switch (k) {
	case 0:
		r = swscanf(in, wsd_fmt[k], w1, &n1, w2, &n2);
		break;
	case 1:
	case 3:
	case 6:
		r = swscanf(
		    in, wsd_fmt[k], s1, &n1, k == 3 ? (void *)&d : w2, &n2);
		break;
	case 2:
		r = swscanf(in, wsd_fmt[k], w1, &n1, w2, &n2);
		break;
	case 4:
		r = swscanf(in, wsd_fmt[k], w2, &n1, w1, &n2);
		break;
	case 5:
		r = swscanf(in, wsd_fmt[k], w1, &n1, s1, &n2);
		break;
	case 7:
		r = swscanf(in, wsd_fmt[k], &d, w1, &n1, &n2);
		break;
	case 8:
		r = swscanf(in, wsd_fmt[k], w1, &n1, &n2, s1);
		break;
	default:
		r = swscanf(in, wsd_fmt[k], w2, &n1, w1, &n2, &d);
		break;
	}
	fprintf(o, "f%d r=%d n1=%d n2=%d d=%d", k, r, n1, n2, d);
	wsd_puthex(o, "w1", w1, 64);
	wsd_puthex(o, "w2", w2, 64);
	fprintf(o, " s1=");
	for (i = 0; s1[i] != '\0'; i++)
		fprintf(o, "%02x", (unsigned char)s1[i]);
	fprintf(o, "\n");
}

#endif /* !H_WSCANF_DIFF_H */
