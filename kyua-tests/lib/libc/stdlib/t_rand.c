/*
 * t_rand: rand/srand/rand_r, random/srandom/initstate/setstate and the
 * drand48 family.  The rand48 expectations are the values of the POSIX
 * recurrence X(n+1) = (0x5deece66d X(n) + 0xb) mod 2^48, computed
 * outside this libc; the others check range, reproducibility and state
 * handling.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "h_tc.h"

TC(rand_range_repeat,
    "rand stays in [0, RAND_MAX] and repeats after "
    "srand with the same seed")
{
	int a[100], i, distinct = 0;

	ATF_CHECK_EQ(RAND_MAX, 0x7fffffff);
	srand(42);
	for (i = 0; i < 100; i++) {
		a[i] = rand();
		ATF_CHECK(a[i] >= 0 && a[i] <= RAND_MAX);
		if (i > 0 && a[i] != a[i - 1])
			distinct++;
	}
	ATF_CHECK(distinct > 90);
	srand(42);
	for (i = 0; i < 100; i++)
		ATF_CHECK_EQ(rand(), a[i]);
	srand(43);
	ATF_CHECK(rand() != a[0] || rand() != a[1]);
}

TC(rand_spread, "rand's values cover both halves and all low bits")
{
	int i, hi = 0, odd = 0;

	srand(1);
	for (i = 0; i < 10000; i++) {
		int r = rand();

		hi += r > RAND_MAX / 2;
		odd += r & 1;
	}
	ATF_CHECK(hi > 4500 && hi < 5500);
	ATF_CHECK(odd > 4500 && odd < 5500);
}

TC(rand_r_state, "rand_r depends only on the seed it is given")
{
	unsigned s1 = 7, s2 = 7;
	int i;

	for (i = 0; i < 50; i++) {
		int r = rand_r(&s1);

		ATF_CHECK(r >= 0 && r <= RAND_MAX);
		ATF_CHECK_EQ(r, rand_r(&s2));
	}
	ATF_CHECK_EQ(s1, s2);
	s1 = 8;
	ATF_CHECK(rand_r(&s1) != rand_r(&s2) || rand_r(&s1) != rand_r(&s2));
}

TC(random_repeat, "random is in [0, 2^31) and repeats after srandom")
{
	long a[50];
	int i;

	srandom(3);
	for (i = 0; i < 50; i++) {
		a[i] = random();
		ATF_CHECK(a[i] >= 0 && a[i] <= 0x7fffffffL);
	}
	srandom(3);
	for (i = 0; i < 50; i++)
		ATF_CHECK_EQ(random(), a[i]);
}

TC(initstate_setstate,
    "initstate switches to a new state buffer and "
    "setstate resumes an old one where it left off")
{
	static long big[64], small[8];
	long seq[10];
	char *old;
	int i;

	srandom(11);
	old = initstate(5, (char *)big, sizeof(big));
	ATF_REQUIRE(old != NULL);
	for (i = 0; i < 10; i++)
		seq[i] = random();
	ATF_REQUIRE(initstate(5, (char *)small, sizeof(small)) == (char *)big);
	(void)random();
	ATF_REQUIRE(setstate((char *)big) == (char *)small);
	ATF_REQUIRE(initstate(5, (char *)big, sizeof(big)) == (char *)big);
	for (i = 0; i < 10; i++)
		ATF_CHECK_EQ(random(), seq[i]);
	ATF_REQUIRE(setstate(old) == (char *)big);
}

TC(initstate_errors, "initstate refuses buffers under 8 bytes (EINVAL)")
{
	static long buf[4];

	errno = 0;
	ATF_CHECK(initstate(1, (char *)buf, 4) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(lrand48_values, "lrand48 after srand48(1234) gives the POSIX sequence")
{
	srand48(1234);
	ATF_CHECK_EQ(lrand48(), 1591021091L);
	ATF_CHECK_EQ(lrand48(), 460710097L);
	ATF_CHECK_EQ(lrand48(), 726270023L);
	ATF_CHECK_EQ(lrand48(), 693929866L);
}

TC(mrand48_values, "mrand48 gives signed 32-bit values of the sequence")
{
	srand48(1234);
	ATF_CHECK_EQ(mrand48(), -1112925114L);
	ATF_CHECK_EQ(mrand48(), 921420195L);
	ATF_CHECK_EQ(mrand48(), 1452540047L);
}

TC(drand48_values, "drand48 is X / 2^48")
{
	srand48(1234);
	ATF_CHECK(drand48() == 0.7408769294424964);
	ATF_CHECK(drand48() == 0.21453485716799037);
	ATF_CHECK(drand48() == 0.33819583411435516);
}

TC(default_seed, "without seeding, the sequence starts from 0x1234abcd330e")
{
	ATF_CHECK_EQ(lrand48(), 851401618L);
	ATF_CHECK_EQ(lrand48(), 1804928587L);
}

TC(erand48_xsubi, "erand48/nrand48/jrand48 advance the caller's state")
{
	unsigned short x[3] = { 1, 2, 3 };
	unsigned short y[3] = { 1, 2, 3 };

	(void)erand48(x);
	ATF_CHECK(x[0] == 0xe678 && x[1] == 0xabc6 && x[2] == 0x7126);
	ATF_CHECK_EQ(nrand48(y), (long)(0x7126abc6e678ULL >> 17));
	ATF_CHECK_EQ(jrand48(y), (long)(int)0x435c5d5fU);
}

TC(seed48_lcong48,
    "seed48 returns the old seed; lcong48 changes a and c "
    "until srand48 resets them")
{
	unsigned short s[3] = { 0x330e, 1234, 0 };
	unsigned short p[7] = { 1, 0, 0, 5, 0, 0, 7 };
	unsigned short *old;

	srand48(99);
	old = seed48(s);
	ATF_CHECK(old[0] == 0x330e && old[1] == 99 && old[2] == 0);
	ATF_CHECK_EQ(lrand48(), 1591021091L);
	lcong48(p);
	ATF_CHECK(drand48() == 12.0 / 281474976710656.0);
	ATF_CHECK(drand48() == 67.0 / 281474976710656.0);
	srand48(1234);
	ATF_CHECK_EQ(lrand48(), 1591021091L);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, rand_range_repeat);
	ATF_TP_ADD_TC(tp, rand_spread);
	ATF_TP_ADD_TC(tp, rand_r_state);
	ATF_TP_ADD_TC(tp, random_repeat);
	ATF_TP_ADD_TC(tp, initstate_setstate);
	ATF_TP_ADD_TC(tp, initstate_errors);
	ATF_TP_ADD_TC(tp, lrand48_values);
	ATF_TP_ADD_TC(tp, mrand48_values);
	ATF_TP_ADD_TC(tp, drand48_values);
	ATF_TP_ADD_TC(tp, default_seed);
	ATF_TP_ADD_TC(tp, erand48_xsubi);
	ATF_TP_ADD_TC(tp, seed48_lcong48);
	return atf_no_error();
}
