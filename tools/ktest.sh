#!/bin/sh
#
# ktest.sh: run one in-kernel test boot and judge it.  Builds nothing.
#
# usage: tools/ktest.sh [-t timeout] [-o serial_log] [-a accel]
#                       -k kernel -e expected
#                       (-m mod1,mod2,... | -M modules_file -d module_dir)
#        tools/ktest.sh [-t timeout] [-o serial_log] [-a accel] test_dir
#
#   test_dir         a folder such as kyua-tests/sys/kern holding `modules'
#                    and `expected'; the kernel and modules are taken from
#                    build.sh's obj dir (${OBJDIR:-obj}/amd64/...)
#   -e expected      test names, one a line (# comments allowed)
#   -M modules_file  one module a line: "<file> [name]"; <file> is looked
#                    up in module_dir, then next to modules_file
#   -m list          the qemu.sh -m list, as is
#
# A file `qemu-args' next to the expected file holds more QEMU arguments
# for that boot (one line, e.g. "-cpu max" for a test that needs AVX); they
# go to qemu.sh -x.
#
# Boots with tools/qemu.sh headless, keeps the serial log, prints every
# "PASS name", "FAIL name: reason" and "SKIP name: reason" line, adds
# "FAIL name: no result" for each expected name that never reported, then
# a summary line "N passed, N failed, N skipped".  Exit status 0 only if
# nothing failed and QEMU exited with success (33).

set -u

here=$(cd "$(dirname "$0")" && pwd)
timeout=120
log=
accel=
kernel=
expected=
mods=
modfile=
moddir=.

while getopts "t:o:a:k:e:m:M:d:" opt; do
	case $opt in
	t) timeout=$OPTARG ;;
	o) log=$OPTARG ;;
	a) accel=$OPTARG ;;
	k) kernel=$OPTARG ;;
	e) expected=$OPTARG ;;
	m) mods=$OPTARG ;;
	M) modfile=$OPTARG ;;
	d) moddir=$OPTARG ;;
	*) sed -n '3,30p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if [ $# -eq 1 ]; then
	top=$(cd "$here/.." && pwd)
	tdir=$(cd "$1" && pwd) || exit 2
	obj=${OBJDIR:-$top/obj}/amd64
	kernel=${kernel:-$obj/sys/arch/x86_64/conf/bulkhead}
	expected=$tdir/expected
	modfile=$tdir/modules
	moddir=$obj${tdir#$top}
fi
if [ -z "$kernel" ] || [ -z "$expected" ]; then
	sed -n '3,30p' "$0" >&2
	exit 2
fi
qargs=
qfile=$(dirname "$expected")/qemu-args
[ -f "$qfile" ] && qargs=$(grep -v '^#' "$qfile" | tr '\n' ' ')

# Build the -initrd list from a modules file.
if [ -n "$modfile" ]; then
	mfdir=$(cd "$(dirname "$modfile")" && pwd)
	while read -r file name; do
		case $file in ''|'#'*) continue ;; esac
		if [ -e "$moddir/$file" ]; then
			path=$moddir/$file
		elif [ -e "$mfdir/$file" ]; then
			path=$mfdir/$file
		else
			echo "ktest.sh: module $file not found" >&2
			exit 2
		fi
		entry=$path${name:+ $name}
		mods=${mods:+$mods,}$entry
	done <"$modfile"
fi

[ -n "$log" ] || log=$(mktemp /tmp/bulkhead-ktest.XXXXXX)
"$here/qemu.sh" -t "$timeout" -o "$log" ${accel:+-a "$accel"} \
    -k "$kernel" ${mods:+-m "$mods"} ${qargs:+-x "$qargs"} >/dev/null
qrc=$?

results=$(tr -d '\r' <"$log" | grep -E '^(PASS [A-Za-z0-9_]+$|(FAIL|SKIP) [A-Za-z0-9_]+: )')
[ -n "$results" ] && printf '%s\n' "$results"
missing=0
for name in $(grep -v '^#' "$expected"); do
	if ! printf '%s\n' "$results" | grep -qE "^(PASS|FAIL|SKIP) $name(:|\$)"; then
		echo "FAIL $name: no result"
		missing=$((missing + 1))
	fi
done
npass=$(printf '%s\n' "$results" | grep -c '^PASS ')
nfail=$(printf '%s\n' "$results" | grep -c '^FAIL ')
nskip=$(printf '%s\n' "$results" | grep -c '^SKIP ')
nfail=$((nfail + missing))
if [ "$qrc" -ne 0 ]; then
	echo "FAIL ktest_boot: QEMU did not exit with success (log: $log)"
	nfail=$((nfail + 1))
fi
echo "$npass passed, $nfail failed, $nskip skipped"
[ "$nfail" -eq 0 ]
