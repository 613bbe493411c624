/*
 * re_parse.c: the regular-expression parser and code generator behind
 * regcomp().  POSIX basic (BRE) and extended (ERE) syntax are parsed into
 * a tree (nodes kept in one growable array, linked by index), which is
 * then compiled into the instruction program of regex_impl.h; the tree is
 * kept (re_guts.nodes) for the POSIX submatch pass (re_dissect.c).
 * Entry point: __re_parse_compile().
 *
 * Syntax notes (following Henry Spencer's and NetBSD's choices where POSIX
 * leaves them open): an empty ERE branch or "()" is REG_EMPTY; '*' '+' '?'
 * or an interval with nothing to repeat is REG_BADRPT in ERE (a literal
 * '*' in BRE); in ERE '{' not followed by a digit is literal; back-
 * references \1-\9 work in both syntaxes; \< and \> match the start and
 * end of a word; other escaped characters stand for themselves.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

#define RE_MAXDEPTH 500

struct parser {
	const unsigned char *p, *end;
	int cflags;
	int err;
	int depth;
	struct re_node *nodes;
	int nnodes, capnodes;
	struct re_guts *g;
	int capsets;
	int ngroups;
	unsigned char closed[RE_DUP_MAX_ + 1]; /* groups already closed */
	unsigned char refd[RE_DUP_MAX_ + 1];   /* groups back-referenced */
	int capprog;
};

static int
fail(struct parser *P, int err)
{
	if (P->err == 0)
		P->err = err;
	return -1;
}

static int
mk(struct parser *P, int type, int l, int r)
{
	struct re_node *n;

	if (P->nnodes == P->capnodes) {
		int cap = P->capnodes ? P->capnodes * 2 : 64;
		struct re_node *nn = realloc(P->nodes, cap * sizeof(*nn));

		if (nn == NULL)
			return fail(P, REG_ESPACE);
		P->nodes = nn;
		P->capnodes = cap;
	}
	n = &P->nodes[P->nnodes];
	n->type = type;
	n->l = l;
	n->r = r;
	n->min = n->max = n->v = n->grp = n->g0 = n->g1 = 0;
	return P->nnodes++;
}

static int
mkv(struct parser *P, int type, int v)
{
	int n = mk(P, type, -1, -1);

	if (n >= 0)
		P->nodes[n].v = v;
	return n;
}

static int
newset(struct parser *P)
{
	struct re_guts *g = P->g;

	if (g->nsets == P->capsets) {
		int cap = P->capsets ? P->capsets * 2 : 8;
		void *ns = realloc(g->sets, cap * sizeof(g->sets[0]));

		if (ns == NULL)
			return fail(P, REG_ESPACE);
		g->sets = ns;
		P->capsets = cap;
	}
	memset(g->sets[g->nsets], 0, sizeof(g->sets[0]));
	return g->nsets++;
}

static int
peek(const struct parser *P, size_t i)
{
	return P->p + i < P->end ? P->p[i] : -1;
}

/* ---- bracket expressions ---- */

static int
classmatch(const char *name, size_t len, int c)
{
	static const struct {
		const char *name;
		int (*fn)(int);
	} tab[] = { { "alnum", isalnum }, { "alpha", isalpha },
		{ "blank", isblank }, { "cntrl", iscntrl },
		{ "digit", isdigit }, { "graph", isgraph },
		{ "lower", islower }, { "print", isprint },
		{ "punct", ispunct }, { "space", isspace },
		{ "upper", isupper }, { "xdigit", isxdigit } };

	for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (strlen(tab[i].name) == len &&
		    memcmp(tab[i].name, name, len) == 0)
			return c < 0 ? 1 : tab[i].fn(c) != 0;
	return -1;
}

static void
setbit(unsigned char *set, int c)
{
	set[c >> 3] |= (unsigned char)(1 << (c & 7));
}

