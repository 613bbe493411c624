/*
 * getpass.c: getpass(3): print a prompt and read a password with echo
 * off.  It reads from /dev/tty (prompt written there too); without one
 * it uses standard input if that is a terminal, with the prompt on
 * standard error.  With no terminal at all it returns NULL with errno
 * from tcgetattr (ENOTTY).  At most _PASSWORD_LEN characters are kept
 * (the rest of the line is read and dropped); the buffer is static.
 */

#include <errno.h>
#include <fcntl.h>
#include <paths.h>
#include <pwd.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static char getpass_buf[_PASSWORD_LEN + 1];

static void
getpass_read(int fd)
{
	size_t n = 0;
	char c;

	while (read(fd, &c, 1) == 1 && c != '\n' && c != '\r') {
		if (n < _PASSWORD_LEN)
			getpass_buf[n++] = c;
	}
	getpass_buf[n] = '\0';
}

char *
getpass(const char *prompt)
{
	struct termios old, t;
	int in, out, fd, error;

	if ((fd = open(_PATH_TTY, O_RDWR | O_CLOEXEC)) >= 0) {
		in = out = fd;
	} else {
		in = STDIN_FILENO;
		out = STDERR_FILENO;
	}
	if (tcgetattr(in, &old) < 0) {
		error = errno;
		if (fd >= 0)
			close(fd);
		errno = error;
		return NULL;
	}
	t = old;
	t.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK | ECHONL);
	(void)tcsetattr(in, TCSAFLUSH, &t);
	if (prompt != NULL)
		(void)write(out, prompt, strlen(prompt));
	getpass_read(in);
	(void)write(out, "\n", 1);
	(void)tcsetattr(in, TCSAFLUSH, &old);
	if (fd >= 0)
		close(fd);
	return getpass_buf;
}
