#	The Bulkhead userland, in build order: headers, libraries, programs,
#	configuration files, tests.  The kernel is built by `build.sh kernel'.

SUBDIR=	include sys lib bin sbin usr.bin usr.sbin etc kyua-tests

.include <bsd.subdir.mk>
