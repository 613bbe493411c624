/*
 * t_regex_posix: the POSIX submatch rule checked against a brute-force
 * model.  Random extended expressions are built as trees, printed for
 * regcomp, and matched against short random subjects.  The model finds
 * the leftmost-longest match by trying every start and end, and the
 * submatches by applying the rule directly, with an exhaustive recursive
 * matcher (no sets, no automaton) deciding what can still match:
 * left to right, each subpattern takes the longest extent after which the
 * rest can still end at the match's end; an alternation its first
 * alternative that fits; a repetition its iterations one by one, each the
 * longest (non-empty unless needed), reporting the last one.
 */
#include <ctype.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

enum { T_CHAR, T_ANY, T_BOL, T_EOL, T_CAT, T_ALT, T_GROUP, T_REP };

struct mnode {
	int type;
	int c;	    /* T_CHAR */
	int kid[4]; /* T_CAT, T_ALT: kids; T_GROUP, T_REP: kid[0] */
	int nkid;
	int min, max; /* T_REP, max -1: no limit */
	int grp;      /* T_GROUP: its number */
};

#define MAXN 160 /* nodes */
#define MAXG 64	 /* groups + 1 */
#define MAXS 13	 /* subject length + 1 */

struct model {
	struct mnode n[MAXN];
	int nn, ngroups;
	const char *s;
	int len;
	int caps[2 * MAXG];
	int cflags; /* REG_EXTENDED, maybe REG_ICASE, REG_NEWLINE */
	signed char memo[MAXN][MAXS][MAXS]; /* match(): -1 not known yet */
};

static uint64_t seed;

static unsigned
rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

/* ---- random trees ---- */

static int gen(struct model *, int);

static int
newnode(struct model *M, int type)
{
	struct mnode *n = &M->n[M->nn];

	memset(n, 0, sizeof(*n));
	n->type = type;
	return M->nn++;
}

static int
gengroup(struct model *M, int depth)
{
	int g = newnode(M, T_GROUP), k = gen(M, depth + 1);

	M->n[g].kid[0] = k;
	M->n[g].nkid = 1;
	return g;
}

/* An atom: a character, '.', an anchor or a group. */
static int
genatom(struct model *M, int depth)
{
	unsigned k = rnd(100);
	int a;

	if (depth < 3 && k < 35 && M->nn < 48)
		return gengroup(M, depth);
	if (k < 40) {
		a = newnode(M, T_ANY);
	} else if (k < 43) {
		a = newnode(M, rnd(2) ? T_BOL : T_EOL);
	} else {
		a = newnode(M, T_CHAR);
		M->n[a].c = "aab"[rnd(3)];
	}
	return a;
}

static int
genpiece(struct model *M, int depth)
{
	static const int mins[] = { 0, 1, 0, 0, 1, 2 };
	static const int maxs[] = { -1, -1, 1, 2, 3, 2 };
	int a = genatom(M, depth), r, k;

	if (M->n[a].type == T_BOL || M->n[a].type == T_EOL || rnd(100) >= 35)
		return a;
	r = newnode(M, T_REP);
	k = (int)rnd(6);
	M->n[r].kid[0] = a;
	M->n[r].nkid = 1;
	M->n[r].min = mins[k];
	M->n[r].max = maxs[k];
	return r;
}

static int
genlist(struct model *M, int depth, int type)
{
	int n = newnode(M, type), cnt = 1 + (int)rnd(3);

	for (int i = 0; i < cnt; i++)
		M->n[n].kid[M->n[n].nkid++] =
		    type == T_CAT ? genpiece(M, depth) : gen(M, depth + 1);
	return n;
}

/* The inside of a group (or the whole expression). */
static int
gen(struct model *M, int depth)
{
	if (depth < 3 && rnd(100) < 30 && M->nn < 40)
		return genlist(M, depth, T_ALT);
	return genlist(M, depth, T_CAT);
}

