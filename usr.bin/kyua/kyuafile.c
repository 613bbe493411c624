/*
 * kyuafile.c: loads a Kyuafile tree into a struct suite.  Kyuafiles are
 * Lua, but kyua only needs a tiny subset, which this file tokenizes and
 * parses itself:
 *
 *	syntax(2)
 *	test_suite("name")
 *	atf_test_program{name="t_x", timeout=10, required_files="/a /b"}
 *	plain_test_program{name="t_y"}   tap_test_program{name="t_z"}
 *	include("sub/Kyuafile")
 *	-- comments, --[[ block comments ]]
 *
 * Calls may use f(...), f{...} or f"..." syntax; strings use '' or ""
 * with Lua escapes, or [[ ]].  Errors say "file:line: message".
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kyua.h"

enum tok { T_EOF, T_NAME, T_STRING, T_NUMBER, T_PUNCT };

struct token {
	enum tok type;
	char *text;
	int line;
};

struct value;

struct field {
	char *key; /* NULL for positional entries */
	struct value *value;
};

struct value {
	enum { V_STRING, V_NUMBER, V_BOOL, V_TABLE } type;
	char *text;
	struct field *fields;
	size_t nfields;
	int line;
};

struct parser {
	const char *file; /* as given, for messages */
	char *dir;	  /* directory of the Kyuafile */
	char *reldir;	  /* its directory relative to the root */
	const char *p;
	int line;
	struct token tok;
	bool syntax_seen;
	char *suite_name;
	struct suite *suite;
	int depth;
};

static void load_file(
    struct suite *, const char *, const char *, const char *, int);

static void perr(const struct parser *, int, const char *, ...)
    __attribute__((__format__(__printf__, 3, 4))) __attribute__((__noreturn__));

static void
perr(const struct parser *ps, int line, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s: E: Load of '%s' failed: %s:%d: ", kyua_progname,
	    ps->file, ps->file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	exit(1);
}

static void
skip_space_and_comments(struct parser *ps)
{
	const char *end;

	for (;;) {
		while (isspace((unsigned char)*ps->p)) {
			if (*ps->p == '\n')
				ps->line++;
			ps->p++;
		}
		if (ps->p[0] != '-' || ps->p[1] != '-')
			return;
		if (ps->p[2] == '[' && ps->p[3] == '[') {
			end = strstr(ps->p, "]]");
			if (end == NULL)
				perr(ps, ps->line, "unfinished long comment");
			for (; ps->p < end; ps->p++)
				if (*ps->p == '\n')
					ps->line++;
			ps->p += 2;
			continue;
		}
		while (*ps->p != '\0' && *ps->p != '\n')
			ps->p++;
	}
}

static char
unescape(struct parser *ps, const char **pp)
{
	char c;

	c = *(*pp)++;
	switch (c) {
	case 'n':
		return '\n';
	case 't':
		return '\t';
	case 'r':
		return '\r';
	case 'a':
		return '\a';
	case 'b':
		return '\b';
	case 'f':
		return '\f';
	case 'v':
		return '\v';
	case '\\':
	case '"':
	case '\'':
		return c;
	case '\n':
		ps->line++;
		return '\n';
	default:
		perr(ps, ps->line, "invalid escape sequence '\\%c'", c);
	}
}

static char *
lex_string(struct parser *ps)
{
	char quote, *buf;
	size_t len;

	quote = *ps->p++;
	buf = xmalloc(strlen(ps->p) + 1);
	len = 0;
	while (*ps->p != quote) {
		if (*ps->p == '\0' || *ps->p == '\n')
			perr(ps, ps->line, "unfinished string");
		if (*ps->p == '\\') {
			ps->p++;
			buf[len++] = unescape(ps, &ps->p);
		} else
			buf[len++] = *ps->p++;
	}
	ps->p++;
	buf[len] = '\0';
	return buf;
}

static char *
lex_long_string(struct parser *ps)
{
	const char *start, *end;
	char *text;

	start = ps->p + 2;
	if (*start == '\n') {
		start++;
		ps->line++;
	}
	if ((end = strstr(start, "]]")) == NULL)
		perr(ps, ps->line, "unfinished long string");
	text = xasprintf("%.*s", (int)(end - start), start);
	for (; start < end; start++)
		if (*start == '\n')
			ps->line++;
	ps->p = end + 2;
	return text;
}

