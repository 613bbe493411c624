/*
 * <termios.h>: terminal interface: <sys/termios.h> and the tc*() and
 * cf*() functions of libc (lib/libc/gen).
 */

#ifndef _TERMIOS_H_
#define _TERMIOS_H_

#include <sys/cdefs.h>
#include <sys/termios.h>

#ifndef pid_t
typedef __pid_t pid_t;
#define pid_t __pid_t
#endif

__BEGIN_DECLS
speed_t cfgetispeed(const struct termios *);
speed_t cfgetospeed(const struct termios *);
int cfsetispeed(struct termios *, speed_t);
int cfsetospeed(struct termios *, speed_t);
int tcgetattr(int, struct termios *);
int tcsetattr(int, int, const struct termios *);
int tcdrain(int);
int tcflow(int, int);
int tcflush(int, int);
int tcsendbreak(int, int);
pid_t tcgetsid(int);
#if defined(_NETBSD_SOURCE)
void cfmakeraw(struct termios *);
int cfsetspeed(struct termios *, speed_t);
#endif
__END_DECLS

#if defined(_NETBSD_SOURCE)
#include <sys/ttycom.h>
#include <sys/ttydefaults.h>
#endif

#endif /* !_TERMIOS_H_ */
