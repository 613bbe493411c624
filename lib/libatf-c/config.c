/*
 * config.c: atf_config_get(): the fixed configuration of this ATF
 * installation, overridable by the environment (ATF_ARCH for atf_arch,
 * and so on).  An unknown name is a programming error and is fatal.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "atf-c/config.h"
#include "atf_impl.h"

/* clang-format off */
static const char *const defaults[] = {
	"atf_arch", "x86_64",
	"atf_build_cc", "cc",
	"atf_build_cflags", "",
	"atf_build_cpp", "cpp",
	"atf_build_cppflags", "",
	"atf_build_cxx", "c++",
	"atf_build_cxxflags", "",
	"atf_confdir", "/etc/atf",
	"atf_includedir", "/usr/include",
	"atf_libdir", "/usr/lib",
	"atf_libexecdir", "/usr/libexec",
	"atf_machine", "amd64",
	"atf_pkgdatadir", "/usr/share/atf",
	"atf_shell", "/bin/sh",
	"atf_workdir", "/tmp",
	NULL
};
/* clang-format on */

/* The environment variable overriding name: ATF_ARCH for atf_arch. */
static char *
env_name(const char *name)
{
	char *env, *p;

	env = atf_impl_strdup(name);
	for (p = env; *p != '\0'; p++)
		*p = (char)toupper((unsigned char)*p);
	return env;
}

const char *
atf_config_get(const char *name)
{
	const char *value;
	char *env;
	size_t i;

	for (i = 0; defaults[i] != NULL; i += 2)
		if (strcmp(defaults[i], name) == 0)
			break;
	if (defaults[i] == NULL)
		atf_impl_fatal("unknown configuration variable '%s'", name);
	env = env_name(name);
	value = getenv(env);
	free(env);
	if (value == NULL || (value[0] == '\0' && defaults[i + 1][0] != '\0'))
		value = defaults[i + 1];
	return value;
}

bool
atf_config_get_bool(const char *name)
{
	const char *value;

	value = atf_config_get(name);
	return strcasecmp(value, "true") == 0 ||
	    strcasecmp(value, "yes") == 0 || strcmp(value, "1") == 0;
}
