/*
 * libc_private.h: declarations shared between libc areas and never
 * installed: the startup hook, the exit-time stdio cleanup, the program
 * name, and the directory-stream structure (lib/libc/gen).
 *
 * Other areas may add a declaration here with a small edit.
 */

#ifndef _LIBC_PRIVATE_H_
#define _LIBC_PRIVATE_H_

#include <sys/types.h>

/*
 * Set by stdio when the first stream is used; exit() calls it after the
 * atexit handlers to flush every stream.
 */
extern void (*__cleanup)(void);

/* C entry point, called by crt0 with the initial stack's contents. */
__dead void __libc_start(int, char **, char **);

/*
 * Start-up work of the system-call layer (lib/libc/sys or linux), run
 * before the constructors.
 */
void __libc_port_init(void);

/* The program's name: the last component of argv[0]. */
extern const char *__progname;

#include <signal.h>

/* Signals for which signal(3) must not set SA_RESTART (siginterrupt). */
extern sigset_t __sigintr;

/*
 * The radix-64 digits "./0-9A-Za-z" of a64l/l64a and crypt(3), and the
 * value of one (-1 if c is none); libcrypt declares them too.
 */
extern const char __radix64_digits[65];
int __radix64_value(int);

/* Runs the atexit/__cxa_atexit handlers (used by exit()). */
void __libc_atexit_run(void);

/*
 * The system-call layer's half of getcwd(3): the working directory into
 * a buffer of the given size; 0, or -1 with errno.
 */
int __getcwd(char *, size_t);

/*
 * The current break (sbrk's, moved by brk), and the system-call layer's
 * query for its initial value: NULL with errno on failure.
 */
extern char *__curbrk;
char *__brk_query(void);

struct timeval;
struct timespec;
/*
 * The struct timeval[2] of utimes/futimes/lutimes as the timespec[2] of
 * utimensat (lib/libc/gen/__tv2ts.c); -1 and EINVAL for a bad tv_usec.
 */
int __tv2ts(const struct timeval *, struct timespec *);

/*
 * The execl family (lib/libc/gen/__execl.c): build argv from the list
 * that starts with arg; __EXECL_ENV reads the environment after the
 * terminating NULL (else environ), __EXECL_PATH searches PATH (execvpe).
 */
#define __EXECL_ENV  0x1
#define __EXECL_PATH 0x2
int __execl(const char *, const char *, __builtin_va_list, int);

/*
 * A directory stream (DIR in <dirent.h>).  Entries are read with
 * getdents(2) into dd_buf; dd_loc is the offset of the next entry in it,
 * dd_len the number of valid bytes, dd_seek the file offset the buffer
 * was read from (for telldir/seekdir), dd_count the index of the next
 * entry within the buffer.
 */
#define _DIR_BUFSIZE 8192
struct _dirdesc {
	int dd_fd;
	int dd_flags;
	long dd_loc;
	long dd_len;
	off_t dd_seek;
	long dd_count;
	struct _dirpos *dd_pos; /* telldir cookies */
	long dd_npos;
	char *dd_buf;
};

/* One telldir() cookie: the block's file offset and the entry index. */
struct _dirpos {
	off_t dp_seek;
	long dp_count;
};

/* gen: state shared by the files of one family. */
int __shm_path(const char *, char *, size_t); /* shm_open, shm_unlink */
extern char __logname[];		      /* getlogin_r, setlogin */
extern char **__usershells;		      /* getusershell family */
extern size_t __usershell_pos;

#endif /* !_LIBC_PRIVATE_H_ */
