/*
 * c_peer.c: the copier.  For each command from c_vm it copies one word
 * from (C_FROM) or to (C_TO) a granter's grant and answers with the
 * result and the word read.  A copy that meets a missing page stops here
 * until c_vm (VM) resumes it.
 */

#include "c_util.h"

int
main(const char *name)
{
	endpoint_t vm = kt_lookup("vm");
	uint64_t word;
	message m;
	long r;

	(void)name;
	for (;;) {
		if (kt_receive(vm, &m) != 0)
			continue;
		word = m.m_u64.m_u64[4];
		r = kt_safecopy(m.m_u64.m_u64[0] == C_TO ? SYS_SAFECOPYTO
							 : SYS_SAFECOPYFROM,
		    (endpoint_t)m.m_u64.m_u64[1],
		    (cp_grant_id_t)m.m_u64.m_u64[2], m.m_u64.m_u64[3], &word,
		    8);
		m = c_words(C_DONE, (uint64_t)r, word, 0, 0);
		kt_send(vm, &m);
	}
}
