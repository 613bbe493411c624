/*
 * tzfile.h: the layout of TZif time zone files (RFC 8536) and the
 * calendar constants NetBSD programs take from this header.
 */
#ifndef _TZFILE_H_
#define _TZFILE_H_

#define TZDIR	   "/usr/share/zoneinfo" /* where zone files live */
#define TZDEFAULT  "/etc/localtime"	 /* unused: TZ unset means UTC */
#define TZDEFRULES "posixrules"

#define TZ_MAGIC "TZif"

/* The fixed 44-byte header; six big-endian counts follow the padding. */
struct tzhead {
	char tzh_magic[4];	/* TZ_MAGIC */
	char tzh_version[1];	/* '\0', '2', '3' or '4' */
	char tzh_reserved[15];	/* zero */
	char tzh_ttisutcnt[4];	/* UT/local indicators */
	char tzh_ttisstdcnt[4]; /* standard/wall indicators */
	char tzh_leapcnt[4];	/* leap second records */
	char tzh_timecnt[4];	/* transition times */
	char tzh_typecnt[4];	/* local time types */
	char tzh_charcnt[4];	/* abbreviation characters */
};

#define SECSPERMIN   60
#define MINSPERHOUR  60
#define HOURSPERDAY  24
#define DAYSPERWEEK  7
#define DAYSPERNYEAR 365
#define DAYSPERLYEAR 366
#define SECSPERHOUR  (SECSPERMIN * MINSPERHOUR)
#define SECSPERDAY   ((long)SECSPERHOUR * HOURSPERDAY)
#define MONSPERYEAR  12

#define TM_SUNDAY    0
#define TM_MONDAY    1
#define TM_TUESDAY   2
#define TM_WEDNESDAY 3
#define TM_THURSDAY  4
#define TM_FRIDAY    5
#define TM_SATURDAY  6

#define TM_JANUARY   0
#define TM_FEBRUARY  1
#define TM_MARCH     2
#define TM_APRIL     3
#define TM_MAY	     4
#define TM_JUNE	     5
#define TM_JULY	     6
#define TM_AUGUST    7
#define TM_SEPTEMBER 8
#define TM_OCTOBER   9
#define TM_NOVEMBER  10
#define TM_DECEMBER  11

#define TM_YEAR_BASE 1900
#define EPOCH_YEAR   1970
#define EPOCH_WDAY   TM_THURSDAY

#define isleap(y) (((y) % 4) == 0 && (((y) % 100) != 0 || ((y) % 400) == 0))

#endif /* !_TZFILE_H_ */
