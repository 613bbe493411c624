/*
 * mbsinit: nonzero if ps is NULL or describes the initial conversion
 * state (no incomplete character pending).
 */
#include <wchar.h>

#include "locale_impl.h"

int
mbsinit(const mbstate_t *ps)
{
	return ps == NULL || __MBS(__UNCONST(ps))->count == 0;
}
