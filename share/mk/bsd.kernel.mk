#	bsd.kernel.mk - build the kernel, or freestanding boot programs.
#
# Declarations a leaf Makefile may use:
#	KERNEL		the kernel image to link (e.g. `bulkhead')
#	KERNSRCDIRS	folders whose *.c and *.S make up the kernel; they
#			are also the .PATH (so a new file needs no edit here)
#	LDSCRIPT	the kernel link script
#   or
#	BOOTPROGS	freestanding ring-3 programs run as boot modules (the
#			in-kernel tests), each from SRCS.<prog> plus every
#			*.c/*.S of KTESTLIB (the tiny test runtime), linked
#			static at 0x400000 by ${KTESTLIB}/bootprog.ld
#	LDSCRIPT.<prog>	another link script (tests of bad executables)
#	TRUNCATE.<prog>	cut the linked file to this many bytes (ditto)
#
# Both are compiled with plain clang for x86_64-unknown-none-elf:
# freestanding, no SSE, no red zone, clang's own <stdint.h> & co. only, and
# -I for the tree's sys/ folder so <minix/ipc.h> works.  Output lands in
# ${.OBJDIR}.  Targets: all, clean, obj.
#
# Standalone:
#   cd sys/arch/x86_64/conf && mkdir -p /tmp/k && \
#     MAKEOBJDIR=/tmp/k bmake -m ${SRCTOP}/share/mk MACHINE=amd64 \
#     MACHINE_ARCH=x86_64

.if exists(${.PARSEDIR}/bsd.own.mk)
.include "${.PARSEDIR}/bsd.own.mk"
.endif

_KERNMKDIR:=		${.PARSEDIR}
BULKHEAD_SRCTOP?=	${_KERNMKDIR:H:H}
S?=			${BULKHEAD_SRCTOP}/sys
KTESTLIB?=		${BULKHEAD_SRCTOP}/kyua-tests/sys/ktestlib

# The userland driver of bsd.own.mk is not for the kernel: use clang.
KERNCC?=	clang-14
LD?=		ld.lld-14
OBJCOPY?=	llvm-objcopy-14
CLANG_RESDIR!=	${KERNCC} -print-resource-dir

KERN_COMMON=	--target=x86_64-unknown-none-elf -ffreestanding -fno-builtin \
		-nostdinc -isystem ${CLANG_RESDIR}/include \
		-mno-red-zone -mno-sse -mno-mmx -mno-sse2 -fno-pic \
		-fno-stack-protector -fno-omit-frame-pointer \
		-Wall -Wextra -Werror -O2 -g -MD -MP -I${S}
KERN_CFLAGS=	${KERN_COMMON} -mcmodel=kernel -I${S}/kern \
		-I${S}/arch/x86_64 ${KCPPFLAGS}
BOOTPROG_CFLAGS= ${KERN_COMMON} -I${KTESTLIB} ${BPCPPFLAGS}

.SUFFIXES: .c .S .o
.MAIN: all

_DEPS=
.if defined(KERNEL)
.PATH: ${KERNSRCDIRS}
KSRCS!=		for d in ${KERNSRCDIRS}; do \
		    (cd $$d && ls *.c *.S 2>/dev/null); done; true
KOBJS=		${KSRCS:R:S/$/.o/}
_DEPS+=		${KOBJS:.o=.d}

all: ${KERNEL}
${KERNEL}: ${KOBJS} ${LDSCRIPT}
	${LD} -nostdlib -static -z max-page-size=4096 ${KERN_LDFLAGS} \
	    -T ${LDSCRIPT} -o ${.TARGET} ${KOBJS}

.c.o:
	${KERNCC} ${KERN_CFLAGS} -c ${.IMPSRC} -o ${.TARGET}
.S.o:
	${KERNCC} ${KERN_CFLAGS} -c ${.IMPSRC} -o ${.TARGET}

clean: .PHONY
	rm -f ${KERNEL} ${KOBJS} ${_DEPS}
.endif

.if defined(BOOTPROGS)
.PATH: ${KTESTLIB}
KTLSRCS!=	cd ${KTESTLIB} && ls *.c *.S 2>/dev/null; true
KTLOBJS=	${KTLSRCS:R:S/$/.o/}
_DEPS+=		${KTLOBJS:.o=.d}

.for _p in ${BOOTPROGS}
SRCS.${_p}?=	${_p}.c
OBJS.${_p}=	${SRCS.${_p}:R:S/$/.o/}
_DEPS+=		${OBJS.${_p}:.o=.d}
LDSCRIPT.${_p}?=	${KTESTLIB}/bootprog.ld
${_p}: ${OBJS.${_p}} ${KTLOBJS} ${LDSCRIPT.${_p}}
	${LD} -nostdlib -static -z max-page-size=4096 \
	    -T ${LDSCRIPT.${_p}} -o ${.TARGET} ${OBJS.${_p}} ${KTLOBJS}
.if defined(TRUNCATE.${_p})
	truncate -s ${TRUNCATE.${_p}} ${.TARGET}
.endif
.endfor

all: ${BOOTPROGS}

.c.o:
	${KERNCC} ${BOOTPROG_CFLAGS} -c ${.IMPSRC} -o ${.TARGET}
.S.o:
	${KERNCC} ${BOOTPROG_CFLAGS} -c ${.IMPSRC} -o ${.TARGET}

clean: .PHONY
	rm -f ${BOOTPROGS} ${KTLOBJS} ${_DEPS} *.o
.endif

obj: .PHONY

.for _d in ${_DEPS}
.sinclude "${.OBJDIR}/${_d}"
.endfor
