/*
 * <sys/ttydefaults.h>: default terminal settings (control characters and
 * flags a new terminal starts with).
 */

#ifndef _SYS_TTYDEFAULTS_H_
#define _SYS_TTYDEFAULTS_H_

#define TTYDEF_IFLAG (BRKINT | ICRNL | IMAXBEL | IXON | IXANY)
#define TTYDEF_OFLAG (OPOST | ONLCR | OXTABS)
#define TTYDEF_LFLAG (ECHO | ICANON | ISIG | IEXTEN | ECHOE | ECHOKE | ECHOCTL)
#define TTYDEF_CFLAG (CREAD | CS8 | HUPCL)
#define TTYDEF_SPEED (B9600)

#define CTRL(x)	 ((x)&037)
#define CEOF	 CTRL('d')
#define CEOL	 ((unsigned char)'\377')
#define CERASE	 0177
#define CINTR	 CTRL('c')
#define CSTATUS	 CTRL('t')
#define CKILL	 CTRL('u')
#define CMIN	 1
#define CQUIT	 034 /* FS, ^\ */
#define CSUSP	 CTRL('z')
#define CTIME	 0
#define CDSUSP	 CTRL('y')
#define CSTART	 CTRL('q')
#define CSTOP	 CTRL('s')
#define CLNEXT	 CTRL('v')
#define CDISCARD CTRL('o')
#define CWERASE	 CTRL('w')
#define CREPRINT CTRL('r')
#define CEOT	 CEOF
#define CBRK	 CEOL
#define CRPRNT	 CREPRINT
#define CFLUSH	 CDISCARD

#endif /* !_SYS_TTYDEFAULTS_H_ */