/*
 * "[:name:]", "[=c=]" or "[.c.]" starting at P->p (which points at '[');
 * kind is ':', '=' or '.'.  Returns the character for '=' and '.', 0 for
 * a class (added to set), -1 on error.
 */
static int
bracket_special(struct parser *P, unsigned char *set, int kind)
{
	const unsigned char *s = P->p + 2, *e;

	for (e = s; e + 1 < P->end && !(e[0] == kind && e[1] == ']'); e++)
		continue;
	if (e + 1 >= P->end)
		return fail(P, REG_EBRACK);
	P->p = e + 2;
	if (kind == ':') {
		if (classmatch((const char *)s, (size_t)(e - s), -1) < 0)
			return fail(P, REG_ECTYPE);
		for (int c = 1; c < 256; c++)
			if (classmatch((const char *)s, (size_t)(e - s), c) ==
			    1)
				setbit(set, c);
		return 0;
	}
	if (e - s != 1)
		return fail(P, REG_ECOLLATE);
	return *s;
}

/* One range endpoint or single element; -2 if it was a class. */
static int
bracket_elem(struct parser *P, unsigned char *set)
{
	int c = peek(P, 0), k = peek(P, 1);

	if (c == '[' && (k == ':' || k == '=' || k == '.')) {
		int r = bracket_special(P, set, k);

		if (r < 0)
			return -1;
		return k == ':' ? -2 : r;
	}
	P->p++;
	return c;
}

static void
bracket_finish(struct parser *P, unsigned char *set, int neg)
{
	if (P->cflags & REG_ICASE)
		for (int c = 0; c < 256; c++)
			if (set[c >> 3] & (1 << (c & 7))) {
				setbit(set, tolower(c));
				setbit(set, toupper(c));
			}
	if (neg) {
		for (int i = 0; i < 32; i++)
			set[i] = (unsigned char)~set[i];
		if (P->cflags & REG_NEWLINE)
			set['\n' >> 3] &= (unsigned char)~(1 << ('\n' & 7));
	}
}

/* After '[': the bracket expression up to and including ']'. */
static int
bracket(struct parser *P)
{
	int s = newset(P), neg = 0, first = 1, lo, hi;
	unsigned char *set;

	if (s < 0)
		return -1;
	set = P->g->sets[s];
	if (peek(P, 0) == '^') {
		neg = 1;
		P->p++;
	}
	for (;; first = 0) {
		if (P->p >= P->end)
			return fail(P, REG_EBRACK);
		if (*P->p == ']' && !first) {
			P->p++;
			break;
		}
		if ((lo = bracket_elem(P, set)) == -1)
			return -1;
		if (peek(P, 0) == '-' && peek(P, 1) != ']' &&
		    peek(P, 1) != -1) {
			P->p++;
			if ((hi = bracket_elem(P, set)) == -1)
				return -1;
			if (lo == -2 || hi == -2 || hi < lo)
				return fail(P, REG_ERANGE);
			for (int c = lo; c <= hi; c++)
				setbit(set, c);
		} else if (lo >= 0) {
			setbit(set, lo);
		}
	}
	bracket_finish(P, set, neg);
	return mkv(P, N_SET, s);
}

/* ---- repetition ---- */

static int
number(struct parser *P)
{
	int n = 0, any = 0;

	while (P->p < P->end && isdigit(*P->p)) {
		n = n * 10 + (*P->p++ - '0');
		if (n > RE_DUP_MAX_)
			n = RE_DUP_MAX_ + 1;
		any = 1;
	}
	return any ? n : -1;
}

