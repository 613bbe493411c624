/*
 * nl_langinfo_l: nl_langinfo in locale l: only CODESET depends on the
 * locale ("646" or "UTF-8").
 */
#include <langinfo.h>

#include "locale_impl.h"

char *
nl_langinfo_l(nl_item item, locale_t l)
{
	if (item == CODESET)
		return __UNCONST(__LOCALE_OF(l)->ctype_utf8 ? "UTF-8" : "646");
	return nl_langinfo(item);
}
