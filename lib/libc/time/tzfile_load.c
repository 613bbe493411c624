/*
 * tzfile_load.c: read a TZif file (RFC 8536, versions 1 to 4) into
 * a zone: transition instants, local time types and abbreviations, and
 * the footer's POSIX rule for instants after the last transition.  Names
 * are looked up under $TZDIR or /usr/share/zoneinfo unless absolute; a
 * relative name containing ".." is refused.  Leap-second records are
 * skipped (time_t never counts leap seconds here).
 * Entry point: __tzfile_load(), called by __tz_load().
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "time_impl.h"

#define TZDEFDIR   "/usr/share/zoneinfo"
#define TZ_MAXFILE (256 * 1024)

struct hdr {
	int version;
	uint32_t isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
};

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static int64_t
be64(const unsigned char *p)
{
	return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

static int
header(const unsigned char *p, size_t len, struct hdr *h)
{
	if (len < 44 || memcmp(p, "TZif", 4) != 0)
		return -1;
	h->version = p[4] == 0 ? 1 : p[4] - '0';
	h->isutcnt = be32(p + 20);
	h->isstdcnt = be32(p + 24);
	h->leapcnt = be32(p + 28);
	h->timecnt = be32(p + 32);
	h->typecnt = be32(p + 36);
	h->charcnt = be32(p + 40);
	if (h->timecnt > TZ_MAXTIMES || h->typecnt == 0 ||
	    h->typecnt > TZ_MAXTYPES || h->charcnt > TZ_MAXCHARS ||
	    h->leapcnt > 10000 || h->isutcnt > TZ_MAXTYPES ||
	    h->isstdcnt > TZ_MAXTYPES)
		return -1;
	return 0;
}

static size_t
blocksize(const struct hdr *h, int tsize)
{
	return h->timecnt * (size_t)tsize + h->timecnt + h->typecnt * 6 +
	    h->charcnt + h->leapcnt * (size_t)(tsize + 4) + h->isstdcnt +
	    h->isutcnt;
}

/* Decode the data block at p (times of tsize bytes) into z. */
static int
decode(
    struct __tzfile *z, const unsigned char *p, const struct hdr *h, int tsize)
{

	z->timecnt = (int)h->timecnt;
	z->typecnt = (int)h->typecnt;
	for (uint32_t i = 0; i < h->timecnt; i++, p += tsize) {
		z->times[i] = tsize == 8 ? be64(p) : (int32_t)be32(p);
		if (i > 0 && z->times[i] <= z->times[i - 1])
			return -1;
	}
	for (uint32_t i = 0; i < h->timecnt; i++) {
		z->idx[i] = *p++;
		if (z->idx[i] >= h->typecnt)
			return -1;
	}
	for (uint32_t i = 0; i < h->typecnt; i++, p += 6) {
		z->types[i].utoff = (int32_t)be32(p);
		z->types[i].isdst = p[4] != 0;
		z->types[i].abbr = p[5];
		if (p[5] >= h->charcnt)
			return -1;
	}
	memcpy(z->chars, p, h->charcnt);
	z->chars[h->charcnt] = '\0';
	return 0;
}

/* The footer "\n<POSIX TZ>\n" after the version 2+ data. */
static void
footer(struct __state *zone, const unsigned char *p, const unsigned char *end)
{
	char rule[128];
	const unsigned char *nl;

	if (p >= end || *p != '\n')
		return;
	p++;
	if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL ||
	    (size_t)(nl - p) >= sizeof(rule) || nl == p)
		return;
	memcpy(rule, p, (size_t)(nl - p));
	rule[nl - p] = '\0';
	zone->file.hasrule = __tz_parse_rule(zone, rule) == 0;
}

static int
parse(struct __state *zone, const unsigned char *buf, size_t len)
{
	struct hdr h;
	const unsigned char *p = buf;
	size_t n;

	if (header(p, len, &h) != 0)
		return -1;
	n = 44 + blocksize(&h, 4);
	if (n > len)
		return -1;
	if (h.version < 2)
		return decode(&zone->file, p + 44, &h, 4);
	p += n;
	if (header(p, len - n, &h) != 0 ||
	    44 + blocksize(&h, 8) > (size_t)(buf + len - p))
		return -1;
	if (decode(&zone->file, p + 44, &h, 8) != 0)
		return -1;
	footer(zone, p + 44 + blocksize(&h, 8), buf + len);
	return 0;
}

static int
openzone(const char *name)
{
	char path[1024];
	const char *dir = getenv("TZDIR");

	if (name[0] == '/')
		return open(name, O_RDONLY);
	if (strstr(name, "..") != NULL)
		return -1;
	if (dir == NULL || *dir == '\0')
		dir = TZDEFDIR;
	if (strlen(dir) + strlen(name) + 2 > sizeof(path))
		return -1;
	strcpy(path, dir);
	strcat(path, "/");
	strcat(path, name);
	return open(path, O_RDONLY);
}

int
__tzfile_load(struct __state *zone, const char *name)
{
	unsigned char *buf;
	ssize_t r;
	size_t len = 0;
	int fd, ok;

	memset(&zone->file, 0, sizeof(zone->file));
	if (*name == '\0' || (fd = openzone(name)) < 0)
		return -1;
	if ((buf = malloc(TZ_MAXFILE)) == NULL) {
		close(fd);
		return -1;
	}
	while (
	    len < TZ_MAXFILE && (r = read(fd, buf + len, TZ_MAXFILE - len)) > 0)
		len += (size_t)r;
	close(fd);
	ok = len < TZ_MAXFILE && parse(zone, buf, len) == 0;
	free(buf);
	if (!ok) {
		memset(&zone->file, 0, sizeof(zone->file));
		return -1;
	}
	zone->file.loaded = 1;
	return 0;
}