/* After '{' or "\{": "m}", "m,}" or "m,n}" ("\}" in BRE). */
static int
interval(struct parser *P, int atom)
{
	int m, n, r;

	if ((m = number(P)) < 0)
		return fail(P, P->p >= P->end ? REG_EBRACE : REG_BADBR);
	n = m;
	if (peek(P, 0) == ',') {
		P->p++;
		n = peek(P, 0) >= '0' && peek(P, 0) <= '9' ? number(P) : -1;
	}
	if (P->cflags & REG_EXTENDED) {
		if (P->p >= P->end)
			return fail(P, REG_EBRACE);
		if (*P->p != '}')
			return fail(P, REG_BADBR);
		P->p++;
	} else {
		if (P->p >= P->end || (P->p + 1 >= P->end && *P->p == '\\'))
			return fail(P, REG_EBRACE);
		if (P->p[0] != '\\' || P->p[1] != '}')
			return fail(P, REG_BADBR);
		P->p += 2;
	}
	if (m > RE_DUP_MAX_ || n > RE_DUP_MAX_ || (n != -1 && n < m))
		return fail(P, REG_BADBR);
	if ((r = mk(P, N_REP, atom, -1)) < 0)
		return -1;
	P->nodes[r].min = m;
	P->nodes[r].max = n;
	return r;
}

static int
rep(struct parser *P, int atom, int min, int max)
{
	int r = mk(P, N_REP, atom, -1);

	if (r >= 0) {
		P->nodes[r].min = min;
		P->nodes[r].max = max;
	}
	return r;
}

/* ---- escapes shared by both syntaxes ---- */

static int
escape(struct parser *P)
{
	int c;

	if (P->p >= P->end)
		return fail(P, REG_EESCAPE);
	c = *P->p++;
	if (c >= '1' && c <= '9') {
		if (c - '0' > P->ngroups || !P->closed[c - '0'])
			return fail(P, REG_ESUBREG);
		P->refd[c - '0'] = 1;
		P->g->backrefs = 1;
		return mkv(P, N_BREF, c - '0');
	}
	if (c == '<')
		return mk(P, N_WBEG, -1, -1);
	if (c == '>')
		return mk(P, N_WEND, -1, -1);
	return mkv(P, N_CHAR, c);
}

/*
 * Append b to the chain of type (N_CAT or N_ALT) rooted at *root whose
 * last link is *tail.  Chains lean right so that code generation walks
 * them in a loop: a long pattern never means deep recursion.
 */
static int
append(struct parser *P, int type, int *root, int *tail, int b)
{
	int c;

	if (b < 0)
		return -1;
	if (*root < 0) {
		*root = b;
		return 0;
	}
	if (*tail < 0) {
		if ((c = mk(P, type, *root, b)) < 0)
			return -1;
		*root = *tail = c;
		return 0;
	}
	if ((c = mk(P, type, P->nodes[*tail].r, b)) < 0)
		return -1;
	P->nodes[*tail].r = c;
	*tail = c;
	return 0;
}

static int
group(struct parser *P, int inner, int g)
{
	P->closed[g] = 1;
	return mk(P, N_GROUP, inner, -1) < 0
	    ? -1
	    : (P->nodes[P->nnodes - 1].v = g, P->nnodes - 1);
}

static int
opengroup(struct parser *P)
{
	if (P->depth >= RE_MAXDEPTH)
		return fail(P, REG_ESPACE);
	if (P->ngroups >= RE_DUP_MAX_)
		return fail(P, REG_ESPACE);
	P->depth++;
	return ++P->ngroups;
}

/* ---- ERE ---- */

static int ere_alt(struct parser *);

static int
ere_atom(struct parser *P)
{
	int c = *P->p++, g, inner;

	switch (c) {
	case '(':
		if ((g = opengroup(P)) < 0)
			return -1;
		if (peek(P, 0) == ')')
			return fail(P, REG_EMPTY);
		if ((inner = ere_alt(P)) < 0)
			return -1;
		if (peek(P, 0) != ')')
			return fail(P, REG_EPAREN);
		P->p++;
		P->depth--;
		return group(P, inner, g);
	case ')':
		return fail(P, REG_EPAREN);
	case '.':
		return mk(P, N_ANY, -1, -1);
	case '^':
		return mk(P, N_BOL, -1, -1);
	case '$':
		return mk(P, N_EOL, -1, -1);
	case '[':
		return bracket(P);
	case '\\':
		return escape(P);
	case '*':
	case '+':
	case '?':
		return fail(P, REG_BADRPT);
	case '{':
		if (peek(P, 0) >= '0' && peek(P, 0) <= '9')
			return fail(P, REG_BADRPT);
		return mkv(P, N_CHAR, c);
	default:
		return mkv(P, N_CHAR, c);
	}
}

