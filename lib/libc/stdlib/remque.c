/*
 * remque.c: remque(): unlink element from its doubly linked queue.
 */
#include <stddef.h>

#include <search.h>

struct qelem {
	struct qelem *q_forw;
	struct qelem *q_back;
};

void
remque(void *element)
{
	struct qelem *e = element;

	if (e == NULL)
		return;
	if (e->q_forw != NULL)
		e->q_forw->q_back = e->q_back;
	if (e->q_back != NULL)
		e->q_back->q_forw = e->q_forw;
}
