/*
 * <stdint.h>: integer types of specified widths (C99 7.18).
 */

#ifndef _STDINT_H_
#define _STDINT_H_

#include <sys/stdint.h>

#endif /* !_STDINT_H_ */
