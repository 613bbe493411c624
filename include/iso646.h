/*
 * <iso646.h>: alternative spellings of operators (C99 7.9).
 */

#ifndef _ISO646_H_
#define _ISO646_H_

#ifndef __cplusplus
#define and &&
#define and_eq &=
#define bitand &
#define bitor |
#define compl ~
#define not !
#define not_eq !=
#define or ||
#define or_eq |=
#define xor ^
#define xor_eq ^=
#endif

#endif /* !_ISO646_H_ */