static void
next(struct parser *ps)
{
	const char *start;

	skip_space_and_comments(ps);
	free(ps->tok.text);
	ps->tok.text = NULL;
	ps->tok.line = ps->line;
	start = ps->p;
	if (*ps->p == '\0') {
		ps->tok.type = T_EOF;
		return;
	}
	if (isalpha((unsigned char)*ps->p) || *ps->p == '_') {
		while (isalnum((unsigned char)*ps->p) || *ps->p == '_' ||
		    *ps->p == '.')
			ps->p++;
		ps->tok.type = T_NAME;
	} else if (isdigit((unsigned char)*ps->p)) {
		while (isalnum((unsigned char)*ps->p) || *ps->p == '.')
			ps->p++;
		ps->tok.type = T_NUMBER;
	} else if (*ps->p == '"' || *ps->p == '\'') {
		ps->tok.type = T_STRING;
		ps->tok.text = lex_string(ps);
		return;
	} else if (ps->p[0] == '[' && ps->p[1] == '[') {
		ps->tok.type = T_STRING;
		ps->tok.text = lex_long_string(ps);
		return;
	} else if (strchr("(){}[],;=", *ps->p) != NULL) {
		ps->p++;
		ps->tok.type = T_PUNCT;
	} else
		perr(ps, ps->line, "unexpected character '%c'", *ps->p);
	ps->tok.text = xasprintf("%.*s", (int)(ps->p - start), start);
}

static const char *
tok_desc(const struct parser *ps)
{
	return ps->tok.type == T_EOF ? "<eof>" : ps->tok.text;
}

static bool
is_punct(const struct parser *ps, char c)
{
	return ps->tok.type == T_PUNCT && ps->tok.text[0] == c;
}

static void
expect_punct(struct parser *ps, char c, const char *what)
{
	if (!is_punct(ps, c))
		perr(ps, ps->tok.line, "'%c' expected %s near '%s'", c, what,
		    tok_desc(ps));
	next(ps);
}

static struct value *parse_value(struct parser *);

static struct value *
new_value(int type, const char *text, int line)
{
	struct value *v;

	v = xmalloc(sizeof(*v));
	memset(v, 0, sizeof(*v));
	v->type = type;
	v->text = text != NULL ? xstrdup(text) : NULL;
	v->line = line;
	return v;
}

static void
add_field(struct value *table, char *key, struct value *v)
{
	table->fields = xrealloc(
	    table->fields, (table->nfields + 1) * sizeof(*table->fields));
	table->fields[table->nfields].key = key;
	table->fields[table->nfields].value = v;
	table->nfields++;
}

static void
parse_field(struct parser *ps, struct value *table)
{
	const char *save;
	char *key;
	int line;

	if (is_punct(ps, '[')) {
		next(ps);
		if (ps->tok.type != T_STRING)
			perr(ps, ps->tok.line, "string key expected near '%s'",
			    tok_desc(ps));
		key = xstrdup(ps->tok.text);
		next(ps);
		expect_punct(ps, ']', "after table key");
		expect_punct(ps, '=', "after table key");
		add_field(table, key, parse_value(ps));
		return;
	}
	if (ps->tok.type == T_NAME) {
		/* Look ahead for "name =" without consuming the name. */
		save = ps->p;
		line = ps->line;
		skip_space_and_comments(ps);
		if (*ps->p == '=' && ps->p[1] != '=') {
			key = xstrdup(ps->tok.text);
			ps->p++;
			next(ps);
			add_field(table, key, parse_value(ps));
			return;
		}
		ps->p = save;
		ps->line = line;
	}
	add_field(table, NULL, parse_value(ps));
}

static struct value *
parse_table(struct parser *ps)
{
	struct value *table;
	int line;

	line = ps->tok.line;
	expect_punct(ps, '{', "to open a table");
	table = new_value(V_TABLE, NULL, line);
	while (!is_punct(ps, '}')) {
		if (ps->tok.type == T_EOF)
			perr(ps, ps->tok.line,
			    "'}' expected (to close '{' at "
			    "line %d) near <eof>",
			    line);
		parse_field(ps, table);
		if (is_punct(ps, ',') || is_punct(ps, ';'))
			next(ps);
		else if (!is_punct(ps, '}'))
			perr(ps, ps->tok.line,
			    "'}' expected (to close '{' at "
			    "line %d) near '%s'",
			    line, tok_desc(ps));
	}
	next(ps);
	return table;
}

