/*
 * grant.h: grant validation and copies (grant.c).
 */

#ifndef _KERN_GRANT_H_
#define _KERN_GRANT_H_

#include <stdint.h>
#include <minix/safecopies.h>

struct proc;

int grant_verify(struct proc *, endpoint_t, cp_grant_id_t, uint64_t, uint64_t,
    int, struct proc **, uintptr_t *);
int grant_copy(struct proc *, endpoint_t, cp_grant_id_t, uint64_t, uintptr_t,
    uint64_t, int);
int grant_memset(
    struct proc *, endpoint_t, cp_grant_id_t, uint64_t, int, uint64_t);

#endif /* !_KERN_GRANT_H_ */
