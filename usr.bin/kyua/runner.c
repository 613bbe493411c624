/*
 * runner.c: runs one test case the way kyua isolates it: a child process
 * in its own process group, with a fresh work directory as cwd, HOME and
 * TMPDIR, TZ=UTC, no locale variables, umask 022, stdin from /dev/null,
 * stdout and stderr captured to files, and the test's timeout enforced
 * by killing the whole process group.  ATF cases get their cleanup part
 * run afterwards in the same work directory; the outcome is classified
 * by atf.c (ATF) or here (plain and TAP programs).
 */
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kyua.h"

volatile sig_atomic_t kyua_interrupted;

static void
on_signal(int signo)
{
	kyua_interrupted = signo;
}

/*
 * SIGINT, SIGTERM and SIGHUP stop the run after killing the running
 * test, so that the temporary directories can still be removed.
 */
void
catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

double
now_secs(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const locale_vars[] = { "LANG", "LC_ALL", "LC_COLLATE",
	"LC_CTYPE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME",
	NULL };

/* Reports a failure in the child before exec (stdio is off limits). */
static void
child_fail(const char *what, const char *arg, int code)
{
	const char *msg;

	msg = strerror(errno);
	write(STDERR_FILENO, "kyua: ", 6);
	write(STDERR_FILENO, what, strlen(what));
	write(STDERR_FILENO, arg, strlen(arg));
	write(STDERR_FILENO, ": ", 2);
	write(STDERR_FILENO, msg, strlen(msg));
	write(STDERR_FILENO, "\n", 1);
	_exit(code);
}

static void
child_redirect(int target, const char *file, int flags)
{
	int fd;

	if ((fd = open(file, flags, 0644)) == -1)
		child_fail("cannot open ", file, 126);
	if (fd != target) {
		dup2(fd, target);
		close(fd);
	}
}

static void
child_setup(const char *workdir, const char *out, const char *err,
    const struct passwd *user)
{
	sigset_t none;
	size_t i;

	/*
	 * A session of its own: the test leads its process group and
	 * session even when kyua's own session leader is out of sight (in
	 * a container's pid namespace getsid() would otherwise give 0).
	 */
	if (setsid() == -1)
		setpgid(0, 0);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	for (i = 0; locale_vars[i] != NULL; i++)
		unsetenv(locale_vars[i]);
	setenv("HOME", workdir, 1);
	setenv("TMPDIR", workdir, 1);
	setenv("TZ", "UTC", 1);
	setenv("__RUNNING_INSIDE_ATF_RUN", "internal-yes-value", 1);
	umask(022);
	child_redirect(STDIN_FILENO, "/dev/null", O_RDONLY);
	child_redirect(STDOUT_FILENO, out, O_WRONLY | O_CREAT | O_APPEND);
	child_redirect(STDERR_FILENO, err, O_WRONLY | O_CREAT | O_APPEND);
	if (user != NULL &&
	    (setgid(user->pw_gid) == -1 || setuid(user->pw_uid) == -1))
		child_fail("cannot become user ", user->pw_name, 126);
	if (chdir(workdir) == -1)
		child_fail("cannot enter ", workdir, 126);
}

static void
sleep_ms(long ms)
{
	struct timespec ts;

	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (ms % 1000) * 1000000L;
	nanosleep(&ts, NULL);
}

/* Waits for pid, killing its process group once timeout seconds pass. */
static void
wait_child(pid_t pid, int timeout, struct termination *term)
{
	double deadline;
	long delay;
	pid_t r;
	int st;

	deadline = now_secs() + timeout;
	delay = 1;
	memset(term, 0, sizeof(*term));
	for (;;) {
		r = waitpid(pid, &st, WNOHANG);
		if (r == pid)
			break;
		if (r == -1 && errno != EINTR)
			die("waitpid: %s", strerror(errno));
		if (kyua_interrupted ||
		    (timeout > 0 && now_secs() >= deadline)) {
			killpg(pid, SIGKILL);
			kill(pid, SIGKILL);
			while (waitpid(pid, &st, 0) == -1 && errno == EINTR)
				continue;
			term->timedout = !kyua_interrupted;
			break;
		}
		sleep_ms(delay);
		if (delay < 20)
			delay *= 2;
	}
	killpg(pid, SIGKILL); /* stragglers left by the test */
	if (term->timedout)
		return;
	if (WIFSIGNALED(st)) {
		term->signaled = true;
		term->code = WTERMSIG(st);
#ifdef WCOREDUMP
		term->coredump = WCOREDUMP(st) != 0;
#endif
	} else
		term->code = WEXITSTATUS(st);
}

/*
 * Runs argv in workdir with output appended to out and err.  Returns
 * false if the process could not be started.
 */
bool
run_capture(const char *const *argv, const char *workdir, const char *out,
    const char *err, int timeout, struct termination *term)
{
	return run_capture_as(argv, workdir, out, err, timeout, NULL, term);
}

/* run_capture, with the privileges of user if not NULL. */
bool
run_capture_as(const char *const *argv, const char *workdir, const char *out,
    const char *err, int timeout, const struct passwd *user,
    struct termination *term)
{
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) == -1)
		return false;
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		child_setup(workdir, out, err, user);
		execv(argv[0], (char *const *)argv);
		child_fail("cannot execute ", argv[0], 127);
	}
	wait_child(pid, timeout, term);
	return true;
}

