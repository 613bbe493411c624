/*
 * <sys/select.h>: fd_set, select(2) and pselect(2).
 */

#ifndef _SYS_SELECT_H_
#define _SYS_SELECT_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/fd_set.h>
#include <sys/sigtypes.h>
#include <sys/timespec.h>

struct timeval;

__BEGIN_DECLS
int pselect(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
    const struct timespec *__restrict, const sigset_t *__restrict);
int select(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
    struct timeval *__restrict);
__END_DECLS

#endif /* !_SYS_SELECT_H_ */
