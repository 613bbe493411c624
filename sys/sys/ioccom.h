/*
 * <sys/ioccom.h>: ioctl command encoding (NetBSD's):
 *	bits 29..31 direction (void/out/in), 16..28 parameter length,
 *	8..15 group, 0..7 number.
 */

#ifndef _SYS_IOCCOM_H_
#define _SYS_IOCCOM_H_

#define IOCPARM_MASK   0x1fff /* parameter length, at most 13 bits */
#define IOCPARM_SHIFT  16
#define IOCGROUP_SHIFT 8
#define IOCPARM_LEN(x) (((x) >> IOCPARM_SHIFT) & IOCPARM_MASK)
#define IOCBASECMD(x)  ((x) & ~(IOCPARM_MASK << IOCPARM_SHIFT))
#define IOCGROUP(x)    (((x) >> IOCGROUP_SHIFT) & 0xff)
#define IOCPARM_MAX    NBPG

#define IOC_VOID    (unsigned long)0x20000000 /* no parameters */
#define IOC_OUT	    (unsigned long)0x40000000 /* copy parameters out */
#define IOC_IN	    (unsigned long)0x80000000 /* copy parameters in */
#define IOC_INOUT   (IOC_IN | IOC_OUT)
#define IOC_DIRMASK (unsigned long)0xe0000000

#define _IOC(inout, group, num, len)                                           \
	((inout) | (((len)&IOCPARM_MASK) << IOCPARM_SHIFT) |                   \
	    ((group) << IOCGROUP_SHIFT) | (num))
#define _IO(g, n)      _IOC(IOC_VOID, (g), (n), 0)
#define _IOR(g, n, t)  _IOC(IOC_OUT, (g), (n), sizeof(t))
#define _IOW(g, n, t)  _IOC(IOC_IN, (g), (n), sizeof(t))
#define _IOWR(g, n, t) _IOC(IOC_INOUT, (g), (n), sizeof(t))

#endif /* !_SYS_IOCCOM_H_ */
