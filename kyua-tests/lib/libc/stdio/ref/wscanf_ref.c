/*
 * wscanf_ref: the glibc side of t_wscanf_diff.  Built with the host's
 * compiler and C library (HOSTPROGS), never with Bulkhead's libc.  Reads
 * lines "<format number>\t<UTF-8 text>" on stdin and prints what glibc's
 * swscanf stores for each (see h_wscanf_diff.h).
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "../h_wscanf_diff.h"

int
main(void)
{
	char line[1024];

	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		return 2;
	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		wsd_line(stdout, line);
	}
	return 0;
}
