#!/bin/sh
#
# run-ipc.sh: build the kernel and the IPC benchmark and boot them in QEMU.
#
# usage: bench/run-ipc.sh [tcg|kvm]	(default: $BULKHEAD_ACCEL or tcg)
#
# Prints the "BENCH" lines: SENDREC round trip, NOTIFY, NOTIFY+RECEIVE,
# a null kernel call and 4 KiB / 64 KiB SAFECOPY, each in rdtsc cycles and
# ns.  Build output goes to ${OBJDIR:-/tmp/bulkhead-bench}.
#
# BENCH_PROFILE=<op> (sendrec_rt, notify, notify_receive, kcall_null,
# safecopy_4k, safecopy_64k) repeats that one operation for 4 s instead,
# under `perf record' of the QEMU process when perf(1) is installed, and
# prints the hottest QEMU functions: where emulation time goes (soft TLB
# refills, jump-cache flushes after CR3 writes, interrupt helpers...).

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
modules=$top/bench/ipc/modules
prof=${BENCH_PROFILE:-}
perf=
if [ -n "$prof" ]; then
	modules=$obj/modules-profile
	printf 'bench_ipc bench_prof\nbench_ipc bench_srv\nbench_ipc op_%s\n' \
	    "$(printf %s "$prof" | cut -c1-12)" >"$modules"
	if command -v perf >/dev/null; then
		perf="perf record -q -o $obj/perf-$prof.data --"
	fi
fi
BULKHEAD_ACCEL=$accel $perf "$top/tools/ktest.sh" -t 300 -o "$log" \
    -a "$accel" -k "$obj/kernel/bulkhead" -e /dev/null -M "$modules" \
    -d "$obj/bench" >/dev/null 2>&1 || true
echo "IPC benchmark, accel $accel (log: $log)"
tr -d '\r' <"$log" | grep '^BENCH' || true
if [ -n "$perf" ]; then
	perf report -q -i "$obj/perf-$prof.data" --sort sym 2>/dev/null |
	    head -25
fi
if ! tr -d '\r' <"$log" | grep -q '^PASS bench_ipc'; then
	echo "run-ipc.sh: the benchmark did not finish; the log ends:" >&2
	tail -5 "$log" >&2
	exit 1
fi
