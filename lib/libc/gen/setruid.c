/*
 * setruid.c: setruid(3): set the real user id only.
 */

#include <unistd.h>

int
setruid(uid_t ruid)
{
	return setreuid(ruid, (uid_t)-1);
}
