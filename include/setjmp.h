/*
 * <setjmp.h>: non-local jumps (C99 7.13) and the POSIX sigsetjmp family.
 * setjmp/longjmp save and restore the signal mask (BSD semantics);
 * _setjmp/_longjmp do not; sigsetjmp saves it if its second argument is
 * non-zero.  Implemented in lib/libc/arch/x86_64/setjmp.S.
 */

#ifndef _SETJMP_H_
#define _SETJMP_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <machine/setjmp.h>

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
typedef long sigjmp_buf[_JBLEN + 1] __aligned(16);
#endif

typedef long jmp_buf[_JBLEN] __aligned(16);

__BEGIN_DECLS
int setjmp(jmp_buf) __returns_twice;
__dead void longjmp(jmp_buf, int);

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
int sigsetjmp(sigjmp_buf, int) __returns_twice;
__dead void siglongjmp(sigjmp_buf, int);
#endif

#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
int _setjmp(jmp_buf) __returns_twice;
__dead void _longjmp(jmp_buf, int);
#endif

#if defined(_NETBSD_SOURCE)
void longjmperror(void);
#endif
__END_DECLS

#endif /* !_SETJMP_H_ */
