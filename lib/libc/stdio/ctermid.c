/*
 * ctermid: the name of the controlling terminal, /dev/tty.
 */
#include <string.h>

#include "stdio_impl.h"

char *
ctermid(char *s)
{
	static char name[L_ctermid];

	if (s == NULL)
		s = name;
	return strcpy(s, "/dev/tty");
}
