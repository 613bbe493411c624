/*
 * <signal.h>: signal handling (C99 7.14, POSIX): signal numbers and
 * structures from <sys/signal.h>, and the functions of libc.
 */

#ifndef _SIGNAL_H_
#define _SIGNAL_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <machine/signal.h>
#include <sys/signal.h>

struct timespec;

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
#include <sys/ansi.h>
#ifndef pid_t
typedef __pid_t pid_t;
#define pid_t __pid_t
#endif
#ifndef uid_t
typedef __uid_t uid_t;
#define uid_t __uid_t
#endif
#endif

#if defined(_NETBSD_SOURCE)
extern const char *const *sys_signame;
extern const char *const *sys_siglist;
extern const int sys_nsig;
#endif

__BEGIN_DECLS
void (*signal(int, void (*)(int)))(int);
int raise(int);

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
int kill(pid_t, int);
int sigaction(
    int, const struct sigaction *__restrict, struct sigaction *__restrict);
int sigaddset(sigset_t *, int);
int sigdelset(sigset_t *, int);
int sigemptyset(sigset_t *);
int sigfillset(sigset_t *);
int sigismember(const sigset_t *, int);
int sigpending(sigset_t *);
int sigprocmask(int, const sigset_t *__restrict, sigset_t *__restrict);
int sigsuspend(const sigset_t *);
int sigwait(const sigset_t *__restrict, int *__restrict);
int sigwaitinfo(const sigset_t *__restrict, siginfo_t *__restrict);
int sigtimedwait(const sigset_t *__restrict, siginfo_t *__restrict,
    const struct timespec *__restrict);
int sigqueue(pid_t, int, const union sigval);
int sigaltstack(const stack_t *__restrict, stack_t *__restrict);
int siginterrupt(int, int);
int killpg(pid_t, int);
int sighold(int);
int sigignore(int);
int sigrelse(int);
int sigpause(int);
void (*sigset(int, void (*)(int)))(int);
void psignal(int, const char *);
void psiginfo(const siginfo_t *, const char *);
int pthread_sigmask(int, const sigset_t *__restrict, sigset_t *__restrict);
#endif

#if defined(_NETBSD_SOURCE)
int sigreturn(struct sigcontext *);
const char *signalname(int);
int signalnumber(const char *);
int signalnext(int);
#endif
__END_DECLS

#endif /* !_SIGNAL_H_ */
