/*
 * atf-c/tp.h: test programs.  A test program is a set of test cases
 * plus the command-line protocol (-l, -r, -s, -v) that kyua speaks;
 * atf_tp_main() implements it and is called by ATF_TP_ADD_TCS's main.
 */
#ifndef _ATF_C_TP_H_
#define _ATF_C_TP_H_

#include <stddef.h>

#include <atf-c/error.h>
#include <atf-c/tc.h>

typedef struct atf_tp {
	const char *const *tp_config; /* NULL-terminated name, value pairs */
	atf_tc_t **tp_tcs;
	size_t tp_ntcs;
} atf_tp_t;

atf_error_t atf_tp_add_tc(atf_tp_t *, atf_tc_t *);
const char *const *atf_tp_get_config(const atf_tp_t *);
int atf_tp_main(int, char **, atf_error_t (*)(atf_tp_t *));

#endif /* !_ATF_C_TP_H_ */
