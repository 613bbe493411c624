/*
 * raise.c: raise(3): send a signal to the calling process.
 */

#include <signal.h>
#include <unistd.h>

int
raise(int sig)
{
	return kill(getpid(), sig);
}
