/*
 * insque.c: insque(): insert element after pred in a doubly linked queue
 * of structures beginning with forward and backward pointers; a NULL pred
 * starts a new linear list holding just element.
 */
#include <stddef.h>

#include <search.h>

struct qelem {
	struct qelem *q_forw;
	struct qelem *q_back;
};

void
insque(void *element, void *pred)
{
	struct qelem *e = element, *p = pred;

	if (e == NULL)
		return;
	if (p == NULL) {
		e->q_forw = e->q_back = NULL;
		return;
	}
	e->q_forw = p->q_forw;
	e->q_back = p;
	if (p->q_forw != NULL)
		p->q_forw->q_back = e;
	p->q_forw = e;
}
