/*
 * c_util.c: helpers of the translation-cache test modules: a granted
 * page's contents and one-message commands.
 */

#include "c_util.h"

/*
 * Fill pg as a granter's page living at user address va: grant 0 (seq 1)
 * gives anyone read and write access to the data words, which hold
 * pattern | index.
 */
void
c_grant_fill(struct cpage *pg, uintptr_t va, uint64_t pattern)
{
	int i;

	memset(pg->gt, 0, sizeof(pg->gt));
	pg->gt[0].cp_flags =
	    CPF_DIRECT | CPF_READ | CPF_WRITE | CPF_USED | CPF_VALID;
	pg->gt[0].cp_seq = 1;
	pg->gt[0].cp_who_to = ANY;
	pg->gt[0].cp_who_from = NONE;
	pg->gt[0].cp_start = va + __builtin_offsetof(struct cpage, data);
	pg->gt[0].cp_len = sizeof(pg->data);
	for (i = 0; i < C_WORDS; i++)
		pg->data[i] = pattern | (uint64_t)i;
}

message
c_words(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t w3, uint64_t w4)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u64.m_u64[0] = w0;
	m.m_u64.m_u64[1] = w1;
	m.m_u64.m_u64[2] = w2;
	m.m_u64.m_u64[3] = w3;
	m.m_u64.m_u64[4] = w4;
	return m;
}
