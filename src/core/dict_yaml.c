/* dict_yaml.c - the subset of YAML that quanteda dictionaries use (see
 * dictionary.h), read line by line with a stack of the keys open. */
#include "dictionary_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 32              /* YAML nesting */

enum ykind { Y_OPEN, Y_MAP, Y_SEQ, Y_LEAF /* its value on its line */ };

struct ynode {
	int indent, line;
	enum ykind kind;
	int child_indent;
	int cat;                   /* Y_SEQ: the category its items go to */
	size_t path_len;           /* of the path up to and including this key */
};

struct yaml {
	struct ynode st[MAX_DEPTH + 1];
	int depth;                 /* st[0] is the document */
	struct pl_buf path;        /* the keys, joined with '.' */
	struct pl_buf scalar;
};

/* Closes the innermost key; a key with no value is an empty category. */
static void y_pop(struct dict *d, struct yaml *y)
{
	struct ynode *k = &y->st[y->depth--];
	if (k->kind == Y_OPEN)
		dict_report(d, k->line, "the category '%s' has no entries",
		            dict_shown(d, y->path.data, k->path_len));
	y->path.len = y->st[y->depth].path_len;
}

/* Reads a scalar at s[*i..n) into y->scalar: quoted, or plain (in a flow
 * sequence, up to ',' or ']'). 0, or -1 after a report. */
static int y_scalar(struct dict *d, struct yaml *y, const char *s, size_t n, size_t *i, int flow)
{
	pl_buf_clear(&y->scalar);
	size_t p = *i;
	char q = s[p];
	if (q == '\'' || q == '"') {
		for (p++; p < n; p++) {
			int rc = PL_OK;
			if (s[p] == q && q == '\'' && p + 1 < n && s[p + 1] == '\'') {
				rc = pl_buf_addc(&y->scalar, '\'');
				p++;
			} else if (s[p] == q) {
				break;
			} else if (s[p] == '\\' && q == '"') {
				char e = p + 1 < n ? s[p + 1] : '\0';
				int hex = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
				if (e && strchr("\\\"/ ", e)) {
					rc = pl_buf_addc(&y->scalar, e);
				} else if (e == 'n' || e == 't' || e == 'r') {
					rc = pl_buf_addc(&y->scalar, e == 'n' ? '\n' : e == 't' ? '\t' : '\r');
				} else if (hex && p + 2 + (size_t)hex <= n) {
					uint32_t cp = 0;
					for (int k = 0; k < hex; k++) {
						char h = s[p + 2 + k];
						int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ?
						        h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
						cp = v < 0 || cp > 0xFFFFFFF ? 0xFFFFFFFF : cp * 16 + (uint32_t)v;
					}
					if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
						dict_report(d, d->lineno, "bad escape '%s' in a quoted string",
						            dict_shown(d, s + p, 2 + (size_t)hex));
						return -1;
					}
					rc = pl_buf_add_utf8(&y->scalar, cp);
					p += (size_t)hex;
				} else {
					dict_report(d, d->lineno, "unsupported escape '%s' in a quoted string",
					            dict_shown(d, s + p, e ? 2 : 1));
					return -1;
				}
				p++;
			} else {
				rc = pl_buf_addc(&y->scalar, s[p]);
			}
			if (rc) {
				d->oom = 1;
				return -1;
			}
		}
		if (p >= n) {
			dict_report(d, d->lineno, "unterminated quoted string (strings over several lines "
			            "are not supported)");
			return -1;
		}
		*i = p + 1;
		return 0;
	}
	static const char indicators[] = "&*!|>{[]}%@`,?:-#";
	char next = p + 1 < n ? s[p + 1] : ' ';
	if (strchr(indicators, q) &&
	    !((q == '?' || q == ':' || q == '-') && !dict_is_space(next))) {
		const char *what = q == '*' ? "an alias" : q == '&' ? "an anchor" : q == '!' ? "a tag" :
		                   q == '|' || q == '>' ? "a block scalar" :
		                   q == '{' ? "a flow mapping" : q == '[' ? "a nested list" :
		                   q == '-' ? "a nested list" : q == '#' ? "a comment" :
		                   "a YAML indicator";
		dict_report(d, d->lineno, "'%s' starts %s, which a dictionary does not use here: quote "
		            "the value ('...')", dict_shown(d, s + p, n - p), what);
		return -1;
	}
	size_t start = p;
	while (p < n) {
		if (s[p] == '#' && dict_is_space(s[p - 1]))
			break;
		if (s[p] == ':' && (p + 1 == n || dict_is_space(s[p + 1]) || (flow && s[p + 1] == ','))) {
			dict_report(d, d->lineno, "a key ('%s') where a value was expected: a list item "
			            "or a list holds patterns, not categories",
			            dict_shown(d, s + start, p - start));
			return -1;
		}
		if (flow && (s[p] == ',' || s[p] == ']'))
			break;
		if (flow && (s[p] == '[' || s[p] == '{' || s[p] == '}')) {
			dict_report(d, d->lineno, "unexpected '%c' in a list (quote the value)", s[p]);
			return -1;
		}
		p++;
	}
	size_t end = p;
	while (end > start && dict_is_space(s[end - 1]))
		end--;
	if (pl_buf_add(&y->scalar, s + start, end - start))
		d->oom = 1;
	*i = p;
	return d->oom ? -1 : 0;
}

