/*
 * psignal.c: psignal(3): write "s: description" (or just the
 * description when s is NULL or empty) and a newline to standard error,
 * with write(2) so it is safe without stdio.
 */

#include <signal.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

void
psignal(int sig, const char *s)
{
	struct iovec iov[4];
	int n = 0;

	if (s != NULL && *s != '\0') {
		iov[n].iov_base = (void *)(unsigned long)s;
		iov[n++].iov_len = strlen(s);
		iov[n].iov_base = (void *)(unsigned long)": ";
		iov[n++].iov_len = 2;
	}
	iov[n].iov_base = strsignal(sig);
	iov[n].iov_len = strlen(iov[n].iov_base);
	n++;
	iov[n].iov_base = (void *)(unsigned long)"\n";
	iov[n++].iov_len = 1;
	(void)writev(STDERR_FILENO, iov, n);
}
