#!/bin/sh
#
# run-compare.sh: Bulkhead's IPC benchmark next to Linux in the same QEMU.
#
# usage: bench/run-compare.sh [tcg|kvm]	(default: $BULKHEAD_ACCEL or tcg)
#	env BENCH_NOBUILD=1 skips `./build.sh tools kernel host` (the
#	benchmark programs themselves are still brought up to date).
#	env BENCH_OBJDIR=dir builds and runs in that obj dir (build.sh -O)
#	instead of obj/, e.g. one's own while others build in the tree.
#
# Builds the kernel and the libc host port, runs bench/run-ipc.sh (Bulkhead
# booted with the bench_ipc/bench_srv modules), then boots Debian's Linux
# kernel with bench/linux (built on our own libc's host port) as /init of
# an initramfs, in the same qemu-system-x86_64, accelerator, firmware
# (qboot), memory size (-m 256, tools/qemu.sh's default) and CPU model
# (QEMU's default, as tools/qemu.sh passes no -cpu).  Prints a table: each
# measure, Bulkhead cycles/ns, Linux cycles/ns and the ratio Bulkhead/Linux
# of the cycles (above 1: Bulkhead is slower).
#
# What each pair compares (both sides: best of 5 rounds of many operations
# after a warm-up; a single vCPU):
#   sendrec_rt / pipe_rt: a round trip between two processes.  SENDREC
#	carries a 64-byte message and the server answers with REPLYRECV: two
#	address-space switches.  Linux writes and reads 1 byte each way over a
#	pair of pipes: also two switches, but through the whole VFS/pipe layer
#	and two system calls each way.
#   notify / pipe_wake: a one-way event.  NOTIFY is sent to the caller
#	itself (no switch); Linux writes 1 byte to a pipe another process
#	is blocked reading, so each write wakes that reader, which may run
#	before the next write (the reader's switch is included, amortized).
#   notify_receive / pipe_self: post an event to oneself and collect it:
#	NOTIFY(SELF) + RECEIVE, against write + read of one's own pipe.
#   kcall_null / syscall_null: the cheapest trip into the kernel.  A
#	kernel call (SYS_DIAGCTL printing nothing) against getppid().
#   safecopy_4k,64k / pipe_copy_4k,64k: moving data between address
#	spaces.  SAFECOPYFROM is one kernel call copying from a grant of the
#	other process with no process switch; Linux has no such call, so the
#	ANALOGUE is a producer process streaming the data through a pipe
#	(two copies, user->pipe->user, plus switches when the 64 KiB pipe
#	buffer fills or drains).
#
# Limits: under TCG rdtsc is emulated (QEMU's virtual clock scaled to a
# nominal TSC rate), so cycles are not real CPU cycles and emulation cost
# dominates: the figures compare code paths as QEMU runs them, not
# hardware.  On this 2-core host runs vary by about +-30%, hence best-of-5
# rounds; run twice before believing a ratio.  KVM is accepted but
# impractical here: under the nested KVM of the development machine Linux
# did not reach /init in 6 minutes and Bulkhead's modules load very slowly.
#
# The Linux kernel is not in the repository: it is fetched at run time from
# Debian's archive (apt-get download of the package linux-image-amd64
# depends on), extracted with dpkg-deb -x and cached in obj/bench-linux.

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
obj=${BENCH_OBJDIR:-$top/obj}
lobj=$obj/bench-linux
accel=${1:-${BULKHEAD_ACCEL:-tcg}}
mem=256
timeout=300

case $accel in
tcg) ;;
kvm) echo "run-compare.sh: kvm is impractical on the nested KVM of" \
    "this machine (Linux did not reach /init in 6 min)" >&2 ;;
*) echo "usage: bench/run-compare.sh [tcg|kvm]" >&2; exit 2 ;;
esac
unset LIBRARY_PATH

build() {
	if [ "${BENCH_NOBUILD:-0}" != 1 ]; then
		mkdir -p "$obj"
		(cd "$top" && ./build.sh -O "$obj" tools kernel host) \
		    >"$obj/bench-build.log" 2>&1 ||
		    { tail -20 "$obj/bench-build.log" >&2; exit 1; }
	fi
	(cd "$top/bench/linux" && BULKHEAD_PORT=linux \
	    "$obj/tooldir/bin/nbmake" >/dev/null)
}

