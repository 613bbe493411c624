#!/usr/bin/env bash
#
# build.sh - build Bulkhead, boot it in QEMU and test it.
#
# Shaped like NetBSD's build.sh: options first, then one or more operations
# that run in order.  Everything is written under one obj directory (default
# ./obj, ignored by git); nothing is ever written into the sources.
#
#	./build.sh [-j N] [-O objdir] [-T tooldir] [-D destdir] [-R releasedir]
#	           [-m amd64] [-V var=value] operation ...
#
# Operations:
#	tools		check host packages, write the cross compiler driver
#			x86_64-bulkhead-cc (and -ar, -ld ...) and nbmake
#	kernel		build the kernel and the boot modules
#	distribution	headers, libraries, programs and tests for Bulkhead,
#			installed into DESTDIR
#	release		sets, kernel files and a bootable ISO in RELEASEDIR
#	host		the libc host port: the same libc, libatf-c, kyua and
#			tests built for Linux and run on this machine
#	run		boot Bulkhead in QEMU on this terminal's serial console
#	test		everything above, then every test suite; the last line
#			is `N passed, N failed, N skipped'
#	clean		remove the obj directory

set -u
umask 022
unset LIBRARY_PATH CPATH C_INCLUDE_PATH

TOP=$(cd "$(dirname "$0")" && pwd)
PROG=build.sh
MACHINE=amd64
MACHINE_ARCH=x86_64
JOBS=$(nproc 2>/dev/null || echo 2)
OBJDIR= TOOLDIR= DESTDIR= RELEASEDIR=
VARS=()

CLANG=clang-14
LLD=ld.lld-14

# Host packages the build needs (Debian names).
PACKAGES="clang-14 lld-14 llvm-14 libclang-rt-14-dev clang-format-14 bmake qemu-system-x86
qemu-system-data grub-pc-bin grub-common xorriso mtools e2fsprogs
libarchive-dev libarchive-tools libssl-dev zlib1g-dev kyua atf-sh libatf-dev
libcrypt-dev"

usage() {
	sed -n '3,/^$/s/^# \{0,1\}//p' "$0" >&2
	exit 1
}

die() {
	echo "$PROG: $*" >&2
	exit 1
}

say() {
	printf '===> %s\n' "$*"
}

# run_logged NAME CMD...: run a stage quietly into its log; on failure show
# the failing command and its error instead of the whole log.
run_logged() {
	local name=$1; shift
	local log=$OBJDIR/log/$name.log
	mkdir -p "$OBJDIR/log"
	if ! "$@" >"$log" 2>&1; then
		echo "$PROG: stage '$name' failed; the end of $log:" >&2
		grep -a -E -B1 'error:|don.t know how|undefined (symbol|reference)|No such file' \
		    "$log" | grep -v '^--- ' | head -n 30 >&2
		echo "--- last lines of the log ---" >&2
		grep -a -v -E '^--- .* ---$' "$log" | tail -n 12 >&2
		exit 1
	fi
}

parse_args() {
	while getopts 'j:O:T:D:R:m:V:h' opt; do
		case $opt in
		j) JOBS=$OPTARG ;;
		O) OBJDIR=$OPTARG ;;
		T) TOOLDIR=$OPTARG ;;
		D) DESTDIR=$OPTARG ;;
		R) RELEASEDIR=$OPTARG ;;
		m) [ "$OPTARG" = amd64 ] ||
		       die "-m $OPTARG: only amd64 is supported" ;;
		V) case $OPTARG in
		   *=*) VARS+=("$OPTARG"); export "${OPTARG?}" ;;
		   *) die "-V $OPTARG: expected var=value" ;;
		   esac ;;
		*) usage ;;
		esac
	done
	shift $((OPTIND - 1))
	[ $# -gt 0 ] || usage
	OPS=("$@")
	abspath() { mkdir -p "$1" && (cd "$1" && pwd); }
	OBJDIR=$(abspath "${OBJDIR:-$TOP/obj}")
	TOOLDIR=$(abspath "${TOOLDIR:-$OBJDIR/tooldir}")
	DESTDIR=$(abspath "${DESTDIR:-$OBJDIR/destdir.$MACHINE}")
	RELEASEDIR=$(abspath "${RELEASEDIR:-$OBJDIR/releasedir}")
	KERNEL=$OBJDIR/$MACHINE/$KERNEL_DIR/bulkhead
	HOSTOBJ=$OBJDIR/host
	HOSTDEST=$HOSTOBJ/destdir
	# QEMU_ACCEL=kvm|tcg|auto may come from -V or the environment.
	[ -n "${QEMU_ACCEL:-}" ] && export BULKHEAD_ACCEL=$QEMU_ACCEL
	return 0
}