/* Prints node i and numbers the groups in the order of their '('. */
static void
print(struct model *M, int i, char *buf, size_t size)
{
	struct mnode *n = &M->n[i];
	size_t len = strlen(buf);
	static const char *const reps[] = { "*", "+", "?", "{0,2}", "{1,3}",
		"{2}" };

	switch (n->type) {
	case T_CHAR:
		snprintf(buf + len, size - len, "%c", n->c);
		break;
	case T_ANY:
	case T_BOL:
	case T_EOL:
		snprintf(buf + len, size - len, "%s",
		    n->type == T_ANY	   ? "."
			: n->type == T_BOL ? "^"
					   : "$");
		break;
	case T_GROUP:
		n->grp = ++M->ngroups;
		snprintf(buf + len, size - len, "(");
		print(M, n->kid[0], buf, size);
		len = strlen(buf);
		snprintf(buf + len, size - len, ")");
		break;
	case T_REP:
		print(M, n->kid[0], buf, size);
		len = strlen(buf);
		for (int k = 0; k < 6; k++)
			if ((k == 0 && n->min == 0 && n->max == -1) ||
			    (k == 1 && n->min == 1 && n->max == -1) ||
			    (k == 2 && n->min == 0 && n->max == 1) ||
			    (k == 3 && n->min == 0 && n->max == 2) ||
			    (k == 4 && n->min == 1 && n->max == 3) ||
			    (k == 5 && n->min == 2 && n->max == 2))
				snprintf(buf + len, size - len, "%s", reps[k]);
		break;
	default:
		for (int k = 0; k < n->nkid; k++) {
			if (k > 0 && n->type == T_ALT) {
				len = strlen(buf);
				snprintf(buf + len, size - len, "|");
			}
			print(M, n->kid[k], buf, size);
		}
		break;
	}
}

/* ---- exhaustive matching ---- */

static int match(struct model *, int, int, int);

/* Kids from - nkid of list node n over exactly [i, j). */
static int
catmatch(struct model *M, int n, int from, int i, int j)
{
	const struct mnode *c = &M->n[n];

	if (from == c->nkid)
		return i == j;
	for (int k = i; k <= j; k++)
		if (match(M, c->kid[from], i, k) &&
		    catmatch(M, n, from + 1, k, j))
			return 1;
	return 0;
}

/* Repetition n with t iterations done, over exactly [i, j): further
 * iterations are non-empty unless they count towards the minimum. */
static int
repmatch(struct model *M, int n, int t, int i, int j)
{
	const struct mnode *r = &M->n[n];

	if (t >= r->min && i == j)
		return 1;
	if (r->max >= 0 && t >= r->max)
		return 0;
	for (int k = t < r->min ? i : i + 1; k <= j; k++)
		if (match(M, r->kid[0], i, k) && repmatch(M, n, t + 1, k, j))
			return 1;
	return 0;
}

static int match1(struct model *, int, int, int);

/* Whether node n can match exactly [i, j). */
static int
match(struct model *M, int n, int i, int j)
{
	if (M->memo[n][i][j] < 0)
		M->memo[n][i][j] = (signed char)match1(M, n, i, j);
	return M->memo[n][i][j];
}

static int
match1(struct model *M, int n, int i, int j)
{
	const struct mnode *c = &M->n[n];

	switch (c->type) {
	case T_CHAR:
		return j == i + 1 &&
		    (M->s[i] == c->c ||
			((M->cflags & REG_ICASE) &&
			    tolower((unsigned char)M->s[i]) == c->c));
	case T_ANY:
		return j == i + 1 &&
		    (!(M->cflags & REG_NEWLINE) || M->s[i] != '\n');
	case T_BOL:
		return i == j &&
		    (i == 0 ||
			((M->cflags & REG_NEWLINE) && M->s[i - 1] == '\n'));
	case T_EOL:
		return i == j &&
		    (i == M->len ||
			((M->cflags & REG_NEWLINE) && M->s[i] == '\n'));
	case T_GROUP:
		return match(M, c->kid[0], i, j);
	case T_REP:
		return repmatch(M, n, 0, i, j);
	case T_CAT:
		return catmatch(M, n, 0, i, j);
	default:
		for (int k = 0; k < c->nkid; k++)
			if (match(M, c->kid[k], i, j))
				return 1;
		return 0;
	}
}

/* ---- the rule ---- */

static void choose(struct model *, int, int, int);

static void
choosecat(struct model *M, int n, int i, int j)
{
	const struct mnode *c = &M->n[n];

	for (int m = 0; m < c->nkid; m++) {
		int k = j;

		while (
		    !match(M, c->kid[m], i, k) || !catmatch(M, n, m + 1, k, j))
			k--;
		choose(M, c->kid[m], i, k);
		i = k;
	}
}