/* Only blanks and a comment may follow at s[i..n). */
static int y_line_end(struct dict *d, const char *s, size_t n, size_t i)
{
	dict_skip_blanks(s, n, &i);
	if (i < n && s[i] != '#') {
		dict_report(d, d->lineno, "unexpected '%s' after the value", dict_shown(d, s + i, n - i));
		return -1;
	}
	return 0;
}

/* The category that the key on top of the stack names, created now. */
static int y_category(struct dict *d, struct yaml *y)
{
	int c = dict_add_category(d, y->path.data ? y->path.data : "", y->path.len, -1);
	if (c >= 0)
		d->cats[c].line = y->st[y->depth].line;
	return c;
}

static void y_entry(struct dict *d, struct yaml *y, int cat)
{
	if (cat >= 0 && !dict_entry_regex(d, y->scalar.data ? y->scalar.data : "", y->scalar.len,
	                                  PL_GLOB_QUESTION))
		dict_add_pattern(d, cat, d->regex.data);
}

/* "[a, b]" on one line, into the category on top of the stack. */
static int y_flow(struct dict *d, struct yaml *y, const char *s, size_t n, size_t i)
{
	int cat = y_category(d, y);
	size_t items = 0;
	for (i++;;) {
		dict_skip_blanks(s, n, &i);
		if (i < n && s[i] == ']')
			break;
		if (i >= n || s[i] == '#') {
			dict_report(d, d->lineno, "'[' not closed on its line (lists over several lines "
			            "are written '- item', one a line)");
			return -1;
		}
		if (y_scalar(d, y, s, n, &i, 1))
			return -1;
		y_entry(d, y, cat);
		items++;
		dict_skip_blanks(s, n, &i);
		if (i < n && s[i] == ',')
			i++;
		else if (i >= n || s[i] != ']') {
			dict_report(d, d->lineno, "expected ',' or ']' in the list");
			return -1;
		}
	}
	/* Without items it stays open, to be reported as empty when closed. */
	if (items)
		y->st[y->depth].kind = Y_LEAF;
	return y_line_end(d, s, n, i + 1);
}

/* A key (Y_MAP) or a list item (Y_SEQ) at `indent` under the innermost
 * key: the first decides what the key holds, the others must agree. */
static int y_child(struct dict *d, struct yaml *y, enum ykind kind, int indent)
{
	struct ynode *k = &y->st[y->depth];
	const char *what = kind == Y_MAP ? "key" : "list item";
	if (k->kind == Y_LEAF) {
		dict_report(d, d->lineno, "a %s under a category whose value is on its own line already",
		            what);
		return -1;
	}
	if (k->kind != Y_OPEN && k->kind != kind) {
		dict_report(d, d->lineno, "a %s %s: a category holds either a list of patterns or "
		            "categories, not both", what, kind == Y_MAP ? "inside a list" : "among keys");
		return -1;
	}
	if (k->kind == Y_OPEN) {
		k->kind = kind;
		k->child_indent = indent;
		if (kind == Y_SEQ)
			k->cat = y_category(d, y);
	} else if (indent != k->child_indent) {
		dict_report(d, d->lineno, "bad indentation: %d spaces here, %d for the %ss above", indent,
		            k->child_indent, kind == Y_MAP ? "key" : "item");
		return -1;
	}
	return 0;
}

