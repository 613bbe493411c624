/*
 * locale_names.c: locale names shared by setlocale and newlocale
 * (private: __locale_classify, __locale_resolve).  Known names: "C" and
 * "POSIX" (single-byte) and the UTF-8 locale as "C.UTF-8", "C.utf8",
 * "en_US.UTF-8" or "en_US.utf8"; "" takes a category's name from LC_ALL,
 * then LC_<category>, then LANG, then "C".
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "locale_impl.h"

static const char *const category_env[_LC_LAST] = {
	"LC_ALL",
	"LC_COLLATE",
	"LC_CTYPE",
	"LC_MONETARY",
	"LC_NUMERIC",
	"LC_TIME",
	"LC_MESSAGES",
};

static const char *const utf8_names[] = {
	"C.UTF-8",
	"C.utf8",
	"en_US.UTF-8",
	"en_US.utf8",
};

int
__locale_classify(const char *name)
{
	size_t i;

	if (strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0)
		return 0;
	for (i = 0; i < sizeof(utf8_names) / sizeof(utf8_names[0]); i++) {
		if (strcmp(name, utf8_names[i]) == 0)
			return 1;
	}
	return -1;
}

/* The name "" stands for in category cat, from the environment. */
static const char *
env_name(int cat)
{
	const char *v;

	v = getenv("LC_ALL");
	if (v == NULL || *v == '\0')
		v = getenv(category_env[cat]);
	if (v == NULL || *v == '\0')
		v = getenv("LANG");
	if (v == NULL || *v == '\0')
		v = "C";
	return v;
}

int
__locale_resolve(int cat, const char *name, char *out)
{
	if (*name == '\0')
		name = env_name(cat);
	if (strlen(name) >= __LOCALE_NAME_MAX || __locale_classify(name) < 0)
		return -1;
	strcpy(out, name);
	return 0;
}
