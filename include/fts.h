/*
 * fts.h: traversal of file hierarchies (fts(3)).
 */
#ifndef _FTS_H_
#define _FTS_H_

#include <sys/cdefs.h>
#include <sys/types.h>
#include <sys/stat.h>

struct _ftsent;

typedef struct {
	struct _ftsent *fts_cur;    /* the entry last returned */
	struct _ftsent *fts_child;  /* list from fts_children() */
	struct _ftsent **fts_array; /* scratch array for sorting */
	dev_t fts_dev;		    /* device of the root being walked */
	char *fts_path;		    /* path buffer shared by the entries */
	int fts_rfd;		    /* descriptor of the starting directory */
	unsigned int fts_pathlen;   /* size of fts_path */
	unsigned int fts_nitems;    /* size of fts_array */
	int (*fts_compar)(const struct _ftsent **, const struct _ftsent **);

#define FTS_COMFOLLOW  0x001 /* follow symbolic links named as roots */
#define FTS_LOGICAL    0x002 /* follow all symbolic links (stat) */
#define FTS_NOCHDIR    0x004 /* never change the working directory */
#define FTS_NOSTAT     0x008 /* do not stat entries unless needed */
#define FTS_PHYSICAL   0x010 /* do not follow symbolic links (lstat) */
#define FTS_SEEDOT     0x020 /* return . and .. entries */
#define FTS_XDEV       0x040 /* do not descend into other devices */
#define FTS_WHITEOUT   0x080 /* return whiteouts (none on Bulkhead) */
#define FTS_OPTIONMASK 0x0ff
#define FTS_NAMEONLY   0x100 /* fts_children(): names only */
#define FTS_STOP       0x200 /* private: fatal error, stop */
	int fts_options;
	void *fts_private; /* implementation state */
} FTS;

typedef struct _ftsent {
	struct _ftsent *fts_cycle;  /* the ancestor closing a cycle */
	struct _ftsent *fts_parent; /* parent directory */
	struct _ftsent *fts_link;   /* next sibling */
	long long fts_number;	    /* free for the user */
	void *fts_pointer;	    /* free for the user */
	char *fts_accpath;	    /* path usable to access the file */
	char *fts_path;		    /* path from the root */
	int fts_errno;		    /* errno for FTS_DNR/FTS_ERR/FTS_NS */
	int fts_symfd;		    /* private */
	unsigned int fts_pathlen;   /* strlen(fts_path) */
	unsigned int fts_namelen;   /* strlen(fts_name) */
	ino_t fts_ino;		    /* inode (cycle detection) */
	dev_t fts_dev;		    /* device (cycle detection) */
	nlink_t fts_nlink;	    /* link count */

#define FTS_ROOTPARENTLEVEL -1
#define FTS_ROOTLEVEL	    0
	short fts_level; /* depth: roots are at 0 */

#define FTS_D	    1  /* directory, preorder */
#define FTS_DC	    2  /* directory that closes a cycle */
#define FTS_DEFAULT 3  /* none of the other types */
#define FTS_DNR	    4  /* directory that cannot be read */
#define FTS_DOT	    5  /* . or .. */
#define FTS_DP	    6  /* directory, postorder */
#define FTS_ERR	    7  /* error; fts_errno says which */
#define FTS_F	    8  /* regular file */
#define FTS_INIT    9  /* private: not yet stat'ed */
#define FTS_NS	    10 /* stat failed */
#define FTS_NSOK    11 /* no stat was requested */
#define FTS_SL	    12 /* symbolic link */
#define FTS_SLNONE  13 /* symbolic link to nothing */
#define FTS_W	    14 /* whiteout */
	unsigned short fts_info;

#define FTS_DONTCHDIR 0x01 /* private */
#define FTS_SYMFOLLOW 0x02 /* private: followed a symbolic link */
	unsigned short fts_flags;

#define FTS_AGAIN   1 /* fts_set(): visit this entry again */
#define FTS_FOLLOW  2 /* fts_set(): follow this symbolic link */
#define FTS_NOINSTR 3 /* no instruction */
#define FTS_SKIP    4 /* fts_set(): do not descend */
	unsigned short fts_instr;

	struct stat *fts_statp;	  /* stat(2) data */
	char *fts_name;		  /* file name (points into the entry) */
	struct _ftsent *fts_kids; /* private: children read so far */
} FTSENT;

__BEGIN_DECLS
FTSENT *fts_children(FTS *, int);
int fts_close(FTS *);
FTS *fts_open(char *const *, int, int (*)(const FTSENT **, const FTSENT **));
FTSENT *fts_read(FTS *);
int fts_set(FTS *, FTSENT *, int);
__END_DECLS

#endif /* !_FTS_H_ */
