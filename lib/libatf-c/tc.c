/*
 * tc.c: test-case objects: initialisation from a pack, meta-data
 * variables (kept in insertion order, as `-l' prints them) and the
 * configuration variables passed with -v.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "atf-c/tc.h"
#include "atf-c/utils.h"
#include "atf_impl.h"

atf_error_t
atf_tc_init(atf_tc_t *tc, const char *ident, atf_tc_head_t head,
    atf_tc_body_t body, atf_tc_cleanup_t cleanup, const char *const *config)
{
	static const char *const noconfig[] = { NULL };
	atf_error_t err;

	memset(tc, 0, sizeof(*tc));
	tc->tc_ident = ident;
	tc->tc_head = head;
	tc->tc_body = body;
	tc->tc_cleanup = cleanup;
	tc->tc_config = config != NULL ? config : noconfig;
	err = atf_tc_set_md_var(tc, "ident", "%s", ident);
	if (!atf_is_error(err) && cleanup != NULL)
		err = atf_tc_set_md_var(tc, "has.cleanup", "true");
	if (atf_is_error(err))
		return err;
	if (head != NULL)
		head(tc);
	if (strcmp(atf_tc_get_md_var(tc, "ident"), ident) != 0)
		atf_impl_fatal("Test case head modified the read-only 'ident' "
			       "property");
	return atf_no_error();
}

atf_error_t
atf_tc_init_pack(atf_tc_t *tc, atf_tc_pack_t *pack, const char *const *config)
{
	return atf_tc_init(tc, pack->m_ident, pack->m_head, pack->m_body,
	    pack->m_cleanup, config);
}

void
atf_tc_fini(atf_tc_t *tc)
{
	atf_utils_free_charpp(tc->tc_md);
	tc->tc_md = NULL;
	tc->tc_nmd = 0;
}

const char *
atf_tc_get_ident(const atf_tc_t *tc)
{
	return tc->tc_ident;
}

static const char *
find_pair(const char *const *pairs, const char *name)
{
	size_t i;

	if (pairs == NULL)
		return NULL;
	for (i = 0; pairs[i] != NULL; i += 2)
		if (strcmp(pairs[i], name) == 0)
			return pairs[i + 1];
	return NULL;
}

atf_error_t
atf_tc_set_md_var(atf_tc_t *tc, const char *name, const char *fmt, ...)
{
	char **md;
	size_t i;
	va_list ap;
	char *value;

	va_start(ap, fmt);
	value = atf_impl_vformat(fmt, ap);
	va_end(ap);
	for (i = 0; i < tc->tc_nmd; i++) {
		if (strcmp(tc->tc_md[2 * i], name) == 0) {
			free(tc->tc_md[2 * i + 1]);
			tc->tc_md[2 * i + 1] = value;
			return atf_no_error();
		}
	}
	md = realloc(tc->tc_md, (2 * tc->tc_nmd + 3) * sizeof(*md));
	if (md == NULL) {
		free(value);
		return atf_no_memory_error();
	}
	md[2 * tc->tc_nmd] = atf_impl_strdup(name);
	md[2 * tc->tc_nmd + 1] = value;
	md[2 * tc->tc_nmd + 2] = NULL;
	tc->tc_md = md;
	tc->tc_nmd++;
	return atf_no_error();
}

bool
atf_tc_has_md_var(const atf_tc_t *tc, const char *name)
{
	return find_pair((const char *const *)tc->tc_md, name) != NULL;
}

const char *
atf_tc_get_md_var(const atf_tc_t *tc, const char *name)
{
	const char *value;

	value = find_pair((const char *const *)tc->tc_md, name);
	if (value == NULL)
		atf_impl_fatal("test case '%s' has no meta-data variable "
			       "'%s'",
		    tc->tc_ident, name);
	return value;
}

char **
atf_tc_get_md_vars(const atf_tc_t *tc)
{
	char **copy;
	size_t i;

	copy = malloc((2 * tc->tc_nmd + 1) * sizeof(*copy));
	if (copy == NULL)
		atf_impl_fatal("out of memory");
	for (i = 0; i < 2 * tc->tc_nmd; i++)
		copy[i] = atf_impl_strdup(tc->tc_md[i]);
	copy[i] = NULL;
	return copy;
}

bool
atf_tc_has_config_var(const atf_tc_t *tc, const char *name)
{
	return find_pair(tc->tc_config, name) != NULL;
}

const char *
atf_tc_get_config_var(const atf_tc_t *tc, const char *name)
{
	const char *value;

	value = find_pair(tc->tc_config, name);
	if (value == NULL)
		atf_impl_fatal("test case '%s' has no configuration variable "
			       "'%s'",
		    tc->tc_ident, name);
	return value;
}

const char *
atf_tc_get_config_var_wd(
    const atf_tc_t *tc, const char *name, const char *defval)
{
	const char *value;

	value = find_pair(tc->tc_config, name);
	return value != NULL ? value : defval;
}

static bool
parse_bool(const char *name, const char *value)
{
	if (strcasecmp(value, "yes") == 0 || strcasecmp(value, "true") == 0)
		return true;
	if (strcasecmp(value, "no") == 0 || strcasecmp(value, "false") == 0)
		return false;
	atf_tc_fail("Configuration variable %s does not have a valid boolean "
		    "value; found %s",
	    name, value);
}

static long
parse_long(const char *name, const char *value)
{
	char *end;
	long l;

	errno = 0;
	l = strtol(value, &end, 10);
	if (*value == '\0' || *end != '\0' || errno == ERANGE)
		atf_tc_fail("Configuration variable %s does not have a valid "
			    "long value; found %s",
		    name, value);
	return l;
}

bool
atf_tc_get_config_var_as_bool(const atf_tc_t *tc, const char *name)
{
	return parse_bool(name, atf_tc_get_config_var(tc, name));
}

bool
atf_tc_get_config_var_as_bool_wd(
    const atf_tc_t *tc, const char *name, const bool defval)
{
	if (!atf_tc_has_config_var(tc, name))
		return defval;
	return atf_tc_get_config_var_as_bool(tc, name);
}

long
atf_tc_get_config_var_as_long(const atf_tc_t *tc, const char *name)
{
	return parse_long(name, atf_tc_get_config_var(tc, name));
}

long
atf_tc_get_config_var_as_long_wd(
    const atf_tc_t *tc, const char *name, const long defval)
{
	if (!atf_tc_has_config_var(tc, name))
		return defval;
	return atf_tc_get_config_var_as_long(tc, name);
}
