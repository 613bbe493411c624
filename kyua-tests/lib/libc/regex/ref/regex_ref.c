/*
 * regex_ref.c: the glibc reference for the regex differential test.
 * Built with the host's compiler and C library (HOSTPROGS), never with
 * Bulkhead's libc.  Reads lines "cflags<TAB>pattern<TAB>subject" (cflags
 * as NetBSD numbers: 1 extended, 2 icase, 8 newline) and prints per line
 * "C" (regcomp failed), "N" (no match), "M so eo" or "T" (glibc took
 * more than two seconds: its matcher is exponential on some patterns).
 * Each line runs in a child process so that a timeout can be enforced.
 */
#include <sys/wait.h>

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
one(char *line)
{
	char *pat, *subj;
	regmatch_t m[1];
	regex_t re;
	int nb, fl = 0;

	pat = strchr(line, '\t');
	subj = pat != NULL ? strchr(pat + 1, '\t') : NULL;
	if (subj == NULL) {
		printf("C\n");
		return;
	}
	*pat++ = '\0';
	*subj++ = '\0';
	nb = atoi(line);
	fl |= (nb & 1) ? REG_EXTENDED : 0;
	fl |= (nb & 2) ? REG_ICASE : 0;
	fl |= (nb & 8) ? REG_NEWLINE : 0;
	if (regcomp(&re, pat, fl) != 0)
		printf("C\n");
	else if (regexec(&re, subj, 1, m, 0) != 0)
		printf("N\n");
	else
		printf("M %d %d\n", (int)m[0].rm_so, (int)m[0].rm_eo);
}

int
main(void)
{
	char line[2048];
	int st;
	pid_t pid;

	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		fflush(stdout);
		if ((pid = fork()) == 0) {
			alarm(2);
			one(line);
			fflush(stdout);
			_exit(0);
		}
		if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
			printf("T\n");
	}
	return 0;
}
