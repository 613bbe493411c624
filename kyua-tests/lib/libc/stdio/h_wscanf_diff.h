/*
 * h_wscanf_diff.h: the part of the wide scanf differential test shared by
 * t_wscanf_diff (our libc) and ref/wscanf_ref.c (glibc): a line
 * "<format number>\t<UTF-8 text>" is scanned with swscanf, or fwscanf
 * on a file holding the text, in the C.UTF-8 locale and everything
 * stored (and, for fwscanf, left unread) is printed as one line.  No
 * format begins with a suppressed conversion: when the input ends after
 * one, glibc returns EOF and we (like NetBSD) return 0.
 */
#ifndef H_WSCANF_DIFF_H
#define H_WSCANF_DIFF_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#define WSD_NFMT 12

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
	L"%lf%n%ls%n",
	L"%i%n%l[^0-9]%n",
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

/* The scanf call: on stream f if not NULL, else on wide string in. */
#define WSD_SCAN(...)                                                          \
	(f != NULL ? fwscanf(f, wsd_fmt[k], __VA_ARGS__)                       \
		   : swscanf(in, wsd_fmt[k], __VA_ARGS__))

/*
 * A stream over the UTF-8 text s with no orientation yet (written
 * through a descriptor, so no byte I/O has touched the FILE).
 */
static FILE *
wsd_stream(const char *s)
{
	int fd;

	fd = open("wsd.tmp", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, s, strlen(s)) != (ssize_t)strlen(s) ||
	    close(fd) != 0)
		return NULL;
	return fopen("wsd.tmp", "r");
}

/* Runs format k with all the objects it stores into; the return value. */
static int
wsd_call(int k, FILE *f, const wchar_t *in, wchar_t *w1, wchar_t *w2, char *s1,
    int *n1, int *n2, int *d, double *x)
{
	switch (k) {
	case 0:
	case 2:
		return WSD_SCAN(w1, n1, w2, n2);
	case 1:
	case 6:
		return WSD_SCAN(s1, n1, w2, n2);
	case 3:
		return WSD_SCAN(s1, n1, d, n2);
	case 4:
		return WSD_SCAN(w2, n1, w1, n2);
	case 5:
		return WSD_SCAN(w1, n1, s1, n2);
	case 7:
		return WSD_SCAN(d, w1, n1, n2);
	case 8:
		return WSD_SCAN(w1, n1, n2, s1);
	case 9:
		return WSD_SCAN(w2, n1, w1, n2, d);
	case 10:
		return WSD_SCAN(x, n1, w1, n2);
	default:
		return WSD_SCAN(d, n1, w1, n2);
	}
}

/*
 * Scans one input line (without its newline) and prints the results.
 * Format numbers from WSD_NFMT up use fwscanf on a file holding the
 * text, and also print what it left unread.
 */
static void
wsd_line(FILE *o, const char *line)
{
	wchar_t in[256], w1[64], w2[64], rest[256];
	char s1[256];
	int k, r, n1 = -1, n2 = -1, d = -7;
	double x = -7;
	size_t i;
	FILE *f = NULL;
	wint_t c;

	k = atoi(line) % (2 * WSD_NFMT);
	line = strchr(line, '\t');
	if (line == NULL || mbstowcs(in, line + 1, 255) == (size_t)-1) {
		fprintf(o, "bad\n");
		return;
	}
	in[255] = 0;
	if (k >= WSD_NFMT && (f = wsd_stream(line + 1)) == NULL) {
		fprintf(o, "no stream\n");
		return;
	}
	memset(w1, 0, sizeof(w1));
	memset(w2, 0, sizeof(w2));
	memset(s1, 0, sizeof(s1));
	memset(rest, 0, sizeof(rest));
	r = wsd_call(k % WSD_NFMT, f, in, w1, w2, s1, &n1, &n2, &d, &x);
	for (i = 0; f != NULL && i < 255 && (c = fgetwc(f)) != WEOF; i++)
		rest[i] = (wchar_t)c;
	if (f != NULL)
		fclose(f);
	fprintf(o, "f%d r=%d n1=%d n2=%d d=%d x=%a", k, r, n1, n2, d, x);
	wsd_puthex(o, "w1", w1, 64);
	wsd_puthex(o, "w2", w2, 64);
	wsd_puthex(o, "rest", rest, 256);
	fprintf(o, " s1=");
	for (i = 0; s1[i] != '\0'; i++)
		fprintf(o, "%02x", (unsigned char)s1[i]);
	fprintf(o, "\n");
}

#endif /* !H_WSCANF_DIFF_H */