static void
chooserep(struct model *M, int n, int i, int j)
{
	const struct mnode *r = &M->n[n];
	int t = 0, k;

	if (i == j) {
		if (r->min > 0 || (r->max != 0 && match(M, r->kid[0], i, i)))
			choose(M, r->kid[0], i, i);
		return;
	}
	for (; i < j && t < 100; t++, i = k) {
		for (k = j; k > i; k--)
			if (match(M, r->kid[0], i, k) &&
			    repmatch(M, n, t + 1, k, j))
				break;
		/* else k == i: an empty iteration towards the minimum */
		choose(M, r->kid[0], i, k);
	}
	if (t < r->min)
		choose(M, r->kid[0], j, j);
}

static void
choose(struct model *M, int n, int i, int j)
{
	const struct mnode *c = &M->n[n];

	switch (c->type) {
	case T_GROUP:
		M->caps[2 * c->grp] = i;
		M->caps[2 * c->grp + 1] = j;
		choose(M, c->kid[0], i, j);
		break;
	case T_REP:
		chooserep(M, n, i, j);
		break;
	case T_CAT:
		choosecat(M, n, i, j);
		break;
	case T_ALT:
		for (int k = 0; k < c->nkid; k++)
			if (match(M, c->kid[k], i, j)) {
				choose(M, c->kid[k], i, j);
				break;
			}
		break;
	default:
		break;
	}
}

/* The model's answer ("-" or "so,eo so,eo ...") for the root at 0. */
static void
model(struct model *M, char *out, size_t size)
{
	size_t len;

	for (int i = 0; i <= M->len; i++)
		for (int j = M->len; j >= i; j--) {
			if (!match(M, 0, i, j))
				continue;
			for (int g = 0; g < 2 * MAXG; g++)
				M->caps[g] = -1;
			choose(M, 0, i, j);
			snprintf(out, size, "%d,%d", i, j);
			for (int g = 1; g <= M->ngroups; g++) {
				len = strlen(out);
				snprintf(out + len, size - len, " %d,%d",
				    M->caps[2 * g], M->caps[2 * g + 1]);
			}
			return;
		}
	snprintf(out, size, "-");
}

static void
ours(const char *pat, const char *s, int cflags, int ngroups, char *out,
    size_t size)
{
	regex_t re;
	regmatch_t m[MAXG];
	size_t len;
	int r;

	if ((r = regcomp(&re, pat, cflags)) != 0) {
		snprintf(out, size, "regcomp %d", r);
		return;
	}
	if ((r = regexec(&re, s, MAXG, m, 0)) != 0) {
		snprintf(out, size, r == REG_NOMATCH ? "-" : "regexec %d", r);
	} else {
		snprintf(out, size, "%d,%d", (int)m[0].rm_so, (int)m[0].rm_eo);
		for (int g = 1; g <= ngroups; g++) {
			len = strlen(out);
			snprintf(out + len, size - len, " %d,%d",
			    (int)m[g].rm_so, (int)m[g].rm_eo);
		}
	}
	regfree(&re);
}

static int maxlen = 8;		    /* of the random subjects */
static const char *letters = "abc"; /* their characters */
static int flags;		    /* REG_ICASE and REG_NEWLINE to try */

static int
one(void)
{
	static struct model M;
	char pat[1024] = "", subj[16], want[1024], got[1024];

	M.nn = M.ngroups = 0;
	gen(&M, 0);
	print(&M, 0, pat, sizeof(pat));
	M.len = (int)rnd((unsigned)maxlen + 1);
	for (int i = 0; i < M.len; i++)
		subj[i] = letters[rnd((unsigned)strlen(letters))];
	subj[M.len] = '\0';
	M.s = subj;
	M.cflags = REG_EXTENDED | (flags & (int)rnd(16));
	memset(M.memo, -1, sizeof(M.memo));
	model(&M, want, sizeof(want));
	ours(pat, subj, M.cflags, M.ngroups, got, sizeof(got));
	if (strcmp(want, got) == 0)
		return 0;
	atf_tc_fail_nonfatal("/%s/ %#x on \"%s\": model %s, regexec %s", pat,
	    M.cflags, subj, want, got);
	return 1;
}

