/*
 * fnmatch.h: shell-style pattern matching of file names (fnmatch(3)).
 */
#ifndef _FNMATCH_H_
#define _FNMATCH_H_

#include <sys/cdefs.h>

#define FNM_NOMATCH 1 /* match failed */
#define FNM_NOSYS   2 /* function not implemented */
#define FNM_NORES   3 /* out of resources */

#define FNM_NOESCAPE	0x01 /* backslash is an ordinary character */
#define FNM_PATHNAME	0x02 /* '/' must be matched explicitly */
#define FNM_PERIOD	0x04 /* a leading '.' must be matched explicitly */
#define FNM_CASEFOLD	0x08 /* ignore case */
#define FNM_LEADING_DIR 0x10 /* match a leading directory prefix */
#define FNM_IGNORECASE	FNM_CASEFOLD
#define FNM_FILE_NAME	FNM_PATHNAME

__BEGIN_DECLS
int fnmatch(const char *, const char *, int);
__END_DECLS

#endif /* !_FNMATCH_H_ */
