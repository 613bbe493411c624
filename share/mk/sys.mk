#	sys.mk - read by make before every Makefile.  Bulkhead's rules live
#	in the bsd.*.mk files, so this only clears make's built-in suffixes
#	and names the machine.

.SUFFIXES:
MACHINE=	amd64
MACHINE_ARCH=	x86_64
