/*
 * __cfvalid.c: whether a speed_t is one of the B* rates cfset*speed(3)
 * accept (the values are the rates themselves).
 */

#include <termios.h>

int __cfvalid(speed_t);

int
__cfvalid(speed_t s)
{
	static const speed_t rates[] = { B0, B50, B75, B110, B134, B150, B200,
		B300, B600, B1200, B1800, B2400, B4800, B7200, B9600, B14400,
		B19200, B28800, B38400, B57600, B76800, B115200, B230400,
		B460800, B500000, B921600, B1000000, B1500000, B2000000,
		B2500000, B3000000, B3500000, B4000000 };
	unsigned int i;

	for (i = 0; i < sizeof(rates) / sizeof(rates[0]); i++)
		if (rates[i] == s)
			return 1;
	return 0;
}