static struct value *
parse_value(struct parser *ps)
{
	struct value *v;

	if (is_punct(ps, '{'))
		return parse_table(ps);
	if (ps->tok.type == T_STRING)
		v = new_value(V_STRING, ps->tok.text, ps->tok.line);
	else if (ps->tok.type == T_NUMBER)
		v = new_value(V_NUMBER, ps->tok.text, ps->tok.line);
	else if (ps->tok.type == T_NAME &&
	    (strcmp(ps->tok.text, "true") == 0 ||
		strcmp(ps->tok.text, "false") == 0))
		v = new_value(V_BOOL, ps->tok.text, ps->tok.line);
	else
		perr(ps, ps->tok.line, "unexpected symbol near '%s'",
		    tok_desc(ps));
	next(ps);
	return v;
}

/* Parses the arguments of a call into a positional table. */
static struct value *
parse_args(struct parser *ps)
{
	struct value *args;
	int line;

	line = ps->tok.line;
	args = new_value(V_TABLE, NULL, line);
	if (is_punct(ps, '{') || ps->tok.type == T_STRING) {
		add_field(args, NULL, parse_value(ps));
		return args;
	}
	if (!is_punct(ps, '('))
		perr(ps, ps->tok.line, "'(' expected near '%s'", tok_desc(ps));
	next(ps);
	while (!is_punct(ps, ')')) {
		add_field(args, NULL, parse_value(ps));
		if (is_punct(ps, ','))
			next(ps);
		else if (!is_punct(ps, ')'))
			perr(ps, ps->tok.line,
			    "')' expected (to close '(' at "
			    "line %d) near '%s'",
			    line, tok_desc(ps));
	}
	next(ps);
	return args;
}

static const char *
arg_string(
    struct parser *ps, const char *func, const struct value *args, size_t i)
{
	const struct value *v;

	if (i >= args->nfields || args->fields[i].key != NULL)
		perr(ps, args->line, "%s: missing argument %zu", func, i + 1);
	v = args->fields[i].value;
	if (v->type != V_STRING && v->type != V_NUMBER)
		perr(ps, v->line, "%s: argument %zu must be a string", func,
		    i + 1);
	return v->text;
}

static void
call_syntax(struct parser *ps, const struct value *args)
{
	const char *version;

	version = arg_string(ps, "syntax", args, 0);
	if (args->nfields != 1 || strcmp(version, "2") != 0)
		perr(ps, args->line, "Unsupported file version %s", version);
	ps->syntax_seen = true;
}

static void
call_test_suite(struct parser *ps, const struct value *args)
{
	free(ps->suite_name);
	ps->suite_name = xstrdup(arg_string(ps, "test_suite", args, 0));
}

static void
call_include(struct parser *ps, const struct value *args)
{
	const char *path;
	char *abs, *rel, *ddir, *display;

	path = arg_string(ps, "include", args, 0);
	if (path[0] == '/')
		perr(ps, args->line,
		    "Cannot include '%s': path must be "
		    "relative",
		    path);
	abs = path_join(ps->dir, path);
	rel = path_join(ps->reldir, path);
	if (access(abs, R_OK) != 0)
		perr(ps, args->line, "Cannot include '%s': %s", path,
		    strerror(errno));
	if (ps->depth > 32)
		perr(ps, args->line, "Too many nested includes");
	ddir = path_dirname(ps->file);
	display = path_join(ddir, path);
	load_file(ps->suite, abs, display, rel, ps->depth + 1);
	free(ddir);
	free(display);
	free(abs);
	free(rel);
}

static const char *const known_props[] = { "allowed_architectures",
	"allowed_platforms", "description", "execenv", "execenv_jail_params",
	"has_cleanup", "is_exclusive", "required_configs",
	"required_disk_space", "required_files", "required_memory",
	"required_programs", "required_user", "timeout", NULL };

static bool
known_prop(const char *name)
{
	size_t i;

	if (str_starts(name, "custom."))
		return true;
	for (i = 0; known_props[i] != NULL; i++)
		if (strcmp(known_props[i], name) == 0)
			return true;
	return false;
}

static void
check_name(struct parser *ps, const char *name, int line)
{
	if (name[0] == '\0' || name[0] == '/' || strstr(name, "..") != NULL)
		perr(ps, line,
		    "Test program name '%s' must be a relative path "
		    "inside the test suite",
		    name);
}

static void
set_prop(struct parser *ps, struct program *prog, const char *name,
    const struct field *f)
{
	if (!known_prop(f->key))
		perr(ps, f->value->line,
		    "Unknown metadata property '%s' in "
		    "test program '%s'",
		    f->key, name);
	if (f->value->type == V_TABLE)
		perr(ps, f->value->line,
		    "Metadata property '%s' in test "
		    "program '%s' cannot be converted to a string",
		    f->key, name);
	md_set(&prog->md, f->key, f->value->text);
}