static int
case_timeout(const struct testcase *tc)
{
	const char *t;
	long v;
	char *end;

	if ((t = md_get(&tc->md, "timeout")) == NULL)
		return KYUA_DEFAULT_TIMEOUT;
	v = strtol(t, &end, 10);
	if (*t == '\0' || *end != '\0' || v < 0 || v > 86400 * 365)
		return KYUA_DEFAULT_TIMEOUT;
	return (int)v;
}

static bool
in_path(const char *prog)
{
	const char *path;
	char *copy, *dir, *full, *save;
	bool found;

	if ((path = getenv("PATH")) == NULL)
		path = "/bin:/usr/bin";
	copy = xstrdup(path);
	found = false;
	for (dir = strtok_r(copy, ":", &save); dir != NULL && !found;
	     dir = strtok_r(NULL, ":", &save)) {
		full = path_join(dir, prog);
		found = access(full, X_OK) == 0;
		free(full);
	}
	free(copy);
	return found;
}

static const char *
config_var(const struct testcase *tc, const char *name)
{
	char *full;
	const char *v;

	full = xasprintf("test_suites.%s.%s", tc->prog->suite, name);
	v = md_get(&kyua_config.vars, full);
	free(full);
	return v;
}

/* Checks each word of a space-separated list; returns a skip reason. */
static char *
check_words(const struct testcase *tc, const char *key,
    char *(*check)(const struct testcase *, const char *))
{
	const char *list;
	char *copy, *w, *save, *reason;

	if ((list = md_get(&tc->md, key)) == NULL)
		return NULL;
	copy = xstrdup(list);
	reason = NULL;
	for (w = strtok_r(copy, " \t", &save); w != NULL && reason == NULL;
	     w = strtok_r(NULL, " \t", &save))
		reason = check(tc, w);
	free(copy);
	return reason;
}

static char *
check_file(const struct testcase *tc, const char *f)
{
	(void)tc;
	if (access(f, F_OK) != 0)
		return xasprintf("Required file '%s' not found", f);
	return NULL;
}

static char *
check_prog(const struct testcase *tc, const char *p)
{
	(void)tc;
	if (p[0] == '/')
		return access(p, X_OK) == 0
		    ? NULL
		    : xasprintf("Required program '%s' not found", p);
	return in_path(p)
	    ? NULL
	    : xasprintf("Required program '%s' not found in PATH", p);
}

static char *
check_config(const struct testcase *tc, const char *c)
{
	if (strcmp(c, "unprivileged-user") == 0 ||
	    strcmp(c, "unprivileged_user") == 0)
		return md_get(&kyua_config.vars, "unprivileged_user") != NULL
		    ? NULL
		    : xasprintf("Required configuration property '%s' "
				"not defined",
			  c);
	if (config_var(tc, c) == NULL)
		return xasprintf("Required configuration property '%s' not "
				 "defined",
		    c);
	return NULL;
}

static char *
check_arch(const struct testcase *tc, const char *a)
{
	(void)tc;
	return strcmp(a, "x86_64") == 0 ? (char *)"" : NULL;
}

static char *
check_platform(const struct testcase *tc, const char *a)
{
	(void)tc;
	return strcmp(a, "amd64") == 0 ? (char *)"" : NULL;
}

