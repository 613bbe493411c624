/*
 * pwd.h: the user database.  Bulkhead reads the flat seven-field
 * /etc/passwd (name:passwd:uid:gid:gecos:dir:shell).
 */
#ifndef _PWD_H_
#define _PWD_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>

#if defined(_NETBSD_SOURCE)
#define _PATH_PASSWD	   "/etc/passwd"
#define _PATH_MASTERPASSWD "/etc/master.passwd"
#define _PASSWORD_LEN	   128
#endif

struct passwd {
	char *pw_name;	  /* user name */
	char *pw_passwd;  /* encrypted password */
	uid_t pw_uid;	  /* user id */
	gid_t pw_gid;	  /* primary group id */
	time_t pw_change; /* password change time (0: none) */
	char *pw_class;	  /* login class ("" here) */
	char *pw_gecos;	  /* real name etc. */
	char *pw_dir;	  /* home directory */
	char *pw_shell;	  /* login shell */
	time_t pw_expire; /* account expiry (0: none) */
};

__BEGIN_DECLS
struct passwd *getpwuid(uid_t);
struct passwd *getpwnam(const char *);
int getpwnam_r(const char *, struct passwd *, char *, size_t, struct passwd **);
int getpwuid_r(uid_t, struct passwd *, char *, size_t, struct passwd **);
#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);
#endif
#if defined(_NETBSD_SOURCE)
int setpassent(int);
int getpwent_r(struct passwd *, char *, size_t, struct passwd **);
const char *user_from_uid(uid_t, int);
int uid_from_user(const char *, uid_t *);
#endif
__END_DECLS

#endif /* !_PWD_H_ */
