/*
 * t_fpdiff: differential tests of printf, strtod/strtof/strtold and
 * sscanf against glibc.  Each case generates tens of thousands of values
 * from a fixed-seed generator (random bit patterns, subnormals, powers,
 * exact ties, exact midpoints between adjacent doubles written out in
 * full, long digit strings, hexadecimal input), writes one command per
 * value for the reference program fpref (built with the host's glibc
 * and installed beside this test), runs it, and compares every answer
 * with ours.  Skipped where fpref is absent (on Bulkhead itself).
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static uint64_t rng;

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double
from_bits(uint64_t u)
{
	double d;

	memcpy(&d, &u, sizeof(d));
	return d;
}

static uint64_t
to_bits(double d)
{
	uint64_t u;

	memcpy(&u, &d, sizeof(u));
	return u;
}

struct ld_bits {
	uint64_t m;
	uint16_t se;
};

static long double
ld_from(uint16_t se, uint64_t m)
{
	union {
		long double ld;
		struct ld_bits b;
	} u;

	memset(&u, 0, sizeof(u));
	u.b.m = m;
	u.b.se = se;
	return u.ld;
}

static struct ld_bits
ld_bits(long double v)
{
	union {
		long double ld;
		struct ld_bits b;
	} u;

	memset(&u, 0, sizeof(u));
	u.ld = v;
	return u.b;
}

/* The two files of a run: commands for fpref and our own answers. */
struct run {
	const char *ref;
	FILE *cmds;
	FILE *mine;
	long n;
};

static void
start(const atf_tc_t *tc, struct run *r, uint64_t seed)
{
	static char path[1024];
	const char *dir = atf_tc_get_config_var_wd(tc, "srcdir", ".");

	snprintf(path, sizeof(path), "%s/fpref", dir);
	if (access(path, X_OK) != 0)
		atf_tc_skip("glibc reference %s is not installed (it is built "
			    "only by the host-port build)",
		    path);
	r->ref = path;
	r->cmds = fopen("cmds", "w");
	r->mine = fopen("mine", "w");
	ATF_REQUIRE(r->cmds != NULL && r->mine != NULL);
	r->n = 0;
	rng = seed;
}

static void
run_ref(const char *ref)
{
	pid_t pid;
	int st, in, out;

	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		in = open("cmds", O_RDONLY);
		out = open("theirs", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0)
			_exit(126);
		execl(ref, "fpref", (char *)NULL);
		_exit(127);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_REQUIRE_MSG(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	    "fpref failed (status %#x)", st);
}

/* Run fpref and compare its answers with ours, line by line. */
static void
finish(struct run *r, long minimum)
{
	char *a = NULL, *b = NULL, *c = NULL;
	size_t na = 0, nb = 0, nc = 0;
	FILE *fa, *fb, *fc;
	long line = 0, bad = 0;

	ATF_REQUIRE(fclose(r->cmds) == 0 && fclose(r->mine) == 0);
	run_ref(r->ref);
	fa = fopen("mine", "r");
	fb = fopen("theirs", "r");
	fc = fopen("cmds", "r");
	ATF_REQUIRE(fa != NULL && fb != NULL && fc != NULL);
	for (;;) {
		ssize_t la = getline(&a, &na, fa), lb = getline(&b, &nb, fb);

		(void)getline(&c, &nc, fc);
		if (la < 0 || lb < 0) {
			ATF_CHECK_MSG(la < 0 && lb < 0,
			    "output lengths differ "
			    "after %ld lines",
			    line);
			break;
		}
		line++;
		if (strcmp(a, b) != 0 && ++bad <= 10)
			fprintf(stderr,
			    "command %.200s  ours   %.200s  glibc  "
			    "%.200s",
			    c, a, b);
	}
	ATF_CHECK_EQ_MSG(
	    bad, 0, "%ld of %ld results differ from glibc", bad, line);
	ATF_CHECK_MSG(line >= minimum, "only %ld values compared", line);
	free(a);
	free(b);
	free(c);
	fclose(fa);
	fclose(fb);
	fclose(fc);
}

