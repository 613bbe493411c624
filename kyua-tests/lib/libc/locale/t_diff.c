/*
 * t_diff: differential tests against glibc.  wref (built with the host's
 * glibc and installed beside this test) and this program generate the
 * same inputs (ref_gen.h) and print their answers in the same format:
 * strtol/strtoul on random strings and bases, mbrtowc fed one byte at a
 * time over random UTF-8-like byte strings in C.UTF-8 (where glibc
 * accepts values above 0x10ffff or surrogates we must report EILSEQ
 * instead), wcwidth over planes 0 to 3, and towupper /
 * towlower over the blocks our tables claim to cover.  Skipped where
 * wref is absent (on Bulkhead itself).
 */
#include <sys/wait.h>
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

#include "ref_gen.h"

#include "h_tc.h"

/* Run wref with the arguments into the file ref.out. */
static void
run_ref(const atf_tc_t *tc, char *const args[])
{
	char path[1024];
	const char *dir = atf_tc_get_config_var_wd(tc, "srcdir", ".");
	pid_t pid;
	int fd, st;

	snprintf(path, sizeof(path), "%s/wref", dir);
	if (access(path, X_OK) != 0)
		atf_tc_skip("glibc reference %s is not installed (it is built "
			    "only for the host port)",
		    path);
	fd = open("ref.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ATF_REQUIRE(fd >= 0);
	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		dup2(fd, STDOUT_FILENO);
		execv(path, args);
		_exit(127);
	}
	close(fd);
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	ATF_REQUIRE_MSG(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	    "wref failed (status %#x)", st);
}

/* Compare our.out with ref.out line by line; report the first few. */
static void
compare(void)
{
	char a[512], b[512];
	FILE *ours, *ref;
	int line = 0, bad = 0;

	ours = fopen("our.out", "r");
	ref = fopen("ref.out", "r");
	ATF_REQUIRE(ours != NULL && ref != NULL);
	for (;;) {
		char *pa = fgets(a, sizeof(a), ours);
		char *pb = fgets(b, sizeof(b), ref);

		line++;
		if (pa == NULL || pb == NULL) {
			ATF_CHECK_MSG(pa == NULL && pb == NULL,
			    "outputs differ in length at line %d", line);
			break;
		}
		/* *: no comparison for this input (see wref.c). */
		if (strcmp(b, "*\n") == 0)
			continue;
		/* X: glibc decoded a forbidden value; we must fail. */
		if (strcmp(b, "X\n") == 0 && strlen(a) >= 2 &&
		    strcmp(a + strlen(a) - 2, "E\n") == 0)
			continue;
		if (strcmp(a, b) != 0 && ++bad <= 10)
			atf_tc_fail_nonfatal(
			    "line %d: ours %s glibc %s", line, a, b);
	}
	fclose(ours);
	fclose(ref);
	ATF_CHECK_EQ_MSG(bad, 0, "%d lines differ", bad);
}

static FILE *
our_out(void)
{
	FILE *f = fopen("our.out", "w");

	ATF_REQUIRE(f != NULL);
	ref_state = 88172645463325252ULL;
	return f;
}

TC(strtol_vs_glibc,
    "strtol and strtoul agree with glibc on 20000 random "
    "strings (values, errno, end pointers)")
{
	char *const args[] = { __UNCONST("wref"), __UNCONST("strtol"),
		__UNCONST("20000"), NULL };
	char buf[64], *e1, *e2;
	int base, i, err1, err2;
	unsigned long u;
	long v;
	FILE *f;

	f = our_out();
	for (i = 0; i < 20000; i++) {
		ref_number(buf, &base);
		errno = 0;
		v = strtol(buf, &e1, base);
		err1 = errno;
		errno = 0;
		u = strtoul(buf, &e2, base);
		err2 = errno;
		if (base == 1 || base == 37)
			e1 = e2 = buf;
		fprintf(f, "%ld %d %d %lu %d %d\n", v, err1, (int)(e1 - buf), u,
		    err2, (int)(e2 - buf));
	}
	fclose(f);
	run_ref(tc, args);
	compare();
}

