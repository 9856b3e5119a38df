/*
 * dictionary.c - LIWC and quanteda YAML dictionaries converted to lexicon
 * text (see dictionary.h): the glob-to-regex rule, a line reader shared by
 * both parsers, the two parsers, and the writer of the lexicon.
 */
#define _GNU_SOURCE   /* memmem */
#include "plenary/dictionary.h"
#include "plenary/lexicon.h"
#include "plenary/text.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FILE (64u << 20)      /* as for a lexicon */
#define MAX_ENTRY 1024            /* bytes of one entry: a word or a phrase */
#define MAX_REPORTS 100           /* diagnostics shown; the rest are counted */
#define MAX_DEPTH 32              /* YAML nesting */

/* ---- globs ---- */

static int is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Does the character at s[0..n) count as a word character for \b? ASCII
 * letters, digits and '_', the wildcards, and non-ASCII characters except
 * the common punctuation blocks (Latin-1 signs, General Punctuation, CJK
 * punctuation), which \w does not match either. */
static int wordish(const char *s, size_t n, unsigned flags)
{
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		       c == '_' || c == '*' || (c == '?' && (flags & PL_GLOB_QUESTION));
	uint32_t cp;
	if (!pl_utf8_decode(s, n, &cp))
		return 0;
	return !((cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
	         (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F));
}

/* Byte length of the UTF-8 character at s[0..n) (1 for a bad byte). */
static size_t char_len(const char *s, size_t n)
{
	uint32_t cp;
	size_t k = pl_utf8_decode(s, n, &cp);
	return k ? k : 1;
}

/* Start of the last character of s[0..n), n > 0. */
static size_t last_char(const char *s, size_t n)
{
	size_t i = n - 1;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

int pl_glob_regex(const char *g, size_t n, unsigned flags, struct pl_buf *out, const char **why)
{
	int literal = 0, blank = 1;
	if (n > MAX_ENTRY) {
		*why = "entry too long (over 1024 bytes)";
		return PL_EFORMAT;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)g[i];
		if ((c < 0x20 && c != '\t') || c == 0x7F) {
			*why = "control character in the entry";
			return PL_EFORMAT;
		}
		blank &= is_space(g[i]);
		if (!is_space(g[i]) && c != '*')
			literal = 1;
	}
	if (!literal) {
		*why = blank ? "empty entry" : "the entry is only wildcards: it would match any word";
		return PL_EFORMAT;
	}
	size_t start = out->len;
	int rc = PL_OK;
	if (wordish(g, n, flags))
		rc = pl_buf_adds(out, "\\b");
	for (size_t i = 0; i < n && !rc;) {
		unsigned char c = (unsigned char)g[i];
		size_t k = 1;
		if (is_space(g[i])) {
			while (i + k < n && is_space(g[i + k]))
				k++;
			rc = pl_buf_adds(out, "\\s+");
		} else if (c == '*') {
			while (i + k < n && g[i + k] == '*')
				k++;
			/* At the end nothing follows that could need it back. */
			rc = pl_buf_adds(out, i + k == n ? "\\w*+" : "\\w*");
		} else if (c == '?' && (flags & PL_GLOB_QUESTION)) {
			rc = pl_buf_adds(out, "\\w");
		} else if (c == '\'' || (n - i >= 3 && !memcmp(g + i, "\xE2\x80\x99", 3))) {
			k = c == '\'' ? 1 : 3;
			rc = pl_buf_adds(out, "['\xE2\x80\x99]");
		} else if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		                         (c >= '0' && c <= '9') || c == '_')) {
			rc = pl_buf_addc(out, '\\');
			if (!rc)
				rc = pl_buf_addc(out, (char)c);
		} else {
			k = char_len(g + i, n - i);
			rc = pl_buf_add(out, g + i, k);
		}
		i += k;
	}
	size_t last = last_char(g, n);
	if (!rc && wordish(g + last, n - last, flags))
		rc = pl_buf_adds(out, "\\b");
	if (rc) {
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
	}
	return rc;
}

/* ---- the dictionary being read ---- */

struct category {
	char *name;                /* as the dictionary writes it: the title */
	char *id;                  /* a valid, unique lexicon id */
	long number;               /* LIWC's category number; -1 in YAML */
	int line;
	size_t npatterns;
	struct pl_buf patterns;    /* "\n" then "pattern REGEX\n" lines */
};

struct dict {
	const char *name;          /* the file, for messages */
	struct pl_buf *diag;
	size_t nerrors;
	int oom;
	struct category *cats;
	size_t ncats, capcats;
	struct pl_buf shown, regex;
	/* the line being read */
	int lineno;
	const char *text;
	size_t len;
};

