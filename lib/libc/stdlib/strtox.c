/*
 * strtox.c: the byte-string integer parser (private __strtox) shared by
 * strtol, strtoul, strtoll, strtoull, strtoimax, strtoumax, strtoq,
 * strtouq, strtoi and strtou.
 */
#include <ctype.h>

#include "strtox_impl.h"

#define STRTOX_CHAR	char
#define STRTOX_FUNC	__strtox
#define STRTOX_SPACE(c) isspace((unsigned char)(c))
#include "strtox_body.h"
