#!/bin/sh
#
# conf_fake.sh: a hand-written "ATF" test program for
# tools/kyua-conformance.sh that writes unusual result files and exits
# or dies in ways that contradict them, to compare how each kyua
# classifies them.  Test case names say what each one does.
#
# kyua may pass -v options before -l.
list=no
for a; do [ "$a" = -l ] && list=yes; done
if [ $list = yes ]; then
printf 'Content-Type: application/X-atf-tp; version="1"\n'
for c in sigwrong sigexit timeout_exit exit_sig passed_1 failed_0 skipped_1 \
    xfail_1 death_sig unknown noreason passed_reason norl empty multiline \
    passed_sig failed_sig skipped_sig xfail_sig timeout_sig; do
	printf '\nident: %s\n' $c
done
for c in cleanup_fails cleanup_signal failed_cleanup_fails; do
	printf '\nident: %s\nhas.cleanup: true\n' $c
done
exit 0; fi
for a; do r=${a#-r}; [ "$r" != "$a" ] && res=$r; tc=$a; done
case $tc in
cleanup_signal:cleanup) kill -TERM $$;;
*:cleanup) exit 1;;
sigwrong) echo "expected_signal(6): x" > $res; kill -TERM $$;;
sigexit) echo "expected_signal(6): x" > $res; exit 0;;
timeout_exit) echo "expected_timeout: x" > $res; exit 0;;
exit_sig) echo "expected_exit(1): x" > $res; kill -TERM $$;;
passed_1) echo "passed" > $res; exit 1;;
failed_0) echo "failed: x" > $res; exit 0;;
skipped_1) echo "skipped: x" > $res; exit 1;;
xfail_1) echo "expected_failure: x" > $res; exit 1;;
death_sig) echo "expected_death: x" > $res; kill -TERM $$;;
unknown) echo "bogus: x" > $res; exit 0;;
noreason) echo "failed" > $res; exit 1;;
passed_reason) echo "passed: x" > $res; exit 0;;
norl) printf "passed" > $res; exit 0;;
empty) : > $res; exit 0;;
multiline) printf 'failed: one\ntwo\n' > $res; exit 1;;
passed_sig) echo "passed" > $res; kill -TERM $$;;
failed_sig) echo "failed: x" > $res; kill -TERM $$;;
skipped_sig) echo "skipped: x" > $res; kill -TERM $$;;
xfail_sig) echo "expected_failure: x" > $res; kill -TERM $$;;
timeout_sig) echo "expected_timeout: x" > $res; kill -TERM $$;;
cleanup_fails|cleanup_signal) echo "passed" > $res; exit 0;;
failed_cleanup_fails) echo "failed: x" > $res; exit 1;;
esac
