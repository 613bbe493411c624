/*
 * __linux_ret.c: the host port's one error-conversion point.
 *
 * __linux_ret(r) passes a raw Linux result through, or, when it is an
 * error (-4095..-1), stores the NetBSD errno for it and returns -1.
 * __linux_errno() maps a Linux errno to NetBSD's number; numbers with no
 * NetBSD meaning become EIO.
 */

#include <errno.h>

#include "linux.h"

/* Index: Linux errno; value: NetBSD errno. */
static const unsigned char l2n[] = {
	[1] = EPERM,
	[2] = ENOENT,
	[3] = ESRCH,
	[4] = EINTR,
	[5] = EIO,
	[6] = ENXIO,
	[7] = E2BIG,
	[8] = ENOEXEC,
	[9] = EBADF,
	[10] = ECHILD,
	[11] = EAGAIN,
	[12] = ENOMEM,
	[13] = EACCES,
	[14] = EFAULT,
	[15] = ENOTBLK,
	[16] = EBUSY,
	[17] = EEXIST,
	[18] = EXDEV,
	[19] = ENODEV,
	[20] = ENOTDIR,
	[21] = EISDIR,
	[22] = EINVAL,
	[23] = ENFILE,
	[24] = EMFILE,
	[25] = ENOTTY,
	[26] = ETXTBSY,
	[27] = EFBIG,
	[28] = ENOSPC,
	[29] = ESPIPE,
	[30] = EROFS,
	[31] = EMLINK,
	[32] = EPIPE,
	[33] = EDOM,
	[34] = ERANGE,
	[35] = EDEADLK,
	[36] = ENAMETOOLONG,
	[37] = ENOLCK,
	[38] = ENOSYS,
	[39] = ENOTEMPTY,
	[40] = ELOOP,
	[42] = ENOMSG,
	[43] = EIDRM,
	[60] = ENOSTR,
	[61] = ENODATA,
	[62] = ETIME,
	[63] = ENOSR,
	[66] = EREMOTE,
	[67] = ENOLINK,
	[71] = EPROTO,
	[72] = EMULTIHOP,
	[74] = EBADMSG,
	[75] = EOVERFLOW,
	[84] = EILSEQ,
	[87] = EUSERS,
	[88] = ENOTSOCK,
	[89] = EDESTADDRREQ,
	[90] = EMSGSIZE,
	[91] = EPROTOTYPE,
	[92] = ENOPROTOOPT,
	[93] = EPROTONOSUPPORT,
	[94] = ESOCKTNOSUPPORT,
	[95] = EOPNOTSUPP,
	[96] = EPFNOSUPPORT,
	[97] = EAFNOSUPPORT,
	[98] = EADDRINUSE,
	[99] = EADDRNOTAVAIL,
	[100] = ENETDOWN,
	[101] = ENETUNREACH,
	[102] = ENETRESET,
	[103] = ECONNABORTED,
	[104] = ECONNRESET,
	[105] = ENOBUFS,
	[106] = EISCONN,
	[107] = ENOTCONN,
	[108] = ESHUTDOWN,
	[109] = ETOOMANYREFS,
	[110] = ETIMEDOUT,
	[111] = ECONNREFUSED,
	[112] = EHOSTDOWN,
	[113] = EHOSTUNREACH,
	[114] = EALREADY,
	[115] = EINPROGRESS,
	[116] = ESTALE,
	[122] = EDQUOT,
	[125] = ECANCELED,
	[130] = EOWNERDEAD,
	[131] = ENOTRECOVERABLE,
};

int
__linux_errno(int lerr)
{
	if (lerr <= 0 || (unsigned int)lerr >= sizeof(l2n) || l2n[lerr] == 0)
		return EIO;
	return l2n[lerr];
}

long
__linux_fail(int err)
{
	errno = err;
	return -1;
}

long
__linux_ret(long r)
{
	if (r < 0 && r >= -4095)
		return __linux_fail(__linux_errno((int)-r));
	return r;
}
