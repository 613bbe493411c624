/*
 * <sys/stat.h>: struct stat (NetBSD's layout), the file mode bits and
 * the stat/chmod/mkdir family.
 */

#ifndef _SYS_STAT_H_
#define _SYS_STAT_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>
#include <sys/timespec.h>

struct stat {
	dev_t st_dev;			  /* inode's device */
	mode_t st_mode;			  /* inode protection mode */
	ino_t st_ino;			  /* inode's number */
	nlink_t st_nlink;		  /* number of hard links */
	uid_t st_uid;			  /* user ID of the file's owner */
	gid_t st_gid;			  /* group ID of the file's group */
	dev_t st_rdev;			  /* device type */
	struct timespec st_atimespec;	  /* time of last access */
	struct timespec st_mtimespec;	  /* time of last data modification */
	struct timespec st_ctimespec;	  /* time of last file status change */
	struct timespec st_birthtimespec; /* time of creation */
	off_t st_size;			  /* file size, in bytes */
	blkcnt_t st_blocks;		  /* blocks allocated for file */
	blksize_t st_blksize;		  /* optimal blocksize for I/O */
	uint32_t st_flags;		  /* user defined flags for file */
	uint32_t st_gen;		  /* file generation number */
	uint32_t st_spare[2];
};

#define st_atime	 st_atimespec.tv_sec
#define st_atimensec	 st_atimespec.tv_nsec
#define st_mtime	 st_mtimespec.tv_sec
#define st_mtimensec	 st_mtimespec.tv_nsec
#define st_ctime	 st_ctimespec.tv_sec
#define st_ctimensec	 st_ctimespec.tv_nsec
#define st_birthtime	 st_birthtimespec.tv_sec
#define st_birthtimensec st_birthtimespec.tv_nsec
#define st_atim		 st_atimespec
#define st_mtim		 st_mtimespec
#define st_ctim		 st_ctimespec
#define st_birthtim	 st_birthtimespec

#define S_ISUID 0004000 /* set user id on execution */
#define S_ISGID 0002000 /* set group id on execution */
#define S_ISTXT 0001000 /* sticky bit */
#define S_ISVTX S_ISTXT

#define S_IRWXU	 0000700 /* RWX mask for owner */
#define S_IRUSR	 0000400 /* R for owner */
#define S_IWUSR	 0000200 /* W for owner */
#define S_IXUSR	 0000100 /* X for owner */
#define S_IREAD	 S_IRUSR
#define S_IWRITE S_IWUSR
#define S_IEXEC	 S_IXUSR
#define S_IRWXG	 0000070 /* RWX mask for group */
#define S_IRGRP	 0000040 /* R for group */
#define S_IWGRP	 0000020 /* W for group */
#define S_IXGRP	 0000010 /* X for group */
#define S_IRWXO	 0000007 /* RWX mask for other */
#define S_IROTH	 0000004 /* R for other */
#define S_IWOTH	 0000002 /* W for other */
#define S_IXOTH	 0000001 /* X for other */

#define _S_IFMT	  0170000 /* type of file mask */
#define _S_IFIFO  0010000 /* named pipe (fifo) */
#define _S_IFCHR  0020000 /* character special */
#define _S_IFDIR  0040000 /* directory */
#define _S_IFBLK  0060000 /* block special */
#define _S_IFREG  0100000 /* regular */
#define _S_IFLNK  0120000 /* symbolic link */
#define _S_IFSOCK 0140000 /* socket */
#define _S_IFWHT  0160000 /* whiteout */
#define _S_ISVTX  0001000 /* save swapped text even after use */

#define S_IFMT	 _S_IFMT
#define S_IFIFO	 _S_IFIFO
#define S_IFCHR	 _S_IFCHR
#define S_IFDIR	 _S_IFDIR
#define S_IFBLK	 _S_IFBLK
#define S_IFREG	 _S_IFREG
#define S_IFLNK	 _S_IFLNK
#define S_IFSOCK _S_IFSOCK
#define S_IFWHT	 _S_IFWHT

#define S_ISDIR(m)  (((m)&_S_IFMT) == _S_IFDIR)
#define S_ISCHR(m)  (((m)&_S_IFMT) == _S_IFCHR)
#define S_ISBLK(m)  (((m)&_S_IFMT) == _S_IFBLK)
#define S_ISREG(m)  (((m)&_S_IFMT) == _S_IFREG)
#define S_ISFIFO(m) (((m)&_S_IFMT) == _S_IFIFO)
#define S_ISLNK(m)  (((m)&_S_IFMT) == _S_IFLNK)
#define S_ISSOCK(m) (((m)&_S_IFMT) == _S_IFSOCK)
#define S_ISWHT(m)  (((m)&_S_IFMT) == _S_IFWHT)

#if defined(_NETBSD_SOURCE)
#define ACCESSPERMS (S_IRWXU | S_IRWXG | S_IRWXO) /* 0777 */
#define ALLPERMS    (S_ISUID | S_ISGID | S_ISTXT | S_IRWXU | S_IRWXG | S_IRWXO)
#define DEFFILEMODE (S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH)
#define S_BLKSIZE   512 /* block size used in the stat struct */

/* File flags (chflags(2)). */
#define UF_SETTABLE  0x0000ffff /* mask of owner changeable flags */
#define UF_NODUMP    0x00000001 /* do not dump file */
#define UF_IMMUTABLE 0x00000002 /* file may not be changed */
#define UF_APPEND    0x00000004 /* writes to file may only append */
#define UF_OPAQUE    0x00000008 /* directory is opaque wrt. union */
#define SF_SETTABLE  0xffff0000 /* mask of superuser changeable flags */
#define SF_ARCHIVED  0x00010000 /* file is archived */
#define SF_IMMUTABLE 0x00020000 /* file may not be changed */
#define SF_APPEND    0x00040000 /* writes to file may only append */
#endif

/* utimensat(2) special tv_nsec values. */
#define UTIME_NOW  ((1 << 30) - 1)
#define UTIME_OMIT ((1 << 30) - 2)

__BEGIN_DECLS
int chmod(const char *, mode_t);
int mkdir(const char *, mode_t);
int mkfifo(const char *, mode_t);
int stat(const char *, struct stat *);
int fstat(int, struct stat *);
mode_t umask(mode_t);
int fchmod(int, mode_t);
int lstat(const char *, struct stat *);
int mknod(const char *, mode_t, dev_t);
int fchmodat(int, const char *, mode_t, int);
int fstatat(int, const char *, struct stat *, int);
int mkdirat(int, const char *, mode_t);
int mkfifoat(int, const char *, mode_t);
int mknodat(int, const char *, mode_t, dev_t);
int utimensat(int, const char *, const struct timespec *, int);
int futimens(int, const struct timespec *);
#if defined(_NETBSD_SOURCE)
int chflags(const char *, unsigned long);
int fchflags(int, unsigned long);
int lchflags(const char *, unsigned long);
int lchmod(const char *, mode_t);
#endif
__END_DECLS

#endif /* !_SYS_STAT_H_ */