static char *
check_allowed(const struct testcase *tc, const char *key, const char *what,
    const char *current, char *(*match)(const struct testcase *, const char *))
{
	const char *list;

	list = md_get(&tc->md, key);
	if (list == NULL || list[0] == '\0')
		return NULL;
	if (check_words(tc, key, match) != NULL)
		return NULL;
	return xasprintf("Current %s '%s' not supported", what, current);
}

static char *
check_user(const struct testcase *tc)
{
	const char *user;

	if ((user = md_get(&tc->md, "required_user")) == NULL ||
	    user[0] == '\0')
		return NULL;
	if (strcmp(user, "root") == 0 && geteuid() != 0)
		return xstrdup("Requires root privileges");
	if (strcmp(user, "unprivileged") == 0 && geteuid() == 0 &&
	    md_get(&kyua_config.vars, "unprivileged_user") == NULL)
		return xstrdup(
		    "Requires an unprivileged user but the "
		    "unprivileged-user configuration variable is not defined");
	return NULL;
}

/* Returns why tc cannot run here (a skip reason), or NULL. */
static char *
check_requirements(const struct testcase *tc)
{
	char *reason;

	if ((reason = check_user(tc)) != NULL)
		return reason;
	if ((reason = check_allowed(tc, "allowed_architectures", "architecture",
		 "x86_64", check_arch)) != NULL)
		return reason;
	if ((reason = check_allowed(tc, "allowed_platforms", "platform",
		 "amd64", check_platform)) != NULL)
		return reason;
	if ((reason = check_words(tc, "required_configs", check_config)))
		return reason;
	if ((reason = check_words(tc, "required_files", check_file)))
		return reason;
	return check_words(tc, "required_programs", check_prog);
}

void
add_arg(char ***argv, size_t *argc, char *arg)
{
	*argv = xrealloc(*argv, (*argc + 2) * sizeof(**argv));
	(*argv)[(*argc)++] = arg;
	(*argv)[*argc] = NULL;
}

/* -v var=value for each configuration variable of test suite suite. */
void
add_config_args(const char *suite, char ***argv, size_t *argc)
{
	const char *user;
	char *prefix;
	size_t i;

	prefix = xasprintf("test_suites.%s.", suite);
	for (i = 0; i < kyua_config.vars.n; i++)
		if (str_starts(kyua_config.vars.kv[2 * i], prefix))
			add_arg(argv, argc,
			    xasprintf("-v%s=%s",
				kyua_config.vars.kv[2 * i] + strlen(prefix),
				kyua_config.vars.kv[2 * i + 1]));
	free(prefix);
	user = md_get(&kyua_config.vars, "unprivileged_user");
	if (user != NULL)
		add_arg(argv, argc, xasprintf("-vunprivileged-user=%s", user));
}

/* prog -r resfile -s srcdir -v var=value... case[:cleanup] */
static char **
atf_argv(const struct testcase *tc, const char *resfile, bool cleanup)
{
	char **argv;
	size_t argc;

	argv = NULL;
	argc = 0;
	add_arg(&argv, &argc, xstrdup(tc->prog->abspath));
	add_arg(&argv, &argc, xasprintf("-r%s", resfile));
	add_arg(
	    &argv, &argc, xasprintf("-s%s", path_dirname(tc->prog->abspath)));
	add_config_args(tc->prog->suite, &argv, &argc);
	add_arg(&argv, &argc,
	    cleanup ? xasprintf("%s:cleanup", tc->name) : xstrdup(tc->name));
	return argv;
}

static bool
has_cleanup(const struct testcase *tc)
{
	const char *v;

	v = md_get(&tc->md, "has_cleanup");
	return v != NULL && strcmp(v, "true") == 0;
}

static struct result
broken(char *reason)
{
	struct result r;

	r.type = R_BROKEN;
	r.reason = reason;
	r.secs = 0;
	return r;
}

