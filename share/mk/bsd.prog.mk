#	bsd.prog.mk - build and install programs.
#
# Declarations a leaf Makefile may use:
#	PROG		one program, from SRCS (default ${PROG}.c)
#	PROGS		several programs, each from SRCS.<prog> (default <prog>.c)
#	LDADD		extra libraries (-lfoo); DPADD is accepted and ignored
#	LDADD.<prog>	per-program libraries with PROGS
#	BINDIR, BINMODE	where and how to install
#	MAN		manual pages (foo.1 ...) installed under ${MANDIR}
# Targets: all, install, clean, includes (nothing), obj.

.include <bsd.init.mk>

.if defined(PROG)
PROGS+=		${PROG}
SRCS.${PROG}?=	${SRCS:U${PROG}.c}
LDADD.${PROG}?=
.endif

_ALLOBJS=
.for _p in ${PROGS}
SRCS.${_p}?=	${_p}.c
OBJS.${_p}=	${SRCS.${_p}:T:R:S/$/.o/}
_ALLOBJS+=	${OBJS.${_p}}
# Relink when an installed library it uses (libc, crt0, -lfoo) changes.
_LIBDEPS.${_p}=
.for _l in ${DESTDIR}${LIBDIR}/crt0.o ${DESTDIR}${LIBDIR}/libc.a \
    ${LDADD.${_p}:M-l*:S/^-l/${DESTDIR}${LIBDIR}\/lib/:S/$/.a/} \
    ${LDADD:M-l*:S/^-l/${DESTDIR}${LIBDIR}\/lib/:S/$/.a/}
.if exists(${_l})
_LIBDEPS.${_p}+=	${_l}
.endif
.endfor
${_p}: ${OBJS.${_p}} ${_LIBDEPS.${_p}}
	${CC} ${LDFLAGS} -o ${.TARGET} ${OBJS.${_p}} ${LDADD.${_p}} ${LDADD}
.endfor

all: ${PROGS}

realinstall: .PHONY
.for _p in ${PROGS}
realinstall: install-${_p}
install-${_p}: ${_p} .PHONY
	@${MKDIR} ${DESTDIR}${BINDIR}
	${INSTALL} -m ${BINMODE} ${_p} ${DESTDIR}${BINDIR}/${_p}
.endfor

.include <bsd.dep.mk>
.include <bsd.man.mk>
.include <bsd.files.mk>

install: realinstall maninstall filesinstall .PHONY
includes: .PHONY
clean: .PHONY
	rm -f ${PROGS} ${_ALLOBJS} ${CLEANFILES}
obj: .PHONY
