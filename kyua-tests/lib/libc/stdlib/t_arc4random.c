/*
 * t_arc4random: the ChaCha20 block function against the RFC 8439 test
 * vector (expected bytes computed with OpenSSL), and the arc4random
 * family: variety, uniform bounds, buffer filling, fork divergence.
 */
#include <sys/wait.h>
#include <atf-c.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

/* libc's private block function, tested directly. */
void __chacha20_block(const uint32_t in[16], uint8_t out[64]);

TC(chacha20_rfc8439, "the ChaCha20 block function matches RFC 8439 2.3.2")
{
	static const uint8_t want[64] = { 0x10, 0xf1, 0xe7, 0xe4, 0xd1, 0x3b,
		0x59, 0x15, 0x50, 0x0f, 0xdd, 0x1f, 0xa3, 0x20, 0x71, 0xc4,
		0xc7, 0xd1, 0xf4, 0xc7, 0x33, 0xc0, 0x68, 0x03, 0x04, 0x22,
		0xaa, 0x9a, 0xc3, 0xd4, 0x6c, 0x4e, 0xd2, 0x82, 0x64, 0x46,
		0x07, 0x9f, 0xaa, 0x09, 0x14, 0xc2, 0xd7, 0x05, 0xd9, 0x8b,
		0x02, 0xa2, 0xb5, 0x12, 0x9c, 0xd1, 0xde, 0x16, 0x4e, 0xb9,
		0xcb, 0xd0, 0x83, 0xe8, 0xa2, 0x50, 0x3c, 0x4e };
	uint32_t in[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
		0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c, 0x13121110,
		0x17161514, 0x1b1a1918, 0x1f1e1d1c, 0x00000001, 0x09000000,
		0x4a000000, 0x00000000 };
	uint8_t out[64];

	__chacha20_block(in, out);
	ATF_CHECK_EQ(memcmp(out, want, 64), 0);
}

TC(arc4random_varies, "successive values differ and cover the high bit")
{
	uint32_t v[1000];
	int i, j, high = 0, same = 0;

	for (i = 0; i < 1000; i++) {
		v[i] = arc4random();
		high += v[i] >> 31;
	}
	for (i = 0; i < 1000; i++)
		for (j = i + 1; j < 1000; j++)
			same += v[i] == v[j];
	ATF_CHECK(same <= 1);
	ATF_CHECK(high > 400 && high < 600);
}

TC(arc4random_uniform_bounds,
    "arc4random_uniform stays below its bound, "
    "hits every value, and is 0 for bounds 0 and 1")
{
	int seen[10] = { 0 }, i;
	uint32_t r;

	ATF_CHECK_EQ(arc4random_uniform(0), 0);
	ATF_CHECK_EQ(arc4random_uniform(1), 0);
	for (i = 0; i < 100000; i++) {
		r = arc4random_uniform(10);
		ATF_REQUIRE(r < 10);
		seen[r]++;
	}
	for (i = 0; i < 10; i++)
		ATF_CHECK_MSG(seen[i] > 9000 && seen[i] < 11000,
		    "value %d seen %d times", i, seen[i]);
	for (i = 0; i < 1000; i++)
		ATF_REQUIRE(arc4random_uniform(0x80000001U) < 0x80000001U);
}

TC(arc4random_buf_fills,
    "arc4random_buf writes every byte value over a "
    "large buffer and does not overrun")
{
	static unsigned char buf[65536 + 16];
	int count[256] = { 0 }, i;

	memset(buf, 0xa5, sizeof(buf));
	arc4random_buf(buf, 65536);
	for (i = 0; i < 65536; i++)
		count[buf[i]]++;
	for (i = 0; i < 256; i++)
		ATF_CHECK_MSG(count[i] > 150 && count[i] < 370,
		    "byte %d seen %d times", i, count[i]);
	for (i = 65536; i < 65536 + 16; i++)
		ATF_CHECK_EQ(buf[i], 0xa5);
	arc4random_buf(buf, 0);
	arc4random_stir();
	arc4random_addrandom((unsigned char *)"extra", 5);
	ATF_CHECK(arc4random() != arc4random() || arc4random() != arc4random());
}

TC(arc4random_fork, "parent and child after fork get different streams")
{
	uint32_t parent[4], child[4];
	int fds[2], st, i;
	pid_t pid;

	(void)arc4random();
	ATF_REQUIRE_EQ(pipe(fds), 0);
	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		for (i = 0; i < 4; i++)
			child[i] = arc4random();
		(void)write(fds[1], child, sizeof(child));
		_exit(0);
	}
	for (i = 0; i < 4; i++)
		parent[i] = arc4random();
	ATF_REQUIRE_EQ(
	    read(fds[0], child, sizeof(child)), (ssize_t)sizeof(child));
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	ATF_CHECK(memcmp(parent, child, sizeof(child)) != 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, chacha20_rfc8439);
	ATF_TP_ADD_TC(tp, arc4random_varies);
	ATF_TP_ADD_TC(tp, arc4random_uniform_bounds);
	ATF_TP_ADD_TC(tp, arc4random_buf_fills);
	ATF_TP_ADD_TC(tp, arc4random_fork);
	return atf_no_error();
}
