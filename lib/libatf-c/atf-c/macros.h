/*
 * atf-c/macros.h: the macros test programs are written with: ATF_TC*
 * to declare test cases, ATF_TP_ADD_TCS/ATF_TP_ADD_TC to register them
 * (and to provide main), and the ATF_CHECK* (record a failure, keep
 * going) and ATF_REQUIRE* (fail and stop) assertions.
 */
#ifndef _ATF_C_MACROS_H_
#define _ATF_C_MACROS_H_

#include <stdint.h>
#include <string.h>

#include <atf-c/defs.h>
#include <atf-c/error.h>
#include <atf-c/tc.h>
#include <atf-c/tp.h>
#include <atf-c/utils.h>

#define ATF_TC_NAME(tc)	     (atfu_##tc##_tc)
#define ATF_TC_PACK_NAME(tc) (atfu_##tc##_tc_pack)

#define ATF_TC_WITHOUT_HEAD(tc)                                                \
	static void atfu_##tc##_body(const atf_tc_t *);                        \
	static atf_tc_t atfu_##tc##_tc;                                        \
	static atf_tc_pack_t atfu_##tc##_tc_pack = { .m_ident = #tc,           \
		.m_head = NULL,                                                \
		.m_body = atfu_##tc##_body,                                    \
		.m_cleanup = NULL }

#define ATF_TC(tc)                                                             \
	static void atfu_##tc##_head(atf_tc_t *);                              \
	static void atfu_##tc##_body(const atf_tc_t *);                        \
	static atf_tc_t atfu_##tc##_tc;                                        \
	static atf_tc_pack_t atfu_##tc##_tc_pack = { .m_ident = #tc,           \
		.m_head = atfu_##tc##_head,                                    \
		.m_body = atfu_##tc##_body,                                    \
		.m_cleanup = NULL }

#define ATF_TC_WITH_CLEANUP(tc)                                                \
	static void atfu_##tc##_head(atf_tc_t *);                              \
	static void atfu_##tc##_body(const atf_tc_t *);                        \
	static void atfu_##tc##_cleanup(const atf_tc_t *);                     \
	static atf_tc_t atfu_##tc##_tc;                                        \
	static atf_tc_pack_t atfu_##tc##_tc_pack = { .m_ident = #tc,           \
		.m_head = atfu_##tc##_head,                                    \
		.m_body = atfu_##tc##_body,                                    \
		.m_cleanup = atfu_##tc##_cleanup }

#define ATF_TC_HEAD(tc, tcptr)                                                 \
	static void atfu_##tc##_head(atf_tc_t *tcptr ATF_DEFS_ATTRIBUTE_UNUSED)

#define ATF_TC_HEAD_NAME(tc) (atfu_##tc##_head)

#define ATF_TC_BODY(tc, tcptr)                                                 \
	static void atfu_##tc##_body(                                          \
	    const atf_tc_t *tcptr ATF_DEFS_ATTRIBUTE_UNUSED)

#define ATF_TC_BODY_NAME(tc) (atfu_##tc##_body)

#define ATF_TC_CLEANUP(tc, tcptr)                                              \
	static void atfu_##tc##_cleanup(                                       \
	    const atf_tc_t *tcptr ATF_DEFS_ATTRIBUTE_UNUSED)

#define ATF_TC_CLEANUP_NAME(tc) (atfu_##tc##_cleanup)

#define ATF_TP_ADD_TCS(tps)                                                    \
	static atf_error_t atfu_tp_add_tcs(atf_tp_t *);                        \
	int atf_tp_main(int, char **, atf_error_t (*)(atf_tp_t *));            \
                                                                               \
	int main(int argc, char **argv)                                        \
	{                                                                      \
		return atf_tp_main(argc, argv, atfu_tp_add_tcs);               \
	}                                                                      \
	static atf_error_t atfu_tp_add_tcs(atf_tp_t *tps)

