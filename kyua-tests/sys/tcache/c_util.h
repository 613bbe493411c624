/*
 * c_util.h: what the translation-cache test modules share: the layout of
 * a granted page (grant table, receive buffer and data in one page, so
 * every copy reads only that page of the granter), message words and
 * patterns.
 */

#ifndef _C_UTIL_H_
#define _C_UTIL_H_

#include "ktest.h"
#include "ktipc.h"

enum { EPERM_ = 1, EFAULT_ = 14, EINVAL_ = 22 };

#define C_WORDS	  256
#define C_OFF	  (40 * 8) /* byte offset of the word the copies move */
#define C_READY	  0x52	   /* c_proc -> c_vm: page, grant id */
#define C_FROM	  1	   /* c_vm -> c_peer: SAFECOPYFROM one word */
#define C_TO	  2	   /* c_vm -> c_peer: SAFECOPYTO one word */
#define C_DONE	  0x44	   /* c_peer -> c_vm: result, word */
#define PAT_OWNER 0x1111000000000000UL
#define PAT_DEAD  0x3333000000000000UL
#define PAT_VM	  0x2222000000000000UL

struct cpage {
	cp_grant_t gt[2];
	message msg;
	uint64_t data[C_WORDS];
} __attribute__((aligned(4096)));

void c_grant_fill(struct cpage *, uintptr_t, uint64_t);
message c_words(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t);

#endif /* !_C_UTIL_H_ */