static void report(struct dict *d, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void report(struct dict *d, int line, const char *fmt, ...)
{
	if (d->nerrors++ >= MAX_REPORTS || !d->diag)
		return;
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (pl_buf_addf(d->diag, "%s:%d: %s\n", d->name, line, msg))
		d->oom = 1;
}

/* Dictionary text quoted in a message: at most 40 characters, escaped.
 * Valid until the next call. */
static const char *shown(struct dict *d, const char *s, size_t n)
{
	size_t cut = 0;
	for (int k = 0; cut < n && k < 40; k++)
		cut += char_len(s + cut, n - cut);
	pl_buf_clear(&d->shown);
	if (pl_text_escape(&d->shown, s, cut, PL_ESC_NEWLINE | PL_ESC_TAB) ||
	    (cut < n && pl_buf_adds(&d->shown, "...")))
		d->oom = 1;
	return pl_buf_str(&d->shown);
}

static int has_control(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
			return 1;
	return 0;
}

static int ascii_ncaseeq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return 0;
	}
	return 1;
}

static int id_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == '.';
}

/* Appends a lexicon id made of s[0..n): every run of other characters
 * becomes one '_', none at the ends; `dflt` when nothing is left. */
static int make_id(struct pl_buf *b, const char *s, size_t n, const char *dflt)
{
	size_t start = b->len;
	int gap = 0, rc = PL_OK;
	for (size_t i = 0; i < n && !rc;) {
		size_t k = char_len(s + i, n - i);
		if (k == 1 && id_char((unsigned char)s[i])) {
			if (gap && b->len > start)
				rc = pl_buf_addc(b, '_');
			gap = 0;
			if (!rc)
				rc = pl_buf_addc(b, s[i]);
		} else {
			gap = 1;
		}
		i += k;
	}
	if (!rc && b->len == start)
		rc = pl_buf_adds(b, dflt);
	return rc;
}

static char *dup_n(struct dict *d, const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p) {
		d->oom = 1;
		return NULL;
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* The category with this name, or -1. */
static int find_category(const struct dict *d, const char *name, size_t n)
{
	for (size_t i = 0; i < d->ncats; i++)
		if (strlen(d->cats[i].name) == n && !memcmp(d->cats[i].name, name, n))
			return (int)i;
	return -1;
}

/* A new category named name[0..n); its index, or -1 after a report. */
static int add_category(struct dict *d, const char *name, size_t n, long number)
{
	if (!n) {
		report(d, d->lineno, "empty category name");
		return -1;
	}
	if (has_control(name, n)) {
		report(d, d->lineno, "control character in the category name '%s'",
		       shown(d, name, n));
		return -1;
	}
	int dup = find_category(d, name, n);
	if (dup >= 0) {
		report(d, d->lineno, "duplicate category '%s' (first at line %d)", shown(d, name, n),
		       d->cats[dup].line);
		return -1;
	}
	if (d->ncats == d->capcats) {
		size_t cap = d->capcats ? d->capcats * 2 : 16;
		struct category *c = realloc(d->cats, cap * sizeof *c);
		if (!c) {
			d->oom = 1;
			return -1;
		}
		d->cats = c;
		d->capcats = cap;
	}
	struct category *c = &d->cats[d->ncats];
	*c = (struct category){ dup_n(d, name, n), NULL, number, d->lineno, 0, PL_BUF_INIT };
	if (!c->name || pl_buf_addc(&c->patterns, '\n')) {
		free(c->name);
		pl_buf_release(&c->patterns);
		d->oom = 1;
		return -1;
	}
	return (int)d->ncats++;
}

/* Adds a pattern line to category `cat`, once. */
static void add_pattern(struct dict *d, int cat, const char *regex)
{
	struct category *c = &d->cats[cat];
	struct pl_buf line = PL_BUF_INIT;
	if (pl_buf_addf(&line, "\npattern  %s\n", regex)) {
		d->oom = 1;
		return;
	}
	/* The buffer starts with "\n", so every line is found with both ends. */
	if (!memmem(c->patterns.data, c->patterns.len, line.data, line.len)) {
		if (pl_buf_add(&c->patterns, line.data + 1, line.len - 1))
			d->oom = 1;
		else
			c->npatterns++;
	}
	pl_buf_release(&line);
}

/* The regex of entry e[0..n), in d->regex; 0, or -1 after a report. */
static int entry_regex(struct dict *d, const char *e, size_t n, unsigned flags)
{
	const char *why = NULL;
	pl_buf_clear(&d->regex);
	int rc = pl_glob_regex(e, n, flags, &d->regex, &why);
	if (rc == PL_ENOMEM)
		d->oom = 1;
	else if (rc)
		report(d, d->lineno, "%s: '%s'", why, shown(d, e, n));
	return rc ? -1 : 0;
}

/* ---- lines ---- */

/* Calls line(d, ctx) for each line of the text, with d->lineno, d->text
 * and d->len set (line end, CR and a first BOM removed); a line that is
 * not UTF-8 or holds a NUL is reported instead. Stops when line() returns
 * nonzero. */
static void each_line(struct dict *d, const char *text, size_t len,
                      int (*line)(struct dict *d, void *ctx), void *ctx)
{
	size_t pos = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
	for (int lineno = 1; pos < len && !d->oom; lineno++) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		size_t n = end - pos;
		if (n && text[pos + n - 1] == '\r')
			n--;
		d->lineno = lineno;
		d->text = text + pos;
		d->len = n;
		pos = end + 1;
		if (memchr(d->text, '\0', n)) {
			report(d, lineno, "NUL byte in the line: a dictionary is text");
		} else if (!pl_utf8_valid(d->text, n)) {
			report(d, lineno, "invalid UTF-8: convert the file first (for example "
			       "iconv -f WINDOWS-1252 -t UTF-8)");
		} else if (line(d, ctx)) {
			break;
		}
	}
}

