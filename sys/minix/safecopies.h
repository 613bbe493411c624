/*
 * <minix/safecopies.h>: memory grants.
 *
 * A process keeps its grant table, an array of cp_grant_t, in its own
 * memory and tells the kernel where it is with SYS_SETGRANT.  A grant id is
 * the entry index plus the entry's sequence number:
 *
 *	id = (seq << GRANT_IDX_BITS) | index
 *
 * The granter bumps cp_seq whenever it revokes an entry and reuses it, so an
 * old id no longer validates.  The kernel reads the table on every SAFECOPY
 * and checks flags, sequence, grantee, range and access each time.
 *
 * Kinds:
 *   direct	(CPF_DIRECT)   my bytes [cp_start, cp_start + cp_len) to
 *				cp_who_to;
 *   indirect	(CPF_INDIRECT) a grant I received (cp_ref at cp_who_from),
 *				passed on to cp_who_to, restricted to
 *				[cp_start, cp_start + cp_len) of it (offsets
 *				into that grant) and to my access bits: never
 *				wider than what I was given;
 *   magic	(CPF_MAGIC)    third party: bytes of cp_who_from's memory
 *				given to cp_who_to; only a process whose
 *				privilege record has PRF_MAGIC_GRANTS (VFS)
 *				may own such an entry.
 */

#ifndef _MINIX_SAFECOPIES_H_
#define _MINIX_SAFECOPIES_H_

#include <stdint.h>
#include <minix/com.h>

typedef int32_t cp_grant_id_t;

#define GRANT_INVALID  ((cp_grant_id_t)-1)
#define GRANT_IDX_BITS 16
#define GRANT_IDX_MASK ((1 << GRANT_IDX_BITS) - 1)
#define GRANT_SEQ_MASK 0x7fff /* id stays positive */
#define GRANT_ID(idx, seq)                                                     \
	((cp_grant_id_t)((((seq)&GRANT_SEQ_MASK) << GRANT_IDX_BITS) | (idx)))
#define GRANT_IDX(id)	((int)((id)&GRANT_IDX_MASK))
#define GRANT_SEQ(id)	((int)(((id) >> GRANT_IDX_BITS) & GRANT_SEQ_MASK))
#define GRANT_VALID(id) ((id) >= 0)

/* cp_flags */
#define CPF_READ     0x0001 /* grantee may read (copy from) */
#define CPF_WRITE    0x0002 /* grantee may write (copy to) */
#define CPF_DIRECT   0x0010
#define CPF_INDIRECT 0x0020
#define CPF_MAGIC    0x0040 /* third-party grant */
#define CPF_USED     0x0100 /* entry allocated (the granter's bookkeeping) */
#define CPF_VALID    0x0200 /* entry may be used */
#define CPF_ACCESS   (CPF_READ | CPF_WRITE)
#define CPF_KIND     (CPF_DIRECT | CPF_INDIRECT | CPF_MAGIC)

typedef struct {
	uint32_t cp_flags;
	uint32_t cp_seq;	/* low 15 bits must match the id */
	endpoint_t cp_who_to;	/* grantee, or ANY */
	endpoint_t cp_who_from; /* indirect/magic: see above */
	cp_grant_id_t cp_ref;	/* indirect: grant id at cp_who_from */
	uint32_t cp_reserved;
	uint64_t cp_start; /* address (direct, magic) or offset */
	uint64_t cp_len;
} cp_grant_t;
_Static_assert(sizeof(cp_grant_t) == 40, "cp_grant_t must be 40 bytes");

#define GRANT_TABLE_MAX 4096 /* entries the kernel accepts in SETGRANT */

/* One element of a SYS_VSAFECOPY vector. */
struct vscp_vec {
	endpoint_t v_from;   /* source: granter endpoint, or SELF */
	endpoint_t v_to;     /* destination: granter endpoint, or SELF */
	cp_grant_id_t v_gid; /* grant of whichever side is not SELF */
	uint32_t v_reserved;
	uint64_t v_offset; /* into the grant */
	uint64_t v_addr;   /* in the caller's memory */
	uint64_t v_bytes;
};
_Static_assert(sizeof(struct vscp_vec) == 40, "vscp_vec must be 40 bytes");
#define VSCP_VEC_MAX 64

#endif /* !_MINIX_SAFECOPIES_H_ */
