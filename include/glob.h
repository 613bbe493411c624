/*
 * glob.h: path name expansion (glob(3)) with NetBSD's extensions.
 */
#ifndef _GLOB_H_
#define _GLOB_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>

struct stat;
struct dirent;

typedef struct {
	size_t gl_pathc;  /* number of paths in gl_pathv */
	size_t gl_matchc; /* number of paths matched by this call */
	size_t gl_offs;	  /* NULL slots reserved at the front of gl_pathv */
	int gl_flags;	  /* the flags given to glob(), plus GLOB_MAGCHAR */
	char **gl_pathv;  /* the paths, NULL-terminated */
	int (*gl_errfunc)(const char *, int);
	/* Directory access replacements used with GLOB_ALTDIRFUNC. */
	void (*gl_closedir)(void *);
	struct dirent *(*gl_readdir)(void *);
	void *(*gl_opendir)(const char *);
	int (*gl_lstat)(const char *, struct stat *);
	int (*gl_stat)(const char *, struct stat *);
} glob_t;

#define GLOB_APPEND   0x0001 /* add to the paths of a previous call */
#define GLOB_DOOFFS   0x0002 /* reserve gl_offs NULL slots */
#define GLOB_ERR      0x0004 /* stop at the first unreadable directory */
#define GLOB_MARK     0x0008 /* append '/' to directories */
#define GLOB_NOCHECK  0x0010 /* no match: return the pattern itself */
#define GLOB_NOSORT   0x0020 /* do not sort the results */
#define GLOB_NOESCAPE 0x1000 /* backslash is an ordinary character */

#define GLOB_NOSPACE (-1) /* out of memory */
#define GLOB_ABORTED (-2) /* a directory could not be read */
#define GLOB_NOMATCH (-3) /* nothing matched */
#define GLOB_NOSYS   (-4) /* not implemented */

#if defined(_NETBSD_SOURCE)
#define GLOB_ALTDIRFUNC 0x0040 /* use the gl_* directory functions */
#define GLOB_BRACE	0x0080 /* expand {a,b} as csh does */
#define GLOB_MAGCHAR	0x0100 /* out: the pattern had a wildcard */
#define GLOB_NOMAGIC	0x0200 /* GLOB_NOCHECK for patterns without magic */
#define GLOB_LIMIT	0x0400 /* bound the memory used by the matches */
#define GLOB_TILDE	0x0800 /* expand ~ and ~user */
#define GLOB_PERIOD	0x2000 /* wildcards may match a leading '.' */
#define GLOB_NO_DOTDIRS 0x4000 /* never return . and .. from wildcards */
#define GLOB_STAR	0x8000 /* ** spans directory levels */
#define GLOB_QUOTE	0      /* source compatibility: always on */
#define GLOB_ABEND	GLOB_ABORTED
#endif

__BEGIN_DECLS
int glob(const char *__restrict, int, int (*)(const char *, int),
    glob_t *__restrict);
void globfree(glob_t *);
__END_DECLS

#endif /* !_GLOB_H_ */