/* Write a format into the command file, spaces as '_' (see fpref.c). */
static void
put_fmt(FILE *f, const char *fmt)
{
	for (; *fmt != '\0'; fmt++)
		fputc(*fmt == ' ' ? '_' : *fmt, f);
}

/* A double from one of several families of interesting values. */
static double
pick_double(void)
{
	uint64_t u = rnd(), e;

	switch (rnd() % 6) {
	case 0:
		return from_bits(u);
	case 1: /* subnormal */
		return from_bits(u & 0x800fffffffffffffULL);
	case 2: /* few significant bits: exact ties for printing */
		e = 1023 + (rnd() % 120) - 60;
		return from_bits((e << 52) | (u & 0xff00000000000ULL));
	case 3:
		return (double)(u % 100000000) / (double)(1 + rnd() % 10000);
	case 4: /* near the extremes of the exponent range */
		e = rnd() % 2 ? 2046 - rnd() % 8 : rnd() % 8;
		return from_bits((e << 52) | (u & 0x800fffffffffffffULL));
	default: /* integers */
		return (double)(int64_t)(u >> (rnd() % 64));
	}
}

static const char *dfmts[] = { "%.17g", "%a", "%.0e", "%.3e", "%.15e", "%.25e",
	"%f", "%.0f", "%.3f", "%.20f", "%g", "%.3g", "%#.5g", "%.40g", "%.13a",
	"%.0a", "%.5a", "%+.10e", "%.1f", "%#.0e", "%.2a", "%-+12.4E",
	"%012.3f", "%.100e", "%G", "%.1g", "%#g", "%A" };

static void
printf_cmd(struct run *r, const char *fmt, double d)
{
	char buf[8192];

	fputs("p ", r->cmds);
	put_fmt(r->cmds, fmt);
	fprintf(r->cmds, " %016llx\n", (unsigned long long)to_bits(d));
	snprintf(buf, sizeof(buf), fmt, d);
	fprintf(r->mine, "%s\n", buf);
	r->n++;
}

ATF_TC_WITHOUT_HEAD(printf_double);
ATF_TC_BODY(printf_double, tc)
{
	struct run r;
	double d;
	int i, k;

	start(tc, &r, 0x9e3779b97f4a7c15ULL);
	for (i = 0; i < 12000; i++) {
		d = pick_double();
		for (k = 0; k < 3; k++)
			printf_cmd(&r,
			    dfmts[rnd() % (sizeof(dfmts) / sizeof(dfmts[0]))],
			    d);
	}
	finish(&r, 36000);
}

/* A random conversion specification: flags, width, precision. */
static void
random_spec(char *f, size_t size, const char *len, char conv)
{
	static const char flags[] = "-+ #0";
	size_t n = 0;
	int i;

	f[n++] = '%';
	for (i = 0; i < 5; i++) {
		if (rnd() % 3 == 0)
			f[n++] = flags[i];
	}
	if (rnd() % 2)
		n += (size_t)snprintf(f + n, size - n, "%d", (int)(rnd() % 30));
	if (rnd() % 2)
		n +=
		    (size_t)snprintf(f + n, size - n, ".%d", (int)(rnd() % 25));
	snprintf(f + n, size - n, "%s%c|", len, conv);
}

ATF_TC_WITHOUT_HEAD(printf_flags_fuzz);
ATF_TC_BODY(printf_flags_fuzz, tc)
{
	char f[64], buf[256];
	struct run r;
	uint64_t v;
	int i;

	start(tc, &r, 1618);
	for (i = 0; i < 30000; i++) {
		if (i % 2) {
			random_spec(f, sizeof(f), "ll", "diouxX"[rnd() % 6]);
			v = rnd() >> (rnd() % 64);
			fputs("i ", r.cmds);
			put_fmt(r.cmds, f);
			fprintf(r.cmds, " %016llx\n", (unsigned long long)v);
			snprintf(buf, sizeof(buf), f, (long long)v);
			fprintf(r.mine, "%s\n", buf);
		} else {
			random_spec(f, sizeof(f), "", "eEfFgGaA"[rnd() % 8]);
			printf_cmd(&r, f, pick_double());
		}
	}
	finish(&r, 30000);
}

