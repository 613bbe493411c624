/*
 * pwgr_impl.h: private helpers of the flat-file user and group databases
 * (/etc/passwd, /etc/group): line parsing, copying an entry into a
 * caller's buffer, and the shared enumeration state of getpwent/getgrent.
 */
#ifndef _PWGR_IMPL_H_
#define _PWGR_IMPL_H_

#include <grp.h>
#include <pwd.h>
#include <stdio.h>

#define PWGR_LINE_MAX 4096

/* A parsed group line: at most this many members are kept. */
#define GR_MEM_MAX 512

extern FILE *__pw_fp; /* getpwent() stream */
extern int __pw_stayopen;
extern FILE *__gr_fp; /* getgrent() stream */
extern int __gr_stayopen;

const char *__pw_path(void);
const char *__gr_path(void);
int __pw_parse(char *, struct passwd *);
int __pw_copy(const struct passwd *, struct passwd *, char *, size_t);
int __pw_next(FILE *, struct passwd *, char *, size_t, struct passwd **);
int __gr_parse(char *, struct group *, char **, size_t);
int __gr_copy(const struct group *, struct group *, char *, size_t);
int __gr_next(FILE *, struct group *, char *, size_t, struct group **);

#endif /* !_PWGR_IMPL_H_ */
