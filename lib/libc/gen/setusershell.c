/*
 * setusershell.c: setusershell(3): rewind the shell list so the next
 * getusershell(3) starts again from the first entry of a fresh read of
 * _PATH_SHELLS.
 */

#include <unistd.h>

void
setusershell(void)
{
	endusershell();
}