#define ATF_TP_ADD_TC(tp, tc)                                                  \
	do {                                                                   \
		atf_error_t atfu_err;                                          \
		atfu_err = atf_tc_init_pack(&atfu_##tc##_tc,                   \
		    &atfu_##tc##_tc_pack, atf_tp_get_config(tp));              \
		if (atf_is_error(atfu_err))                                    \
			return atfu_err;                                       \
		atfu_err = atf_tp_add_tc(tp, &atfu_##tc##_tc);                 \
		if (atf_is_error(atfu_err))                                    \
			return atfu_err;                                       \
	} while (0)

#define ATF_REQUIRE_MSG(expression, fmt, ...)                                  \
	do {                                                                   \
		if (!(expression))                                             \
			atf_tc_fail_requirement(                               \
			    __FILE__, __LINE__, fmt, ##__VA_ARGS__);           \
	} while (0)

#define ATF_CHECK_MSG(expression, fmt, ...)                                    \
	do {                                                                   \
		if (!(expression))                                             \
			atf_tc_fail_check(                                     \
			    __FILE__, __LINE__, fmt, ##__VA_ARGS__);           \
	} while (0)

/* Internal forms of ATF_REQUIRE_MSG and ATF_CHECK_MSG. */
#define ATFU_REQUIRE_(cond, fmt, ...)                                          \
	do {                                                                   \
		if (!(cond))                                                   \
			atf_tc_fail_requirement(                               \
			    __FILE__, __LINE__, fmt, ##__VA_ARGS__);           \
	} while (0)

#define ATFU_CHECK_(cond, fmt, ...)                                            \
	do {                                                                   \
		if (!(cond))                                                   \
			atf_tc_fail_check(                                     \
			    __FILE__, __LINE__, fmt, ##__VA_ARGS__);           \
	} while (0)

#define ATF_REQUIRE(expression)                                                \
	do {                                                                   \
		if (!(expression))                                             \
			atf_tc_fail_requirement(                               \
			    __FILE__, __LINE__, "%s", #expression " not met"); \
	} while (0)

#define ATF_CHECK(expression)                                                  \
	do {                                                                   \
		if (!(expression))                                             \
			atf_tc_fail_check(                                     \
			    __FILE__, __LINE__, "%s", #expression " not met"); \
	} while (0)

#define ATF_REQUIRE_EQ(expected, actual)                                       \
	ATFU_REQUIRE_((expected) == (actual), "%s != %s", #expected, #actual)

#define ATF_CHECK_EQ(expected, actual)                                         \
	ATFU_CHECK_((expected) == (actual), "%s != %s", #expected, #actual)

#define ATF_REQUIRE_EQ_MSG(expected, actual, fmt, ...)                         \
	ATFU_REQUIRE_((expected) == (actual), "%s != %s: " fmt, #expected,     \
	    #actual, ##__VA_ARGS__)

#define ATF_CHECK_EQ_MSG(expected, actual, fmt, ...)                           \
	ATFU_CHECK_((expected) == (actual), "%s != %s: " fmt, #expected,       \
	    #actual, ##__VA_ARGS__)

#define ATF_REQUIRE_STREQ(expected, actual)                                    \
	ATFU_REQUIRE_(strcmp(expected, actual) == 0, "%s != %s (%s != %s)",    \
	    #expected, #actual, expected, actual)

#define ATF_CHECK_STREQ(expected, actual)                                      \
	ATFU_CHECK_(strcmp(expected, actual) == 0, "%s != %s (%s != %s)",      \
	    #expected, #actual, expected, actual)

#define ATF_REQUIRE_STREQ_MSG(expected, actual, fmt, ...)                      \
	ATFU_REQUIRE_(strcmp(expected, actual) == 0,                           \
	    "%s != %s (%s != %s): " fmt, #expected, #actual, expected, actual, \
	    ##__VA_ARGS__)

#define ATF_CHECK_STREQ_MSG(expected, actual, fmt, ...)                        \
	ATFU_CHECK_(strcmp(expected, actual) == 0,                             \
	    "%s != %s (%s != %s): " fmt, #expected, #actual, expected, actual, \
	    ##__VA_ARGS__)

#define ATF_REQUIRE_MATCH(regexp, string)                                      \
	ATFU_REQUIRE_(atf_utils_grep_string("%s", string, regexp),             \
	    "'%s' not matched in '%s'", regexp, string)

#define ATF_CHECK_MATCH(regexp, string)                                        \
	ATFU_CHECK_(atf_utils_grep_string("%s", string, regexp),               \
	    "'%s' not matched in '%s'", regexp, string)

#define ATF_REQUIRE_MATCH_MSG(regexp, string, fmt, ...)                        \
	ATFU_REQUIRE_(atf_utils_grep_string("%s", string, regexp),             \
	    "'%s' not matched in '%s': " fmt, regexp, string, ##__VA_ARGS__)

#define ATF_CHECK_MATCH_MSG(regexp, string, fmt, ...)                          \
	ATFU_CHECK_(atf_utils_grep_string("%s", string, regexp),               \
	    "'%s' not matched in '%s': " fmt, regexp, string, ##__VA_ARGS__)

#define ATF_REQUIRE_ERRNO(exp_errno, bool_expr)                                \
	atf_tc_require_errno(                                                  \
	    __FILE__, __LINE__, exp_errno, #bool_expr, bool_expr)

#define ATF_CHECK_ERRNO(exp_errno, bool_expr)                                  \
	atf_tc_check_errno(__FILE__, __LINE__, exp_errno, #bool_expr, bool_expr)

/* Integer comparisons that print both values (newer ATF releases). */
#define ATF_INTEQ_(macro, a, b)                                                \
	macro((intmax_t)(a) == (intmax_t)(b), "%s != %s (%jd != %jd)", #a, #b, \
	    (intmax_t)(a), (intmax_t)(b))
#define ATF_UINTEQ_(macro, a, b)                                               \
	macro((uintmax_t)(a) == (uintmax_t)(b), "%s != %s (%ju != %ju)", #a,   \
	    #b, (uintmax_t)(a), (uintmax_t)(b))
#define ATF_CHECK_INTEQ(a, b)	 ATF_INTEQ_(ATFU_CHECK_, a, b)
#define ATF_REQUIRE_INTEQ(a, b)	 ATF_INTEQ_(ATFU_REQUIRE_, a, b)
#define ATF_CHECK_UINTEQ(a, b)	 ATF_UINTEQ_(ATFU_CHECK_, a, b)
#define ATF_REQUIRE_UINTEQ(a, b) ATF_UINTEQ_(ATFU_REQUIRE_, a, b)

#endif /* !_ATF_C_MACROS_H_ */
