/*
 * <getopt.h>: getopt_long and getopt_long_only (and getopt itself).
 */
#ifndef _GETOPT_H_
#define _GETOPT_H_

#include <sys/cdefs.h>

#define no_argument	  0
#define required_argument 1
#define optional_argument 2

struct option {
	const char *name; /* long option name, without "--" */
	int has_arg;	  /* no_, required_ or optional_argument */
	int *flag;	  /* if not NULL, *flag = val, return 0 */
	int val;	  /* value to return or store */
};

__BEGIN_DECLS
extern char *optarg;
extern int optind, opterr, optopt, optreset;

int getopt(int, char *const *, const char *);
int getopt_long(int, char *const *, const char *, const struct option *, int *);
int getopt_long_only(
    int, char *const *, const char *, const struct option *, int *);
__END_DECLS

#endif /* !_GETOPT_H_ */