static void
runmany(uint64_t s, int n)
{
	int bad = 0;

	seed = s;
	for (int i = 0; i < n && bad < 10; i++)
		bad += one();
}

ATF_TC(random_a);
ATF_TC_HEAD(random_a, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "20000 random EREs: submatches as the brute-force model's");
}
ATF_TC_BODY(random_a, tc)
{
	runmany(0x9e3779b97f4a7c15ULL, 20000);
}

ATF_TC(random_b);
ATF_TC_HEAD(random_b, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "20000 more random EREs (another seed) against the model");
}
ATF_TC_BODY(random_b, tc)
{
	runmany(0xd1b54a32d192ed03ULL, 20000);
}

ATF_TC(random_long);
ATF_TC_HEAD(random_long, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "10000 random EREs on subjects of up to 12 characters");
}
ATF_TC_BODY(random_long, tc)
{
	maxlen = 12;
	runmany(0x2545f4914f6cdd1dULL, 10000);
}

ATF_TC(random_flags);
ATF_TC_HEAD(random_flags, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "20000 random EREs under REG_ICASE and REG_NEWLINE, on subjects "
	    "with capitals and newlines");
}
ATF_TC_BODY(random_flags, tc)
{
	maxlen = 10;
	letters = "abcA\nB";
	flags = REG_ICASE | REG_NEWLINE;
	runmany(0x853c49e6748fea9bULL, 20000);
}

ATF_TC(model_self_check);
ATF_TC_HEAD(model_self_check, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "the model itself gives the hand-derived POSIX answers");
}
ATF_TC_BODY(model_self_check, tc)
{
	static struct model M;
	char out[128];

	/* (a|ab)(c|bcd)(d*) built by hand: groups 1, 2, 3 */
	memset(&M, 0, sizeof(M));
	memset(M.memo, -1, sizeof(M.memo));
	M.nn = 14;
	M.n[0] = (struct mnode){ .type = T_CAT, .kid = { 1, 2, 3 }, .nkid = 3 };
	M.n[1] = (struct mnode){
		.type = T_GROUP, .kid = { 4 }, .nkid = 1, .grp = 1
	};
	M.n[2] = (struct mnode){
		.type = T_GROUP, .kid = { 5 }, .nkid = 1, .grp = 2
	};
	M.n[3] = (struct mnode){
		.type = T_GROUP, .kid = { 6 }, .nkid = 1, .grp = 3
	};
	M.n[4] = (struct mnode){ .type = T_ALT, .kid = { 7, 8 }, .nkid = 2 };
	M.n[5] = (struct mnode){ .type = T_ALT, .kid = { 9, 10 }, .nkid = 2 };
	M.n[6] = (struct mnode){
		.type = T_REP, .kid = { 11 }, .nkid = 1, .min = 0, .max = -1
	};
	M.n[7] = (struct mnode){ .type = T_CHAR, .c = 'a' };
	M.n[8] = (struct mnode){ .type = T_CAT, .kid = { 7, 12 }, .nkid = 2 };
	M.n[9] = (struct mnode){ .type = T_CHAR, .c = 'c' };
	M.n[10] =
	    (struct mnode){ .type = T_CAT, .kid = { 12, 9, 11 }, .nkid = 3 };
	M.n[11] = (struct mnode){ .type = T_CHAR, .c = 'd' };
	M.n[12] = (struct mnode){ .type = T_CHAR, .c = 'b' };
	M.ngroups = 3;
	M.s = "abcd";
	M.len = 4;
	model(&M, out, sizeof(out));
	ATF_CHECK_STREQ(out, "0,4 0,2 2,3 3,4");
	M.s = "xabcd";
	M.len = 5;
	memset(M.memo, -1, sizeof(M.memo));
	model(&M, out, sizeof(out));
	ATF_CHECK_STREQ(out, "1,5 1,3 3,4 4,5");
	M.s = "abd";
	M.len = 3;
	memset(M.memo, -1, sizeof(M.memo));
	model(&M, out, sizeof(out));
	ATF_CHECK_STREQ(out, "-");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, model_self_check);
	ATF_TP_ADD_TC(tp, random_a);
	ATF_TP_ADD_TC(tp, random_b);
	ATF_TP_ADD_TC(tp, random_long);
	ATF_TP_ADD_TC(tp, random_flags);
	return atf_no_error();
}
