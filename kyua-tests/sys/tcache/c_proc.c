/*
 * c_proc.c: a granter (booted as c_owner and as c_dead).  Its grant
 * table, receive buffer and granted words share one page, so a copy from
 * its grant touches that page only.  It tells c_vm where the page is,
 * then waits in RECEIVE (buffer in the same page) for ever: from then on
 * it makes no kernel call that could refresh the translation cache.
 */

#include "c_util.h"

static struct cpage pg;

int
main(const char *name)
{
	endpoint_t vm = kt_lookup("vm");
	uint64_t pat = name[2] == 'd' ? PAT_DEAD : PAT_OWNER;

	c_grant_fill(&pg, (uintptr_t)&pg, pat);
	kt_setgrant(pg.gt, 2);
	pg.msg = c_words(C_READY, (uintptr_t)&pg, GRANT_ID(0, 1), 0, 0);
	kt_send(vm, &pg.msg);
	for (;;)
		kt_receive(ANY, &pg.msg);
}