/* s[*i..n) with blanks skipped. */
static void skip_blanks(const char *s, size_t n, size_t *i)
{
	while (*i < n && is_space(s[*i]))
		(*i)++;
}

static void trim(const char **s, size_t *n)
{
	while (*n && is_space(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_space((*s)[*n - 1]))
		(*n)--;
}

/* ---- LIWC ---- */

/* s[0..n) as a category number, or -1: up to 9 digits. */
static long liwc_number(const char *s, size_t n)
{
	long v = 0;
	if (!n || n > 9)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

enum liwc_state { L_BEFORE, L_HEADER, L_BODY };

struct liwc {
	enum liwc_state state;
	int header_line;
};

/* A category reference: a number of the header, or a name. -1 after a report. */
static int liwc_ref(struct dict *d, const char *s, size_t n)
{
	long v = liwc_number(s, n);
	if (v >= 0) {
		for (size_t i = 0; i < d->ncats; i++)
			if (d->cats[i].number == v)
				return (int)i;
	} else {
		for (size_t i = 0; i < d->ncats; i++)
			if (strlen(d->cats[i].name) == n && ascii_ncaseeq(d->cats[i].name, s, n))
				return (int)i;
	}
	report(d, d->lineno, "unknown category '%s' (not in the list between the '%%' lines)",
	       shown(d, s, n));
	return -1;
}

/* "NUMBER NAME" between the '%' lines. */
static void liwc_header(struct dict *d, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && !is_space(s[i]))
		i++;
	long number = liwc_number(s, i);
	if (number < 0) {
		report(d, d->lineno, "expected a category as 'NUMBER NAME' (or '%%' to end the "
		       "list), not '%s'", shown(d, s, n));
		return;
	}
	/* The name, up to a TAB that some files follow with a description. */
	const char *name = s + i;
	size_t len = n - i;
	trim(&name, &len);
	const char *tab = memchr(name, '\t', len);
	if (tab)
		len = (size_t)(tab - name);
	for (size_t k = 0; k < d->ncats; k++)
		if (d->cats[k].number == number) {
			report(d, d->lineno, "duplicate category number %ld (first at line %d)", number,
			       d->cats[k].line);
			return;
		}
	add_category(d, name, len, number);
}

/* "<WORD>X/Y": X when the next word is WORD, Y otherwise. */
static void liwc_next_word(struct dict *d, const char *word, size_t wn, const char *tok,
                           size_t n)
{
	const char *gt = memchr(tok, '>', n);
	const char *slash = gt ? memchr(gt, '/', n - (size_t)(gt - tok)) : NULL;
	const char *x = gt ? gt + 1 : NULL, *y = slash ? slash + 1 : NULL;
	size_t xn = x ? (size_t)((slash ? slash : tok + n) - x) : 0;
	size_t yn = y ? (size_t)(tok + n - y) : 0;
	if (!gt || gt == tok + 1 || !xn || (slash && !yn)) {
		report(d, d->lineno, "expected '<WORD>CATEGORY' or '<WORD>CATEGORY/CATEGORY', not "
		       "'%s'", shown(d, tok, n));
		return;
	}
	int cx = liwc_ref(d, x, xn), cy = y ? liwc_ref(d, y, yn) : -1;
	if (cx < 0 || (y && cy < 0) || entry_regex(d, tok + 1, (size_t)(gt - tok - 1), 0))
		return;
	char *next = dup_n(d, d->regex.data, d->regex.len);
	if (!next || entry_regex(d, word, wn, 0)) {
		free(next);
		return;
	}
	size_t base = d->regex.len;
	for (int neg = 0; neg <= (y != NULL); neg++) {
		d->regex.len = base;
		if (pl_buf_addf(&d->regex, "(?%c\\s+%s)", neg ? '!' : '=', next))
			d->oom = 1;
		else
			add_pattern(d, neg ? cy : cx, d->regex.data);
	}
	free(next);
}

/* The word's categories from s[0..n): numbers, names, "<of>X/Y" forms. */
static void liwc_categories(struct dict *d, const char *word, size_t wn, const char *s,
                            size_t n)
{
	int any = 0;
	for (size_t i = 0; skip_blanks(s, n, &i), i < n;) {
		size_t start = i;
		if (s[i] == '(') {
			const char *close = memchr(s + i, ')', n - i);
			i = close ? (size_t)(close - s) + 1 : n;
		}
		while (i < n && !is_space(s[i]))
			i++;
		const char *tok = s + start;
		size_t tn = i - start;
		any = 1;
		if (tok[0] == '(') {
			report(d, d->lineno, "'%s' depends on the categories of the word before, which "
			       "a pattern cannot express: edit the line to give plain category numbers",
			       shown(d, tok, tn));
		} else if (tok[0] == '<') {
			liwc_next_word(d, word, wn, tok, tn);
		} else {
			int c = liwc_ref(d, tok, tn);
			if (c >= 0 && !entry_regex(d, word, wn, 0))
				add_pattern(d, c, d->regex.data);
		}
	}
	if (!any)
		report(d, d->lineno, "the entry '%s' has no category", shown(d, word, wn));
}

/* Is s[0..n) a category number or a conditional form? */
static int liwc_refish(const char *s, size_t n)
{
	if (s[0] == '(' || s[0] == '<')
		return 1;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* An entry: the word, a TAB, its categories. Without a TAB the word runs
 * to the first number (phrases: "a bit 1 2"), or is the first word when
 * the categories are names. */
static void liwc_entry(struct dict *d, const char *s, size_t n)
{
	const char *tab = memchr(s, '\t', n);
	size_t wn;
	if (tab) {
		wn = (size_t)(tab - s);
	} else {
		size_t i = 0, first_end = 0;
		wn = 0;
		while (i < n) {
			size_t start = i;
			while (i < n && !is_space(s[i]))
				i++;
			if (!first_end)
				first_end = i;
			else if (liwc_refish(s + start, i - start))
				break;
			wn = i;
			skip_blanks(s, n, &i);
		}
		if (i >= n && wn == n)
			wn = first_end;   /* no number: names follow the first word */
	}
	const char *word = s;
	trim(&word, &wn);
	liwc_categories(d, word, wn, s + (tab ? (size_t)(tab - s) + 1 : wn),
	                n - (tab ? (size_t)(tab - s) + 1 : wn));
}

static int liwc_line(struct dict *d, void *ctx)
{
	struct liwc *l = ctx;
	const char *s = d->text;
	size_t n = d->len;
	trim(&s, &n);
	if (!n)
		return 0;
	int percent = n == 1 && s[0] == '%';
	switch (l->state) {
	case L_BEFORE:
		if (!percent) {
			report(d, d->lineno, "a LIWC dictionary starts with a '%%' line, then its "
			       "categories, then another '%%' line");
			return 1;
		}
		l->state = L_HEADER;
		l->header_line = d->lineno;
		break;
	case L_HEADER:
		if (percent)
			l->state = L_BODY;
		else
			liwc_header(d, s, n);
		break;
	case L_BODY:
		if (percent)
			report(d, d->lineno, "a third '%%' line");
		else
			liwc_entry(d, s, n);
		break;
	}
	return 0;
}

static void read_liwc(struct dict *d, const char *text, size_t len)
{
	struct liwc l = { L_BEFORE, 0 };
	each_line(d, text, len, liwc_line, &l);
	if (l.state == L_HEADER)
		report(d, l.header_line, "the list of categories opened here is not closed with a "
		       "'%%' line");
	else if (l.state == L_BEFORE && !d->nerrors)
		report(d, 1, "empty dictionary");
}

/* ---- YAML ---- */

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
		report(d, k->line, "the category '%s' has no entries",
		       shown(d, y->path.data, k->path_len));
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
						report(d, d->lineno, "bad escape '%s' in a quoted string",
						       shown(d, s + p, 2 + (size_t)hex));
						return -1;
					}
					rc = pl_buf_add_utf8(&y->scalar, cp);
					p += (size_t)hex;
				} else {
					report(d, d->lineno, "unsupported escape '%s' in a quoted string",
					       shown(d, s + p, e ? 2 : 1));
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
			report(d, d->lineno, "unterminated quoted string (strings over several lines "
			       "are not supported)");
			return -1;
		}
		*i = p + 1;
		return 0;
	}
	static const char indicators[] = "&*!|>{[]}%@`,?:-#";
	char next = p + 1 < n ? s[p + 1] : ' ';
	if (strchr(indicators, q) &&
	    !((q == '?' || q == ':' || q == '-') && !is_space(next))) {
		const char *what = q == '*' ? "an alias" : q == '&' ? "an anchor" : q == '!' ? "a tag" :
		                   q == '|' || q == '>' ? "a block scalar" :
		                   q == '{' ? "a flow mapping" : q == '[' ? "a nested list" :
		                   q == '-' ? "a nested list" : q == '#' ? "a comment" :
		                   "a YAML indicator";
		report(d, d->lineno, "'%s' starts %s, which a dictionary does not use here: quote "
		       "the value ('...')", shown(d, s + p, n - p), what);
		return -1;
	}
	size_t start = p;
	while (p < n) {
		if (s[p] == '#' && is_space(s[p - 1]))
			break;
		if (s[p] == ':' && (p + 1 == n || is_space(s[p + 1]) || (flow && s[p + 1] == ','))) {
			report(d, d->lineno, "a key ('%s') where a value was expected: a list item "
			       "or a list holds patterns, not categories", shown(d, s + start, p - start));
			return -1;
		}
		if (flow && (s[p] == ',' || s[p] == ']'))
			break;
		if (flow && (s[p] == '[' || s[p] == '{' || s[p] == '}')) {
			report(d, d->lineno, "unexpected '%c' in a list (quote the value)", s[p]);
			return -1;
		}
		p++;
	}
	size_t end = p;
	while (end > start && is_space(s[end - 1]))
		end--;
	if (pl_buf_add(&y->scalar, s + start, end - start))
		d->oom = 1;
	*i = p;
	return d->oom ? -1 : 0;
}

