/*
 * atf-c.h: umbrella header of the ATF C testing library.  Test programs
 * include only this; it pulls in the test-case, test-program, check
 * macro and utility interfaces.
 */
#ifndef _ATF_C_H_
#define _ATF_C_H_

#include <atf-c/defs.h>
#include <atf-c/error.h>
#include <atf-c/tc.h>
#include <atf-c/tp.h>
#include <atf-c/utils.h>
#include <atf-c/macros.h>

#endif /* !_ATF_C_H_ */