/* "key:" and what follows it on the line. */
static int y_key(struct dict *d, struct yaml *y, const char *s, size_t n, size_t i, int indent)
{
	if (y_child(d, y, Y_MAP, indent))
		return -1;
	if (y->depth == MAX_DEPTH) {
		dict_report(d, d->lineno, "categories nested over %d deep", MAX_DEPTH);
		return -1;
	}
	size_t k = i;
	if (s[i] == '\'' || s[i] == '"') {
		if (y_scalar(d, y, s, n, &k, 0))
			return -1;
		dict_skip_blanks(s, n, &k);
	} else {
		while (k < n && !(s[k] == ':' && (k + 1 == n || dict_is_space(s[k + 1]))))
			k++;
		if (k == n || strchr("&*!|>{[]}%@`,#", s[i]) ||
		    (s[i] == '?' && i + 1 < n && dict_is_space(s[i + 1]))) {
			dict_report(d, d->lineno, "expected 'category:' or '- pattern', not '%s'",
			            dict_shown(d, s + i, n - i));
			return -1;
		}
		size_t e = k;
		while (e > i && dict_is_space(s[e - 1]))
			e--;
		pl_buf_clear(&y->scalar);
		if (pl_buf_add(&y->scalar, s + i, e - i)) {
			d->oom = 1;
			return -1;
		}
	}
	if (k >= n || s[k] != ':') {
		dict_report(d, d->lineno, "expected ':' after the key");
		return -1;
	}
	k++;
	/* '__' holds the values of the key above (quanteda's as.yaml). */
	int dunder = y->depth > 0 && y->scalar.len == 2 && !memcmp(y->scalar.data, "__", 2);
	int rc = PL_OK;
	if (!dunder && y->path.len)
		rc = pl_buf_addc(&y->path, '.');
	if (!rc && !dunder)
		rc = pl_buf_add(&y->path, y->scalar.data ? y->scalar.data : "", y->scalar.len);
	if (rc) {
		d->oom = 1;
		return -1;
	}
	y->st[++y->depth] = (struct ynode){ indent, d->lineno, Y_OPEN, 0, -1, y->path.len };
	dict_skip_blanks(s, n, &k);
	if (k >= n || s[k] == '#')
		return 0;   /* the value follows on the next lines */
	if (s[k] == '[')
		return y_flow(d, y, s, n, k);
	if (y_scalar(d, y, s, n, &k, 0) || y_line_end(d, s, n, k))
		return -1;
	static const char *const nulls[] = { "~", "null", "Null", "NULL" };
	for (size_t z = 0; z < sizeof nulls / sizeof nulls[0]; z++)
		if (!strcmp(pl_buf_str(&y->scalar), nulls[z]) && s[k - 1] != '\'' && s[k - 1] != '"')
			return 0;   /* no value: reported as empty when closed */
	y->st[y->depth].kind = Y_LEAF;
	y_entry(d, y, y_category(d, y));
	return 0;
}

/* "- pattern". */
static int y_item(struct dict *d, struct yaml *y, const char *s, size_t n, size_t i, int indent)
{
	struct ynode *k = &y->st[y->depth];
	if (y->depth == 0) {
		dict_report(d, d->lineno, "a list at the top: a dictionary maps category names to "
		            "lists of patterns ('category:' first)");
		return -1;
	}
	if (y_child(d, y, Y_SEQ, indent))
		return -1;
	i++;
	dict_skip_blanks(s, n, &i);
	if (i >= n || s[i] == '#') {
		dict_report(d, d->lineno, "an empty list item (nested lists are not supported)");
		return -1;
	}
	if (y_scalar(d, y, s, n, &i, 0) || y_line_end(d, s, n, i))
		return -1;
	y_entry(d, y, k->cat);
	return 0;
}

static int yaml_line(struct dict *d, void *ctx)
{
	struct yaml *y = ctx;
	const char *s = d->text;
	size_t n = d->len, i = 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == '\t') {
		dict_report(d, d->lineno, "a tab in the indentation (YAML indents with spaces)");
		return 1;
	}
	if (i == n || s[i] == '#')
		return 0;
	if (i == 0 && n >= 3 && (!memcmp(s, "---", 3) || !memcmp(s, "...", 3)) &&
	    (n == 3 || dict_is_space(s[3]))) {
		if (y_line_end(d, s, n, 3) || s[0] == '.')
			return 1;   /* "..." ends the document */
		if (y->st[0].kind != Y_OPEN) {
			dict_report(d, d->lineno, "a second YAML document (one dictionary a file)");
			return 1;
		}
		return 0;
	}
	if (i == 0 && s[0] == '%') {
		dict_report(d, d->lineno, "YAML directives are not supported");
		return 1;
	}
	int indent = (int)i;
	int item = s[i] == '-' && (i + 1 == n || dict_is_space(s[i + 1]));
	/* Close the keys this line is not inside of: a key's items may sit at
	 * its own indentation, its keys must be deeper. */
	while (y->depth > 0) {
		struct ynode *k = &y->st[y->depth];
		if (indent > k->indent || (indent == k->indent && item && k->kind != Y_MAP))
			break;
		y_pop(d, y);
	}
	int rc = item ? y_item(d, y, s, n, i, indent) : y_key(d, y, s, n, i, indent);
	return rc ? 1 : 0;
}

void dict_read_yaml(struct dict *d, const char *text, size_t len)
{
	struct yaml *y = calloc(1, sizeof *y);
	if (!y) {
		d->oom = 1;
		return;
	}
	y->st[0] = (struct ynode){ -1, 1, Y_OPEN, 0, -1, 0 };
	size_t before = d->nerrors;
	dict_each_line(d, text, len, yaml_line, y);
	if (d->nerrors == before)
		while (y->depth > 0)
			y_pop(d, y);
	if (y->st[0].kind == Y_OPEN && !d->nerrors)
		dict_report(d, 1, "empty dictionary: no 'category:' line");
	pl_buf_release(&y->path);
	pl_buf_release(&y->scalar);
	free(y);
}
