#	bsd.test.mk - build and install ATF test programs and their Kyuafile.
#
#	TESTSDIR	where they go (default ${TESTSBASE})
#	TESTS_C		C test programs: t_x from t_x.c, linked with -latf-c
#	TESTS_SH	atf-sh test programs: t_x from t_x.sh, run by atf-sh
#	TESTS_PLAIN	plain programs: t_x from t_x.c, exit 0 means passed
#	PROGS, FILES	helper programs and data installed beside the tests
#	HOSTPROGS	reference programs built with the host's own compiler
#			and C library (glibc); only in the host-port build,
#			where they let tests compare our libc with glibc
#	SUBDIR		folders with more tests (their Kyuafiles are included)
# A Kyuafile listing all of them is generated and installed.

.include <bsd.init.mk>

TESTSDIR?=	${TESTSBASE}

# Our own tests share headers kept at the top of kyua-tests (h_tc.h).
.if defined(BULKHEAD_SRCTOP)
CPPFLAGS+=	-I${BULKHEAD_SRCTOP}/kyua-tests
.endif
BINDIR=		${TESTSDIR}
FILESDIR?=	${TESTSDIR}

.for _t in ${TESTS_C}
PROGS+=		${_t}
LDADD.${_t}+=	-latf-c
.endfor
.for _t in ${TESTS_PLAIN}
PROGS+=		${_t}
.endfor

# atf-sh scripts get their interpreter line at build time.
.for _t in ${TESTS_SH}
SRCS.${_t}?=	${_t}.sh
${_t}: ${SRCS.${_t}}
	@echo '#! ${ATF_SH}' > ${.TARGET}.tmp
	cat ${.ALLSRC} >> ${.TARGET}.tmp
	chmod 755 ${.TARGET}.tmp && mv ${.TARGET}.tmp ${.TARGET}
all: ${_t}
realinstall: install-${_t}
install-${_t}: ${_t} .PHONY
	@${MKDIR} ${DESTDIR}${TESTSDIR}
	${INSTALL} -m ${BINMODE} ${_t} ${DESTDIR}${TESTSDIR}/${_t}
CLEANFILES+=	${_t}
.endfor

.if ${BULKHEAD_PORT} == "linux"
.for _h in ${HOSTPROGS}
SRCS.${_h}?=	${_h}.c
${_h}: ${SRCS.${_h}}
	env -u LIBRARY_PATH ${HOST_CC} -O2 -o ${.TARGET} ${.ALLSRC} ${HOSTLDADD.${_h}}
all: ${_h}
realinstall: install-${_h}
install-${_h}: ${_h} .PHONY
	@${MKDIR} ${DESTDIR}${TESTSDIR}
	${INSTALL} -m ${BINMODE} ${_h} ${DESTDIR}${TESTSDIR}/${_h}
CLEANFILES+=	${_h}
.endfor
.endif

# bsd.subdir.mk works out which SUBDIR folders exist (_SUBDIR).
.if defined(SUBDIR)
.include <bsd.subdir.mk>
.endif

# Written on every build (it is cheap) so that it follows the subfolders.
Kyuafile: .PHONY
	@{ echo 'syntax(2)'; \
	  echo 'test_suite("bulkhead")'; \
	  for t in ${TESTS_C} ${TESTS_SH}; do \
		echo "atf_test_program{name=\"$$t\"}"; done; \
	  for t in ${TESTS_PLAIN}; do \
		echo "plain_test_program{name=\"$$t\"}"; done; \
	  for d in ${_SUBDIR}; do \
		echo "include(\"$$d/Kyuafile\")"; done; \
	} > ${.TARGET}.tmp
	@cmp -s ${.TARGET}.tmp ${.TARGET} && rm ${.TARGET}.tmp || \
	    mv ${.TARGET}.tmp ${.TARGET}
all: Kyuafile
realinstall: install-Kyuafile
install-Kyuafile: Kyuafile .PHONY
	@${MKDIR} ${DESTDIR}${TESTSDIR}
	${INSTALL} -m ${NONBINMODE} Kyuafile ${DESTDIR}${TESTSDIR}/Kyuafile
CLEANFILES+=	Kyuafile

.if !empty(PROGS)
.include <bsd.prog.mk>
.else
.include <bsd.files.mk>
install: realinstall filesinstall .PHONY
clean: .PHONY
	rm -f ${CLEANFILES}
includes: .PHONY
.endif

