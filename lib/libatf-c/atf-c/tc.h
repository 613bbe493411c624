/*
 * atf-c/tc.h: test cases.  A test case has an identifier, meta-data
 * variables set by its head, a body, an optional cleanup routine and
 * read-only access to the configuration variables given with -v.  The
 * atf_tc_* functions called from a body report its result.
 */
#ifndef _ATF_C_TC_H_
#define _ATF_C_TC_H_

#include <stdbool.h>
#include <stddef.h>

#include <atf-c/defs.h>
#include <atf-c/error.h>

struct atf_tc;

typedef void (*atf_tc_head_t)(struct atf_tc *);
typedef void (*atf_tc_body_t)(const struct atf_tc *);
typedef void (*atf_tc_cleanup_t)(const struct atf_tc *);

/* Static description of a test case, filled in by the ATF_TC macros. */
typedef struct atf_tc_pack {
	const char *m_ident;
	const char *const *m_config;
	atf_tc_head_t m_head;
	atf_tc_body_t m_body;
	atf_tc_cleanup_t m_cleanup;
} atf_tc_pack_t;

typedef struct atf_tc {
	const char *tc_ident;
	atf_tc_head_t tc_head;
	atf_tc_body_t tc_body;
	atf_tc_cleanup_t tc_cleanup;
	const char *const *tc_config; /* NULL-terminated name, value pairs */
	char **tc_md;		      /* NULL-terminated name, value pairs */
	size_t tc_nmd;		      /* number of pairs in tc_md */
} atf_tc_t;

atf_error_t atf_tc_init(atf_tc_t *, const char *, atf_tc_head_t, atf_tc_body_t,
    atf_tc_cleanup_t, const char *const *);
atf_error_t atf_tc_init_pack(atf_tc_t *, atf_tc_pack_t *, const char *const *);
void atf_tc_fini(atf_tc_t *);

const char *atf_tc_get_ident(const atf_tc_t *);
const char *atf_tc_get_config_var(const atf_tc_t *, const char *);
const char *atf_tc_get_config_var_wd(
    const atf_tc_t *, const char *, const char *);
bool atf_tc_get_config_var_as_bool(const atf_tc_t *, const char *);
bool atf_tc_get_config_var_as_bool_wd(
    const atf_tc_t *, const char *, const bool);
long atf_tc_get_config_var_as_long(const atf_tc_t *, const char *);
long atf_tc_get_config_var_as_long_wd(
    const atf_tc_t *, const char *, const long);
const char *atf_tc_get_md_var(const atf_tc_t *, const char *);
char **atf_tc_get_md_vars(const atf_tc_t *);
bool atf_tc_has_config_var(const atf_tc_t *, const char *);
bool atf_tc_has_md_var(const atf_tc_t *, const char *);
atf_error_t atf_tc_set_md_var(atf_tc_t *, const char *, const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(3, 4);

/* Running a test case: these never return. */
void atf_tc_run(const atf_tc_t *, const char *) ATF_DEFS_ATTRIBUTE_NORETURN;
void atf_tc_cleanup(const atf_tc_t *) ATF_DEFS_ATTRIBUTE_NORETURN;

/* Reporting from a test case body. */
void atf_tc_fail(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2) ATF_DEFS_ATTRIBUTE_NORETURN;
void atf_tc_fail_nonfatal(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2);
void atf_tc_pass(void) ATF_DEFS_ATTRIBUTE_NORETURN;
void atf_tc_require_prog(const char *);
void atf_tc_skip(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2) ATF_DEFS_ATTRIBUTE_NORETURN;
void atf_tc_expect_death(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2);
void atf_tc_expect_exit(const int, const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(2, 3);
void atf_tc_expect_fail(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2);
void atf_tc_expect_pass(void);
void atf_tc_expect_signal(const int, const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(2, 3);
void atf_tc_expect_timeout(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2);

/* Used by the macros in atf-c/macros.h. */
void atf_tc_check_errno(
    const char *, const size_t, const int, const char *, const bool);
void atf_tc_require_errno(
    const char *, const size_t, const int, const char *, const bool);
void atf_tc_fail_check(const char *, const size_t, const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(3, 4);
void atf_tc_fail_requirement(const char *, const size_t, const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(3, 4) ATF_DEFS_ATTRIBUTE_NORETURN;

#endif /* !_ATF_C_TC_H_ */