/* Only blanks and a comment may follow at s[i..n). */
static int y_line_end(struct dict *d, const char *s, size_t n, size_t i)
{
	skip_blanks(s, n, &i);
	if (i < n && s[i] != '#') {
		report(d, d->lineno, "unexpected '%s' after the value", shown(d, s + i, n - i));
		return -1;
	}
	return 0;
}

/* The category that the key on top of the stack names, created now. */
static int y_category(struct dict *d, struct yaml *y)
{
	int c = add_category(d, y->path.data ? y->path.data : "", y->path.len, -1);
	if (c >= 0)
		d->cats[c].line = y->st[y->depth].line;
	return c;
}

static void y_entry(struct dict *d, struct yaml *y, int cat)
{
	if (cat >= 0 && !entry_regex(d, y->scalar.data ? y->scalar.data : "", y->scalar.len,
	                             PL_GLOB_QUESTION))
		add_pattern(d, cat, d->regex.data);
}

/* "[a, b]" on one line, into the category on top of the stack. */
static int y_flow(struct dict *d, struct yaml *y, const char *s, size_t n, size_t i)
{
	int cat = y_category(d, y);
	size_t items = 0;
	for (i++;;) {
		skip_blanks(s, n, &i);
		if (i < n && s[i] == ']')
			break;
		if (i >= n || s[i] == '#') {
			report(d, d->lineno, "'[' not closed on its line (lists over several lines "
			       "are written '- item', one a line)");
			return -1;
		}
		if (y_scalar(d, y, s, n, &i, 1))
			return -1;
		y_entry(d, y, cat);
		items++;
		skip_blanks(s, n, &i);
		if (i < n && s[i] == ',')
			i++;
		else if (i >= n || s[i] != ']') {
			report(d, d->lineno, "expected ',' or ']' in the list");
			return -1;
		}
	}
	/* Without items it stays open, to be reported as empty when closed. */
	if (items)
		y->st[y->depth].kind = Y_LEAF;
	return y_line_end(d, s, n, i + 1);
}

