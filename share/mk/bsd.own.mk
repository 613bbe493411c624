#	bsd.own.mk - settings shared by every Bulkhead makefile.
#
# build.sh exports the locations below; nbmake (written by `build.sh tools`)
# sets them for users who run make by hand.  Everything is built in
# ${.OBJDIR}, which build.sh points at a mirror of the source tree under
# the obj directory (MAKEOBJDIR), never in the sources themselves.

.if !defined(_BSD_OWN_MK_)
_BSD_OWN_MK_=	1

# Debian's bmake has these two reversed; say what we mean.
MACHINE=	amd64
MACHINE_ARCH=	x86_64
.MAKEOVERRIDES+=	MACHINE MACHINE_ARCH

BULKHEAD_PORT?=	bulkhead	# bulkhead | linux (the libc host port)
TOOLDIR?=	${BULKHEAD_OBJTOP}/../tooldir
DESTDIR?=	${BULKHEAD_OBJTOP}/destdir

# Refuse to build into Bulkhead's source tree: the obj directory must
# exist.  (A user's own project elsewhere builds in its own folder.)
.if defined(BULKHEAD_SRCTOP) && ${.OBJDIR} == ${.CURDIR} && \
    ${.CURDIR:M${BULKHEAD_SRCTOP}*:N${BULKHEAD_SRCTOP}/obj*} != "" && \
    !defined(ALLOW_SRCDIR_BUILD)
.error ${.CURDIR}: no obj directory; run the build through build.sh or nbmake
.endif

# Tools.  The compiler driver knows the sysroot, our headers, crt0 and libc.
.if ${BULKHEAD_PORT} == "linux"
CC?=		${TOOLDIR}/bin/hostport-cc
.else
CC?=		${TOOLDIR}/bin/x86_64-bulkhead-cc
.endif
HOST_CC?=	cc
AR=		llvm-ar-14
RANLIB=		llvm-ranlib-14
LD=		ld.lld-14
OBJCOPY=	llvm-objcopy-14
NM=		llvm-nm-14
STRIP=		llvm-strip-14
INSTALL?=	install
MKDIR?=		mkdir -p

# Where things go inside DESTDIR.
BINDIR?=	/usr/bin
LIBDIR?=	/usr/lib
INCSDIR?=	/usr/include
MANDIR?=	/usr/share/man
TESTSBASE?=	/usr/tests
BINMODE?=	555
NONBINMODE?=	444
.if ${BULKHEAD_PORT} == "linux"
ATF_SH?=	${DESTDIR}/usr/bin/atf-sh
.else
ATF_SH?=	/usr/bin/atf-sh
.endif

.endif	# _BSD_OWN_MK_