TC(mbrtowc_vs_glibc,
    "byte-at-a-time mbrtowc in C.UTF-8 agrees with glibc "
    "on 20000 random byte strings")
{
	char *const args[] = { __UNCONST("wref"), __UNCONST("mbrtowc"),
		__UNCONST("20000"), NULL };
	unsigned char buf[32];
	mbstate_t st;
	wchar_t wc;
	size_t r = 0;
	int i, len, pos;
	FILE *f;

	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	f = our_out();
	for (i = 0; i < 20000; i++) {
		len = ref_bytes(buf);
		memset(&st, 0, sizeof(st));
		/* Feed the bytes and the NUL one at a time; print each
		 * character completed, then E (error) or Z (NUL reached). */
		for (pos = 0; pos <= len; pos++) {
			wc = 0;
			r = mbrtowc(&wc, (char *)buf + pos, 1, &st);
			if (r == (size_t)-1 || r == 0)
				break;
			if (r != (size_t)-2)
				fprintf(f, "%x ", (unsigned)wc);
		}
		fprintf(f, "%s\n", r == 0 ? "Z" : "E");
	}
	fclose(f);
	run_ref(tc, args);
	compare();
}

static void
case_range(const atf_tc_t *tc, const char *lo, const char *hi)
{
	char *const args[] = { __UNCONST("wref"), __UNCONST("case"),
		__UNCONST(lo), __UNCONST(hi), NULL };
	unsigned c, l = (unsigned)strtoul(lo, NULL, 0),
		    h = (unsigned)strtoul(hi, NULL, 0);
	FILE *f;

	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	f = our_out();
	for (c = l; c <= h; c++)
		fprintf(f, "%x %x %x\n", c, (unsigned)towupper(c),
		    (unsigned)towlower(c));
	fclose(f);
	run_ref(tc, args);
	compare();
}

TC(case_latin_vs_glibc,
    "towupper/towlower agree with glibc for ASCII, "
    "Latin-1 and Latin Extended-A")
{
	case_range(tc, "0", "0x17f");
}

TC(case_greek_vs_glibc, "towupper/towlower agree with glibc for Greek")
{
	case_range(tc, "0x370", "0x3ff");
}

TC(case_cyrillic_vs_glibc,
    "towupper/towlower agree with glibc for "
    "Cyrillic and Armenian")
{
	case_range(tc, "0x400", "0x58f");
}

TC(case_latin_additional_vs_glibc,
    "towupper/towlower agree with glibc "
    "for Latin Extended Additional")
{
	case_range(tc, "0x1e00", "0x1eff");
}

TC(case_bmp_vs_glibc,
    "towupper/towlower agree with glibc for every code "
    "point of the Basic Multilingual Plane")
{
	case_range(tc, "0", "0xffff");
}

TC(case_smp_vs_glibc,
    "towupper/towlower agree with glibc for every code "
    "point of plane 1 (Deseret, Osage, Adlam ...)")
{
	case_range(tc, "0x10000", "0x1ffff");
}

TC(wcwidth_vs_glibc,
    "wcwidth agrees with glibc for every code point of "
    "planes 0 to 3 that glibc gives a width (unassigned "
    "points are -1 there, printable here)")
{
	char *const args[] = { __UNCONST("wref"), __UNCONST("width"),
		__UNCONST("0"), __UNCONST("0x3ffff"), NULL };
	unsigned c;
	FILE *f;

	ATF_REQUIRE(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	f = our_out();
	for (c = 0; c <= 0x3ffff; c++)
		fprintf(f, "%x %d\n", c, wcwidth((wchar_t)c));
	fclose(f);
	run_ref(tc, args);
	compare();
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strtol_vs_glibc);
	ATF_TP_ADD_TC(tp, mbrtowc_vs_glibc);
	ATF_TP_ADD_TC(tp, case_latin_vs_glibc);
	ATF_TP_ADD_TC(tp, case_greek_vs_glibc);
	ATF_TP_ADD_TC(tp, case_cyrillic_vs_glibc);
	ATF_TP_ADD_TC(tp, case_latin_additional_vs_glibc);
	ATF_TP_ADD_TC(tp, case_bmp_vs_glibc);
	ATF_TP_ADD_TC(tp, case_smp_vs_glibc);
	ATF_TP_ADD_TC(tp, wcwidth_vs_glibc);
	return atf_no_error();
}
