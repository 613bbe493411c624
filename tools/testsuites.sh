# testsuites.sh - the test suites that `build.sh test' runs, sourced by
# build.sh.  Each suite adds result lines to $RESULTS (one per test case:
# "passed|failed|skipped<TAB>suite<TAB>name<TAB>reason"); run_all_suites
# prints every failure and ends with the line `N passed, N failed, N skipped'.

RESULTS=

# record RESULT SUITE NAME [REASON]
record() {
	printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >>"$RESULTS"
}

# record_lines SUITE FILE: fold PASS/FAIL/SKIP lines (as printed by the
# in-QEMU tests and the conformance check) into the results.
record_lines() {
	local suite=$1 file=$2 kind rest name reason
	tr -d '\r' <"$file" | grep -E '^(PASS|FAIL|SKIP) ' |
	while read -r kind rest; do
		name=${rest%%:*}
		reason=
		[ "$name" != "$rest" ] && reason=${rest#*: }
		case $kind in
		PASS) record passed "$suite" "$name" ;;
		FAIL) record failed "$suite" "$name" "$reason" ;;
		SKIP) record skipped "$suite" "$name" "$reason" ;;
		esac
	done
}

# The libc, ATF and kyua tests on the host port, run by our kyua.
suite_host_kyua() {
	local kyua=$HOSTDEST/usr/bin/kyua res=$OBJDIR/results/host-kyua
	say "test: host port (libc, libatf-c, kyua) with our kyua"
	if [ ! -x "$kyua" ]; then
		record failed host kyua "our kyua was not built ($kyua)"
		return
	fi
	rm -rf "$res"
	mkdir -p "$res/home"
	# As root, the cases that need permissions to apply run as nobody,
	# when nobody can reach the installed tests (not under /root, say).
	local unpriv=()
	if [ "$(id -u)" = 0 ] && su nobody -s /bin/sh -c \
	    "test -x '$HOSTDEST/usr/tests/lib/libc/sys/t_fs'" 2>/dev/null; then
		unpriv=(-v unprivileged_user=nobody)
	fi
	(cd "$HOSTDEST/usr/tests" && HOME=$res/home "$kyua" "${unpriv[@]}" \
	    test --kyuafile=Kyuafile --results-file="$res/store") \
	    >"$OBJDIR/log/test-host-kyua.log" 2>&1
	grep -E '^[0-9]+/[0-9]+ passed' "$OBJDIR/log/test-host-kyua.log" |
	    sed 's/^/    kyua: /'
	if [ ! -f "$res/store/cases.tsv" ]; then
		record failed host kyua "no cases.tsv from kyua; see $OBJDIR/log/test-host-kyua.log"
		return
	fi
	local prog tc result secs reason
	while IFS=$'\t' read -r prog tc result secs reason; do
		case $result in
		passed|expected_failure) record passed host "$prog:$tc" ;;
		skipped) record skipped host "$prog:$tc" "$reason" ;;
		*) record failed host "$prog:$tc" "$result: $reason" ;;
		esac
	done <"$res/store/cases.tsv"
}

# Our kyua and libatf-c against Debian's, case by case.
suite_conformance() {
	local script=$TOP/tools/kyua-conformance.sh out
	say "test: kyua/atf conformance with Debian's kyua"
	if [ ! -f "$script" ]; then
		record failed conformance kyua_conformance "tools/kyua-conformance.sh is missing"
		return
	fi
	out=$OBJDIR/log/test-conformance.log
	mkdir -p "$OBJDIR/conformance"
	HOSTPORT_CC=$TOOLDIR/bin/hostport-cc OUR_KYUA=$HOSTDEST/usr/bin/kyua \
	    OUR_ATF_SH=$HOSTDEST/usr/bin/atf-sh WORKDIR=$OBJDIR/conformance \
	    DESTDIR=$HOSTDEST bash "$script" >"$out" 2>&1
	local rc=$?
	record_lines conformance "$out"
	grep -E '^kyua conformance:' "$out" | sed 's/^/    /' 
	if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$out"; then
		record failed conformance kyua_conformance "script exited $rc; see $out"
	fi
}

