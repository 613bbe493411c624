#
# t_atf_sh: tests of our atf-sh and its shell library: the test-program
# protocol (-l, -r, -s, -v, case:part), results and expectations.  Each
# test writes a helper test program into its work directory, interpreted
# by our atf-sh (../../../bin/atf-sh from the srcdir, i.e. /usr/bin/atf-sh
# once installed, or the atf_sh configuration variable), and checks what
# the helper prints, writes to its result file and returns.
#

# Writes helper program h (atf_init_test_cases adds the named cases)
# from the test-case definitions on stdin.
make_helper()
{
	our=$(atf_config_get atf_sh "$(atf_get_srcdir)/../../../bin/atf-sh")
	[ -x "$our" ] || atf_skip "our atf-sh is not installed at $our"
	{
		echo "#! $our"
		cat
		echo "atf_init_test_cases() {"
		for tc in "$@"; do
			echo "	atf_add_test_case $tc"
		done
		echo "}"
	} >h
	chmod 755 h
}

# run_h exitcode result args...: runs ./h -r res args and checks both.
run_h()
{
	code=$1
	result=$2
	shift 2
	rm -f res
	atf_check -s exit:$code -o ignore -e ignore ./h -r res "$@"
	printf '%s\n' "$result" >expected
	atf_check -o file:expected cat res
}

atf_test_case list
list_head()
{
	atf_set descr "-l prints the header and each case's meta-data"
}
list_body()
{
	make_helper one two three <<'EOF2'
atf_test_case one
one_head() { atf_set descr "first case"; atf_set require.progs "sh"; }
one_body() { :; }
atf_test_case two cleanup
two_head() { atf_set X-custom "a b"; atf_set timeout 7; }
two_body() { :; }
two_cleanup() { :; }
atf_test_case three
three_body() { :; }
EOF2
	cat >expected <<'EOF2'
Content-Type: application/X-atf-tp; version="1"

ident: one
descr: first case
require.progs: sh

ident: two
has.cleanup: true
X-custom: a b
timeout: 7

ident: three
EOF2
	atf_check -o file:expected ./h -l
}

atf_test_case pass
pass_body()
{
	make_helper p <<'EOF2'
atf_test_case p
p_body() { echo hello; }
EOF2
	run_h 0 passed p
}

atf_test_case explicit_pass
explicit_pass_body()
{
	make_helper p <<'EOF2'
atf_test_case p
p_body() { atf_pass; atf_fail "not reached"; }
EOF2
	run_h 0 passed p
}

atf_test_case fail
fail_body()
{
	make_helper f <<'EOF2'
atf_test_case f
f_body() { atf_fail "went wrong: $((1 + 2))"; echo not reached >marker; }
EOF2
	run_h 1 "failed: went wrong: 3" f
	test ! -f marker || atf_fail "atf_fail did not stop the body"
}

atf_test_case skip
skip_body()
{
	make_helper s <<'EOF2'
atf_test_case s
s_body() { atf_skip "not here"; }
EOF2
	run_h 0 "skipped: not here" s
}

atf_test_case expect_fail
expect_fail_body()
{
	make_helper x n <<'EOF2'
atf_test_case x
x_body() { atf_expect_fail "known"; atf_fail "the bug"; }
atf_test_case n
n_body() { atf_expect_fail "known"; }
EOF2
	run_h 0 "expected_failure: known: the bug" x
	msg="failed: Test case was expecting a failure but none were raised"
	run_h 1 "$msg" n
}

atf_test_case expect_exit
expect_exit_body()
{
	make_helper e a c <<'EOF2'
atf_test_case e
e_body() { atf_expect_exit 4 "exits"; exit 4; }
atf_test_case a
a_body() { atf_expect_exit -1 "any"; exit 2; }
atf_test_case c
c_body() { atf_expect_exit 0 "should exit"; }
EOF2
	run_h 4 "expected_exit(4): exits" e
	run_h 2 "expected_exit: any" a
	msg="failed: Test case was expected to exit cleanly but it continued"
	run_h 1 "$msg execution" c
}

atf_test_case expect_signal_death_timeout
expect_signal_death_timeout_body()
{
	make_helper s d t <<'EOF2'
atf_test_case s
s_body() { atf_expect_signal 9 "killed"; kill -9 $$; }
atf_test_case d
d_body() { atf_expect_death "dies"; exit 1; }
atf_test_case t
t_body() { atf_expect_timeout "hangs"; exit 0; }
EOF2
	rm -f res
	atf_check -s signal:9 -o ignore -e ignore ./h -r res s
	atf_check -o inline:"expected_signal(9): killed\n" cat res
	run_h 1 "expected_death: dies" d
	run_h 0 "expected_timeout: hangs" t
}

atf_test_case skip_while_expecting
skip_while_expecting_body()
{
	make_helper s <<'EOF2'
atf_test_case s
s_body() { atf_expect_fail "known"; atf_skip "not here"; }
EOF2
	run_h 0 "skipped: not here" s
}

atf_test_case premature_exit
premature_exit_body()
{
	make_helper q <<'EOF2'
atf_test_case q
q_body() { exit 0; }
EOF2
	rm -f res
	atf_check -s exit:0 -o ignore -e ignore ./h -r res q
	test ! -f res || atf_fail "a result file was written"
}

atf_test_case get_set_has
get_set_has_body()
{
	make_helper g <<'EOF2'
atf_test_case g
g_head() { atf_set descr "some text"; atf_set X-two word1 word2; }
g_body()
{
	[ "$(atf_get descr)" = "some text" ] || atf_fail "descr"
	[ "$(atf_get X-two)" = "word1 word2" ] || atf_fail "X-two"
	[ "$(atf_get ident)" = g ] || atf_fail "ident"
	atf_has descr || atf_fail "atf_has descr"
	atf_has nothing && atf_fail "atf_has nothing"
	:
}
EOF2
	run_h 0 passed g
}

