/*
 * getopt: parse short command-line options (POSIX, no permutation: the
 * first non-option word ends the scan).  Also defines the shared
 * variables optarg, optind, opterr, optopt and NetBSD's optreset.
 */
#include <getopt.h>
#include <unistd.h>

#include "getopt_impl.h"

char *optarg;
int optind = 1;
int opterr = 1;
int optopt;
int optreset;

int
getopt(int argc, char *const argv[], const char *optstring)
{
	return __getopt_core(argc, argv, optstring, NULL, NULL, 0);
}
