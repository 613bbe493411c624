#	bsd.man.mk - install manual pages named in MAN (foo.1, bar.3 ...)
#	into ${DESTDIR}${MANDIR}/man<section>/.

.if !defined(_BSD_MAN_MK_)
_BSD_MAN_MK_=	1
maninstall: .PHONY
.for _m in ${MAN}
maninstall: maninstall-${_m}
maninstall-${_m}: ${.CURDIR}/${_m} .PHONY
	@${MKDIR} ${DESTDIR}${MANDIR}/man${_m:E}
	${INSTALL} -m ${NONBINMODE} ${.CURDIR}/${_m} ${DESTDIR}${MANDIR}/man${_m:E}/${_m}
.endfor
.endif
