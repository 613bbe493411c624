#!/bin/sh
#
# qemu.sh: boot Bulkhead in QEMU, interactively or headless for tests.
#
# usage: tools/qemu.sh [-i] [-t timeout_sec] [-o serial_log] [-a tcg|kvm|auto]
#                      [-M mem_mb] [-x qemu_args]
#                      (-k kernel [-m mod1,mod2,...] | -c iso)
#
#   -k kernel   direct boot (multiboot1 via -kernel, qboot firmware, ~0.2 s)
#   -m mods     boot modules, comma-separated; a module may carry a name
#               after a space ("obj/t_spin t_spin_a"); the kernel names each
#               module after the last word of its command line
#   -c iso      boot a grub-mkrescue ISO (SeaBIOS + GRUB, multiboot2)
#   -i          interactive: serial console on stdio (Ctrl-A X quits)
#   -t sec      headless timeout (default 60)
#   -o log      headless serial log (default: a temporary file, printed)
#   -a accel    tcg, kvm or auto (env BULKHEAD_ACCEL overrides the
#               default; auto = kvm when /dev/kvm is usable, else tcg)
#   -x args     more QEMU arguments, split at blanks (e.g. "-cpu max")
#
# Headless runs use -display none, -no-reboot and the isa-debug-exit device
# (port 0xf4): the kernel writes 0x10 there on success, so QEMU exits with
# (0x10 << 1) | 1 = 33.  This script exits 0 only when QEMU exited 33, and
# prints the QEMU command line otherwise.  Kernel panics write 0x11 (35); a
# triple fault exits 0 and a hang hits the timeout (124): all failures.
#
# Accelerator default: tcg, chosen by measurement on the development machine
# (2 cores, no VMX/SVM; /dev/kvm is kvm_pvm, a software hypervisor that runs
# a non-PVM guest's ring 0 by emulating it one instruction at a time, about
# 3,400 cycles each, and passes only `int $3' and `int $4' from ring 3):
#   no modules:  TCG banner 0.05-0.2 s, shut down 0.1-0.45 s;
#                KVM banner 0.19-0.37 s, shut down 6.5-8.4 s
#   user programs under KVM: a ring-3 `int $0x21' raises #UD and a ring-3
#                `syscall' arrives at LSTAR still in ring 3 (a #PF on the
#                kernel's own entry point), as with a from-scratch test image
#                that shares no code with this kernel; with the traps moved
#                to int $3/$4 as an experiment, every kernel entry costs
#                ~1.4 ms: KVM is opt-in only (-a kvm / BULKHEAD_ACCEL=kvm).
#   GRUB ISO (grub-mkrescue, multiboot2) under TCG: banner 0.86-0.88 s,
#                whole test boot 2.0-3.5 s.

set -u

interactive=0
timeout=60
log=
accel=${BULKHEAD_ACCEL:-}
kernel=
mods=
iso=
mem=256
extra=

usage() {
	sed -n '3,17p' "$0" >&2
	exit 2
}

while getopts "it:o:a:k:m:c:M:x:" opt; do
	case $opt in
	i) interactive=1 ;;
	t) timeout=$OPTARG ;;
	o) log=$OPTARG ;;
	a) [ -n "${BULKHEAD_ACCEL:-}" ] || accel=$OPTARG ;;
	k) kernel=$OPTARG ;;
	m) mods=$OPTARG ;;
	c) iso=$OPTARG ;;
	M) mem=$OPTARG ;;
	x) extra=$OPTARG ;;
	*) usage ;;
	esac
done
[ -n "$kernel" ] || [ -n "$iso" ] || usage

kvm_usable() {
	[ -r /dev/kvm ] && [ -w /dev/kvm ]
}

case ${accel:-tcg} in
tcg) accel=tcg ;;
kvm) accel=kvm ;;
auto) if kvm_usable; then accel=kvm; else accel=tcg; fi ;;
*) echo "qemu.sh: unknown accelerator $accel" >&2; exit 2 ;;
esac

set -- qemu-system-x86_64 -accel "$accel" -m "$mem" -no-reboot \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 $extra
if [ -n "$kernel" ]; then
	set -- "$@" -bios /usr/share/qemu/qboot.rom -kernel "$kernel"
	[ -n "$mods" ] && set -- "$@" -initrd "$mods"
else
	set -- "$@" -cdrom "$iso" -boot d
fi

if [ "$interactive" = 1 ]; then
	exec "$@" -display none -serial mon:stdio
fi

tmplog=
if [ -z "$log" ]; then
	tmplog=$(mktemp /tmp/bulkhead-serial.XXXXXX)
	log=$tmplog
fi
timeout --foreground "$timeout" "$@" -display none -serial "file:$log" \
    -monitor none </dev/null
rc=$?
[ -n "$tmplog" ] && cat "$tmplog" && rm -f "$tmplog"
if [ "$rc" -ne 33 ]; then
	case $rc in
	124) why="timed out after ${timeout}s" ;;
	35) why="kernel reported failure (panic or failed test)" ;;
	0) why="no exit code (triple fault or reset?)" ;;
	*) why="QEMU exit status $rc" ;;
	esac
	echo "qemu.sh: FAILED: $why" >&2
	echo "qemu.sh: command: $*" >&2
	exit 1
fi
exit 0
