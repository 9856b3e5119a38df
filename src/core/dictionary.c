/*
 * dictionary.c - LIWC and quanteda YAML dictionaries converted to lexicon
 * text (see dictionary.h): the glob-to-regex rule, what the two parsers
 * (dict_liwc.c, dict_yaml.c) share, and the writer of the lexicon.
 */
#define _GNU_SOURCE   /* memmem */
#include "dictionary_impl.h"
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

/* ---- globs ---- */

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
		blank &= dict_is_space(g[i]);
		if (!dict_is_space(g[i]) && c != '*')
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
		if (dict_is_space(g[i])) {
			while (i + k < n && dict_is_space(g[i + k]))
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

void dict_report(struct dict *d, int line, const char *fmt, ...)
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
const char *dict_shown(struct dict *d, const char *s, size_t n)
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

int dict_ncaseeq(const char *a, const char *b, size_t n)
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

char *dict_dup(struct dict *d, const char *s, size_t n)
{
	char *p = strndup(s, n);
	if (!p)
		d->oom = 1;
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
int dict_add_category(struct dict *d, const char *name, size_t n, long number)
{
	if (!n) {
		dict_report(d, d->lineno, "empty category name");
		return -1;
	}
	if (has_control(name, n)) {
		dict_report(d, d->lineno, "control character in the category name '%s'",
		            dict_shown(d, name, n));
		return -1;
	}
	int dup = find_category(d, name, n);
	if (dup >= 0) {
		dict_report(d, d->lineno, "duplicate category '%s' (first at line %d)",
		            dict_shown(d, name, n), d->cats[dup].line);
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
	*c = (struct category){ dict_dup(d, name, n), NULL, number, d->lineno, 0, PL_BUF_INIT };
	if (!c->name || pl_buf_addc(&c->patterns, '\n')) {
		free(c->name);
		pl_buf_release(&c->patterns);
		d->oom = 1;
		return -1;
	}
	return (int)d->ncats++;
}

/* Adds a pattern line to category `cat`, once. */
void dict_add_pattern(struct dict *d, int cat, const char *regex)
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
int dict_entry_regex(struct dict *d, const char *e, size_t n, unsigned flags)
{
	const char *why = NULL;
	pl_buf_clear(&d->regex);
	int rc = pl_glob_regex(e, n, flags, &d->regex, &why);
	if (rc == PL_ENOMEM)
		d->oom = 1;
	else if (rc)
		dict_report(d, d->lineno, "%s: '%s'", why, dict_shown(d, e, n));
	return rc ? -1 : 0;
}

/* ---- lines ---- */

/* Every line to the parser's line(), bad ones reported (dictionary_impl.h). */
void dict_each_line(struct dict *d, const char *text, size_t len,
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
			dict_report(d, lineno, "NUL byte in the line: a dictionary is text");
		} else if (!pl_utf8_valid(d->text, n)) {
			dict_report(d, lineno, "invalid UTF-8: convert the file first (for example "
			            "iconv -f WINDOWS-1252 -t UTF-8)");
		} else if (line(d, ctx)) {
			break;
		}
	}
}

/* s[*i..n) with blanks skipped. */
void dict_skip_blanks(const char *s, size_t n, size_t *i)
{
	while (*i < n && dict_is_space(s[*i]))
		(*i)++;
}

void dict_trim(const char **s, size_t *n)
{
	while (*n && dict_is_space(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && dict_is_space((*s)[*n - 1]))
		(*n)--;
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
			                  dict_ncaseeq(d->cats[j].id, b.data, b.len)))
				j++;
			if (j == i)
				break;
			b.len = base;
			if (pl_buf_addf(&b, "-%d", k)) {
				d->oom = 1;
				break;
			}
		}
		c->id = d->oom ? NULL : dict_dup(d, b.data, b.len);
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
	                     "(\\w*),%s\n# a space any spaces. Every category has 'context none': "
	                     "a dictionary\n# says nothing about migration.\nlexicon  ",
	                     dict_shown(d, base, strlen(base)), format, strcmp(format, "YAML") ? "" : " ? one character,");
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
		rc = pl_buf_addf(&b, "\ncategory %s  %s\ncontext  none\n%s", c->id, c->name,
		                 c->patterns.data + 1);
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
	if (n == 3 && dict_ncaseeq(dot + 1, "dic", 3))
		return PL_DICT_LIWC;
	if ((n == 3 && dict_ncaseeq(dot + 1, "yml", 3)) ||
	    (n == 4 && dict_ncaseeq(dot + 1, "yaml", 4)))
		return PL_DICT_YAML;
	return PL_DICT_AUTO;
}

/* AUTO: a first line of '%' (blanks and a BOM aside) is LIWC. */
static enum pl_dict_format sniff(const char *text, size_t len)
{
	size_t i = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < len && (dict_is_space(text[i]) || text[i] == '\r' || text[i] == '\n'))
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
		dict_read_liwc(&d, text, len);
	else
		dict_read_yaml(&d, text, len);
	size_t prior = d.nerrors;   /* a refused entry can leave a category empty */
	for (size_t i = 0; i < d.ncats; i++)
		if (!d.cats[i].npatterns && !prior) {
			dict_report(&d, d.cats[i].line, "the category '%s' has no entries",
			            dict_shown(&d, d.cats[i].name, strlen(d.cats[i].name)));
		}
	/* A lexicon needs a category: an empty dictionary (or a header alone)
	 * would convert into one the lexicon parser refuses. */
	if (!d.oom && !d.nerrors && !d.ncats)
		dict_report(&d, 1, "the dictionary has no category");
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
