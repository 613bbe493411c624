#
# t_atf_check: tests of atf_check in our atf-sh library: exit status
# checks (-s), stdout/stderr checks (-o, -e), -x, and that a mismatch
# fails the test case.  Each check runs inside a helper test program
# interpreted by our atf-sh (see t_atf_sh for how it is found).
#

# run_check passed|failed 'atf_check ...': runs the atf_check command
# line as the body of a helper case and checks the helper's result.
run_check()
{
	our=$(atf_config_get atf_sh "$(atf_get_srcdir)/../../../bin/atf-sh")
	[ -x "$our" ] || atf_skip "our atf-sh is not installed at $our"
	{
		echo "#! $our"
		echo "atf_test_case c"
		echo "c_body() {"
		echo "$2"
		echo "}"
		echo "atf_init_test_cases() { atf_add_test_case c; }"
	} >h
	chmod 755 h
	rm -f res
	if [ "$1" = passed ]; then
		atf_check -s exit:0 -o save:h.out -e save:h.err ./h -r res c
		atf_check -o inline:"passed\n" cat res
	else
		atf_check -s exit:1 -o save:h.out -e save:h.err ./h -r res c
		atf_check -o inline:"failed: atf-check failed; see the output \
of the test for details\n" cat res
	fi
}

atf_test_case status_exit
status_exit_body()
{
	run_check passed 'atf_check true'
	run_check passed 'atf_check -s exit:0 true'
	run_check passed 'atf_check -s exit:3 sh -c "exit 3"'
	run_check failed 'atf_check false'
	run_check failed 'atf_check -s exit:2 sh -c "exit 3"'
	cat h.out h.err | grep "incorrect exit status" >/dev/null ||
	    atf_fail "no explanation of the wrong exit status"
}

atf_test_case status_not_exit_and_ignore
status_not_exit_and_ignore_body()
{
	run_check passed 'atf_check -s not-exit:0 false'
	run_check failed 'atf_check -s not-exit:1 false'
	run_check passed 'atf_check -s ignore sh -c "exit 77"'
	run_check passed 'atf_check -s exit sh -c "exit 5"'
}

atf_test_case status_signal
status_signal_body()
{
	run_check passed 'atf_check -s signal:9 sh -c "kill -9 \$\$"'
	run_check passed 'atf_check -s signal:kill sh -c "kill -9 \$\$"'
	run_check passed 'atf_check -s signal:term sh -c "kill -15 \$\$"'
	run_check passed 'atf_check -s signal sh -c "kill -15 \$\$"'
	run_check failed 'atf_check -s signal:9 sh -c "kill -15 \$\$"'
	run_check failed 'atf_check -s signal:9 true'
	run_check failed 'atf_check sh -c "kill -15 \$\$"'
	# No "Killed" notice from the shell may end up in the stderr check.
	run_check passed 'atf_check -s signal:9 -e empty -x "kill -9 \$\$"'
}

atf_test_case stdout_inline
stdout_inline_body()
{
	run_check passed 'atf_check -o inline:"a b\n" echo a b'
	run_check passed 'atf_check -o inline:"x\ny\n" printf "x\\ny\\n"'
	run_check passed 'atf_check -o inline:"no newline" printf "no newline"'
	run_check failed 'atf_check -o inline:"a\n" echo b'
	run_check failed 'atf_check -o inline:"a" echo a'
}

atf_test_case stdout_default_empty
stdout_default_empty_body()
{
	run_check passed 'atf_check true'
	run_check failed 'atf_check echo unexpected'
	run_check failed 'atf_check sh -c "echo unexpected >&2"'
	run_check passed 'atf_check -o empty -e empty true'
}

atf_test_case stdout_ignore
stdout_ignore_body()
{
	run_check passed 'atf_check -o ignore echo anything'
	run_check passed 'atf_check -e ignore sh -c "echo x >&2"'
}

atf_test_case stdout_file
stdout_file_body()
{
	run_check passed 'printf "l1\nl2\n" >exp; atf_check -o file:exp \
printf "l1\nl2\n"'
	run_check failed 'printf "l1\n" >exp; atf_check -o file:exp echo l2'
}

atf_test_case stdout_match
stdout_match_body()
{
	run_check passed 'atf_check -o match:"^b+c$" printf "a\nbbc\nd\n"'
	run_check passed 'atf_check -o match:"[0-9]{3}" echo x1234'
	run_check failed 'atf_check -o match:"^z" echo abc'
	run_check passed 'atf_check -o not-match:"^z" echo abc'
	run_check failed 'atf_check -o not-match:"b" echo abc'
}

atf_test_case multiple_output_checks
multiple_output_checks_body()
{
	run_check passed 'atf_check -o match:one -o match:two echo one two'
	run_check failed 'atf_check -o match:one -o match:three echo one two'
}

atf_test_case stderr_checks
stderr_checks_body()
{
	run_check passed 'atf_check -e inline:"err\n" sh -c "echo err >&2"'
	run_check passed 'atf_check -e match:"^oops" sh -c "echo oops >&2"'
	run_check failed 'atf_check -e empty sh -c "echo oops >&2"'
	run_check passed 'atf_check -s exit:1 -o inline:"out\n" -e \
inline:"err\n" sh -c "echo out; echo err >&2; exit 1"'
}

atf_test_case save
save_body()
{
	run_check passed 'atf_check -o save:saved.out -e save:saved.err \
sh -c "echo to-out; echo to-err >&2"
test "$(cat saved.out)" = to-out || atf_fail "stdout not saved"
test "$(cat saved.err)" = to-err || atf_fail "stderr not saved"'
}

atf_test_case shell_x
shell_x_body()
{
	run_check passed 'atf_check -o inline:"3\n" -x "echo \$((1 + 2))"'
	run_check passed 'atf_check -s exit:4 -x "exit 4"'
	run_check passed 'atf_check -o inline:"a\n" -x "echo a | cat"'
}

atf_test_case stdin_inherited
stdin_inherited_body()
{
	run_check passed 'echo foo | atf_check -o inline:"foo\n" cat'
	run_check passed 'atf_check -o empty cat </dev/null'
}

atf_test_case prints_command
prints_command_body()
{
	run_check passed 'atf_check -o ignore echo hello world'
	grep "hello world" h.out >/dev/null ||
	    atf_fail "the command was not printed"
}

atf_test_case atf_check_program
atf_check_program_head()
{
	atf_set descr "the atf-check program applies the same checks"
}
atf_check_program_body()
{
	prog=$(atf_config_get atf_check \
	    "$(atf_get_srcdir)/../../../bin/atf-check")
	[ -x "$prog" ] || atf_skip "our atf-check is not installed at $prog"
	atf_check -o ignore -e empty "$prog" -o inline:"hi\n" echo hi
	atf_check -s exit:1 -o ignore -e ignore "$prog" -s exit:1 echo hi
	atf_check -o ignore "$prog" -s exit:2 -x "exit 2"
	atf_check -s exit:1 -o ignore -e ignore "$prog" -o match:x echo y
}

atf_init_test_cases()
{
	atf_add_test_case status_exit
	atf_add_test_case status_not_exit_and_ignore
	atf_add_test_case status_signal
	atf_add_test_case stdout_inline
	atf_add_test_case stdout_default_empty
	atf_add_test_case stdout_ignore
	atf_add_test_case stdout_file
	atf_add_test_case stdout_match
	atf_add_test_case multiple_output_checks
	atf_add_test_case stderr_checks
	atf_add_test_case save
	atf_add_test_case shell_x
	atf_add_test_case stdin_inherited
	atf_add_test_case prints_command
	atf_add_test_case atf_check_program
}