static int
ere_piece(struct parser *P)
{
	int a = ere_atom(P), type, nrep = 0;

	if (a < 0)
		return -1;
	type = P->nodes[a].type;
	while (P->p < P->end && a >= 0) {
		int c = *P->p;

		if (c != '*' && c != '+' && c != '?' &&
		    !(c == '{' && peek(P, 1) >= '0' && peek(P, 1) <= '9'))
			break;
		if (type == N_BOL || type == N_EOL)
			return fail(P, REG_BADRPT);
		if (++nrep > RE_MAXDEPTH) /* each one nests */
			return fail(P, REG_ESPACE);
		P->p++;
		if (c == '*')
			a = rep(P, a, 0, -1);
		else if (c == '+')
			a = rep(P, a, 1, -1);
		else if (c == '?')
			a = rep(P, a, 0, 1);
		else
			a = interval(P, a);
	}
	return a;
}

static int
ere_branch(struct parser *P)
{
	int n = -1, tail = -1;

	while (
	    P->p < P->end && *P->p != '|' && !(*P->p == ')' && P->depth > 0)) {
		if (append(P, N_CAT, &n, &tail, ere_piece(P)) < 0)
			return -1;
	}
	if (n < 0)
		return fail(P, REG_EMPTY);
	return n;
}

static int
ere_alt(struct parser *P)
{
	int l = ere_branch(P), tail = -1;

	while (l >= 0 && P->p < P->end && *P->p == '|') {
		P->p++;
		if (append(P, N_ALT, &l, &tail, ere_branch(P)) < 0)
			return -1;
	}
	return l;
}

/* ---- BRE ---- */

static int bre_seq(struct parser *);

static int
bre_atom(struct parser *P, int start)
{
	int c = *P->p++, g, inner;

	if (c == '^' && start)
		return mk(P, N_BOL, -1, -1);
	if (c == '*' && start)
		return mkv(P, N_CHAR, c);
	if (c == '$' &&
	    (P->p == P->end ||
		(P->depth > 0 && peek(P, 0) == '\\' && peek(P, 1) == ')')))
		return mk(P, N_EOL, -1, -1);
	if (c == '.')
		return mk(P, N_ANY, -1, -1);
	if (c == '[')
		return bracket(P);
	if (c != '\\')
		return mkv(P, N_CHAR, c);
	if (P->p >= P->end)
		return fail(P, REG_EESCAPE);
	c = *P->p;
	if (c == '(') {
		P->p++;
		if ((g = opengroup(P)) < 0 || (inner = bre_seq(P)) == -1)
			return -1;
		if (peek(P, 0) != '\\' || peek(P, 1) != ')')
			return fail(P, REG_EPAREN);
		P->p += 2;
		P->depth--;
		return group(P, inner < 0 ? mk(P, N_EMPTY, -1, -1) : inner, g);
	}
	if (c == ')')
		return fail(P, REG_EPAREN);
	if (c == '{')
		return fail(P, REG_BADRPT);
	return escape(P);
}

