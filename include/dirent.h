/*
 * <dirent.h>: directory streams: DIR (opaque) and opendir/readdir and
 * friends (lib/libc/gen).
 */

#ifndef _DIRENT_H_
#define _DIRENT_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>
#include <sys/dirent.h>

#if defined(_NETBSD_SOURCE)
#define d_ino	  d_fileno
#define DIRBLKSIZ 1024
#endif

typedef struct _dirdesc DIR;

__BEGIN_DECLS
int closedir(DIR *);
void rewinddir(DIR *);
DIR *opendir(const char *);
DIR *fdopendir(int);
struct dirent *readdir(DIR *);
int readdir_r(
    DIR *__restrict, struct dirent *__restrict, struct dirent **__restrict);
void seekdir(DIR *, long);
long telldir(DIR *);
int dirfd(DIR *);
int scandir(const char *, struct dirent ***, int (*)(const struct dirent *),
    int (*)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **, const struct dirent **);
#if defined(_NETBSD_SOURCE)
int getdents(int, char *, size_t);
#endif
__END_DECLS

#endif /* !_DIRENT_H_ */
