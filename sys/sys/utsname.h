/*
 * <sys/utsname.h>: struct utsname and uname(3).
 */

#ifndef _SYS_UTSNAME_H_
#define _SYS_UTSNAME_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>

#define _SYS_NMLN 256

#if defined(_NETBSD_SOURCE)
#define SYS_NMLN _SYS_NMLN
#endif

struct utsname {
	char sysname[_SYS_NMLN];  /* Name of this OS. */
	char nodename[_SYS_NMLN]; /* Name of this network node. */
	char release[_SYS_NMLN];  /* Release level. */
	char version[_SYS_NMLN];  /* Version level. */
	char machine[_SYS_NMLN];  /* Hardware type. */
};

__BEGIN_DECLS
int uname(struct utsname *);
__END_DECLS

#endif /* !_SYS_UTSNAME_H_ */
