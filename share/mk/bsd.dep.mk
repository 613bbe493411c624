#	bsd.dep.mk - header dependencies: the compiler writes a .d file next
#	to each object (-MD -MP, set in bsd.sys.mk) and we read them back.

.if !defined(_BSD_DEP_MK_)
_BSD_DEP_MK_=	1
.for _d in ${OBJS:U} ${_ALLOBJS:U}
.if exists(${.OBJDIR}/${_d:R}.d)
.include "${.OBJDIR}/${_d:R}.d"
.endif
.endfor
.endif