ATF_TC_WITHOUT_HEAD(printf_double_ties);
ATF_TC_BODY(printf_double_ties, tc)
{
	static const char *fmts[] = { "%.0f", "%.1f", "%.2f", "%.3f", "%.4f",
		"%.0e", "%.1e", "%.2e", "%.1g", "%.2g", "%.3g" };
	struct run r;
	double d;
	int i, k;

	start(tc, &r, 12345);
	/* (2k + 1) / 2^m: the digit after the last printed one is often
	 * exactly 5 with nothing after it. */
	for (i = 0; i < 20000; i++) {
		d = (double)(2 * (rnd() % 5000) + 1) /
		    (double)(1 << (rnd() % 8));
		for (k = 0; k < 2; k++)
			printf_cmd(&r, fmts[rnd() % 11], d);
	}
	finish(&r, 40000);
}

ATF_TC_WITHOUT_HEAD(printf_long_double);
ATF_TC_BODY(printf_long_double, tc)
{
	static const char *fmts[] = { "%La", "%.20Le", "%.30Lg", "%Lf", "%.0Le",
		"%.5La", "%.70Le", "%Lg", "%.3Lf", "%.0La" };
	char buf[8192];
	struct run r;
	long double v;
	uint16_t se;
	uint64_t m;
	int i;

	start(tc, &r, 777);
	for (i = 0; i < 20000; i++) {
		se = (uint16_t)rnd();
		m = rnd() | (1ULL << 63);
		if ((se & 0x7fff) == 0)
			m &= ~(1ULL << 63); /* a true subnormal */
		else if (i % 2)
			se = (uint16_t)((se & 0x8000) |
			    (16383 + rnd() % 200 - 100));
		v = ld_from(se, m);
		const char *f = fmts[rnd() % 10];

		fprintf(r.cmds, "P %s %04x %016llx\n", f, se,
		    (unsigned long long)m);
		snprintf(buf, sizeof(buf), f, v);
		fprintf(r.mine, "%s\n", buf);
	}
	finish(&r, 20000);
}

static void
strtod_cmd(struct run *r, const char *s)
{
	char *end;
	double d;

	d = strtod(s, &end);
	fprintf(r->cmds, "d %s\n", s);
	fprintf(r->mine, "%016llx %ld\n", (unsigned long long)to_bits(d),
	    (long)(end - s));
	r->n++;
}

/* A random decimal string: digits, a point somewhere, an exponent. */
static void
random_decimal(char *s, size_t size)
{
	int nd = 1 + (int)(rnd() % 40), pt = (int)(rnd() % (nd + 1)), i;
	size_t n = 0;

	if (rnd() % 4 == 0)
		s[n++] = '-';
	for (i = 0; i < nd; i++) {
		if (i == pt)
			s[n++] = '.';
		s[n++] = (char)('0' + rnd() % 10);
	}
	snprintf(s + n, size - n, "e%d", (int)(rnd() % 680) - 345);
}

ATF_TC_WITHOUT_HEAD(strtod_random);
ATF_TC_BODY(strtod_random, tc)
{
	char s[256];
	struct run r;
	int i;

	start(tc, &r, 424242);
	for (i = 0; i < 40000; i++) {
		if (i % 2) {
			random_decimal(s, sizeof(s));
		} else {
			snprintf(s, sizeof(s), "%.*g", 1 + (int)(rnd() % 19),
			    pick_double());
		}
		strtod_cmd(&r, s);
	}
	finish(&r, 40000);
}

