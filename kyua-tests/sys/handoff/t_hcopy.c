/*
 * t_hcopy.c: a copy fault instead of a page fault.  SAFECOPYTO into its
 * own grant of a page nobody mapped stops it for VM (VMPF_KCOPY); t_hvm1
 * lets that request sit in its queue and dies, so the kept request must
 * reach t_hnewvm, after which the copy runs again and completes.
 */

#include "h_util.h"

static cp_grant_t gt[1];

int
main(const char *name)
{
	volatile uint64_t *dst = (volatile uint64_t *)COPY_VA;
	uint64_t buf[2] = { 0x0123456789abcdefULL, 0xfedcba9876543210ULL };
	endpoint_t me = kt_lookup(name);
	long r;

	gt[0].cp_seq = 1;
	gt[0].cp_flags =
	    CPF_DIRECT | CPF_READ | CPF_WRITE | CPF_VALID | CPF_USED;
	gt[0].cp_who_to = me;
	gt[0].cp_who_from = NONE;
	gt[0].cp_start = COPY_VA;
	gt[0].cp_len = 4096;
	kt_setgrant(gt, 1);
	r = kt_safecopy(SYS_SAFECOPYTO, me, GRANT_ID(0, 1), 8, buf, 16);
	kt_check("vmdeath_copy_completed",
	    r == 0 && dst[0] == 0 && dst[1] == buf[0] && dst[2] == buf[1],
	    "SAFECOPYTO %ld, words %lx %lx %lx", r, dst[0], dst[1], dst[2]);
	return 0;
}
