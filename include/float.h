/*
 * <float.h>: characteristics of the floating types (C99 5.2.4.2.2).
 */

#ifndef _FLOAT_H_
#define _FLOAT_H_

#include <machine/float.h>

#endif /* !_FLOAT_H_ */
