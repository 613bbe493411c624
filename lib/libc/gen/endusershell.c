/*
 * endusershell.c: endusershell(3): free the shell list read by
 * getusershell(3); the next getusershell reads _PATH_SHELLS again.
 */

#include <stdlib.h>
#include <unistd.h>

#include "libc_private.h"

void
endusershell(void)
{
	size_t i;

	if (__usershells != NULL) {
		for (i = 0; __usershells[i] != NULL; i++)
			free(__usershells[i]);
		free(__usershells);
	}
	__usershells = NULL;
	__usershell_pos = 0;
}
