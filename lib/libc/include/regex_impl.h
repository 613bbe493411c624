/*
 * regex_impl.h: the compiled form of a regular expression, shared by
 * regcomp (parser and code generator), regexec (two matchers) and regfree.
 *
 * A pattern is parsed into a tree and compiled into a small program for a
 * backtracking-free Pike VM (re_pike.c), which gives POSIX leftmost-longest
 * overall matches in time O(text * program).  Patterns with back-references
 * cannot be run by that VM and use the exhaustive backtracker
 * (re_backtrack.c), bounded by a step budget (REG_ESPACE when exceeded).
 * The tree is kept for the POSIX submatch pass (re_dissect.c, re_ends.c,
 * re_dissect_br.c), run over the overall match a matcher found.
 */
#ifndef _REGEX_IMPL_H_
#define _REGEX_IMPL_H_

#include <stddef.h>
#include <stdint.h>

#include <regex.h>

#define RE_MAGIC       0x62756c6b
#define RE_DUP_MAX_    255	 /* largest count in {m,n} */
#define RE_MAXPROG     200000	 /* largest program, in instructions */
#define RE_BT_BUDGET   20000000L /* backtracker steps before REG_ESPACE */
#define RE_BT_MAXDEPTH 20000	 /* backtracker recursion before REG_ESPACE */

enum re_op {
	RO_CHAR,  /* c: one character */
	RO_ANY,	  /* any character */
	RO_ANYNL, /* any character but newline (REG_NEWLINE) */
	RO_SET,	  /* x: index of a 256-bit set */
	RO_BOL,	  /* ^ */
	RO_EOL,	  /* $ */
	RO_WBEG,  /* \< */
	RO_WEND,  /* \> */
	RO_SAVE,  /* x: capture slot (2 * group + 0/1) */
	RO_SPLIT, /* try x first, then y */
	RO_JMP,	  /* go to x */
	RO_MARK,  /* x: loop register: remember the position */
	RO_CHECK, /* x: loop register: after an empty iteration, see below */
	RO_ENTER, /* x: loop register: reset on entering the loop */
	RO_BREF,  /* x: back-reference to group x */
	RO_MATCH
};

struct re_inst {
	unsigned char op;
	unsigned char c;
	int x, y;
};

/* The parse tree, kept after compilation for the submatch pass. */
enum re_ntype {
	N_EMPTY,
	N_CHAR,	 /* v: the character */
	N_ANY,	 /* . */
	N_SET,	 /* v: index of a 256-bit set */
	N_CAT,	 /* l then r; chains lean right (r is the rest) */
	N_ALT,	 /* l or r; chains lean right */
	N_REP,	 /* l repeated min to max times (max -1: no limit) */
	N_GROUP, /* v: group number, l: the inside */
	N_BOL,
	N_EOL,
	N_BREF, /* v: group number */
	N_WBEG,
	N_WEND
};

#define RE_HASGROUP 1
#define RE_HASBREF  2
#define RE_HASREFD  4 /* a group that a back-reference refers to */

struct re_node {
	int type;
	int l, r;     /* children (index), -1 if none */
	int min, max; /* N_REP: max -1 means no limit */
	int v;	      /* character, set index, group or back-reference */
	int grp;      /* the subtree holds: RE_HASGROUP, RE_HASBREF... */
	int g0, g1;   /* the groups in it: g0 to g1 (0 if none) */
	int maxlen;   /* the longest text it can match, -1: no limit */
};

struct re_guts {
	struct re_inst *prog;
	int nprog;
	unsigned char (*sets)[32];
	int nsets;
	int nsub;   /* parenthesised groups */
	int nloops; /* loop registers for RO_MARK/RO_CHECK */
	int cflags;
	int backrefs; /* the program has RO_BREF: use the backtracker */
	int usefirst; /* every match starts with a byte in first */
	unsigned char first[32]; /* (a bitmap), so others can be skipped */
	struct re_node *nodes;	 /* the parse tree */
	int nnodes;
	int root;
};

/* The subject being matched and the flags that shape anchors. */
struct re_subject {
	const unsigned char *s;
	size_t so, eo; /* the range searched */
	int eflags, cflags;
};