# The in-QEMU kernel tests: each folder under kyua-tests/sys with an
# `expected' file is one test boot of the modules its `modules' file names.
suite_ktests() {
	local exp dir rel name out
	say "test: kernel tests in QEMU"
	while read -r exp; do
		dir=$(dirname "$exp")
		rel=${dir#$TOP/}
		name=$(echo "${rel#kyua-tests/}" | tr / _)
		out=$OBJDIR/log/test-ktest-$name.log
		"$TOP/tools/ktest.sh" -t 300 -o "$OBJDIR/log/test-ktest-$name.serial" \
		    -k "$KERNEL" -e "$exp" -M "$dir/modules" \
		    -d "$OBJDIR/$MACHINE/$rel" >"$out" 2>&1
		local rc=$?
		# A boot counts the passes it expects (every boot also prints
		# the kernel's own boot-time self-checks); any FAIL counts.
		grep -v -E '^(PASS|SKIP) ' "$out" >"$out.counted"
		grep -E '^(PASS|SKIP) ' "$out" | while read -r kind tname; do
			grep -qx "${tname%%:*}" "$exp" && echo "$kind $tname"
		done >>"$out.counted"
		record_lines "ktest/$name" "$out.counted"
		echo "    $name: $(grep -c '^PASS ' "$out.counted") passed," \
		    "$(grep -c '^FAIL ' "$out.counted") failed," \
		    "$(grep -c '^SKIP ' "$out.counted") skipped"
		if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$out"; then
			record failed "ktest/$name" boot "ktest.sh exited $rc; see $out"
		fi
	done < <(find "$TOP/kyua-tests/sys" -name expected 2>/dev/null | sort)
}

# The release ISO boots through GRUB to the kernel banner under TCG.
suite_iso() {
	local iso=$RELEASEDIR/$MACHINE/installation/cdrom/bulkhead.iso
	local log=$OBJDIR/log/test-iso-serial.log
	say "test: release ISO boots under TCG"
	if [ ! -f "$iso" ]; then
		record failed release iso_boot "no ISO at $iso"
		return
	fi
	local t0=$SECONDS
	BULKHEAD_ACCEL=tcg "$TOP/tools/qemu.sh" -t 300 -o "$log" -c "$iso" \
	    >"$OBJDIR/log/test-iso.log" 2>&1
	if grep -q '^Bulkhead' "$log"; then
		record passed release iso_boot_banner
		echo "    banner after $((SECONDS - t0)) s (GRUB under TCG)"
	else
		record failed release iso_boot_banner "no banner on the serial console; see $log"
	fi
}

# check NAME CMD...: one toolchain check, recorded by its exit status.
check() {
	local name=$1; shift
	if "$@" >>"$OBJDIR/log/test-toolchain.log" 2>&1; then
		record passed toolchain "$name"
	else
		record failed toolchain "$name" "see $OBJDIR/log/test-toolchain.log"
	fi
}

# The cross compiler behaves like a normal cc, and nbmake builds a leaf
# Makefile of declarations out of tree.
suite_toolchain() {
	local cc=$TOOLDIR/bin/x86_64-bulkhead-cc hcc=$TOOLDIR/bin/hostport-cc
	local w=$OBJDIR/toolchain-test
	say "test: the compiler driver and nbmake"
	rm -rf "$w" && mkdir -p "$w/inc" "$w/src"
	: >"$OBJDIR/log/test-toolchain.log"
	cat >"$w/inc/greet.h" <<'EOT'
const char *greet(void);
EOT
	cat >"$w/greet.c" <<'EOT'
#include "greet.h"
const char *greet(void) { return GREETING; }
EOT
	cat >"$w/main.c" <<'EOT'
#include <stdio.h>
#include <string.h>
#include "greet.h"
int main(void) { printf("%s %zu\n", greet(), strlen(greet())); return 0; }
EOT
	check cc_version "$cc" --version
	check cc_E sh -c "'$cc' -E -DGREETING=42 -x c - </dev/null"
	check cc_E_macro sh -c "printf 'X GREETING\n' | '$cc' -E -DGREETING=hello -x c - | grep -q 'X hello'"
	check cc_c_I_D "$cc" -c -I"$w/inc" '-DGREETING="hi"' -o "$w/greet.o" "$w/greet.c"
	check cc_ar sh -c "cd '$w' && '$TOOLDIR/bin/x86_64-bulkhead-ar' crs libgreet.a greet.o"
	check cc_link_L_l "$cc" -static -I"$w/inc" -o "$w/prog" "$w/main.c" -L"$w" -lgreet
	check cc_elf64_static sh -c "readelf -h '$w/prog' | grep -q 'ELF64' && readelf -h '$w/prog' | grep -q 'EXEC' && ! readelf -l '$w/prog' | grep -q INTERP"
	check cc_no_host_headers sh -c "! echo '#include <linux/limits.h>' | '$cc' -E -x c - >/dev/null 2>&1"
	check cc_shared_refused sh -c "! '$cc' -shared -o '$w/x.so' '$w/greet.o' 2>/dev/null"
	check hostport_cc_runs sh -c "'$hcc' -I'$w/inc' '-DGREETING=\"hi there\"' -o '$w/hprog' '$w/main.c' '$w/greet.c' && test \"\$('$w/hprog')\" = 'hi there 8'"
	check cc_link_stdin sh -c "echo 'int main(void){return 3;}' | '$hcc' -x c - -o '$w/stdin'; '$w/stdin'; test \$? = 3"
	cat >"$w/src/Makefile" <<'EOT'
PROG=	hello
SRCS=	hello.c
.include <bsd.prog.mk>
EOT
	cp "$w/main.c" "$w/src/hello.c"
	cp "$w/inc/greet.h" "$w/greet.c" "$w/src/"
	sed -i 's/^SRCS=.*/SRCS=	hello.c greet.c\nCPPFLAGS+= -DGREETING=\\"mk\\"/' "$w/src/Makefile"
	check nbmake_leaf_prog sh -c "cd '$w/src' && BULKHEAD_PORT=linux '$TOOLDIR/bin/nbmake' && test \"\$('$w/src/hello')\" = 'mk 2'"
	check nbmake_leaf_prog_target sh -c "cd '$w/src' && '$TOOLDIR/bin/nbmake' clean all && readelf -h hello | grep -q ELF64"
}

# Every C file follows the root .clang-format (STYLE.md: tools enforce
# style so that review can look at design).
suite_style() {
	local bad=$OBJDIR/log/test-style.log f
	say "test: clang-format"
	: >"$bad"
	if ! git -C "$TOP" rev-parse --git-dir >/dev/null 2>&1; then
		record skipped style clang_format "not a git checkout"
		return
	fi
	git -C "$TOP" ls-files -z -- '*.c' '*.h' | (cd "$TOP" &&
	    xargs -0 -n 50 clang-format-14 --dry-run 2>&1) |
	    sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning:.*/\1/p' |
	    sort -u >"$bad"
	if [ -s "$bad" ]; then
		record failed style clang_format "$(wc -l <"$bad") files differ from .clang-format, e.g. $(head -n 3 "$bad" | tr '\n' ' ')(list: $bad)"
	else
		record passed style clang_format
	fi
}

# The libc archive defines each global symbol once (a second definition
# would be silently ignored by the linker): tools/check-libc-symbols.sh.
suite_libc_symbols() {
	local a out=$OBJDIR/log/test-libc-symbols.log
	say "test: libc symbols"
	: >"$out"
	for a in "$HOSTDEST/usr/lib/libc.a" "$DESTDIR/usr/lib/libc.a"; do
		if sh "$TOP/tools/check-libc-symbols.sh" "$a" >>"$out" 2>&1; then
			record passed libc "unique_symbols_${a#$OBJDIR/}"
		else
			record failed libc "unique_symbols_${a#$OBJDIR/}" "see $out"
		fi
	done
}

run_all_suites() {
	RESULTS=$OBJDIR/results/all.tsv
	mkdir -p "$OBJDIR/results"
	: >"$RESULTS"
	suite_toolchain
	suite_style
	suite_libc_symbols
	suite_host_kyua
	suite_conformance
	suite_ktests
	suite_iso
	local p f s
	p=$(grep -c '^passed' "$RESULTS")
	f=$(grep -c '^failed' "$RESULTS")
	s=$(grep -c '^skipped' "$RESULTS")
	echo "Per suite (passed/failed/skipped):"
	awk -F'\t' '{ split($2, a, "/"); k = a[1]; n[k]++; c[k, $1]++ }
	    END { for (k in n) printf "    %-12s %5d %5d %5d\n", k,
	        c[k, "passed"], c[k, "failed"], c[k, "skipped"] }' "$RESULTS" |
	    sort
	if [ "$f" -gt 0 ]; then
		echo "Failures:"
		awk -F'\t' '$1 == "failed" { printf "  %s %s: %s\n", $2, $3, $4 }' \
		    "$RESULTS"
	fi
	echo "$p passed, $f failed, $s skipped"
	[ "$f" -eq 0 ]
}
