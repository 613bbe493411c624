#	bsd.files.mk - install plain files.
#
#	FILES		files from the source folder
#	FILESDIR	where they go (default ${BINDIR})
#	FILESMODE	their mode (default ${NONBINMODE})
#	FILESNAME_<f>	install name of <f> if not its own
#	FILESDIR_<f>	folder of <f> if not FILESDIR

.if !defined(_BSD_FILES_MK_)
_BSD_FILES_MK_=	1
FILESDIR?=	${BINDIR}
FILESMODE?=	${NONBINMODE}
filesinstall: .PHONY
.for _f in ${FILES}
filesinstall: filesinstall-${_f:T}
filesinstall-${_f:T}: .PHONY
	@${MKDIR} ${DESTDIR}${FILESDIR_${_f:T}:U${FILESDIR}}
	${INSTALL} -m ${FILESMODE_${_f:T}:U${FILESMODE}} \
	    ${.CURDIR}/${_f} \
	    ${DESTDIR}${FILESDIR_${_f:T}:U${FILESDIR}}/${FILESNAME_${_f:T}:U${_f:T}}
.endfor
.endif
