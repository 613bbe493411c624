#	bsd.lib.mk - build and install a static library.
#
#	LIB		the library name: LIB=c builds libc.a
#	SRCS		its sources (.c, .S, .s)
#	LIBOBJS		extra objects built from SRCS-like sources and installed
#			as they are beside the library (crt0.o)
#	INCS, INCSDIR	headers installed by `make includes' (bsd.inc.mk);
#			a library without INCS installs none
# Targets: all, install, clean, includes.

.include <bsd.init.mk>

INCS?=
.include <bsd.inc.mk>

OBJS=		${SRCS:T:R:S/$/.o/}
_LIBA=		lib${LIB}.a

all: ${_LIBA} ${LIBOBJS}

${_LIBA}: ${OBJS}
	@rm -f ${.TARGET}
	${AR} crs ${.TARGET} ${OBJS}

.include <bsd.dep.mk>

realinstall: ${_LIBA} ${LIBOBJS} .PHONY
	@${MKDIR} ${DESTDIR}${LIBDIR}
	${INSTALL} -m ${NONBINMODE} ${_LIBA} ${LIBOBJS} ${DESTDIR}${LIBDIR}/

.include <bsd.man.mk>
install: realinstall maninstall .PHONY
clean: .PHONY
	rm -f ${_LIBA} ${OBJS} ${LIBOBJS} ${OBJS:.o=.d} ${CLEANFILES}
obj: .PHONY
