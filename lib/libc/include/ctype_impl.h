/*
 * ctype_impl.h: private helper for the ctype functions: a bounds-checked
 * lookup in _ctype_tab_.
 */
#ifndef _CTYPE_IMPL_H_
#define _CTYPE_IMPL_H_

#include <ctype.h>

static __inline int
__ctype_class(int c, int mask)
{
	if (c < -1 || c > 255)
		return 0;
	return (int)(_ctype_tab_ + 1)[c] & mask;
}

#endif /* !_CTYPE_IMPL_H_ */
