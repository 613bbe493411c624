/*
 * h_macros.h: helpers shared by t_queue and t_tree: TC (h_tc.h) and
 * append_int, which builds the "1 2 3" strings the tests compare a
 * structure's walk against.
 */
#ifndef _H_MACROS_H_
#define _H_MACROS_H_

#include <atf-c.h>
#include <stdio.h>
#include <string.h>

#include "h_tc.h"

/* Appends " v" (or "v" when buf is empty) to the string in buf. */
static inline void
append_int(char *buf, size_t size, int v)
{
	size_t len = strlen(buf);

	snprintf(buf + len, size - len, len == 0 ? "%d" : " %d", v);
}

#endif /* !_H_MACROS_H_ */
