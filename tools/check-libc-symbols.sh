#!/bin/sh
#
# check-libc-symbols.sh: every global symbol of libc.a must be defined by
# exactly one member.  Runs `llvm-nm --defined-only` over the host port's
# and Bulkhead's libc.a and reports each global text, data, bss or
# read-only symbol (T, D, B, R) defined in more than one member.
#
# usage: tools/check-libc-symbols.sh [-O objdir] [libc.a ...]
#	With no archive, checks OBJDIR/host/destdir/usr/lib/libc.a and
#	OBJDIR/destdir.amd64/usr/lib/libc.a (OBJDIR defaults to ./obj);
#	an archive that does not exist is reported and skipped.
# Exits 0 if no archive has a duplicate, 1 if one has, 2 on a usage
# error or if no archive could be read.

NM=${NM:-llvm-nm-14}
objdir=obj

usage()
{
	echo "usage: $0 [-O objdir] [libc.a ...]" >&2
	exit 2
}

while getopts O: opt; do
	case $opt in
	O)	objdir=$OPTARG ;;
	*)	usage ;;
	esac
done
shift $((OPTIND - 1))

if [ $# -eq 0 ]; then
	set -- "$objdir/host/destdir/usr/lib/libc.a" \
	    "$objdir/destdir.amd64/usr/lib/libc.a"
fi

# Prints "symbol member" for every global T/D/B/R definition in $1.
globals()
{
	"$NM" --defined-only "$1" | awk '
		/:$/ { member = substr($0, 1, length($0) - 1); next }
		NF == 3 && $2 ~ /^[TDBR]$/ { print $3, member }'
}

# Prints each symbol defined in more than one member of $1.
duplicates()
{
	globals "$1" | sort | awk '
		{ n[$1]++; m[$1] = m[$1] " " $2 }
		END { for (s in n) if (n[s] > 1) print s ":" m[s] }' | sort
}

status=0
checked=0
for lib in "$@"; do
	if [ ! -r "$lib" ]; then
		echo "$0: $lib: not found (not built?); skipped" >&2
		continue
	fi
	if ! "$NM" --defined-only "$lib" >/dev/null; then
		echo "$0: $lib: $NM failed" >&2
		status=1
		continue
	fi
	checked=$((checked + 1))
	dups=$(duplicates "$lib")
	if [ -n "$dups" ]; then
		echo "$lib: global symbols defined in more than one member:"
		echo "$dups" | sed 's/^/	/'
		status=1
	else
		echo "$lib: $(globals "$lib" | wc -l | tr -d ' ') global" \
		    "definitions, each in one member"
	fi
done
[ $checked -eq 0 ] && exit 2
exit $status