/*
 * Exact midpoints between adjacent doubles (exactly representable as
 * long doubles), written with all their digits, and the same plus or
 * minus a tiny amount: the hardest inputs for correct rounding.
 */
ATF_TC_WITHOUT_HEAD(strtod_midpoints);
ATF_TC_BODY(strtod_midpoints, tc)
{
	static char s[4096];
	struct run r;
	long double mid;
	double d;
	char *e;
	int i;

	start(tc, &r, 99);
	for (i = 0; i < 6000; i++) {
		do {
			d = pick_double();
		} while (d != d || d < 0 || d > 1.7e308);
		mid = (long double)d +
		    ((long double)from_bits(to_bits(d) + 1) - (long double)d) /
			2;
		snprintf(s, sizeof(s), "%.1100Le", mid);
		e = strchr(s, 'e');
		/* drop the trailing zeros of the mantissa */
		while (e[-1] == '0')
			memmove(e - 1, e, strlen(e) + 1), e--;
		strtod_cmd(&r, s); /* the exact tie */
		memmove(e + 1, e, strlen(e) + 1);
		*e = '1'; /* just above */
		strtod_cmd(&r, s);
		memmove(e, e + 1, strlen(e + 1) + 1);
		e[-1]--; /* just below */
		strtod_cmd(&r, s);
	}
	finish(&r, 18000);
}

ATF_TC_WITHOUT_HEAD(strtod_hex_and_words);
ATF_TC_BODY(strtod_hex_and_words, tc)
{
	static const char *words[] = { "inf", "-INF", "infinity", "InFiNiTy",
		"infin", "nan", "-nan", "NAN(123)", "nan(", "nan()", "0x",
		"0x.", "0x.p1", "1e", "1e+", "-e1", ".", "+.5", "-0", "0x1p",
		"\t\v42", "1.e5", ".e5", "1e-400", "1e400", "0e9999999999",
		"1e99999999999999999999", "0x1p-1075", "0x1.8p-1074",
		"0x1.fffffffffffff8p1023", "4.9406564584124654e-324" };
	char s[256];
	struct run r;
	size_t n, i;
	int k;

	start(tc, &r, 31337);
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		strtod_cmd(&r, words[i]);
	for (k = 0; k < 30000; k++) {
		n = (size_t)snprintf(
		    s, sizeof(s), "%s0x", rnd() % 2 ? "" : "-");
		for (i = 1 + rnd() % 30; i > 0; i--) {
			if (rnd() % 16 == 0)
				s[n++] = '.';
			s[n++] = "0123456789abcdefABCDEF"[rnd() % 22];
		}
		snprintf(
		    s + n, sizeof(s) - n, "p%d", (int)(rnd() % 2300) - 1150);
		strtod_cmd(&r, s);
	}
	finish(&r, 30000);
}

ATF_TC_WITHOUT_HEAD(strtof_random);
ATF_TC_BODY(strtof_random, tc)
{
	char s[256], *end;
	struct run r;
	uint32_t u;
	float f;
	int i;

	start(tc, &r, 5150);
	for (i = 0; i < 40000; i++) {
		if (i % 3 == 0)
			random_decimal(s, sizeof(s));
		else if (i % 3 == 1) {
			/* midpoints between adjacent floats, exact in double */
			u = (uint32_t)rnd() & 0x7f7fffff;
			memcpy(&f, &u, 4);
			u++;
			float g;

			memcpy(&g, &u, 4);
			snprintf(s, sizeof(s), "%.60e", ((double)f + g) / 2);
		} else
			snprintf(s, sizeof(s), "%.*g", 1 + (int)(rnd() % 12),
			    pick_double() / 1e10);
		f = strtof(s, &end);
		memcpy(&u, &f, 4);
		fprintf(r.cmds, "f %s\n", s);
		fprintf(r.mine, "%08x %ld\n", u, (long)(end - s));
	}
	finish(&r, 40000);
}