/* A BRE up to the end or "\)"; -2 if empty. */
static int
bre_seq(struct parser *P)
{
	int n = -1, a, start = 1, type, tail = -1, nrep;

	while (P->p < P->end) {
		if (P->depth > 0 && peek(P, 0) == '\\' && peek(P, 1) == ')')
			break;
		if ((a = bre_atom(P, start)) < 0)
			return -1;
		type = P->nodes[a].type;
		start = type == N_BOL;
		for (nrep = 0;; nrep++) {
			if (nrep > RE_MAXDEPTH) /* each one nests */
				return fail(P, REG_ESPACE);
			if (peek(P, 0) == '*' && type != N_BOL) {
				P->p++;
				a = rep(P, a, 0, -1);
			} else if (peek(P, 0) == '\\' && peek(P, 1) == '{' &&
			    type != N_BOL) {
				P->p += 2;
				a = interval(P, a);
			} else {
				break;
			}
			if (a < 0)
				return -1;
		}
		if (append(P, N_CAT, &n, &tail, a) < 0)
			return -1;
	}
	return n < 0 ? -2 : n;
}

/* REG_NOSPEC: every character is literal. */
static int
literal(struct parser *P)
{
	int n = -1, tail = -1;

	while (P->p < P->end)
		if (append(P, N_CAT, &n, &tail, mkv(P, N_CHAR, *P->p++)) < 0)
			return -1;
	return n < 0 ? mk(P, N_EMPTY, -1, -1) : n;
}

/* ---- code generation ---- */

static int
emit(struct parser *P, int op, int x, int y)
{
	struct re_guts *g = P->g;

	if (g->nprog >= RE_MAXPROG)
		return fail(P, REG_ESPACE);
	if (g->nprog == P->capprog) {
		int cap = P->capprog ? P->capprog * 2 : 64;
		void *np = realloc(g->prog, cap * sizeof(g->prog[0]));

		if (np == NULL)
			return fail(P, REG_ESPACE);
		g->prog = np;
		P->capprog = cap;
	}
	g->prog[g->nprog].op = (unsigned char)op;
	g->prog[g->nprog].c = (unsigned char)x;
	g->prog[g->nprog].x = x;
	g->prog[g->nprog].y = y;
	return g->nprog++;
}

static int gen(struct parser *, int);

/* a|b|c: SPLIT to each alternative in turn, each ending in a JMP to the
 * end; the pending JMPs are chained through their x fields. */
static int
genalt(struct parser *P, int i)
{
	int l1, l2, jmps = -1, next;

	for (; P->nodes[i].type == N_ALT; i = P->nodes[i].r) {
		if ((l1 = emit(P, RO_SPLIT, 0, 0)) < 0 ||
		    gen(P, P->nodes[i].l) < 0 ||
		    (l2 = emit(P, RO_JMP, jmps, 0)) < 0)
			return -1;
		jmps = l2;
		P->g->prog[l1].x = l1 + 1;
		P->g->prog[l1].y = P->g->nprog;
	}
	if (gen(P, i) < 0)
		return -1;
	for (; jmps >= 0; jmps = next) {
		next = P->g->prog[jmps].x;
		P->g->prog[jmps].x = P->g->nprog;
	}
	return 0;
}

static int
gencharnode(struct parser *P, int c)
{
	int s;

	if ((P->cflags & REG_ICASE) && isalpha(c)) {
		if ((s = newset(P)) < 0)
			return -1;
		setbit(P->g->sets[s], tolower(c));
		setbit(P->g->sets[s], toupper(c));
		return emit(P, RO_SET, s, 0);
	}
	return emit(P, RO_CHAR, c, 0);
}

static int
genstar(struct parser *P, int body)
{
	int k = P->g->nloops++, l1, l2, chk;

	if (emit(P, RO_ENTER, k, 0) < 0 || (l1 = emit(P, RO_SPLIT, 0, 0)) < 0 ||
	    emit(P, RO_MARK, k, 0) < 0 || gen(P, body) < 0 ||
	    (chk = emit(P, RO_CHECK, k, 0)) < 0 || emit(P, RO_JMP, l1, 0) < 0)
		return -1;
	l2 = P->g->nprog;
	P->g->prog[l1].x = l1 + 1;
	P->g->prog[l1].y = l2;
	P->g->prog[chk].y = l2; /* an empty first iteration is the last */
	return 0;
}