/*
 * The submatch pass (re_ends.c, re_dissect.c) works on sets of positions
 * inside the overall match [so, eo], one bit per position, made in
 * blocks freed together; the end positions of each node from each start
 * are memoized.  Budgets bound its memory and time.
 */
#define RE_DIS_WORDS (1L << 20) /* 64-bit words of sets (8 MB) */
#define RE_DIS_WORK  40000000L	/* word operations */

struct re_memo {
	int node;
	size_t pos;
	uint64_t *set;
};

struct re_dis {
	const struct re_guts *g;
	const struct re_subject *S;
	size_t so, eo; /* the overall match */
	size_t nw;     /* words in a set over all of [so, eo] */
	struct re_memo *tab;
	size_t tabcap, tabn;
	void *blocks;	     /* allocated blocks, linked through word 0 */
	uint64_t *cur, *lim; /* free words in the newest block */
	uint64_t *freed[48]; /* dropped sets by capacity class (sizeclass()),
				linked through word 0 */
	long words, work;    /* used of RE_DIS_WORDS and RE_DIS_WORK */
	int depth;	     /* of the search in re_dissect_br.c */
	int err;
	ptrdiff_t *caps;
};

/*
 * A set covers the words [w0, w0 + nw) of the bitmap over [so, eo]; the
 * three words before it hold its capacity, w0 and nw.  Positions outside
 * the window are not members, and adding one is a no-op: every window is
 * chosen to hold all the positions that matter (re_ends.c).
 */
static inline int
re_set_has(const struct re_dis *D, const uint64_t *set, size_t pos)
{
	size_t b = pos - D->so, w = (b >> 6) - (size_t)set[-2];

	return w < set[-1] && ((set[w] >> (b & 63)) & 1);
}

static inline void
re_set_put(const struct re_dis *D, uint64_t *set, size_t pos)
{
	size_t b = pos - D->so, w = (b >> 6) - (size_t)set[-2];

	if (w < set[-1])
		set[w] |= (uint64_t)1 << (b & 63);
}

static inline void
re_set_del(const struct re_dis *D, uint64_t *set, size_t pos)
{
	size_t b = pos - D->so, w = (b >> 6) - (size_t)set[-2];

	if (w < set[-1])
		set[w] &= ~((uint64_t)1 << (b & 63));
}

/*
 * The iteration-count tag after t iterations of repetition r: counts are
 * kept up to min (any more count as min) when there is no maximum.
 */
static inline int
re_nexttag(const struct re_node *r, int t)
{
	return r->max < 0 && t >= r->min ? r->min : t + 1;
}

int __re_dissect_br(struct re_dis *);
void __re_dis_walk(struct re_dis *, int, size_t, size_t);
int __re_rep_fin(struct re_dis *, const struct re_node *, size_t, size_t,
    const uint64_t *, uint64_t **, int);
int __re_dis_init(struct re_dis *, const struct re_guts *,
    const struct re_subject *, size_t, size_t);
void __re_dis_fini(struct re_dis *);
uint64_t *__re_set_new(struct re_dis *, size_t, size_t);
void __re_set_drop(struct re_dis *, uint64_t *);
size_t __re_set_next(const struct re_dis *, const uint64_t *, size_t);
const uint64_t *__re_ends(struct re_dis *, int, size_t);
int __re_ends_add(struct re_dis *, int, size_t, uint64_t *);
int __re_ends_from(struct re_dis *, int, const uint64_t *, uint64_t *);
int __re_ends_has(struct re_dis *, int, size_t, size_t);
long __re_ends_best(
    struct re_dis *, int, size_t, size_t, size_t, const uint64_t *);

int __re_parse_compile(struct re_guts *, const char *, size_t, int);
void __re_firstset(struct re_guts *);
int __re_pike(const struct re_guts *, const struct re_subject *, ptrdiff_t *);
int __re_backtrack(
    const struct re_guts *, const struct re_subject *, ptrdiff_t *);
int __re_dissect(
    const struct re_guts *, const struct re_subject *, ptrdiff_t *);
int __re_assert(const struct re_subject *, int, size_t);
int __re_isword(int);
ptrdiff_t __re_loopmark(int, ptrdiff_t, size_t);
int __re_loopcheck(const struct re_inst *, ptrdiff_t, size_t, int);

#endif /* !_REGEX_IMPL_H_ */