static void
call_program(struct parser *ps, enum interface iface, const char *func,
    const struct value *args)
{
	const struct value *tbl;
	struct program *prog;
	const char *name;
	size_t i;

	if (args->nfields != 1 || args->fields[0].value->type != V_TABLE)
		perr(ps, args->line, "%s expects a table of properties", func);
	tbl = args->fields[0].value;
	name = NULL;
	for (i = 0; i < tbl->nfields; i++) {
		if (tbl->fields[i].key == NULL)
			perr(ps, tbl->line, "%s: properties must be named",
			    func);
		if (strcmp(tbl->fields[i].key, "name") == 0)
			name = tbl->fields[i].value->text;
	}
	if (name == NULL)
		perr(ps, tbl->line, "Test program name not defined");
	check_name(ps, name, tbl->line);
	prog = xmalloc(sizeof(*prog));
	memset(prog, 0, sizeof(*prog));
	prog->interface = iface;
	prog->relpath = path_join(ps->reldir, name);
	prog->abspath = path_join(ps->dir, name);
	prog->suite = ps->suite_name != NULL ? xstrdup(ps->suite_name) : NULL;
	for (i = 0; i < tbl->nfields; i++) {
		if (strcmp(tbl->fields[i].key, "name") == 0)
			continue;
		if (strcmp(tbl->fields[i].key, "test_suite") == 0) {
			free(prog->suite);
			prog->suite = xstrdup(tbl->fields[i].value->text);
			continue;
		}
		set_prop(ps, prog, name, &tbl->fields[i]);
	}
	if (prog->suite == NULL)
		perr(ps, tbl->line,
		    "No test suite defined for test program "
		    "'%s'; call test_suite() first",
		    name);
	if (access(prog->abspath, F_OK) != 0)
		perr(ps, tbl->line, "Non-existent test program '%s'",
		    prog->relpath);
	ps->suite->progs = xrealloc(ps->suite->progs,
	    (ps->suite->nprogs + 1) * sizeof(*ps->suite->progs));
	ps->suite->progs[ps->suite->nprogs++] = prog;
}

static void
statement(struct parser *ps)
{
	struct value *args;
	char *func;
	int line;

	if (ps->tok.type != T_NAME)
		perr(ps, ps->tok.line, "unexpected symbol near '%s'",
		    tok_desc(ps));
	func = xstrdup(ps->tok.text);
	line = ps->tok.line;
	next(ps);
	args = parse_args(ps);
	if (!ps->syntax_seen && strcmp(func, "syntax") != 0)
		perr(ps, line, "syntax() must be called before %s()", func);
	if (strcmp(func, "syntax") == 0)
		call_syntax(ps, args);
	else if (strcmp(func, "test_suite") == 0)
		call_test_suite(ps, args);
	else if (strcmp(func, "include") == 0)
		call_include(ps, args);
	else if (strcmp(func, "atf_test_program") == 0)
		call_program(ps, IF_ATF, func, args);
	else if (strcmp(func, "plain_test_program") == 0)
		call_program(ps, IF_PLAIN, func, args);
	else if (strcmp(func, "tap_test_program") == 0)
		call_program(ps, IF_TAP, func, args);
	else
		perr(
		    ps, line, "attempt to call an unknown function '%s'", func);
	free(func);
	if (is_punct(ps, ';'))
		next(ps);
}

static void
load_file(struct suite *suite, const char *file, const char *display,
    const char *reldir, int depth)
{
	struct parser ps;
	char *text;

	memset(&ps, 0, sizeof(ps));
	ps.file = display;
	ps.suite = suite;
	ps.depth = depth;
	ps.line = 1;
	if ((text = read_whole_file(file, NULL)) == NULL)
		die("Load of '%s' failed: cannot open: %s", display,
		    strerror(errno));
	ps.dir = path_dirname(file);
	ps.reldir = path_dirname(reldir);
	ps.p = text;
	next(&ps);
	while (ps.tok.type != T_EOF)
		statement(&ps);
	if (!ps.syntax_seen)
		perr(&ps, 1, "Syntax not defined; call syntax(2) first");
	free(text);
	free(ps.dir);
	free(ps.reldir);
	free(ps.suite_name);
}

struct suite *
kyuafile_load(const char *file)
{
	struct suite *suite;
	char *abs;

	suite = xmalloc(sizeof(*suite));
	memset(suite, 0, sizeof(*suite));
	abs = path_absolute(file);
	suite->root = path_dirname(abs);
	load_file(suite, abs, file, "Kyuafile", 0);
	free(abs);
	return suite;
}