ATF_TC_WITHOUT_HEAD(strtold_random);
ATF_TC_BODY(strtold_random, tc)
{
	char s[256], *end;
	struct run r;
	struct ld_bits b;
	long double v;
	int i;

	start(tc, &r, 8086);
	for (i = 0; i < 30000; i++) {
		if (i % 2)
			random_decimal(s, sizeof(s));
		else {
			v = ld_from(
			    (uint16_t)(rnd() % 32767), rnd() | (1ULL << 63));
			snprintf(
			    s, sizeof(s), "%.*Lg", 15 + (int)(rnd() % 10), v);
		}
		v = strtold(s, &end);
		b = ld_bits(v);
		fprintf(r.cmds, "l %s\n", s);
		fprintf(r.mine, "%04x%016llx %ld\n", b.se,
		    (unsigned long long)b.m, (long)(end - s));
	}
	finish(&r, 30000);
}

ATF_TC_WITHOUT_HEAD(sscanf_double);
ATF_TC_BODY(sscanf_double, tc)
{
	static const char *fmts[] = { "%lf", "%le", "%lg", "%la", "%5lf",
		"%12lf", "%lf%*s", "x%lf" };
	char s[256];
	struct run r;
	double d;
	const char *f;
	int i, n;

	start(tc, &r, 2718);
	for (i = 0; i < 30000; i++) {
		if (i % 2)
			random_decimal(s, sizeof(s));
		else
			snprintf(s, sizeof(s), "%.*g", 1 + (int)(rnd() % 18),
			    pick_double());
		f = fmts[rnd() % 8];
		d = 0;
		n = sscanf(s, f, &d);
		fprintf(r.cmds, "s %s %s\n", f, s);
		fprintf(
		    r.mine, "%d %016llx\n", n, (unsigned long long)to_bits(d));
	}
	finish(&r, 30000);
}

ATF_TC_WITHOUT_HEAD(sscanf_integers);
ATF_TC_BODY(sscanf_integers, tc)
{
	static const char *fmts[] = { "%lld", "%lli", "%llx", "%llo", "%llu",
		"%3lld", "%5lli", "%2llx", "%llX", "%4llu", "%lld%*s",
		"-%lld" };
	static const char *pfx[] = { "", "-", "+", "0", "0x", "-0x", "\t", "0X",
		"--", "+-" };
	char s[128];
	struct run r;
	unsigned long long v;
	const char *f;
	size_t n;
	int i, k, nd;

	start(tc, &r, 4711);
	for (i = 0; i < 30000; i++) {
		n = (size_t)snprintf(s, sizeof(s), "%s", pfx[rnd() % 10]);
		nd = (int)(rnd() % 24);
		for (k = 0; k < nd; k++)
			s[n++] =
			    "0123456789abcdefxg"[rnd() % (rnd() % 4 ? 10 : 18)];
		s[n] = '\0';
		if (n == 0)
			snprintf(s, sizeof(s), "7");
		f = fmts[rnd() % 12];
		v = 0;
		k = sscanf(s, f, &v);
		fputs("S ", r.cmds);
		put_fmt(r.cmds, f);
		fprintf(r.cmds, " %s\n", s);
		fprintf(r.mine, "%d %016llx\n", k, v);
	}
	finish(&r, 30000);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, printf_double);
	ATF_TP_ADD_TC(tp, printf_double_ties);
	ATF_TP_ADD_TC(tp, printf_flags_fuzz);
	ATF_TP_ADD_TC(tp, printf_long_double);
	ATF_TP_ADD_TC(tp, strtod_random);
	ATF_TP_ADD_TC(tp, strtod_midpoints);
	ATF_TP_ADD_TC(tp, strtod_hex_and_words);
	ATF_TP_ADD_TC(tp, strtof_random);
	ATF_TP_ADD_TC(tp, strtold_random);
	ATF_TP_ADD_TC(tp, sscanf_double);
	ATF_TP_ADD_TC(tp, sscanf_integers);
	return atf_no_error();
}
