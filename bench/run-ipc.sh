#!/bin/sh
#
# run-ipc.sh: build the kernel and the IPC benchmark and boot them in QEMU.
#
# usage: bench/run-ipc.sh [tcg|kvm]	(default: $BULKHEAD_ACCEL or tcg)
#
# Prints the "BENCH" lines: SENDREC round trip, NOTIFY, NOTIFY+RECEIVE,
# a null kernel call and 4 KiB / 64 KiB SAFECOPY, each in rdtsc cycles and
# ns.  Build output goes to ${OBJDIR:-/tmp/bulkhead-bench}.

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
obj=${OBJDIR:-/tmp/bulkhead-bench}
accel=${1:-${BULKHEAD_ACCEL:-tcg}}
mk="bmake -m $top/share/mk MACHINE=amd64 MACHINE_ARCH=x86_64"

unset LIBRARY_PATH
mkdir -p "$obj/kernel" "$obj/bench"
(cd "$top/sys/arch/x86_64/conf" && MAKEOBJDIR=$obj/kernel $mk >/dev/null)
(cd "$top/bench/ipc" && MAKEOBJDIR=$obj/bench $mk >/dev/null)
log=$obj/bench-$accel.log
BULKHEAD_ACCEL=$accel "$top/tools/ktest.sh" -t 300 -o "$log" -a "$accel" \
    -k "$obj/kernel/bulkhead" -e /dev/null -M "$top/bench/ipc/modules" \
    -d "$obj/bench" >/dev/null || true
echo "IPC benchmark, accel $accel (log: $log)"
tr -d '\r' <"$log" | grep '^BENCH' || true
if ! tr -d '\r' <"$log" | grep -q '^PASS bench_ipc'; then
	echo "run-ipc.sh: the benchmark did not finish; the log ends:" >&2
	tail -5 "$log" >&2
	exit 1
fi