# --- tools -----------------------------------------------------------------

check_packages() {
	local missing=() p
	for p in $PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
		    grep -q 'install ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" != 0 ]; then
		echo "$PROG: missing host packages; as root, run:" >&2
		echo "  apt-get install -y ${missing[*]}" >&2
		exit 1
	fi
	say "installing host packages: ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	if ! apt-get install -y -q "${missing[@]}" >"$OBJDIR/log/apt.log" 2>&1
	then
		apt-get update -q >>"$OBJDIR/log/apt.log" 2>&1
		apt-get install -y -q "${missing[@]}" >>"$OBJDIR/log/apt.log" \
		    2>&1 || die "apt-get install failed; see $OBJDIR/log/apt.log"
	fi
}

# write_cc NAME SYSROOT PORT: one compiler driver from tools/cc.in.
write_cc() {
	local resdir builtins
	resdir=$($CLANG -print-resource-dir)
	builtins=$resdir/lib/linux/libclang_rt.builtins-x86_64.a
	sed -e "s|@NAME@|$1|g" -e "s|@SYSROOT@|$2|g" -e "s|@PORT@|$3|g" \
	    -e "s|@CLANG@|$(command -v $CLANG)|g" \
	    -e "s|@LLD@|$(command -v $LLD)|g" \
	    -e "s|@RESDIR@|$resdir|g" -e "s|@BUILTINS@|$builtins|g" \
	    "$TOP/tools/cc.in" >"$TOOLDIR/bin/$1.tmp"
	chmod 755 "$TOOLDIR/bin/$1.tmp"
	mv "$TOOLDIR/bin/$1.tmp" "$TOOLDIR/bin/$1"
}

