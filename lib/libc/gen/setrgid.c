/*
 * setrgid.c: setrgid(3): set the real group id only.
 */

#include <unistd.h>

int
setrgid(gid_t rgid)
{
	return setregid(rgid, (gid_t)-1);
}
