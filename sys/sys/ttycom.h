/*
 * <sys/ttycom.h>: terminal ioctls (NetBSD's numbers) and struct winsize.
 */

#ifndef _SYS_TTYCOM_H_
#define _SYS_TTYCOM_H_

#include <sys/ioccom.h>

struct winsize {
	unsigned short ws_row;	  /* rows, in characters */
	unsigned short ws_col;	  /* columns, in characters */
	unsigned short ws_xpixel; /* horizontal size, pixels */
	unsigned short ws_ypixel; /* vertical size, pixels */
};

struct termios;

/* Pseudo-terminal master: the name of the slave (TIOCPTSNAME). */
struct ptmget {
	int cfd;       /* master (controller) descriptor */
	int sfd;       /* slave descriptor, if opened */
	char cn[1024]; /* master name */
	char sn[1024]; /* slave name */
};

#define TIOCEXCL    _IO('t', 13)       /* set exclusive use of tty */
#define TIOCNXCL    _IO('t', 14)       /* reset exclusive use of tty */
#define TIOCFLUSH   _IOW('t', 16, int) /* flush buffers */
#define TIOCGETA    _IOR('t', 19, struct termios) /* get termios struct */
#define TIOCSETA    _IOW('t', 20, struct termios) /* set termios struct */
#define TIOCSETAW   _IOW('t', 21, struct termios) /* drain output, set */
#define TIOCSETAF   _IOW('t', 22, struct termios) /* drn out, fls in, set */
#define TIOCPTMGET  _IOR('t', 70, struct ptmget)  /* get ptys */
#define TIOCGRANTPT _IO('t', 71)		  /* grantpt(3) */
#define TIOCPTSNAME _IOR('t', 72, struct ptmget)  /* ptsname(3) */
#define TIOCGETD    _IOR('t', 26, int)		  /* get line discipline */
#define TIOCSETD    _IOW('t', 27, int)		  /* set line discipline */
#define TIOCDRAIN   _IO('t', 94)		  /* wait till output drained */
#define TIOCSCTTY   _IO('t', 97)		  /* become controlling tty */
#define TIOCGSID    _IOR('t', 99, int)		  /* get session id */
#define TIOCSWINSZ  _IOW('t', 103, struct winsize) /* set window size */
#define TIOCGWINSZ  _IOR('t', 104, struct winsize) /* get window size */
#define TIOCSTART   _IO('t', 110)		   /* start output, like ^Q */
#define TIOCSTOP    _IO('t', 111)		   /* stop output, like ^S */
#define TIOCNOTTY   _IO('t', 113)		   /* void tty association */
#define TIOCSTI	    _IOW('t', 114, char)	   /* simulate terminal input */
#define TIOCOUTQ    _IOR('t', 115, int)		   /* output queue size */
#define TIOCSPGRP   _IOW('t', 118, int)		   /* set pgrp of tty */
#define TIOCGPGRP   _IOR('t', 119, int)		   /* get pgrp of tty */
#define TIOCCBRK    _IO('t', 122)		   /* clear break bit */
#define TIOCSBRK    _IO('t', 123)		   /* set break bit */

#define TTYDISC 0 /* termios tty line discipline */

#endif /* !_SYS_TTYCOM_H_ */