/* "key:" and what follows it on the line. */
static int y_key(struct dict *d, struct yaml *y, const char *s, size_t n, size_t i, int indent)
{
	struct ynode *parent = &y->st[y->depth];
	if (parent->kind == Y_LEAF) {
		report(d, d->lineno, "a key under a category whose value is on its own line already");
		return -1;
	}
	if (parent->kind == Y_SEQ) {
		report(d, d->lineno, "a key inside a list: a category holds either a list of "
		       "patterns or categories, not both");
		return -1;
	}
	if (parent->kind == Y_OPEN) {
		parent->kind = Y_MAP;
		parent->child_indent = indent;
	} else if (indent != parent->child_indent) {
		report(d, d->lineno, "bad indentation: %d spaces here, %d for the keys above", indent,
		       parent->child_indent);
		return -1;
	}
	if (y->depth == MAX_DEPTH) {
		report(d, d->lineno, "categories nested over %d deep", MAX_DEPTH);
		return -1;
	}
	size_t k = i;
	if (s[i] == '\'' || s[i] == '"') {
		if (y_scalar(d, y, s, n, &k, 0))
			return -1;
		skip_blanks(s, n, &k);
	} else {
		while (k < n && !(s[k] == ':' && (k + 1 == n || is_space(s[k + 1]))))
			k++;
		if (k == n || strchr("&*!|>{[]}%@`,#", s[i]) ||
		    (s[i] == '?' && i + 1 < n && is_space(s[i + 1]))) {
			report(d, d->lineno, "expected 'category:' or '- pattern', not '%s'",
			       shown(d, s + i, n - i));
			return -1;
		}
		size_t e = k;
		while (e > i && is_space(s[e - 1]))
			e--;
		pl_buf_clear(&y->scalar);
		if (pl_buf_add(&y->scalar, s + i, e - i)) {
			d->oom = 1;
			return -1;
		}
	}
	if (k >= n || s[k] != ':') {
		report(d, d->lineno, "expected ':' after the key");
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
	skip_blanks(s, n, &k);
	if (k >= n || s[k] == '#')
		return 0;   /* the value follows on the next lines */
	if (s[k] == '[')
		return y_flow(d, y, s, n, k);
	if (y_scalar(d, y, s, n, &k, 0) || y_line_end(d, s, n, k))
		return -1;
	static const char *const nulls[] = { "~", "null", "Null", "NULL" };
	for (size_t z = 0; z < 4; z++)
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
		report(d, d->lineno, "a list at the top: a dictionary maps category names to "
		       "lists of patterns ('category:' first)");
		return -1;
	}
	if (k->kind == Y_LEAF) {
		report(d, d->lineno, "a list item under a category whose value is on its own line "
		       "already");
		return -1;
	}
	if (k->kind == Y_MAP) {
		report(d, d->lineno, "a list item among keys: a category holds either a list of "
		       "patterns or categories, not both");
		return -1;
	}
	if (k->kind == Y_OPEN) {
		k->kind = Y_SEQ;
		k->child_indent = indent;
		k->cat = y_category(d, y);
	} else if (indent != k->child_indent) {
		report(d, d->lineno, "bad indentation: %d spaces here, %d for the items above", indent,
		       k->child_indent);
		return -1;
	}
	i++;
	skip_blanks(s, n, &i);
	if (i >= n || s[i] == '#') {
		report(d, d->lineno, "an empty list item (nested lists are not supported)");
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
		report(d, d->lineno, "a tab in the indentation (YAML indents with spaces)");
		return 1;
	}
	if (i == n || s[i] == '#')
		return 0;
	if (i == 0 && n >= 3 && (!memcmp(s, "---", 3) || !memcmp(s, "...", 3)) &&
	    (n == 3 || is_space(s[3]))) {
		if (y_line_end(d, s, n, 3) || s[0] == '.')
			return 1;   /* "..." ends the document */
		if (y->st[0].kind != Y_OPEN) {
			report(d, d->lineno, "a second YAML document (one dictionary a file)");
			return 1;
		}
		return 0;
	}
	if (i == 0 && s[0] == '%') {
		report(d, d->lineno, "YAML directives are not supported");
		return 1;
	}
	int indent = (int)i;
	int item = s[i] == '-' && (i + 1 == n || is_space(s[i + 1]));
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

static void read_yaml(struct dict *d, const char *text, size_t len)
{
	struct yaml *y = calloc(1, sizeof *y);
	if (!y) {
		d->oom = 1;
		return;
	}
	y->st[0] = (struct ynode){ -1, 1, Y_OPEN, 0, -1, 0 };
	size_t before = d->nerrors;
	each_line(d, text, len, yaml_line, y);
	if (d->nerrors == before)
		while (y->depth > 0)
			y_pop(d, y);
	if (y->st[0].kind == Y_OPEN && !d->nerrors)
		report(d, 1, "empty dictionary: no 'category:' line");
	pl_buf_release(&y->path);
	pl_buf_release(&y->scalar);
	free(y);
}

/* ---- the lexicon ---- */

/* The file name without its directories and extension. */
static void base_name(const char *path, const char **s, size_t *n)
{
	const char *slash = strrchr(path, '/');
	*s = slash ? slash + 1 : path;
	const char *dot = strrchr(*s, '.');
	*n = dot && dot != *s ? (size_t)(dot - *s) : strlen(*s);
}

/* Gives every category a valid id, unique ignoring ASCII case as lexicon
 * ids are: a clash gets "-2", "-3"... */
static void assign_ids(struct dict *d)
{
	struct pl_buf b = PL_BUF_INIT;
	for (size_t i = 0; i < d->ncats && !d->oom; i++) {
		struct category *c = &d->cats[i];
		pl_buf_clear(&b);
		char dflt[32];
		snprintf(dflt, sizeof dflt, "c%zu", i + 1);
		if (make_id(&b, c->name, strlen(c->name), dflt)) {
			d->oom = 1;
			break;
		}
		size_t base = b.len;
		for (int k = 2;; k++) {
			size_t j = 0;
			while (j < i && !(strlen(d->cats[j].id) == b.len &&
			                  ascii_ncaseeq(d->cats[j].id, b.data, b.len)))
				j++;
			if (j == i)
				break;
			b.len = base;
			if (pl_buf_addf(&b, "-%d", k)) {
				d->oom = 1;
				break;
			}
		}
		c->id = d->oom ? NULL : dup_n(d, b.data, b.len);
	}
	pl_buf_release(&b);
}

/* Checks a header value given as an option: one line, no controls. */
static int check_option(const char *v, const char *what, struct pl_err *err)
{
	if (!*v || has_control(v, strlen(v)))
		return pl_err_set(err, PL_EUSAGE, "the %s must be one line of text", what);
	return PL_OK;
}

static int write_lexicon(struct dict *d, const char *text, size_t len,
                         const struct pl_dict_opts *o, const char *format, struct pl_buf *out)
{
	const char *base;
	size_t bn;
	base_name(d->name, &base, &bn);
	char hash[65];
	pl_sha256_hex(text, len, hash);
	struct pl_buf b = PL_BUF_INIT;
	int rc = pl_buf_addf(&b, "# Imported from %s (%s dictionary) by plenary lexicon import.\n"
	                     "# Each entry is a whole-word pattern: * is any word characters "
	                     "(\\w*),%s\n# a space any spaces. No context lines: no migration "
	                     "context is needed.\nlexicon  ", shown(d, base, strlen(base)),
	                     format, strcmp(format, "YAML") ? "" : " ? one character,");
	if (!rc)
		rc = o->id ? pl_buf_adds(&b, o->id) : make_id(&b, base, bn, "dictionary");
	if (!rc)
		rc = pl_buf_adds(&b, "\ntitle    Imported from ");
	if (!rc)
		rc = pl_text_escape(&b, base, strlen(base), PL_ESC_NEWLINE | PL_ESC_TAB);
	if (!rc && o->version)
		rc = pl_buf_addf(&b, "\nversion  %s", o->version);
	else if (!rc)
		rc = pl_buf_addf(&b, "\nversion  sha256:%.12s", hash);
	if (!rc && o->language)
		rc = pl_buf_addf(&b, "\nlanguage %s", o->language);
	if (!rc)
		rc = pl_buf_adds(&b, "\nthreshold 1\n");
	for (size_t i = 0; i < d->ncats && !rc; i++) {
		const struct category *c = &d->cats[i];
		rc = pl_buf_addf(&b, "\ncategory %s  %s\n%s", c->id, c->name, c->patterns.data + 1);
	}
	if (!rc)
		rc = pl_buf_add(out, b.data, b.len);
	pl_buf_release(&b);
	return rc;
}

/* ---- entry points ---- */

int pl_dict_format_parse(const char *name, enum pl_dict_format *out, struct pl_err *err)
{
	static const char *const names[] = { "auto", "liwc", "yaml" };
	for (int i = 0; i < 3; i++)
		if (!strcmp(name, names[i])) {
			*out = (enum pl_dict_format)i;
			return PL_OK;
		}
	return pl_err_set(err, PL_EUSAGE, "unknown dictionary format '%s' (liwc, yaml or auto)",
	                  name);
}

enum pl_dict_format pl_dict_format_of(const char *path)
{
	const char *dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return PL_DICT_AUTO;
	size_t n = strlen(dot + 1);
	if (n == 3 && ascii_ncaseeq(dot + 1, "dic", 3))
		return PL_DICT_LIWC;
	if ((n == 3 && ascii_ncaseeq(dot + 1, "yml", 3)) ||
	    (n == 4 && ascii_ncaseeq(dot + 1, "yaml", 4)))
		return PL_DICT_YAML;
	return PL_DICT_AUTO;
}

/* AUTO: a first line of '%' (blanks and a BOM aside) is LIWC. */
static enum pl_dict_format sniff(const char *text, size_t len)
{
	size_t i = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < len && (is_space(text[i]) || text[i] == '\r' || text[i] == '\n'))
		i++;
	return i < len && text[i] == '%' ? PL_DICT_LIWC : PL_DICT_YAML;
}

