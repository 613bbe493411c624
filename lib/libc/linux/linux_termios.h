/*
 * linux_termios.h: Linux's kernel struct termios (TCGETS/TCSETS) and the
 * translators of linux_termios.c.
 */

#ifndef _LIBC_LINUX_TERMIOS_H_
#define _LIBC_LINUX_TERMIOS_H_

struct termios;

struct l_termios {
	unsigned int c_iflag;
	unsigned int c_oflag;
	unsigned int c_cflag;
	unsigned int c_lflag;
	unsigned char c_line;
	unsigned char c_cc[19];
};

void __linux_termios(const struct termios *, struct l_termios *);
void __linux_termios_back(const struct l_termios *, struct termios *);

#endif /* !_LIBC_LINUX_TERMIOS_H_ */
