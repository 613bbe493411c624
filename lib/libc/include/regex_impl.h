/*
 * regex_impl.h: the compiled form of a regular expression, shared by
 * regcomp (parser and code generator), regexec (two matchers) and regfree.
 *
 * A pattern is parsed into a tree and compiled into a small program for a
 * backtracking-free Pike VM (re_pike.c), which gives POSIX leftmost-longest
 * overall matches in time O(text * program).  Patterns with back-references
 * cannot be run by that VM and use the exhaustive backtracker
 * (re_backtrack.c), bounded by a step budget (REG_ESPACE when exceeded).
 */
#ifndef _REGEX_IMPL_H_
#define _REGEX_IMPL_H_

#include <stddef.h>

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
};

/* The subject being matched and the flags that shape anchors. */
struct re_subject {
	const unsigned char *s;
	size_t so, eo; /* the range searched */
	int eflags, cflags;
};

int __re_parse_compile(struct re_guts *, const char *, size_t, int);
void __re_firstset(struct re_guts *);
int __re_pike(const struct re_guts *, const struct re_subject *, ptrdiff_t *);
int __re_backtrack(
    const struct re_guts *, const struct re_subject *, ptrdiff_t *);
int __re_assert(const struct re_subject *, int, size_t);
int __re_isword(int);
ptrdiff_t __re_loopmark(int, ptrdiff_t, size_t);
int __re_loopcheck(const struct re_inst *, ptrdiff_t, size_t, int);

#endif /* !_REGEX_IMPL_H_ */