int pl_dict_convert(const char *name, const char *text, size_t len,
                    const struct pl_dict_opts *opts, struct pl_buf *out,
                    struct pl_buf *diagnostics, struct pl_err *err)
{
	static const struct pl_dict_opts none = { PL_DICT_AUTO, NULL, NULL, NULL };
	const struct pl_dict_opts *o = opts ? opts : &none;
	if (o->id) {
		for (const char *p = o->id; *p; p++)
			if (!id_char((unsigned char)*p))
				return pl_err_set(err, PL_EUSAGE, "bad lexicon id '%s' (use letters, digits, "
				                  "'_', '-', '.')", o->id);
		if (!*o->id)
			return pl_err_set(err, PL_EUSAGE, "empty lexicon id");
	}
	int rc = (o->version ? check_option(o->version, "version", err) : PL_OK);
	if (!rc && o->language)
		rc = check_option(o->language, "language", err);
	if (rc)
		return rc;
	enum pl_dict_format f = o->format == PL_DICT_AUTO ? sniff(text, len) : o->format;
	struct dict d = { .name = name, .diag = diagnostics };
	if (f == PL_DICT_LIWC)
		read_liwc(&d, text, len);
	else
		read_yaml(&d, text, len);
	size_t prior = d.nerrors;   /* a refused entry can leave a category empty */
	for (size_t i = 0; i < d.ncats; i++)
		if (!d.cats[i].npatterns && !prior) {
			report(&d, d.cats[i].line, "the category '%s' has no entries",
			       shown(&d, d.cats[i].name, strlen(d.cats[i].name)));
		}
	if (!d.oom && !d.nerrors)
		assign_ids(&d);
	if (!d.oom && !d.nerrors && write_lexicon(&d, text, len, o,
	                                          f == PL_DICT_LIWC ? "LIWC" : "YAML", out))
		d.oom = 1;
	if (d.oom)
		rc = pl_err_set(err, PL_ENOMEM, "cannot import '%s': out of memory", name);
	else if (d.nerrors) {
		if (d.nerrors > MAX_REPORTS && diagnostics &&
		    pl_buf_addf(diagnostics, "%s: ... and %zu more errors\n", name,
		                d.nerrors - MAX_REPORTS))
			rc = pl_err_set(err, PL_ENOMEM, "cannot import '%s': out of memory", name);
		else
			rc = pl_err_set(err, PL_EFORMAT, "'%s': %zu error%s", name, d.nerrors,
			                d.nerrors == 1 ? "" : "s");
	}
	for (size_t i = 0; i < d.ncats; i++) {
		free(d.cats[i].name);
		free(d.cats[i].id);
		pl_buf_release(&d.cats[i].patterns);
	}
	free(d.cats);
	pl_buf_release(&d.shown);
	pl_buf_release(&d.regex);
	return rc;
}