atf_test_case config
config_body()
{
	make_helper c <<'EOF2'
atf_test_case c
c_body()
{
	[ "$(atf_config_get v1)" = "a b" ] || atf_fail "v1"
	[ "$(atf_config_get v2)" = "" ] || atf_fail "v2"
	[ "$(atf_config_get missing dflt)" = dflt ] || atf_fail "default"
	atf_config_has v1 || atf_fail "has v1"
	atf_config_has missing && atf_fail "has missing"
	:
}
EOF2
	run_h 0 passed -v "v1=a b" -v v2= c
	run_h 1 "failed: v1" -v v1=other -v v2= c
}

atf_test_case config_missing
config_missing_body()
{
	make_helper c <<'EOF2'
atf_test_case c
c_body() { atf_config_get nope; }
EOF2
	rm -f res
	atf_check -s exit:1 -o ignore -e match:"nope" ./h -r res c
}

atf_test_case srcdir
srcdir_body()
{
	make_helper d <<'EOF2'
atf_test_case d
d_body() { atf_get_srcdir >srcdir.out; }
EOF2
	run_h 0 passed d
	atf_check -o inline:"$(pwd)\n" cat srcdir.out
	mkdir other
	atf_check -s exit:1 -o ignore -e match:"Cannot find the test program" \
	    ./h -r res -s other d
}

atf_test_case cleanup_part
cleanup_part_body()
{
	make_helper c n <<'EOF2'
atf_test_case c cleanup
c_body() { touch body.ran; }
c_cleanup() { touch cleanup.ran; }
atf_test_case n
n_body() { :; }
EOF2
	rm -f res
	atf_check -o ignore -e ignore ./h -r res c:cleanup
	test -f cleanup.ran || atf_fail "cleanup did not run"
	test ! -f body.ran || atf_fail "body ran"
	test ! -f res || atf_fail "cleanup wrote a result"
	run_h 0 passed c:body
	test -f body.ran || atf_fail "body did not run"
	atf_check -o ignore -e ignore ./h -r res n:cleanup
}

atf_test_case usage_errors
usage_errors_body()
{
	make_helper a b <<'EOF2'
atf_test_case a
a_body() { :; }
atf_test_case b
b_body() { :; }
EOF2
	atf_check -s exit:1 -e match:"Unknown test case \`nope'" ./h nope
	atf_check -s exit:1 -e match:"Unknown option -x" ./h -x a
	atf_check -s exit:1 -e match:"Unknown test case part \`bad'" ./h a:bad
	atf_check -s exit:1 -e match:"Must provide a test case name" ./h
	atf_check -s exit:1 -e match:"ERROR" ./h -l a
	atf_check -s exit:1 -e match:"ERROR" ./h a b
}

atf_test_case single_case_needs_name
single_case_needs_name_body()
{
	make_helper only <<'EOF2'
atf_test_case only
only_body() { :; }
EOF2
	atf_check -s exit:1 -e match:"Must provide a test case name" ./h
}

atf_test_case resfile_stdout
resfile_stdout_body()
{
	make_helper p <<'EOF2'
atf_test_case p
p_body() { :; }
EOF2
	atf_check -o inline:"passed\n" -e ignore ./h p
}

atf_test_case warning_outside_kyua
warning_outside_kyua_body()
{
	make_helper p <<'EOF2'
atf_test_case p
p_body() { :; }
EOF2
	atf_check -o ignore -e match:"WARNING: Running test cases outside" \
	    env -u __RUNNING_INSIDE_ATF_RUN ./h -r res p
	atf_check -o ignore -e empty env __RUNNING_INSIDE_ATF_RUN=internal-yes-value \
	    ./h -r res p
}

atf_test_case require_prog
require_prog_body()
{
	make_helper r o <<'EOF2'
atf_test_case r
r_body() { atf_require_prog no-such-program-atf; atf_fail "not reached"; }
atf_test_case o
o_body() { atf_require_prog sh; atf_require_prog /bin/sh; }
EOF2
	msg="skipped: The required program no-such-program-atf could not"
	run_h 0 "$msg be found in the PATH" r
	run_h 0 passed o
}

atf_test_case check_equal
check_equal_body()
{
	make_helper y n <<'EOF2'
atf_test_case y
y_body() { v=abc; atf_check_equal '$v' abc; atf_check_equal "x y" "x y"; }
atf_test_case n
n_body() { v=1; atf_check_equal '$v' 2; }
EOF2
	run_h 0 passed y
	run_h 1 'failed: $v != 2 (1 != 2)' n
}

atf_init_test_cases()
{
	atf_add_test_case list
	atf_add_test_case pass
	atf_add_test_case explicit_pass
	atf_add_test_case fail
	atf_add_test_case skip
	atf_add_test_case expect_fail
	atf_add_test_case expect_exit
	atf_add_test_case expect_signal_death_timeout
	atf_add_test_case skip_while_expecting
	atf_add_test_case premature_exit
	atf_add_test_case get_set_has
	atf_add_test_case config
	atf_add_test_case config_missing
	atf_add_test_case srcdir
	atf_add_test_case cleanup_part
	atf_add_test_case usage_errors
	atf_add_test_case single_case_needs_name
	atf_add_test_case resfile_stdout
	atf_add_test_case warning_outside_kyua
	atf_add_test_case require_prog
	atf_add_test_case check_equal
}