# The versioned kernel package, downloaded and extracted once.
fetch_kernel() {
	set -- "$lobj"/x/boot/vmlinuz-*
	if [ -f "$1" ]; then
		vmlinuz=$1
		return
	fi
	mkdir -p "$lobj"
	pkg=$(apt-cache depends linux-image-amd64 2>/dev/null |
	    awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
	if [ -z "$pkg" ]; then
		apt-get update >/dev/null
		pkg=$(apt-cache depends linux-image-amd64 |
		    awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
	fi
	[ -n "$pkg" ] || { echo "run-compare.sh: no linux-image package" >&2; exit 1; }
	(cd "$lobj" && apt-get download "$pkg" 2>/dev/null) ||
	    { echo "run-compare.sh: apt-get download $pkg failed" >&2; exit 1; }
	dpkg-deb -x "$lobj/${pkg}"_*.deb "$lobj/x"
	set -- "$lobj"/x/boot/vmlinuz-*
	vmlinuz=$1
}

# init.cpio: the benchmark as /init and a /dev/console node (without it
# the kernel starts /init with no standard output).
make_initramfs() {
	bin=$obj/host/obj/bench/linux/bench_linux
	cpio=$lobj/init.cpio
	if [ -f "$cpio" ] && [ "$cpio" -nt "$bin" ]; then
		return
	fi
	if ! command -v cpio >/dev/null; then
		[ "$(id -u)" = 0 ] && apt-get install -y cpio >/dev/null
	fi
	rm -rf "$lobj/root"
	mkdir -p "$lobj/root/dev"
	cp "$bin" "$lobj/root/init"
	mknod "$lobj/root/dev/console" c 5 1 ||
	    echo "run-compare.sh: no /dev/console (not root?): no output" >&2
	(cd "$lobj/root" && find . | cpio -o -H newc --quiet) >"$cpio"
}

run_linux() {
	log=$lobj/linux-$accel.log
	rm -f "$log"
	timeout --foreground "$timeout" qemu-system-x86_64 -accel "$accel" \
	    -m "$mem" -no-reboot -bios /usr/share/qemu/qboot.rom \
	    -display none -serial "file:$log" -monitor none \
	    -kernel "$vmlinuz" -initrd "$lobj/init.cpio" \
	    -append "console=ttyS0 panic=-1 quiet" </dev/null || true
	tr -d '\r' <"$log" | grep '^BENCH' >"$lobj/linux.bench" || true
	if ! tr -d '\r' <"$log" | grep -q '^PASS bench_linux'; then
		echo "run-compare.sh: the Linux benchmark did not finish;" \
		    "the log ends:" >&2
		tail -5 "$log" >&2
		exit 1
	fi
}

# The table, from "BENCH name cycles=C ns=N ..." lines of both sides.
table() {
	awk '
	function field(line, key,    i, n, f) {
		n = split(line, f, " ")
		for (i = 3; i <= n; i++)
			if (index(f[i], key "=") == 1)
				return substr(f[i], length(key) + 2)
		return ""
	}
	FNR == 1 { side++ }
	/^BENCH [a-z_0-9]+ cycles=/ {
		c[side, $2] = field($0, "cycles"); n[side, $2] = field($0, "ns")
	}
	END {
		split("sendrec_rt notify notify_receive kcall_null " \
		    "safecopy_4k safecopy_64k", bk, " ")
		split("pipe_rt pipe_wake pipe_self syscall_null " \
		    "pipe_copy_4k pipe_copy_64k", lx, " ")
		printf "%-15s %10s %9s   %-14s %10s %9s %8s\n", "Bulkhead",
		    "cycles", "ns", "Linux", "cycles", "ns", "B/L"
		for (i = 1; i <= 6; i++) {
			b = c[1, bk[i]]; l = c[2, lx[i]]
			printf "%-15s %10s %9s   %-14s %10s %9s %8s\n",
			    bk[i], b, n[1, bk[i]], lx[i], l, n[2, lx[i]],
			    (b != "" && l > 0) ? sprintf("%.2f", b / l) : "-"
		}
	}' "$1" "$2"
}

build
fetch_kernel
make_initramfs
OBJDIR=$obj/bench-ipc "$top/bench/run-ipc.sh" "$accel" >"$obj/bench-ipc.out" ||
    { echo "run-compare.sh: bench/run-ipc.sh failed" >&2; exit 1; }
grep '^BENCH' "$obj/bench-ipc.out" >"$obj/bench-ipc.bench"
run_linux
echo "IPC: Bulkhead ($(basename "$obj")/bench-ipc) vs Linux" \
    "$(basename "$vmlinuz" | sed 's/^vmlinuz-//'), QEMU $accel, -m $mem," \
    "1 vCPU; best of 5 rounds"
table "$obj/bench-ipc.bench" "$lobj/linux.bench"
echo "(copies on Linux are a pipe ANALOGUE of SAFECOPY; B/L = cycles" \
    "Bulkhead / Linux, above 1 means Bulkhead is slower)"
sed -n 's/^BENCH note: pipe_wake /Linux pipe_wake: /p' "$lobj/linux.bench"
echo "logs: $obj/bench-ipc/bench-$accel.log, $lobj/linux-$accel.log"