int pl_dict_convert_file(const char *path, const struct pl_dict_opts *opts, struct pl_buf *out,
                         struct pl_buf *diagnostics, struct pl_err *err)
{
	struct pl_buf b = PL_BUF_INIT;
	int rc = pl_buf_read_file(&b, path, MAX_FILE, "a dictionary", err);
	if (!rc)
		rc = pl_dict_convert(path, pl_buf_str(&b), b.len, opts, out, diagnostics, err);
	pl_buf_release(&b);
	return rc;
}

int pl_dict_load_lexicon(const char *path, struct pl_lexicon **out, struct pl_buf *diagnostics,
                         struct pl_err *err)
{
	enum pl_dict_format f = pl_dict_format_of(path);
	if (f == PL_DICT_AUTO)
		return pl_lexicon_load(path, out, diagnostics, err);
	*out = NULL;
	struct pl_dict_opts o = { f, NULL, NULL, NULL };
	struct pl_buf lex = PL_BUF_INIT;
	int rc = pl_dict_convert_file(path, &o, &lex, diagnostics, err);
	if (!rc && (rc = pl_lexicon_parse(path, pl_buf_str(&lex), lex.len, out, diagnostics, err)))
		pl_err_prefix(err, "the lexicon converted from '%s' (see plenary lexicon import)",
		              path);
	pl_buf_release(&lex);
	return rc;
}
