#	bsd.init.mk - pulled in first by every bsd.*.mk: settings and the
#	local Makefile.inc of the folder above.

.if !defined(_BSD_INIT_MK_)
_BSD_INIT_MK_=	1
.if exists(${.CURDIR}/../Makefile.inc)
.include "${.CURDIR}/../Makefile.inc"
.endif
.include <bsd.own.mk>
.include <bsd.sys.mk>
.MAIN:		all
.endif
