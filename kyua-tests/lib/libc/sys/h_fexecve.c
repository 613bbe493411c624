/*
 * h_fexecve: the program t_fexecve runs by descriptor.  It exits with
 * argv[1] (a number) plus 1 if the environment holds FEXECVE_TEST=yes
 * and argv[2] is "second", so the caller can see both lists arrived.
 */
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
	const char *e = getenv("FEXECVE_TEST");
	int code;

	if (argc != 3)
		return 99;
	code = atoi(argv[1]);
	if (e != NULL && strcmp(e, "yes") == 0 &&
	    strcmp(argv[2], "second") == 0)
		code++;
	return code;
}
