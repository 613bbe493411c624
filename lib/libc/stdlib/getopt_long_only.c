/*
 * getopt_long_only: getopt_long that also accepts long options after a
 * single '-'; a word that matches no long option but starts with a
 * known short option is parsed as short options.
 */
#include <getopt.h>

#include "getopt_impl.h"

int
getopt_long_only(int argc, char *const argv[], const char *optstring,
    const struct option *longopts, int *longindex)
{
	return __getopt_core(argc, argv, optstring, longopts, longindex,
	    __GETOPT_LONG | __GETOPT_LONG_ONLY | __GETOPT_PERMUTE);
}
