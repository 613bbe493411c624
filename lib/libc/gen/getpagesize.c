/*
 * getpagesize.c: getpagesize(3): the size of a memory page.
 */

#include <sys/param.h>
#include <unistd.h>

int
getpagesize(void)
{
	return PAGE_SIZE;
}
