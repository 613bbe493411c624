#!/bin/sh
#
# kyua-conformance.sh: checks our ATF stack against Debian's.
#
# Builds the sample test programs in kyua-tests/usr.bin/kyua/conformance
# twice: (a) with our host-port compiler, our libatf-c and our atf-sh;
# (b) with the system cc, Debian's libatf-c and Debian's atf-sh.  Runs
# Debian's kyua and ours over both builds and requires, per test case,
# the outcome that Debian's kyua reports for Debian's build in all three
# other combinations:
#	debian kyua on (a)	our libatf-c and atf-sh
#	our kyua on (b)		our kyua
#	our kyua on (a)		the whole stack
# The reason texts must agree too (minus temporary file names and "(core
# dumped)", which depend on the machine).  Prints "PASS
# kyua_conformance_<case>" or "FAIL kyua_conformance_<case>: ours=X
# theirs=Y (...)" per case and exits 1 on any failure.
#
# Environment (build.sh test sets these; the defaults fit ./build.sh host):
#	HOSTPORT_CC	compiler driver of the libc host port
#	OUR_KYUA	our kyua built for the host port
#	OUR_ATF_SH	our atf-sh
#	WORKDIR		scratch directory (emptied)
#	DESTDIR		optional: when $DESTDIR/usr/tests/Kyuafile exists, both
#			kyuas also run that whole installed test tree and
#			must agree on every case's outcome (one summary line,
#			kyua_conformance_installed_tree)
#

TOP=$(cd "$(dirname "$0")/.." && pwd)
SRC=$TOP/kyua-tests/usr.bin/kyua/conformance
: "${HOSTPORT_CC:=$TOP/obj/tooldir/bin/hostport-cc}"
: "${OUR_KYUA:=$TOP/obj/host/destdir/usr/bin/kyua}"
: "${OUR_ATF_SH:=$TOP/obj/host/destdir/usr/bin/atf-sh}"
: "${WORKDIR:=$TOP/obj/kyua-conformance}"
DEBIAN_KYUA=${DEBIAN_KYUA:-/usr/bin/kyua}
DEBIAN_ATF_SH=${DEBIAN_ATF_SH:-/usr/bin/atf-sh}
SYSTEM_CC=${SYSTEM_CC:-cc}

die()
{
	echo "kyua-conformance: $*" 1>&2
	exit 2
}

for f in "$OUR_KYUA" "$OUR_ATF_SH" "$DEBIAN_KYUA" "$DEBIAN_ATF_SH"; do
	[ -x "$f" ] || die "missing program $f"
done

# build DIR CC ATF_SH: the sample programs and their Kyuafile in DIR.
build()
{
	_dir=$1
	_cc=$2
	mkdir -p "$_dir" || die "cannot create $_dir"
	env -u LIBRARY_PATH $_cc -o "$_dir/conf_atf" "$SRC/conf_atf.c" \
	    -latf-c || die "cannot build conf_atf with $_cc"
	{ echo "#! $3"; cat "$SRC/conf_sh.sh"; } >"$_dir/conf_sh"
	cp "$SRC/conf_fake.sh" "$_dir/conf_fake"
	printf '#!/bin/sh\nexit 0\n' >"$_dir/plain_ok"
	printf '#!/bin/sh\necho output of plain_fail\nexit 3\n' \
	    >"$_dir/plain_fail"
	printf '#!/bin/sh\nkill -TERM $$\nsleep 5\n' >"$_dir/plain_signal"
	printf '#!/bin/sh\necho 1..3\necho ok 1\necho not ok 2\necho ok 3\n' \
	    >"$_dir/tap_fail"
	printf '#!/bin/sh\necho 1..2\necho ok 1\necho "not ok 2 # TODO x"\n' \
	    >"$_dir/tap_todo"
	printf '#!/bin/sh\necho 1..2\necho ok 1\n' >"$_dir/tap_short"
	printf '#!/bin/sh\necho "1..0 # SKIP not here"\n' >"$_dir/tap_skip"
	printf '#!/bin/sh\necho 1..1\necho ok 1\nexit 2\n' >"$_dir/tap_exit"
	printf '#!/bin/sh\necho 1..2\necho "Bail out! stop"\n' >"$_dir/tap_bail"
	chmod 755 "$_dir/conf_sh" "$_dir/conf_fake" "$_dir/plain_ok" \
	    "$_dir/plain_fail" "$_dir/plain_signal" "$_dir"/tap_*
	cat >"$_dir/Kyuafile" <<'EOK'
syntax(2)
test_suite("conformance")
atf_test_program{name="conf_atf"}
atf_test_program{name="conf_sh"}
atf_test_program{name="conf_fake"}
plain_test_program{name="plain_ok"}
plain_test_program{name="plain_fail"}
plain_test_program{name="plain_signal"}
tap_test_program{name="tap_fail"}
tap_test_program{name="tap_todo"}
tap_test_program{name="tap_short"}
tap_test_program{name="tap_skip"}
tap_test_program{name="tap_exit"}
tap_test_program{name="tap_bail"}
EOK
}


# run KYUA DIR OUT: "program:case result" lines, sorted, in OUT, and
# "program:case reason" lines in OUT.reasons.
run()
{
	mkdir -p "$WORKDIR/home"
	(cd "$2" && HOME=$WORKDIR/home "$1" $UNPRIV test \
	    --results-file="$3.results" >"$3.log" 2>&1)
	sed -n 's/^\([^ ]*:[^ ]*\)  ->  \([a-z_]*\).*/\1 \2/p' "$3.log" |
	    sort >"$3"
	sed -n 's/^\([^ ]*:[^ ]*\)  ->  [a-z_]*:* *\(.*\)  \[[0-9.]*s\]$/\1 \2/p' \
	    "$3.log" | sed -e "s/Load of '[^']*' failed: //" \
	    -e 's/ (core dumped)//' | sort >"$3.reasons"
	[ -s "$3" ] || die "no results from $1 in $2; see $3.log"
}

