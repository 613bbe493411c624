/*
 * globfree.c: globfree(): free the paths glob() allocated.
 */
#include <glob.h>
#include <stdlib.h>

void
globfree(glob_t *pglob)
{
	if (pglob == NULL || pglob->gl_pathv == NULL)
		return;
	for (size_t i = 0; i < pglob->gl_pathc; i++)
		free(pglob->gl_pathv[pglob->gl_offs + i]);
	free(pglob->gl_pathv);
	pglob->gl_pathv = NULL;
	pglob->gl_pathc = 0;
}
