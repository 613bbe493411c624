# conf_sh.sh: sample atf-sh test program for tools/kyua-conformance.sh
# (the script adds the interpreter line).  Several cases fail on purpose.

atf_test_case pass
pass_head()
{
	atf_set descr "atf_check succeeds"
}
pass_body()
{
	atf_check -s exit:0 -o inline:"hello\n" -e empty echo hello
	atf_check -s exit:3 -x 'exit 3'
	atf_check -o match:'^a+b$' -x 'echo aaab'
	atf_check_equal "1" "1"
}

atf_test_case fail
fail_body()
{
	atf_fail "failed on purpose"
}

atf_test_case check_fails
check_fails_body()
{
	atf_check -s exit:0 -x 'exit 1'
}

atf_test_case skip
skip_body()
{
	atf_skip "skipped on purpose"
}

atf_test_case expect_fail
expect_fail_body()
{
	atf_expect_fail "known bug"
	atf_fail "the bug"
}

atf_test_case expect_exit
expect_exit_body()
{
	atf_expect_exit 2 "exits with 2"
	exit 2
}

atf_test_case expect_signal
expect_signal_body()
{
	atf_expect_signal 15 "killed"
	kill -TERM $$
	sleep 5
}

atf_test_case premature_exit
premature_exit_body()
{
	exit 0
}

atf_test_case cleanup cleanup
cleanup_body()
{
	touch marker
}
cleanup_cleanup()
{
	test -f marker
}

atf_test_case require_progs
require_progs_head()
{
	atf_set require.progs "no-such-program-kyua-conf"
}
require_progs_body()
{
	:
}

atf_test_case config
config_body()
{
	atf_check_equal "$(atf_config_get missing default)" "default"
	atf_config_has missing && atf_fail "missing variable is defined"
	test -d "$(atf_get_srcdir)" || atf_fail "no srcdir"
}

atf_test_case check_outputs
check_outputs_body()
{
	echo piped | atf_check -o inline:"piped\n" cat
	atf_check -s signal:9 -x 'kill -9 $$'
	atf_check -s not-exit:0 -e match:"^oops$" -x 'echo oops >&2; exit 4'
	atf_check -o save:saved -x 'echo kept'
	atf_check -o file:saved echo kept
	atf_check -o not-match:nothing -o match:some echo something
}

atf_test_case check_equal_fails
check_equal_fails_body()
{
	x=1
	atf_check_equal '$x' 2
}

atf_test_case config_missing
config_missing_body()
{
	atf_config_get no_such_variable
}

atf_test_case expect_death
expect_death_body()
{
	atf_expect_death "dies"
	exit 3
}

atf_test_case expect_timeout
expect_timeout_head()
{
	atf_set timeout 1
}
expect_timeout_body()
{
	atf_expect_timeout "hangs"
	sleep 30
}

atf_test_case expect_fail_none
expect_fail_none_body()
{
	atf_expect_fail "nothing fails"
}

atf_test_case skip_in_expect_fail
skip_in_expect_fail_body()
{
	atf_expect_fail "x"
	atf_skip "cannot"
}

atf_init_test_cases()
{
	atf_add_test_case check_outputs
	atf_add_test_case check_equal_fails
	atf_add_test_case config_missing
	atf_add_test_case expect_death
	atf_add_test_case expect_timeout
	atf_add_test_case expect_fail_none
	atf_add_test_case skip_in_expect_fail
	atf_add_test_case pass
	atf_add_test_case fail
	atf_add_test_case check_fails
	atf_add_test_case skip
	atf_add_test_case expect_fail
	atf_add_test_case expect_exit
	atf_add_test_case expect_signal
	atf_add_test_case premature_exit
	atf_add_test_case cleanup
	atf_add_test_case require_progs
	atf_add_test_case config
}
