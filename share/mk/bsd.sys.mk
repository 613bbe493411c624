#	bsd.sys.mk - compiler flags for project code and the suffix rules.
#
# All project code is built with warnings as errors.  Object files are
# compiled from .c, .S and .s sources in ${.OBJDIR}.

.if !defined(_BSD_SYS_MK_)
_BSD_SYS_MK_=	1

.include <bsd.own.mk>

CSTD?=		gnu11
DBG?=		-O2 -g
CWARNFLAGS?=	-Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS+=	-std=${CSTD} ${DBG} ${CWARNFLAGS} ${COPTS} -MD -MP
AFLAGS+=	-MD -MP
AFLAGS+=	${DBG}

.SUFFIXES: .o .c .S .s

# The dependency file keeps the headers only: the source itself is found
# through .PATH, so a source that moves to another folder does not leave a
# stale path behind.
.c.o:
	${CC} ${CFLAGS} ${CPPFLAGS} ${CFLAGS.${.IMPSRC:T}} -c ${.IMPSRC} -o ${.TARGET}
	@sed -i 's| ${.IMPSRC}||' ${.TARGET:R}.d

.S.o .s.o:
	${CC} ${AFLAGS} ${CPPFLAGS} ${AFLAGS.${.IMPSRC:T}} -c ${.IMPSRC} -o ${.TARGET}
	@sed -i 's| ${.IMPSRC}||' ${.TARGET:R}.d

.endif	# _BSD_SYS_MK_