# nbmake runs bmake with our share/mk and the obj directory layout.
write_nbmake() {
	cat >"$TOOLDIR/bin/nbmake" <<EOF
#!/bin/sh
# nbmake: bmake with Bulkhead's share/mk, written by build.sh tools.
# BULKHEAD_PORT=linux selects the libc host port.
: \${BULKHEAD_PORT:=bulkhead}
if [ "\$BULKHEAD_PORT" = linux ]; then
	: \${BULKHEAD_OBJTOP:=$HOSTOBJ/obj} \${DESTDIR:=$HOSTDEST}
else
	: \${BULKHEAD_OBJTOP:=$OBJDIR/$MACHINE} \${DESTDIR:=$DESTDIR}
fi
BULKHEAD_SRCTOP=$TOP
TOOLDIR=$TOOLDIR
MAKEOBJDIR="\\\${.CURDIR:S,^$TOP,\$BULKHEAD_OBJTOP,}"
export BULKHEAD_PORT BULKHEAD_OBJTOP BULKHEAD_SRCTOP DESTDIR TOOLDIR MAKEOBJDIR
unset LIBRARY_PATH
# Make the obj folder of the current folder, as 'make obj' would.
d=\$(pwd)
case \$d in $TOP/obj|$TOP/obj/*) ;; $TOP|$TOP/*) mkdir -p "\$BULKHEAD_OBJTOP\${d#$TOP}" ;; esac
exec bmake -m $TOP/share/mk MACHINE=$MACHINE MACHINE_ARCH=$MACHINE_ARCH "\$@"
EOF
	chmod 755 "$TOOLDIR/bin/nbmake"
}

op_tools() {
	once tools || return 0
	say "tools"
	mkdir -p "$OBJDIR/log" "$TOOLDIR/bin"
	check_packages
	write_cc x86_64-bulkhead-cc "$DESTDIR" bulkhead
	write_cc hostport-cc "$HOSTDEST" linux
	local t
	for t in ar:llvm-ar-14 ranlib:llvm-ranlib-14 ld:ld.lld-14 \
	    objcopy:llvm-objcopy-14 nm:llvm-nm-14 strip:llvm-strip-14; do
		ln -sf "$(command -v "${t#*:}")" \
		    "$TOOLDIR/bin/x86_64-bulkhead-${t%%:*}"
	done
	write_nbmake
	echo "    $TOOLDIR/bin/x86_64-bulkhead-cc, nbmake"
}

# --- make helpers ------------------------------------------------------------

# mkobjdirs OBJTOP: mirror every source folder that has a Makefile.
mkobjdirs() {
	(cd "$TOP" && find . -path ./obj -prune -o -path ./.git -prune -o \
	    -name Makefile -print) | while read -r m; do
		mkdir -p "$1/$(dirname "${m#./}")"
	done
}

# nbmake_in PORT DIR ARGS...: run make in a source folder.
nbmake_in() {
	local port=$1 dir=$2; shift 2
	BULKHEAD_PORT=$port "$TOOLDIR/bin/nbmake" -C "$TOP/$dir" -j "$JOBS" \
	    "${VARS[@]}" "$@"
}

need_tools() {
	[ -x "$TOOLDIR/bin/nbmake" ] && [ -x "$TOOLDIR/bin/hostport-cc" ] ||
	    op_tools
}

# userland PORT OBJTOP DESTDIR: headers, then libraries, programs and
# tests, each folder built and installed in order.
userland() {
	mkobjdirs "$2"
	mkdir -p "$3"
	nbmake_in "$1" . includes && nbmake_in "$1" . install
}

# --- kernel ------------------------------------------------------------------

KERNEL_DIR=sys/arch/x86_64/conf

# once STAGE: true the first time a stage runs in this invocation, so that
# operations that need each other (test needs release needs kernel) build
# each stage once.
DONE=" "
once() {
	case $DONE in *" $1 "*) return 1 ;; esac
	DONE="$DONE$1 "
}

op_kernel() {
	once kernel || return 0
	need_tools
	say "kernel"
	mkobjdirs "$OBJDIR/$MACHINE"
	run_logged kernel nbmake_in bulkhead "$KERNEL_DIR" all
	if [ -f "$TOP/kyua-tests/sys/Makefile" ]; then
		run_logged bootmods nbmake_in bulkhead kyua-tests/sys all
	fi
	echo "    $KERNEL"
}

# --- distribution and host port ---------------------------------------------

op_distribution() {
	once distribution || return 0
	need_tools
	say "distribution"
	run_logged distribution userland bulkhead "$OBJDIR/$MACHINE" "$DESTDIR"
	echo "    $DESTDIR"
}

op_host() {
	once host || return 0
	need_tools
	say "host port"
	run_logged host userland linux "$HOSTOBJ/obj" "$HOSTDEST"
	echo "    $HOSTDEST"
}

# --- release -----------------------------------------------------------------

# boot_modules: the boot modules of a release, in order, one per line:
# "<path> <name>" (sys/arch/x86_64/conf/modules.release).
boot_modules() {
	local list=$TOP/$KERNEL_DIR/modules.release file name
	[ -f "$list" ] || return 0
	grep -v -e '^#' -e '^$' "$list" | while read -r file name; do
		echo "$OBJDIR/$MACHINE/$file ${name:-$(basename "$file")}"
	done
}

# make_sets DIR: the distribution sets, as NetBSD lays them out, with a
# SHA512 file in NetBSD's format.
make_sets() {
	local sets=$1
	local tarflags=(--sort=name --owner=0 --group=0 --numeric-owner
	    -C "$DESTDIR")
	mkdir -p "$sets"
	rm -f "$sets"/*.tgz "$sets/SHA512"
	# mkset NAME PATH...: a set holding the paths that exist in DESTDIR.
	mkset() {
		local name=$1 d have=(); shift
		for d in "$@"; do [ -e "$DESTDIR/$d" ] && have+=("./$d"); done
		if [ ${#have[@]} -eq 0 ]; then
			tar "${tarflags[@]}" -czf "$sets/$name.tgz" -T /dev/null
		else
			tar "${tarflags[@]}" -czf "$sets/$name.tgz" "${have[@]}"
		fi
	}
	# base: everything the other sets do not hold.
	tar "${tarflags[@]}" -czf "$sets/base.tgz" --exclude ./etc \
	    --exclude ./usr/include --exclude ./usr/lib --exclude ./usr/tests \
	    --exclude ./usr/share/man .
	mkset etc etc
	mkset comp usr/include usr/lib
	mkset tests usr/tests
	mkset man usr/share/man
	(cd "$sets" && sha512sum -- *.tgz |
	    sed 's/^\([^ ]*\)  \(.*\)/SHA512 (\2) = \1/' >SHA512)
}

make_iso() {
	local iso=$1 stage=$OBJDIR/iso m name
	rm -rf "$stage"
	mkdir -p "$stage/boot/grub" "$(dirname "$iso")"
	cp "$KERNEL" "$stage/boot/kernel"
	{
		echo 'serial --unit=0 --speed=115200'
		echo 'terminal_input serial'
		echo 'terminal_output serial'
		echo 'set timeout=0'
		echo 'menuentry "Bulkhead" {'
		echo '	multiboot2 /boot/kernel'
		boot_modules | while read -r m name; do
			cp "$m" "$stage/boot/$(basename "$m")"
			echo "	module2 /boot/$(basename "$m") $name"
		done
		echo '	boot'
		echo '}'
	} >"$stage/boot/grub/grub.cfg"
	grub-mkrescue -o "$iso" "$stage"
}

op_release() {
	op_kernel
	op_distribution
	once release || return 0
	say "release"
	local r=$RELEASEDIR/$MACHINE m
	rm -rf "$r"
	mkdir -p "$r/binary/kernel" "$r/installation/cdrom"
	cp "$KERNEL" "$r/binary/kernel/kernel"
	boot_modules | while read -r m name; do
		cp "$m" "$r/binary/kernel/"
	done
	boot_modules | sed "s|^$OBJDIR/$MACHINE/[^ ]*/||" >"$r/binary/kernel/modules"
	run_logged sets make_sets "$r/binary/sets"
	run_logged iso make_iso "$r/installation/cdrom/bulkhead.iso"
	echo "    $r"
}

