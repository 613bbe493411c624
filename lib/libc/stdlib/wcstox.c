/*
 * wcstox.c: the wide-string integer parser (private __wcstox) shared by
 * wcstol, wcstoul, wcstoll, wcstoull, wcstoimax and wcstoumax.
 */
#include <wctype.h>

#include "strtox_impl.h"

#define STRTOX_CHAR	wchar_t
#define STRTOX_FUNC	__wcstox
#define STRTOX_SPACE(c) iswspace((wint_t)(c))
#include "strtox_body.h"
