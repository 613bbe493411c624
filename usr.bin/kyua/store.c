/*
 * store.c: where results live.  A results "file" of ours is a directory
 * holding cases.tsv (one line per case: program, case, result, seconds,
 * reason; tab-separated), info (root directory and total time) and
 * out/N.out, out/N.err with the captured output of the case on line N.
 * By default they go to $HOME/.kyua/store/results.<id>.<timestamp>, where
 * <id> is the test suite's root path with '/' turned into '_', as kyua
 * names its databases.
 */
#include <sys/time.h>

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kyua.h"

static const char *const names[] = { "passed", "failed", "skipped",
	"expected_failure", "broken" };

const char *
result_name(enum result_type type)
{
	return names[type];
}

bool
result_parse_name(const char *name, enum result_type *type)
{
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(names[i], name) == 0) {
			*type = (enum result_type)i;
			return true;
		}
	}
	return false;
}

static char *
store_root(void)
{
	const char *home;

	if ((home = getenv("HOME")) == NULL || home[0] == '\0')
		die("HOME is not set; use --results-file");
	return xasprintf("%s/.kyua/store", home);
}

static char *
suite_id(const char *root)
{
	char *id, *p;

	while (*root == '/')
		root++;
	id = xstrdup(root[0] == '\0' ? "root" : root);
	for (p = id; *p != '\0'; p++)
		if (*p == '/')
			*p = '_';
	return id;
}

/* A new results directory name for the suite rooted at root. */
char *
store_default_dir(const char *root)
{
	struct timeval tv;
	struct tm tm;
	char stamp[32], *dir, *id, *sroot;

	gettimeofday(&tv, NULL);
	gmtime_r(&tv.tv_sec, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &tm);
	sroot = store_root();
	id = suite_id(root);
	dir = xasprintf(
	    "%s/results.%s.%s-%06ld", sroot, id, stamp, (long)tv.tv_usec);
	free(id);
	free(sroot);
	return dir;
}

/* The newest results directory for the suite rooted at root, or NULL. */
char *
store_latest_dir(const char *root)
{
	struct dirent *de;
	DIR *dir;
	char *sroot, *id, *prefix, *best, *found;

	sroot = store_root();
	id = suite_id(root);
	prefix = xasprintf("results.%s.", id);
	best = NULL;
	if ((dir = opendir(sroot)) != NULL) {
		while ((de = readdir(dir)) != NULL) {
			if (!str_starts(de->d_name, prefix) ||
			    strchr(de->d_name + strlen(prefix), '.') != NULL)
				continue;
			if (best == NULL || strcmp(de->d_name, best) > 0) {
				free(best);
				best = xstrdup(de->d_name);
			}
		}
		closedir(dir);
	}
	found = best != NULL ? path_join(sroot, best) : NULL;
	free(best);
	free(prefix);
	free(id);
	free(sroot);
	return found;
}