# reason FILE CASE
reason()
{
	awk -v c="$2" '$1 == c { sub(/^[^ ]* ?/, ""); print }' "$1.reasons"
}

rm -rf "$WORKDIR"
mkdir -p "$WORKDIR" || die "cannot create $WORKDIR"

# As root, both kyuas run require.user=unprivileged cases as nobody when
# nobody can reach the programs (not under a 0700 directory such as
# mktemp's, say), the same rule as build.sh's host suite; else both kyuas
# skip them.
can_reach()
{
	su nobody -s /bin/sh -c "test -x '$1'" 2>/dev/null
}
UNPRIV=
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 &&
    can_reach "$WORKDIR" &&
    { [ -z "${DESTDIR:-}" ] || can_reach "$DESTDIR/usr/tests"; }; then
	UNPRIV="-v unprivileged_user=nobody"
fi
chmod 755 "$WORKDIR"
build "$WORKDIR/ours" "$HOSTPORT_CC" "$OUR_ATF_SH"
build "$WORKDIR/theirs" "$SYSTEM_CC" "$DEBIAN_ATF_SH"

run "$DEBIAN_KYUA" "$WORKDIR/theirs" "$WORKDIR/truth"
run "$DEBIAN_KYUA" "$WORKDIR/ours" "$WORKDIR/deb_on_ours"
run "$OUR_KYUA" "$WORKDIR/theirs" "$WORKDIR/ours_on_theirs"
run "$OUR_KYUA" "$WORKDIR/ours" "$WORKDIR/ours_on_ours"

# outcome FILE CASE
outcome()
{
	_o=$(awk -v c="$2" '$1 == c { print $2 }' "$1")
	echo "${_o:-missing}"
}

fails=0
total=0
for tc in $(cut -d' ' -f1 "$WORKDIR/truth"); do
	total=$((total + 1))
	name=kyua_conformance_$(echo "$tc" | tr ':' '_')
	theirs=$(outcome "$WORKDIR/truth" "$tc")
	bad=
	for combo in deb_on_ours:debian-kyua/our-atf \
	    ours_on_theirs:our-kyua/debian-atf ours_on_ours:our-kyua/our-atf
	do
		ours=$(outcome "$WORKDIR/${combo%%:*}" "$tc")
		if [ "$ours" != "$theirs" ] && [ -z "$bad" ]; then
			bad="ours=$ours theirs=$theirs (${combo#*:})"
		fi
		r_ours=$(reason "$WORKDIR/${combo%%:*}" "$tc")
		r_theirs=$(reason "$WORKDIR/truth" "$tc")
		if [ "$r_ours" != "$r_theirs" ] && [ -z "$bad" ]; then
			bad="ours=$ours theirs=$theirs (${combo#*:}; reason"
			bad="$bad '$r_ours' instead of '$r_theirs')"
		fi
	done
	if [ -n "$bad" ]; then
		echo "FAIL $name: $bad"
		fails=$((fails + 1))
	else
		echo "PASS $name"
	fi
done
# Cases that only our runs produced (e.g. a case Debian's kyua missed).
for f in deb_on_ours ours_on_theirs ours_on_ours; do
	for tc in $(cut -d' ' -f1 "$WORKDIR/$f"); do
		grep -q "^$tc " "$WORKDIR/truth" && continue
		echo "FAIL kyua_conformance_$(echo "$tc" | tr ':' '_'):" \
		    "ours=$(outcome "$WORKDIR/$f" "$tc") theirs=missing ($f)"
		fails=$((fails + 1))
	done
done

# The installed test tree, run by both kyuas.
tree_check()
{
	_t=$DESTDIR/usr/tests
	(cd "$_t" && HOME=$WORKDIR/home "$DEBIAN_KYUA" $UNPRIV test \
	    --kyuafile=Kyuafile >"$WORKDIR/tree_debian.log" 2>&1)
	(cd "$_t" && HOME=$WORKDIR/home "$OUR_KYUA" $UNPRIV test \
	    --kyuafile=Kyuafile --results-file="$WORKDIR/tree_ours.results" \
	    >"$WORKDIR/tree_ours.log" 2>&1)
	for _k in debian ours; do
		sed -n 's/^\([^ ]*:[^ ]*\)  ->  \([a-z_]*\).*/\1 \2/p' \
		    "$WORKDIR/tree_$_k.log" | sort >"$WORKDIR/tree_$_k"
	done
	_n=$(wc -l <"$WORKDIR/tree_debian")
	_d=$(diff "$WORKDIR/tree_debian" "$WORKDIR/tree_ours" | grep '^[<>]' |
	    head -2 | tr '\n' ' ')
	if [ "$_n" -eq 0 ]; then
		echo "FAIL kyua_conformance_installed_tree: Debian's kyua ran" \
		    "no test; see $WORKDIR/tree_debian.log"
		return 1
	elif [ -n "$_d" ]; then
		echo "FAIL kyua_conformance_installed_tree: ours and theirs" \
		    "differ (< theirs, > ours): $_d"
		return 1
	fi
	echo "PASS kyua_conformance_installed_tree"
}

if [ -n "${DESTDIR:-}" ] && [ -f "$DESTDIR/usr/tests/Kyuafile" ]; then
	total=$((total + 1))
	tree_check || fails=$((fails + 1))
fi
echo "kyua conformance: $((total - fails + 0))/$total cases agree" \
    "(logs in $WORKDIR)"
[ "$fails" -eq 0 ]
