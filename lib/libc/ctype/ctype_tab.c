/*
 * ctype_tab.c: the byte classification and case-mapping tables behind
 * <ctype.h>.  Entry 0 is EOF; entry c + 1 describes byte c.  Only ASCII
 * bytes have classes (the same in the C and UTF-8 locales).
 */
#include <ctype.h>

#define CNTRL _CTYPE_C
#define SPACE (_CTYPE_C | _CTYPE_S)
#define BLANK (_CTYPE_C | _CTYPE_S | _CTYPE_BL)
#define PUNCT (_CTYPE_P | _CTYPE_G | _CTYPE_R)
#define DIGIT (_CTYPE_D | _CTYPE_X | _CTYPE_G | _CTYPE_R)
#define UPPER (_CTYPE_U | _CTYPE_A | _CTYPE_G | _CTYPE_R)
#define LOWER (_CTYPE_L | _CTYPE_A | _CTYPE_G | _CTYPE_R)

static const unsigned short ctype_table[1 + 256] = {
	[1 + 0x00 ... 1 + 0x08] = CNTRL,
	[1 + '\t'] = BLANK,
	[1 + '\n' ... 1 + '\r'] = SPACE,
	[1 + 0x0e ... 1 + 0x1f] = CNTRL,
	[1 + ' '] = _CTYPE_S | _CTYPE_BL | _CTYPE_R,
	[1 + '!' ... 1 + '/'] = PUNCT,
	[1 + '0' ... 1 + '9'] = DIGIT,
	[1 + ':' ... 1 + '@'] = PUNCT,
	[1 + 'A' ... 1 + 'F'] = UPPER | _CTYPE_X,
	[1 + 'G' ... 1 + 'Z'] = UPPER,
	[1 + '[' ... 1 + '`'] = PUNCT,
	[1 + 'a' ... 1 + 'f'] = LOWER | _CTYPE_X,
	[1 + 'g' ... 1 + 'z'] = LOWER,
	[1 + '{' ... 1 + '~'] = PUNCT,
	[1 + 0x7f] = CNTRL,
};

/* Identity maps of byte ranges, to build the case tables. */
#define ID1(b)	(b)
#define ID4(b)	(b), (b) + 1, (b) + 2, (b) + 3
#define ID16(b) ID4(b), ID4((b) + 4), ID4((b) + 8), ID4((b) + 12)
#define ID64(b) ID16(b), ID16((b) + 16), ID16((b) + 32), ID16((b) + 48)

/* Bytes 91..96 ('[' .. '`') and 123..127 ('{' .. DEL). */
#define ID_91_96   ID4(91), ID1(95), ID1(96)
#define ID_123_127 ID4(123), ID1(127)
#define ID_128_255 ID64(128), ID64(192)
#define LOWERS                                                                 \
	'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n',  \
	    'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
#define UPPERS                                                                 \
	'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N',  \
	    'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'

static const short lower_table[1 + 256] = { -1, ID64(0), ID1(64), LOWERS,
	ID_91_96, LOWERS, ID_123_127, ID_128_255 };

static const short upper_table[1 + 256] = { -1, ID64(0), ID1(64), UPPERS,
	ID_91_96, UPPERS, ID_123_127, ID_128_255 };

const unsigned short *_ctype_tab_ = ctype_table;
const short *_tolower_tab_ = lower_table;
const short *_toupper_tab_ = upper_table;