/* body+ : one iteration is mandatory, then as many as match. */
static int
genplus(struct parser *P, int body)
{
	int k = P->g->nloops++, l1, chk, sp;

	if (emit(P, RO_ENTER, k, 0) < 0 || (l1 = emit(P, RO_MARK, k, 0)) < 0 ||
	    gen(P, body) < 0 || (chk = emit(P, RO_CHECK, k, 0)) < 0 ||
	    (sp = emit(P, RO_SPLIT, l1, 0)) < 0)
		return -1;
	P->g->prog[sp].y = P->g->nprog;
	P->g->prog[chk].y = P->g->nprog;
	return 0;
}

static int
genrep(struct parser *P, const struct re_node *n)
{
	int splits[RE_DUP_MAX_ + 1], ns = 0;

	if (n->max < 0 && n->min > 0) {
		for (int i = 0; i < n->min - 1; i++)
			if (gen(P, n->l) < 0)
				return -1;
		return genplus(P, n->l);
	}
	for (int i = 0; i < n->min; i++)
		if (gen(P, n->l) < 0)
			return -1;
	if (n->max < 0)
		return genstar(P, n->l);
	for (int i = n->min; i < n->max; i++) {
		if ((splits[ns] = emit(P, RO_SPLIT, 0, 0)) < 0)
			return -1;
		P->g->prog[splits[ns]].x = splits[ns] + 1;
		ns++;
		if (gen(P, n->l) < 0)
			return -1;
	}
	for (int i = 0; i < ns; i++)
		P->g->prog[splits[i]].y = P->g->nprog;
	return 0;
}

static int
gen(struct parser *P, int i)
{
	const struct re_node *n = &P->nodes[i];

	switch (n->type) {
	case N_EMPTY:
		return 0;
	case N_CHAR:
		return gencharnode(P, n->v);
	case N_ANY:
		return emit(
		    P, P->cflags & REG_NEWLINE ? RO_ANYNL : RO_ANY, 0, 0);
	case N_SET:
		return emit(P, RO_SET, n->v, 0);
	case N_CAT:
		for (; P->nodes[i].type == N_CAT; i = P->nodes[i].r)
			if (gen(P, P->nodes[i].l) < 0)
				return -1;
		return gen(P, i);
	case N_ALT:
		return genalt(P, i);
	case N_REP:
		return genrep(P, n);
	case N_GROUP:
		if (emit(P, RO_SAVE, 2 * n->v, 0) < 0 || gen(P, n->l) < 0)
			return -1;
		return emit(P, RO_SAVE, 2 * n->v + 1, 0);
	case N_BOL:
		return emit(P, RO_BOL, 0, 0);
	case N_EOL:
		return emit(P, RO_EOL, 0, 0);
	case N_WBEG:
		return emit(P, RO_WBEG, 0, 0);
	case N_WEND:
		return emit(P, RO_WEND, 0, 0);
	default: /* N_BREF */
		return emit(P, RO_BREF, n->v, 0);
	}
}

#define RE_LONG (1 << 24) /* lengths from here on count as unbounded */

/* The longest text that two nodes in a row (cat) or either (!cat) can
 * match: -1 for no limit. */
static int
lencombine(int a, int b, int cat)
{
	if (a < 0 || b < 0)
		return -1;
	if (!cat)
		return a > b ? a : b;
	return a + b >= RE_LONG ? -1 : a + b;
}

static int
lenrep(int body, int max)
{
	if (body == 0 || max == 0)
		return 0;
	if (body < 0 || max < 0 || (long)body * max >= RE_LONG)
		return -1;
	return body * max;
}

static int
lenleaf(int type)
{
	switch (type) {
	case N_CHAR:
	case N_ANY:
	case N_SET:
		return 1;
	case N_BREF:
		return -1;
	default:
		return 0;
	}
}

