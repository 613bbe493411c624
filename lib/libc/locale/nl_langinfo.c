/*
 * nl_langinfo: locale strings by item (<langinfo.h>).  Every supported
 * locale uses the C/POSIX texts; only CODESET differs: "646" (ASCII, as
 * NetBSD names it) in the C locale and "UTF-8" in the UTF-8 locale.  An
 * unknown item gives "".
 */
#include <langinfo.h>

#include "locale_impl.h"

static const char *const items[] = {
	[D_T_FMT] = "%a %b %e %H:%M:%S %Y",
	[D_FMT] = "%m/%d/%y",
	[T_FMT] = "%H:%M:%S",
	[T_FMT_AMPM] = "%I:%M:%S %p",
	[AM_STR] = "AM",
	[PM_STR] = "PM",
	[DAY_1] = "Sunday",
	"Monday",
	"Tuesday",
	"Wednesday",
	"Thursday",
	"Friday",
	"Saturday",
	[ABDAY_1] = "Sun",
	"Mon",
	"Tue",
	"Wed",
	"Thu",
	"Fri",
	"Sat",
	[MON_1] = "January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
	[ABMON_1] = "Jan",
	"Feb",
	"Mar",
	"Apr",
	"May",
	"Jun",
	"Jul",
	"Aug",
	"Sep",
	"Oct",
	"Nov",
	"Dec",
	[RADIXCHAR] = ".",
	[THOUSEP] = "",
	[YESSTR] = "yes",
	[YESEXPR] = "^[Yy]",
	[NOSTR] = "no",
	[NOEXPR] = "^[Nn]",
	[CRNCYSTR] = "",
	[CODESET] = "646",
	[ERA] = "",
	[ERA_D_FMT] = "",
	[ERA_D_T_FMT] = "",
	[ERA_T_FMT] = "",
	[ALT_DIGITS] = "",
};

char *
nl_langinfo(nl_item item)
{
	if (item == CODESET && __LOCALE_UTF8())
		return __UNCONST("UTF-8");
	if (item < 0 || item >= (nl_item)(sizeof(items) / sizeof(items[0])) ||
	    items[item] == NULL)
		return __UNCONST("");
	return __UNCONST(items[item]);
}
