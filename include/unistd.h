/*
 * <unistd.h>: standard symbolic constants and types, and the POSIX
 * process, file and directory calls.
 */

#ifndef _UNISTD_H_
#define _UNISTD_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>
#include <sys/unistd.h>
#include <sys/null.h>

#define STDIN_FILENO  0 /* standard input file descriptor */
#define STDOUT_FILENO 1 /* standard output file descriptor */
#define STDERR_FILENO 2 /* standard error file descriptor */

__BEGIN_DECLS
__dead void _exit(int);
int access(const char *, int);
unsigned int alarm(unsigned int);
int chdir(const char *);
int chown(const char *, uid_t, gid_t);
int close(int);
size_t confstr(int, char *, size_t);
int dup(int);
int dup2(int, int);
int execl(const char *, const char *, ...);
int execle(const char *, const char *, ...);
int execlp(const char *, const char *, ...);
int execv(const char *, char *const *);
int execve(const char *, char *const *, char *const *);
int execvp(const char *, char *const *);
pid_t fork(void);
long fpathconf(int, int);
char *getcwd(char *, size_t);
gid_t getegid(void);
uid_t geteuid(void);
gid_t getgid(void);
int getgroups(int, gid_t[]);
char *getlogin(void);
int getlogin_r(char *, size_t);
pid_t getpgrp(void);
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
int isatty(int);
int link(const char *, const char *);
off_t lseek(int, off_t, int);
long pathconf(const char *, int);
int pause(void);
int pipe(int *);
ssize_t read(int, void *, size_t);
int rmdir(const char *);
int setgid(gid_t);
int setpgid(pid_t, pid_t);
pid_t setsid(void);
int setuid(uid_t);
unsigned int sleep(unsigned int);
long sysconf(int);
pid_t tcgetpgrp(int);
int tcsetpgrp(int, pid_t);
char *ttyname(int);
int ttyname_r(int, char *, size_t);
int unlink(const char *);
ssize_t write(int, const void *, size_t);

/* POSIX.1-2001 and later, and X/Open. */
int fsync(int);
int fdatasync(int);
int ftruncate(int, off_t);
int truncate(const char *, off_t);
int fchdir(int);
int fchown(int, uid_t, gid_t);
int lchown(const char *, uid_t, gid_t);
pid_t getpgid(pid_t);
pid_t getsid(pid_t);
int gethostname(char *, size_t);
ssize_t readlink(const char *__restrict, char *__restrict, size_t);
int symlink(const char *, const char *);
int setegid(gid_t);
int seteuid(uid_t);
int setregid(gid_t, gid_t);
int setreuid(uid_t, uid_t);
void sync(void);
int nice(int);
ssize_t pread(int, void *, size_t, off_t);
ssize_t pwrite(int, const void *, size_t, off_t);
int lockf(int, int, off_t);
long gethostid(void);
void swab(const void *__restrict, void *__restrict, ssize_t);
int usleep(useconds_t);
pid_t vfork(void) __returns_twice;
int faccessat(int, const char *, int, int);
int fchownat(int, const char *, uid_t, gid_t, int);
int fexecve(int, char *const *, char *const *);
int linkat(int, const char *, int, const char *, int);
ssize_t readlinkat(int, const char *__restrict, char *__restrict, size_t);
int symlinkat(const char *, int, const char *);
int unlinkat(int, const char *, int);
char *crypt(const char *, const char *); /* libcrypt */
void encrypt(char *, int);		 /* libcrypt */
char *getpass(const char *);

/* lockf(3) commands. */
#define F_ULOCK 0
#define F_LOCK	1
#define F_TLOCK 2
#define F_TEST	3

/* getopt(3). */
int getopt(int, char *const[], const char *);
extern char *optarg; /* getopt(3) external variables */
extern int opterr;
extern int optind;
extern int optopt;

#if defined(_NETBSD_SOURCE)
extern int optreset;
extern char *suboptarg;
int getsubopt(char **, char *const *, char **);

int brk(void *);
void *sbrk(intptr_t);
int dup3(int, int, int);
int pipe2(int *, int);
int execvpe(const char *, char *const *, char *const *);
int execlpe(const char *, const char *, ...);
int closefrom(int);
int getdomainname(char *, size_t);
int setdomainname(const char *, size_t);
int sethostname(const char *, size_t);
int getpagesize(void);
int issetugid(void);
const char *getprogname(void);
void setprogname(const char *);
int setlogin(const char *);
int setgroups(int, const gid_t *);
int getgrouplist(const char *, gid_t, gid_t *, int *);
int initgroups(const char *, gid_t);
int reboot(int, char *);
int revoke(const char *);
int acct(const char *);
int chroot(const char *);
int getdtablesize(void);
int iruserok(unsigned int, int, const char *, const char *);
int mkstemp(char *);
int mkstemps(char *, int);
char *mkdtemp(char *);
char *mktemp(char *);
int nfssvc(int, void *);
int profil(char *, size_t, unsigned long, unsigned int);
int rcmd(char **, int, const char *, const char *, const char *, int *);
int ruserok(const char *, int, const char *, const char *);
int setrgid(gid_t);
int setruid(uid_t);
void setusershell(void);
char *getusershell(void);
void endusershell(void);
int swapctl(int, void *, int);
int undelete(const char *);
int rresvport(int *);
int fsync_range(int, int, off_t, off_t);
int getentropy(void *, size_t);
int syscall(int, ...);
quad_t __syscall(quad_t, ...);

#endif /* _NETBSD_SOURCE */

extern char **environ;
__END_DECLS

#endif /* !_UNISTD_H_ */
