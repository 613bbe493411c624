/*
 * getopt_long: getopt plus "--name[=value]" long options described by
 * longopts (abbreviations accepted when unambiguous); non-options are
 * permuted to the end unless optstring starts with '+' or
 * POSIXLY_CORRECT is set.
 */
#include <getopt.h>

#include "getopt_impl.h"

int
getopt_long(int argc, char *const argv[], const char *optstring,
    const struct option *longopts, int *longindex)
{
	return __getopt_core(argc, argv, optstring, longopts, longindex,
	    __GETOPT_LONG | __GETOPT_PERMUTE);
}