/* Node n takes in what its child c holds: groups, their numbers. */
static void
absorb(struct re_node *n, const struct re_node *c)
{
	n->grp |= c->grp;
	if (c->g0 != 0 && (n->g0 == 0 || c->g0 < n->g0))
		n->g0 = c->g0;
	if (c->g1 > n->g1)
		n->g1 = c->g1;
}

static void
markleaf(const struct parser *P, struct re_node *n)
{
	n->maxlen = lenleaf(n->type);
	n->grp = n->type == N_BREF ? RE_HASBREF : 0;
	if (n->type == N_GROUP) {
		n->g0 = n->g1 = n->v;
		n->grp = RE_HASGROUP | (P->refd[n->v] ? RE_HASREFD : 0);
	}
}

/*
 * Notes for each node what its subtree holds (groups, back-referenced
 * groups, back-references; the submatch pass skips what holds none), the
 * range of its group numbers and the longest text it can match.  Chains
 * are walked in loops, their links kept on stack so that each link
 * learns about the rest of its chain afterwards.
 */
static void
marktree(struct parser *P, int i, int *stack, int *sp)
{
	struct re_node *nodes = P->nodes, *n = &nodes[i];
	int base = *sp, type = n->type, last;

	markleaf(P, n);
	switch (type) {
	case N_GROUP:
	case N_REP:
		marktree(P, n->l, stack, sp);
		absorb(n, &nodes[n->l]);
		n->maxlen = type == N_GROUP
		    ? nodes[n->l].maxlen
		    : lenrep(nodes[n->l].maxlen, n->max);
		return;
	case N_CAT:
	case N_ALT:
		for (; nodes[i].type == type; i = nodes[i].r) {
			stack[(*sp)++] = i;
			marktree(P, nodes[i].l, stack, sp);
		}
		marktree(P, i, stack, sp);
		for (last = i; *sp > base; last = stack[*sp]) {
			n = &nodes[stack[--(*sp)]];
			n->grp = n->g0 = n->g1 = 0;
			absorb(n, &nodes[n->l]);
			absorb(n, &nodes[last]);
			n->maxlen = lencombine(nodes[n->l].maxlen,
			    nodes[last].maxlen, type == N_CAT);
		}
		return;
	default:
		return;
	}
}

/* Hands the tree over to the compiled expression. */
static void
keeptree(struct parser *P, int root)
{
	int *stack = malloc((size_t)P->nnodes * sizeof(int)), sp = 0;

	if (stack == NULL) {
		fail(P, REG_ESPACE);
		return;
	}
	marktree(P, root, stack, &sp);
	free(stack);
	P->g->nodes = P->nodes;
	P->g->nnodes = P->nnodes;
	P->g->root = root;
}

int
__re_parse_compile(struct re_guts *g, const char *pat, size_t len, int cflags)
{
	struct parser P;
	int root;

	memset(&P, 0, sizeof(P));
	P.p = (const unsigned char *)pat;
	P.end = P.p + len;
	P.cflags = cflags;
	P.g = g;
	g->cflags = cflags;
	if (cflags & REG_NOSPEC)
		root = literal(&P);
	else if (cflags & REG_EXTENDED)
		root = ere_alt(&P);
	else if ((root = bre_seq(&P)) == -2)
		root = mk(&P, N_EMPTY, -1, -1);
	if (root >= 0 && P.p < P.end)
		root = fail(&P, REG_EPAREN);
	if (root >= 0 && emit(&P, RO_SAVE, 0, 0) >= 0 && gen(&P, root) >= 0 &&
	    emit(&P, RO_SAVE, 1, 0) >= 0)
		emit(&P, RO_MATCH, 0, 0);
	if (P.err == 0 && root < 0)
		P.err = REG_BADPAT;
	g->nsub = P.ngroups;
	if (P.err == 0)
		keeptree(&P, root);
	if (P.err == 0)
		__re_firstset(g);
	else
		free(P.nodes);
	return P.err;
}
