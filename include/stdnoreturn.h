/*
 * <stdnoreturn.h>: noreturn (C11 7.23).
 */

#ifndef _STDNORETURN_H_
#define _STDNORETURN_H_

#ifndef __cplusplus
#define noreturn _Noreturn
#endif

#endif /* !_STDNORETURN_H_ */
