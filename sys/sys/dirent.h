/*
 * <sys/dirent.h>: struct dirent (NetBSD's layout) and the d_type values.
 * getdents(2) returns a buffer of these records, each d_reclen bytes.
 */

#ifndef _SYS_DIRENT_H_
#define _SYS_DIRENT_H_

#include <sys/featuretest.h>
#include <sys/types.h>

#define MAXNAMLEN 511 /* must be kept in sync with NAME_MAX */

struct dirent {
	ino_t d_fileno;		    /* file number of entry */
	uint16_t d_reclen;	    /* length of this record */
	uint16_t d_namlen;	    /* length of string in d_name */
	uint8_t d_type;		    /* file type, see below */
	char d_name[MAXNAMLEN + 1]; /* name must be no longer than this */
};

#if defined(_NETBSD_SOURCE)
#define d_ino d_fileno /* backward compatibility */

/* File types. */
#define DT_UNKNOWN 0
#define DT_FIFO	   1
#define DT_CHR	   2
#define DT_DIR	   4
#define DT_BLK	   6
#define DT_REG	   8
#define DT_LNK	   10
#define DT_SOCK	   12
#define DT_WHT	   14

/* Convert between stat structure types and directory types. */
#define IFTODT(mode)	(((mode)&0170000) >> 12)
#define DTTOIF(dirtype) ((dirtype) << 12)

/*
 * The size of a record with a name of length namlen: the fixed part,
 * the name and its NUL, rounded up to 8 bytes.
 */
#define _DIRENT_ALIGN(dp) (sizeof((dp)->d_fileno) - 1)
#define _DIRENT_NAMEOFF(dp)                                                    \
	((char *)(void *)&(dp)->d_name - (char *)(void *)(dp))
#define _DIRENT_RECLEN(dp, namlen)                                             \
	((_DIRENT_NAMEOFF(dp) + (namlen) + 1 + _DIRENT_ALIGN(dp)) &            \
	    ~_DIRENT_ALIGN(dp))
#define _DIRENT_SIZE(dp)    _DIRENT_RECLEN(dp, (dp)->d_namlen)
#define _DIRENT_NEXT(dp)    ((void *)((char *)(void *)(dp) + (dp)->d_reclen))
#define _DIRENT_MINSIZE(dp) _DIRENT_RECLEN(dp, 0)
#define GENERIC_DIRSIZ(dp)  _DIRENT_SIZE(dp)
#endif

#endif /* !_SYS_DIRENT_H_ */