# --- run ---------------------------------------------------------------------

# run boots the release's kernel and boot modules directly (qboot and
# -kernel: a fraction of a second, where GRUB takes minutes under KVM).
op_run() {
	op_kernel
	op_distribution
	op_release
	say "run (quit with Ctrl-A X)"
	local k=$RELEASEDIR/$MACHINE/binary/kernel mods
	mods=$(boot_modules | while read -r m name; do
		echo "$k/$(basename "$m") $name"; done | paste -sd, -)
	exec "$TOP/tools/qemu.sh" -i -k "$k/kernel" ${mods:+-m "$mods"}
}

# --- test --------------------------------------------------------------------

. "$TOP/tools/testsuites.sh"

op_test() {
	need_tools
	op_kernel
	op_distribution
	op_release
	op_host
	run_all_suites
}

op_clean() {
	say "clean"
	rm -rf "$OBJDIR"
}

main() {
	parse_args "$@"
	mkdir -p "$OBJDIR/log"
	local op
	for op in "${OPS[@]}"; do
		case $op in
		tools|kernel|distribution|release|host|run|test|clean)
			"op_$op" ;;
		bulk) die "bulk: package bulk builds are not implemented yet" ;;
		*) die "$op: unknown operation (see ./build.sh -h)" ;;
		esac
	done
}

main "$@"
