#	bsd.subdir.mk - run a target in each folder named in SUBDIR, in order.
#
#	SUBDIR		folders; one that has no Makefile yet is skipped, so a
#			tree that is still growing builds
# Targets: all, install, clean, includes, obj.

.if !defined(_BSD_SUBDIR_MK_)
_BSD_SUBDIR_MK_=	1
.include <bsd.own.mk>

_SUBDIR=
.for _d in ${SUBDIR}
.if exists(${.CURDIR}/${_d}/Makefile)
_SUBDIR+=	${_d}
.endif
.endfor

.MAIN: all
.for _t in all install clean includes
${_t}: ${_t}-subdir .PHONY
${_t}-subdir: .PHONY
	@for d in ${_SUBDIR}; do \
		(cd ${.CURDIR}/$$d && ${MAKE} ${_t}) || exit 1; \
	done
.endfor
obj: .PHONY
.endif
