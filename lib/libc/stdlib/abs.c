/*
 * abs: absolute value of a int (undefined for the most negative value,
 * which is returned unchanged).
 */
#include <stdlib.h>

int
abs(int j)
{
	return j < 0 ? (int)(0 - (unsigned int)j) : j;
}