static struct result
run_atf(const struct testcase *tc, const char *ctl, const char *work,
    const char *out, const char *err, const struct passwd *user)
{
	struct termination term, cterm;
	struct result r;
	char **argv, *resfile;
	int timeout;

	timeout = case_timeout(tc);
	resfile = path_join(ctl, "result");
	argv = atf_argv(tc, resfile, false);
	if (!run_capture_as((const char *const *)argv, work, out, err, timeout,
		user, &term))
		return broken(xasprintf("Cannot fork: %s", strerror(errno)));
	r = atf_classify(resfile, &term);
	if (!has_cleanup(tc))
		return r;
	argv = atf_argv(tc, resfile, true);
	if (!run_capture_as((const char *const *)argv, work, out, err, timeout,
		user, &cterm))
		return broken(xasprintf("Cannot fork: %s", strerror(errno)));
	if ((cterm.timedout || cterm.signaled || cterm.code != 0) &&
	    r.type != R_BROKEN && r.type != R_FAILED) {
		r.type = R_BROKEN;
		r.reason = xstrdup(cterm.timedout
			? "Test case cleanup timed "
			  "out"
			: "Test case cleanup did not terminate successfully");
	}
	return r;
}

static struct result
run_plain(const struct testcase *tc, const char *work, const char *out,
    const char *err, const struct passwd *user)
{
	struct termination term;
	struct result r;
	const char *argv[2];

	argv[0] = tc->prog->abspath;
	argv[1] = NULL;
	if (!run_capture_as(
		argv, work, out, err, case_timeout(tc), user, &term))
		return broken(xasprintf("Cannot fork: %s", strerror(errno)));
	if (tc->prog->interface == IF_TAP)
		return tap_classify(out, &term);
	memset(&r, 0, sizeof(r));
	if (term.timedout)
		return broken(xstrdup("Test case timed out"));
	if (term.signaled)
		return broken(xasprintf("Received signal %d", term.code));
	if (term.code != 0) {
		r.type = R_FAILED;
		r.reason =
		    xasprintf("Returned non-success exit status %d", term.code);
	} else
		r.type = R_PASSED;
	return r;
}

/*
 * The user to run tc as: the unprivileged_user configuration variable
 * when tc requires an unprivileged user and kyua runs as root, else
 * NULL (no change).  *error is set if that user does not exist.
 */
static const struct passwd *
case_user(const struct testcase *tc, char **error)
{
	const struct passwd *pw;
	const char *req, *name;

	*error = NULL;
	req = md_get(&tc->md, "required_user");
	name = md_get(&kyua_config.vars, "unprivileged_user");
	if (req == NULL || strcmp(req, "unprivileged") != 0 || geteuid() != 0 ||
	    name == NULL)
		return NULL;
	if ((pw = getpwnam(name)) == NULL)
		*error = xasprintf("Unknown unprivileged user '%s'", name);
	return pw;
}

/* Lets user write the result file in ctl and work in work. */
static void
hand_over(const char *tmproot, const char *ctl, const char *work,
    const struct passwd *user)
{
	chmod(tmproot, 0755);
	if (chown(ctl, user->pw_uid, user->pw_gid) == -1 ||
	    chown(work, user->pw_uid, user->pw_gid) == -1)
		die("cannot give %s to %s: %s", ctl, user->pw_name,
		    strerror(errno));
	chmod(ctl, 0755);
}

/*
 * Runs tc with a control directory under tmproot; captured output goes
 * to out and err.  The work directory is removed afterwards.
 */
struct result
run_case(const struct testcase *tc, const char *tmproot, const char *out,
    const char *err)
{
	const struct passwd *user;
	struct result r;
	char *ctl, *work, *reason;
	double start;

	start = now_secs();
	memset(&r, 0, sizeof(r));
	close(open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644));
	close(open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644));
	if ((reason = check_requirements(tc)) != NULL) {
		r.type = R_SKIPPED;
		r.reason = reason;
		return r;
	}
	user = case_user(tc, &reason);
	if (reason != NULL)
		return broken(reason);
	ctl = path_join(tmproot, "case.XXXXXX");
	if (mkdtemp(ctl) == NULL)
		die("cannot create a directory in %s: %s", tmproot,
		    strerror(errno));
	work = path_join(ctl, "work");
	if (mkdir(work, 0755) == -1)
		die("cannot create %s: %s", work, strerror(errno));
	if (user != NULL)
		hand_over(tmproot, ctl, work, user);
	if (tc->prog->interface == IF_ATF)
		r = run_atf(tc, ctl, work, out, err, user);
	else
		r = run_plain(tc, work, out, err, user);
	r.secs = now_secs() - start;
	remove_tree(ctl);
	free(work);
	free(ctl);
	return r;
}
