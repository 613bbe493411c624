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
	(cd "$HOSTDEST/usr/tests" && HOME=$res/home "$kyua" test \
	    --kyuafile=Kyuafile --results-file="$res/store") \
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
		record_lines "ktest/$name" "$out"
		grep -E '^[0-9]+ passed' "$out" | sed "s|^|    $name: |"
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

run_all_suites() {
	RESULTS=$OBJDIR/results/all.tsv
	mkdir -p "$OBJDIR/results"
	: >"$RESULTS"
	suite_host_kyua
	suite_conformance
	suite_ktests
	suite_iso
	local p f s
	p=$(grep -c '^passed' "$RESULTS")
	f=$(grep -c '^failed' "$RESULTS")
	s=$(grep -c '^skipped' "$RESULTS")
	if [ "$f" -gt 0 ]; then
		echo "Failures:"
		awk -F'\t' '$1 == "failed" { printf "  %s %s: %s\n", $2, $3, $4 }' \
		    "$RESULTS"
	fi
	echo "$p passed, $f failed, $s skipped"
	[ "$f" -eq 0 ]
}
