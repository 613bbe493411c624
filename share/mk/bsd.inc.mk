#	bsd.inc.mk - install headers on `make includes'.
#
#	INCS		headers, relative to the folder; when unset, every *.h
#			below the folder is installed, keeping subfolders
#	INCSDIR		where they go (default /usr/include)

.if !defined(_BSD_INC_MK_)
_BSD_INC_MK_=	1
.include <bsd.init.mk>
.if !defined(INCS)
INCS!=		cd ${.CURDIR} && find . -name '*.h' | sed 's,^\./,,' | sort
.endif
includes: incinstall .PHONY
incinstall: .PHONY
.if !empty(INCS)
	@cd ${.CURDIR} && for h in ${INCS}; do \
		d=${DESTDIR}${INCSDIR}/$$(dirname $$h); \
		${MKDIR} $$d; \
		cmp -s $$h ${DESTDIR}${INCSDIR}/$$h || \
		    ${INSTALL} -m ${NONBINMODE} $$h ${DESTDIR}${INCSDIR}/$$h; \
	done
.endif
# A folder of headers only builds and installs nothing else.
.if !target(all)
all install clean obj: .PHONY
.endif
.endif
