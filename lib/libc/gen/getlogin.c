/*
 * getlogin.c: getlogin(2): the login name of this session in a static
 * buffer, or NULL with errno set (see getlogin_r.c for where it comes
 * from).
 */

#include <errno.h>
#include <sys/param.h>
#include <unistd.h>

char *
getlogin(void)
{
	static char name[MAXLOGNAME + 1];
	int error;

	if ((error = getlogin_r(name, sizeof(name))) != 0) {
		errno = error;
		return NULL;
	}
	return name;
}
