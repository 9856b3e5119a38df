/*
 * lexicon.c - reading a lexicon file (lexicons/README.md): a line parser
 * that collects every problem with its line, column and a caret, PCRE2
 * compilation with defensive limits, and a lint for patterns that backtrack
 * catastrophically.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "plenary/lexicon.h"
#include "plenary/text.h"

#include <pcre2.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COMPILE_FLAGS (PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | \
                       PCRE2_NEVER_BACKSLASH_C)
#define NEST_LIMIT 200             /* PCRE2's default is 250 */
#define LINT_MATCH_LIMIT 10000     /* normal patterns need far less on the lint subjects */
#define MAX_FILE (64u << 20)       /* a lexicon is text written by people */
#define ECHO_CHARS 120             /* longer lines are shown as a window around the column */

struct diag {
	int line, col, warning;
	size_t seq;                /* keeps reports on one position in order */
	char *msg;
	const char *text;          /* the line, inside the parser's input */
	size_t len, off;           /* its length; the byte the caret points at */
};

struct pl_lexicon {
	char *path, *id, *title, *version, *language;
	char hash[65];
	struct pl_category *cats;
	size_t ncats, capcats;
	struct pl_pattern *pats;
	pcre2_code **codes;        /* codes[i] is pats[i] compiled */
	size_t npats, cappats, capcodes;
	struct pl_example *examples;
	size_t nexamples, capexamples;
};

/* Where the category being read started, and what it has seen so far. */
struct cur_cat {
	int index;                 /* -1 before the first category */
	int line;
	const char *text;
	size_t len;
	int hits, context_lines, threshold_line, none_line;
};

struct parser {
	const char *name;
	struct pl_lexicon *lx;
	struct diag *diags;
	size_t ndiags, capdiags, nerrors;
	int oom;
	/* header: the line each directive was seen on, 0 when not yet */
	int lexicon_line, title_line, version_line, language_line, threshold_line;
	int missing_reported, category_lines;
	double threshold;
	struct cur_cat cur;
	/* the line being read */
	int lineno;
	const char *text;
	size_t len;
	pcre2_compile_context *cctx;
	pcre2_match_context *lint_mctx;
	pcre2_match_data *lint_md;
	struct pl_buf shown;       /* see shown() */
};

/* ---- diagnostics ---- */

/* 1-based column of byte `off` of a line: characters, not bytes; an
 * invalid byte counts as one. */
static int column_of(const char *text, size_t len, size_t off)
{
	int col = 1;
	if (off > len)
		off = len;
	for (size_t i = 0; i < off; i++)
		if (((unsigned char)text[i] & 0xC0) != 0x80)
			col++;
	return col;
}

static void vreport(struct parser *ps, int line, const char *text, size_t len, size_t off,
                    int warning, const char *fmt, va_list ap)
	__attribute__((format(printf, 7, 0)));
static void vreport(struct parser *ps, int line, const char *text, size_t len, size_t off,
                    int warning, const char *fmt, va_list ap)
{
	if (ps->ndiags == ps->capdiags) {
		size_t cap = ps->capdiags ? ps->capdiags * 2 : 16;
		struct diag *d = realloc(ps->diags, cap * sizeof *d);
		if (!d) {
			ps->oom = 1;
			return;
		}
		ps->diags = d;
		ps->capdiags = cap;
	}
	struct pl_buf msg = PL_BUF_INIT;
	char tmp[512];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	if (pl_buf_adds(&msg, tmp)) {
		ps->oom = 1;
		return;
	}
	if (off > len)
		off = len;
	ps->diags[ps->ndiags] = (struct diag){ line, column_of(text, len, off), warning, ps->ndiags,
	                                       pl_buf_detach(&msg, NULL), text, len, off };
	ps->ndiags++;
	if (!warning)
		ps->nerrors++;
}

/* An error at byte `off` of the line being read. */
static void error_at(struct parser *ps, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void error_at(struct parser *ps, size_t off, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(ps, ps->lineno, ps->text, ps->len, off, 0, fmt, ap);
	va_end(ap);
}

static void warning_at(struct parser *ps, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void warning_at(struct parser *ps, size_t off, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(ps, ps->lineno, ps->text, ps->len, off, 1, fmt, ap);
	va_end(ap);
}

/* An error about another line (a category found to be empty at its end). */
static void error_line(struct parser *ps, int line, const char *text, size_t len, size_t off,
                       const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
static void error_line(struct parser *ps, int line, const char *text, size_t len, size_t off,
                       const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(ps, line, text, len, off, 0, fmt, ap);
	va_end(ap);
}

static int diag_cmp(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Byte offset of character `nchars` of text (its end if shorter). */
static size_t skip_chars(const char *text, size_t len, size_t from, size_t nchars)
{
	size_t i = from;
	while (i < len && nchars) {
		i++;
		while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
			i++;
		nchars--;
	}
	return i;
}

/* User text quoted in a message: at most 40 characters, escaped like the
 * echoed line. Valid until the next call. */
static const char *shown(struct parser *ps, const char *s, size_t n)
{
	size_t cut = skip_chars(s, n, 0, 40);
	pl_buf_clear(&ps->shown);
	if (pl_text_escape(&ps->shown, s, cut, PL_ESC_NEWLINE | PL_ESC_TAB) ||
	    (cut < n && pl_buf_adds(&ps->shown, "...")))
		ps->oom = 1;
	return pl_buf_str(&ps->shown);
}

/* "NAME:LINE:COL: message", the line (escaped, and cut to a window around
 * the column when long) and a caret under the column. Tabs in the line are
 * repeated in the caret line so the caret lines up in a terminal. */
static int format_diag(struct pl_buf *out, const char *name, const struct diag *d)
{
	struct pl_buf pre = PL_BUF_INIT;
	int rc = pl_buf_addf(out, "%s:%d:%d: %s%s\n  ", name, d->line, d->col,
	                     d->warning ? "warning: " : "", d->msg);
	size_t start = 0, end = d->len;
	size_t nchars = (size_t)column_of(d->text, d->len, d->len) - 1;
	if (nchars > ECHO_CHARS) {
		size_t col0 = (size_t)d->col - 1;
		size_t first = col0 > ECHO_CHARS / 2 ? col0 - ECHO_CHARS / 2 : 0;
		start = skip_chars(d->text, d->len, 0, first);
		end = skip_chars(d->text, d->len, start, ECHO_CHARS);
	}
	if (!rc && start > 0)
		rc = pl_buf_adds(out, "...");
	if (!rc)
		rc = pl_text_escape(out, d->text + start, end - start, 0);
	if (!rc && end < d->len)
		rc = pl_buf_adds(out, "...");
	if (!rc)
		rc = pl_buf_adds(out, "\n  ");
	if (!rc && start > 0)
		rc = pl_buf_adds(out, "   ");
	if (!rc && d->off > start)
		rc = pl_text_escape(&pre, d->text + start, d->off - start, 0);
	for (size_t i = 0; !rc && i < pre.len; i++)
		if (((unsigned char)pre.data[i] & 0xC0) != 0x80)
			rc = pl_buf_addc(out, pre.data[i] == '\t' ? '\t' : ' ');
	if (!rc)
		rc = pl_buf_adds(out, "^\n");
	pl_buf_release(&pre);
	return rc;
}

/* ---- small parsers ---- */

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* A number as lexicons write them: [+-]digits[.digits] or [+-].digits.
 * No locale, no exponent, no "inf" or "nan". Returns 1 and the value, or
 * 0 when s[0..n) is not such a number; *overflow is set when it is one but
 * has too many digits to be exact. */
static int parse_number(const char *s, size_t n, double *out, int *overflow)
{
	size_t i = 0;
	int neg = 0, digits = 0, frac = 0, dot = 0;
	uint64_t mant = 0;
	*overflow = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	for (; i < n; i++) {
		if (s[i] == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			return 0;
		if (mant > (UINT64_C(1) << 53) / 10)
			*overflow = 1;
		else
			mant = mant * 10 + (uint64_t)(s[i] - '0');
		digits++;
		frac += dot;
	}
	if (!digits)
		return 0;
	if (frac > 22)
		*overflow = 1;
	double v = (double)mant;
	double p = 1;
	for (int k = 0; k < frac && k <= 22; k++)
		p *= 10;
	/* Both exact, so one division rounds correctly: 0.1 is 0.1. */
	v /= p;
	*out = neg ? -v : v;
	return 1;
}

static int id_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == '.';
}

/* Checks an id at s[0..n) (byte `off` of the line); reports the first bad
 * character. Returns 0 when valid. */
static int check_id(struct parser *ps, const char *s, size_t n, size_t off, const char *what)
{
	for (size_t i = 0; i < n; i++) {
		if (!id_char((unsigned char)s[i])) {
			uint32_t cp;
			size_t k = pl_utf8_decode(s + i, n - i, &cp);
			if (s[i] == ' ' || s[i] == '\t')
				error_at(ps, off + i, "%s must be one word (letters, digits, '_', '-', '.')",
				         what);
			else
				error_at(ps, off + i, "invalid character '%s' in %s (use letters, digits, "
				         "'_', '-', '.')", shown(ps, s + i, k ? k : 1), what);
			return -1;
		}
	}
	return 0;
}

static int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y || !x)
			return x - y;
	}
}

static char *dup_n(struct parser *ps, const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p) {
		ps->oom = 1;
		return NULL;
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Grows an array of `size`-byte items to hold one more. */
static int grow(struct parser *ps, void *arrp, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? *cap * 2 : 16;
	void *p = realloc(*(void **)arrp, c * size);
	if (!p) {
		ps->oom = 1;
		return -1;
	}
	*(void **)arrp = p;
	*cap = c;
	return 0;
}

/* ---- patterns ---- */

/* Runs the pattern, with a tiny match limit, on subjects that make nested
 * quantifiers explode. The lexicon still loads: at run time the tagger's
 * limits contain the damage, this only tells the author early. */
static void lint(struct parser *ps, pcre2_code *code, size_t off)
{
	static const char *const subjects[] = {
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
		"a a a a a a a a a a a a a a a a a a a a a a a a a!",
	};
	for (size_t i = 0; i < sizeof subjects / sizeof subjects[0]; i++) {
		int rc = pcre2_match(code, (PCRE2_SPTR)subjects[i], strlen(subjects[i]), 0, 0,
		                     ps->lint_md, ps->lint_mctx);
		if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
		    rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
			warning_at(ps, off, "pattern may backtrack catastrophically (it needs over %d "
			           "steps on \"%.6s...!\"): use atomic groups (?>...) or possessive "
			           "quantifiers (\\w++)", LINT_MATCH_LIMIT, subjects[i]);
			return;
		}
	}
}

size_t pl_regex_class_end(const char *p, size_t n, size_t i)
{
	size_t j = i + 1;
	if (j < n && p[j] == '^')
		j++;
	if (j < n && p[j] == ']')
		j++;   /* a ']' first is a literal */
	while (j < n) {
		if (p[j] == '\\' && j + 1 < n && p[j + 1] == 'Q') {
			for (j += 2; j + 1 < n && !(p[j] == '\\' && p[j + 1] == 'E'); j++)
				;
			j += 2;
		} else if (p[j] == '\\') {
			j += 2;
		} else if (p[j] == '[' && j + 1 < n && p[j + 1] == ':') {
			const char *e = memchr(p + j + 2, ']', n - j - 2);
			j = e && e[-1] == ':' ? (size_t)(e - p) + 1 : j + 1;
		} else if (p[j] == ']') {
			return j + 1;
		} else {
			j++;
		}
	}
	return 0;
}

/* The length of a positive lookahead's opening at p[i] ("(?=", "(?*",
 * "(*pla:" and the other spellings), or 0. */
static size_t lookahead_open(const char *p, size_t n, size_t i)
{
	static const char *const opens[] = {
		"(?=", "(?*", "(*pla:", "(*positive_lookahead:", "(*napla:",
		"(*non_atomic_positive_lookahead:",
	};
	for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
		size_t m = strlen(opens[k]);
		if (n - i >= m && !memcmp(p + i, opens[k], m))
			return m;
	}
	return 0;
}

/* Can a match of the pattern be empty? PCRE2_INFO_MINLENGTH is the length
 * of subject a match needs, which counts what a lookahead looks at: (?=x)
 * has 1 and matches nothing. So the minimum is asked again of a copy whose
 * positive lookaheads (?=X) are (?:(?:X)|): optional, so they add nothing,
 * but still there, so their groups keep their numbers for references.
 * Returns 1, 0, or -1 when out of memory. */
static int can_match_empty(struct parser *ps, const char *p, size_t n, const pcre2_code *code)
{
	uint32_t minlen = 0;
	pcre2_pattern_info(code, PCRE2_INFO_MINLENGTH, &minlen);
	if (minlen == 0)
		return 1;
	struct pl_buf b = PL_BUF_INIT;
	unsigned char stack[256];   /* per open group: 1 if it was a lookahead */
	size_t depth = 0, i = 0;
	int changed = 0, rc = 0;
	while (i < n && !rc) {
		size_t k;
		if (p[i] == '\\' && i + 1 < n && p[i + 1] == 'Q') {
			const char *e = NULL;
			for (k = i + 2; k + 1 < n; k++)
				if (p[k] == '\\' && p[k + 1] == 'E') {
					e = p + k + 2;
					break;
				}
			k = e ? (size_t)(e - p) : n;
			rc = pl_buf_add(&b, p + i, k - i);
			i = k;
		} else if (p[i] == '\\') {
			k = i + 2 < n ? i + 2 : n;
			rc = pl_buf_add(&b, p + i, k - i);
			i = k;
		} else if (p[i] == '[') {
			k = pl_regex_class_end(p, n, i);
			if (!k)
				break;
			rc = pl_buf_add(&b, p + i, k - i);
			i = k;
		} else if (p[i] == '(' && i + 2 < n && p[i + 1] == '?' && p[i + 2] == '#') {
			const char *e = memchr(p + i, ')', n - i);
			k = e ? (size_t)(e - p) + 1 : n;
			rc = pl_buf_add(&b, p + i, k - i);
			i = k;
		} else if (p[i] == '(') {
			if (depth == sizeof stack)
				break;
			k = lookahead_open(p, n, i);
			stack[depth++] = k > 0;
			rc = k ? pl_buf_adds(&b, "(?:(?:") : pl_buf_addc(&b, '(');
			i += k ? k : 1;
			changed |= k > 0;
		} else if (p[i] == ')' && depth > 0) {
			rc = pl_buf_adds(&b, stack[--depth] ? ")|)" : ")");
			i++;
		} else {
			rc = pl_buf_addc(&b, p[i]);
			i++;
		}
	}
	int empty = 0;
	if (rc) {
		empty = -1;
	} else if (changed && i == n) {
		int ec;
		PCRE2_SIZE eoff;
		pcre2_code *alt = pcre2_compile((PCRE2_SPTR)b.data, b.len, COMPILE_FLAGS, &ec, &eoff,
		                                ps->cctx);
		if (alt) {
			pcre2_pattern_info(alt, PCRE2_INFO_MINLENGTH, &minlen);
			empty = minlen == 0;
			pcre2_code_free(alt);
		} else if (ec == PCRE2_ERROR_NOMEMORY) {
			empty = -1;
		}
	}
	pl_buf_release(&b);
	return empty;
}

/* Compiles the regex at byte `off` of the line and adds it to the lexicon
 * (or reports why it cannot be). */
static void add_pattern(struct parser *ps, enum pl_pattern_kind kind, double weight,
                        size_t off, size_t n)
{
	const char *src = ps->text + off;
	if (n > PL_MAX_PATTERN) {
		error_at(ps, off, "pattern too long (%zu bytes; the limit is %u)", n,
		         (unsigned)PL_MAX_PATTERN);
		return;
	}
	int ec;
	PCRE2_SIZE eoff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)src, n, COMPILE_FLAGS, &ec, &eoff, ps->cctx);
	if (!code) {
		PCRE2_UCHAR msg[256];
		if (pcre2_get_error_message(ec, msg, sizeof msg) < 0)
			snprintf((char *)msg, sizeof msg, "PCRE2 error %d", ec);
		if (ec == PCRE2_ERROR_NOMEMORY)
			ps->oom = 1;
		error_at(ps, off + (eoff < n ? eoff : n), "%s", (const char *)msg);
		return;
	}
	int empty = can_match_empty(ps, src, n, code);
	if (empty) {
		if (empty < 0)
			ps->oom = 1;
		else
			error_at(ps, off, "pattern can match the empty string");
		pcre2_code_free(code);
		return;
	}
	/* Without JIT the interpreter runs it: slower, not wrong. */
	pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	lint(ps, code, off);

	struct pl_lexicon *lx = ps->lx;
	char *copy = dup_n(ps, src, n);
	if (!copy || grow(ps, &lx->pats, &lx->cappats, lx->npats, sizeof *lx->pats)) {
		free(copy);
		pcre2_code_free(code);
		return;
	}
	if (lx->capcodes < lx->cappats) {
		pcre2_code **c = realloc(lx->codes, lx->cappats * sizeof *c);
		if (!c) {
			ps->oom = 1;
			free(copy);
			pcre2_code_free(code);
			return;
		}
		lx->codes = c;
		lx->capcodes = lx->cappats;
	}
	lx->pats[lx->npats] = (struct pl_pattern){ kind, ps->cur.index, weight, copy, ps->lineno,
	                                           column_of(ps->text, ps->len, off) };
	lx->codes[lx->npats] = code;
	lx->npats++;
}

/* ---- directives ---- */

enum dir {
	D_LEXICON, D_TITLE, D_VERSION, D_LANGUAGE, D_CONTEXT, D_THRESHOLD, D_CATEGORY,
	D_PATTERN, D_EXCLUDE, D_EXAMPLE, D_COUNTER, D_COUNT
};

static const char *const dir_names[D_COUNT] = {
	"lexicon", "title", "version", "language", "context", "threshold", "category",
	"pattern", "exclude", "example", "counter",
};

/* What each directive needs as its argument, for the "empty" message. */
static const char *const dir_needs[D_COUNT] = {
	"an id", "a title", "a version", "a language code", "a regular expression or 'none'",
	"a number", "an id and a title", "a regular expression", "a regular expression",
	"a sentence", "a sentence",
};

/* Edit distance, capped, for "did you mean". */
static size_t distance(const char *a, size_t n, const char *b)
{
	size_t m = strlen(b), row[32];
	if (n >= 31 || m >= 31)
		return 99;
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[m];
}

static void unknown_directive(struct parser *ps, size_t off, size_t n)
{
	const char *w = ps->text + off, *best = NULL;
	size_t bestd = 3;
	for (int d = 0; d < D_COUNT; d++) {
		size_t dist = distance(w, n, dir_names[d]);
		if (dist < bestd) {
			bestd = dist;
			best = dir_names[d];
		}
	}
	if (best)
		error_at(ps, off, "unknown directive '%s' (did you mean '%s'?)", shown(ps, w, n), best);
	else
		error_at(ps, off, "unknown directive '%s'", shown(ps, w, n));
}

/* Called when a category ends (a new one starts, or the file ends). */
static void close_category(struct parser *ps)
{
	struct cur_cat *c = &ps->cur;
	if (c->index < 0 || c->hits)
		return;
	const char *id = ps->lx->cats[c->index].id;
	error_line(ps, c->line, c->text, c->len, 0, "category '%s' has no pattern",
	           shown(ps, id, strlen(id)));
}

static void header_text(struct parser *ps, enum dir d, int *seen, char **field, size_t dir_off,
                        size_t arg, size_t n)
{
	if (ps->cur.index >= 0) {
		error_at(ps, dir_off, "'%s' belongs in the header, before the first category",
		         dir_names[d]);
		return;
	}
	if (*seen) {
		error_at(ps, dir_off, "duplicate '%s' line (first at line %d)", dir_names[d], *seen);
		return;
	}
	*seen = ps->lineno;
	if (d == D_LEXICON && check_id(ps, ps->text + arg, n, arg, "the lexicon id"))
		return;
	free(*field);
	*field = dup_n(ps, ps->text + arg, n);
}

static void do_threshold(struct parser *ps, size_t dir_off, size_t arg, size_t n)
{
	int *seen = ps->cur.index >= 0 ? &ps->cur.threshold_line : &ps->threshold_line;
	if (*seen) {
		error_at(ps, dir_off, "duplicate 'threshold' %s(first at line %d)",
		         ps->cur.index >= 0 ? "in a category " : "", *seen);
		return;
	}
	*seen = ps->lineno;
	double v;
	int overflow;
	if (!parse_number(ps->text + arg, n, &v, &overflow) || overflow) {
		error_at(ps, arg, "bad number '%s' for 'threshold' (write it like 2 or 0.5)",
		         shown(ps, ps->text + arg, n));
		return;
	}
	if (v < 0) {
		error_at(ps, arg, "negative threshold");
		return;
	}
	if (ps->cur.index >= 0)
		ps->lx->cats[ps->cur.index].threshold = v;
	else
		ps->threshold = v;
}

static void do_category(struct parser *ps, size_t dir_off, size_t arg, size_t n)
{
	struct pl_lexicon *lx = ps->lx;
	if (!ps->lexicon_line && !ps->missing_reported) {
		error_at(ps, dir_off, "missing 'lexicon ID' line before the first category");
		ps->missing_reported = 1;
	}
	close_category(ps);
	size_t idn = 0;
	while (idn < n && !is_blank(ps->text[arg + idn]))
		idn++;
	size_t t = arg + idn;
	while (t < arg + n && is_blank(ps->text[t]))
		t++;
	const char *idp = ps->text + arg;
	int bad_id = check_id(ps, idp, idn, arg, "a category id");
	/* The category exists even with a bad id, so its lines do not each
	 * report being outside a category. */
	char *id = dup_n(ps, idp, idn);
	char *title = dup_n(ps, ps->text + t, arg + n - t);
	if (!id || !title || grow(ps, &lx->cats, &lx->capcats, lx->ncats, sizeof *lx->cats)) {
		free(id);
		free(title);
		return;
	}
	/* Ids are compared ignoring ASCII case, as pl_lexicon_find() does. */
	for (size_t i = 0; i < lx->ncats && !bad_id; i++) {
		if (!ascii_casecmp(lx->cats[i].id, id)) {
			error_at(ps, arg, "duplicate category id '%s' (first at line %d)",
			         shown(ps, id, strlen(id)), lx->cats[i].line);
			break;
		}
	}
	lx->cats[lx->ncats] = (struct pl_category){ id, title, ps->threshold, PL_CTX_LEXICON,
	                                            NULL, 0, ps->lineno };
	ps->cur = (struct cur_cat){ (int)lx->ncats, ps->lineno, ps->text, ps->len, 0, 0, 0, 0 };
	lx->ncats++;
}

static void do_context(struct parser *ps, size_t dir_off, size_t arg, size_t n)
{
	struct cur_cat *c = &ps->cur;
	int none = n == 4 && !memcmp(ps->text + arg, "none", 4);
	if (c->index < 0) {
		if (none)
			error_at(ps, arg, "'context none' is for categories (without 'context' lines "
			         "the header asks for no context)");
		else
			add_pattern(ps, PL_PAT_CONTEXT, 1, arg, n);
		return;
	}
	struct pl_category *cat = &ps->lx->cats[c->index];
	if (none) {
		if (c->none_line)
			error_at(ps, dir_off, "duplicate 'context none' (first at line %d)", c->none_line);
		else if (c->context_lines)
			error_at(ps, arg, "'context none' in a category that has context patterns");
		else
			cat->context = PL_CTX_NONE;
		if (!c->none_line)
			c->none_line = ps->lineno;
		return;
	}
	if (c->none_line) {
		error_at(ps, arg, "context pattern in a category with 'context none' (line %d)",
		         c->none_line);
		return;
	}
	c->context_lines++;
	cat->context = PL_CTX_OWN;
	add_pattern(ps, PL_PAT_CONTEXT, 1, arg, n);
}

static void do_pattern(struct parser *ps, size_t arg, size_t n)
{
	/* A first word that is a number, with more after it, is the weight. */
	double weight = 1;
	size_t w = 0;
	ps->cur.hits++;   /* even when refused: "no pattern" would mislead */
	while (w < n && !is_blank(ps->text[arg + w]))
		w++;
	size_t r = arg + w;
	while (r < arg + n && is_blank(ps->text[r]))
		r++;
	int overflow;
	if (r < arg + n && parse_number(ps->text + arg, w, &weight, &overflow)) {
		if (overflow) {
			error_at(ps, arg, "bad number '%s' for the weight (write it like 2 or 0.5)",
			         shown(ps, ps->text + arg, w));
			return;
		}
		if (weight < 0) {
			error_at(ps, arg, "negative weight");
			return;
		}
		n -= r - arg;
		arg = r;
	} else {
		weight = 1;
	}
	add_pattern(ps, PL_PAT_HIT, weight, arg, n);
}

static void do_example(struct parser *ps, int must_match, size_t arg, size_t n)
{
	struct pl_lexicon *lx = ps->lx;
	char *text = dup_n(ps, ps->text + arg, n);
	if (!text || grow(ps, &lx->examples, &lx->capexamples, lx->nexamples,
	                  sizeof *lx->examples)) {
		free(text);
		return;
	}
	lx->examples[lx->nexamples++] = (struct pl_example){ text, must_match, ps->lineno };
	lx->cats[ps->cur.index].nexamples++;
}

/* A refused line that starts a category or gives a pattern still counts
 * as one, so that no error follows from its absence. */
static void count_line(struct parser *ps)
{
	size_t i = 0, n;
	while (i < ps->len && is_blank(ps->text[i]))
		i++;
	for (n = 0; i + n < ps->len && !is_blank(ps->text[i + n]); n++)
		;
	if (n == 7 && !memcmp(ps->text + i, "pattern", 7) && ps->cur.index >= 0)
		ps->cur.hits++;
	if (n == 8 && !memcmp(ps->text + i, "category", 8))
		ps->category_lines++;
}

/* One line, without its line end. */
static void parse_line(struct parser *ps)
{
	const char *s = ps->text;
	size_t len = ps->len;
	if (!pl_utf8_valid(s, len)) {
		count_line(ps);
		size_t i = 0;
		uint32_t cp;
		size_t k;
		while (i < len && (k = pl_utf8_decode(s + i, len - i, &cp)) > 0)
			i += k;
		error_at(ps, i, "invalid UTF-8 (byte 0x%02X): a lexicon is UTF-8 text",
		         (unsigned char)s[i]);
		return;
	}
	const char *nul = memchr(s, '\0', len);
	if (nul) {
		count_line(ps);
		error_at(ps, (size_t)(nul - s), "NUL byte in the line");
		return;
	}
	size_t i = 0;
	while (i < len && is_blank(s[i]))
		i++;
	if (i == len || s[i] == '#')
		return;
	size_t dir_off = i;
	while (i < len && !is_blank(s[i]))
		i++;
	size_t dir_len = i - dir_off;
	while (i < len && is_blank(s[i]))
		i++;
	size_t arg = i, end = len;
	while (end > arg && is_blank(s[end - 1]))
		end--;
	size_t n = end - arg;

	int d;
	for (d = 0; d < D_COUNT; d++)
		if (strlen(dir_names[d]) == dir_len && !memcmp(dir_names[d], s + dir_off, dir_len))
			break;
	if (d == D_COUNT) {
		unknown_directive(ps, dir_off, dir_len);
		return;
	}
	if (n == 0) {
		count_line(ps);
		error_at(ps, dir_off + dir_len, "'%s' needs %s", dir_names[d], dir_needs[d]);
		return;
	}
	int in_cat = ps->cur.index >= 0;
	switch (d) {
	case D_LEXICON:
		header_text(ps, D_LEXICON, &ps->lexicon_line, &ps->lx->id, dir_off, arg, n);
		break;
	case D_TITLE:
		header_text(ps, D_TITLE, &ps->title_line, &ps->lx->title, dir_off, arg, n);
		break;
	case D_VERSION:
		header_text(ps, D_VERSION, &ps->version_line, &ps->lx->version, dir_off, arg, n);
		break;
	case D_LANGUAGE:
		header_text(ps, D_LANGUAGE, &ps->language_line, &ps->lx->language, dir_off, arg, n);
		break;
	case D_CONTEXT:
		do_context(ps, dir_off, arg, n);
		break;
	case D_THRESHOLD:
		do_threshold(ps, dir_off, arg, n);
		break;
	case D_CATEGORY:
		do_category(ps, dir_off, arg, n);
		break;
	case D_PATTERN:
	case D_EXCLUDE:
	case D_EXAMPLE:
	case D_COUNTER:
		if (!in_cat) {
			error_at(ps, dir_off, "'%s' outside a category (start one with "
			         "'category ID TITLE')", dir_names[d]);
			break;
		}
		if (d == D_PATTERN)
			do_pattern(ps, arg, n);
		else if (d == D_EXCLUDE)
			add_pattern(ps, PL_PAT_EXCLUDE, 1, arg, n);
		else
			do_example(ps, d == D_EXAMPLE, arg, n);
		break;
	}
}

/* ---- loading ---- */

void pl_lexicon_free(struct pl_lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->ncats; i++) {
		free((char *)lx->cats[i].id);
		free((char *)lx->cats[i].title);
	}
	for (size_t i = 0; i < lx->npats; i++) {
		free((char *)lx->pats[i].source);
		pcre2_code_free(lx->codes[i]);
	}
	for (size_t i = 0; i < lx->nexamples; i++)
		free((char *)lx->examples[i].text);
	free(lx->cats);
	free(lx->pats);
	free(lx->codes);
	free(lx->examples);
	free(lx->path);
	free(lx->id);
	free(lx->title);
	free(lx->version);
	free(lx->language);
	free(lx);
}

static int setup(struct parser *ps)
{
	ps->cctx = pcre2_compile_context_create(NULL);
	ps->lint_mctx = pcre2_match_context_create(NULL);
	ps->lint_md = pcre2_match_data_create(1, NULL);
	if (!ps->cctx || !ps->lint_mctx || !ps->lint_md)
		return PL_ENOMEM;
	pcre2_set_max_pattern_length(ps->cctx, PL_MAX_PATTERN);
	pcre2_set_parens_nest_limit(ps->cctx, NEST_LIMIT);
	pcre2_set_match_limit(ps->lint_mctx, LINT_MATCH_LIMIT);
	pcre2_set_heap_limit(ps->lint_mctx, 1024);
	return PL_OK;
}

static void teardown(struct parser *ps)
{
	for (size_t i = 0; i < ps->ndiags; i++)
		free(ps->diags[i].msg);
	free(ps->diags);
	pl_buf_release(&ps->shown);
	pcre2_compile_context_free(ps->cctx);
	pcre2_match_context_free(ps->lint_mctx);
	pcre2_match_data_free(ps->lint_md);
}

int pl_lexicon_parse(const char *name, const char *text, size_t len, struct pl_lexicon **out,
                     struct pl_buf *diagnostics, struct pl_err *err)
{
	*out = NULL;
	struct parser ps = { 0 };
	ps.name = name;
	ps.threshold = 1;
	ps.cur.index = -1;
	ps.lx = calloc(1, sizeof *ps.lx);
	if (!ps.lx || setup(&ps)) {
		teardown(&ps);
		free(ps.lx);
		return pl_err_set(err, PL_ENOMEM, "cannot load '%s': out of memory", name);
	}
	struct pl_lexicon *lx = ps.lx;
	pl_sha256_hex(text, len, lx->hash);
	lx->path = dup_n(&ps, name, strlen(name));

	size_t pos = 0;
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
		pos = 3;
	const char *first_line = text + pos;
	size_t first_len = 0;
	for (int lineno = 1; pos < len && !ps.oom; lineno++) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		size_t n = end - pos;
		if (n && text[pos + n - 1] == '\r')
			n--;
		ps.lineno = lineno;
		ps.text = text + pos;
		ps.len = n;
		if (lineno == 1)
			first_len = n;
		parse_line(&ps);
		pos = end + 1;
	}
	close_category(&ps);
	if (!ps.lexicon_line && !ps.missing_reported)
		error_line(&ps, 1, first_line, first_len, 0, "missing 'lexicon ID' line");
	if (!lx->ncats && !ps.category_lines)
		error_line(&ps, 1, first_line, first_len, 0, "the lexicon has no category");

	int rc = PL_OK;
	if (!ps.oom && diagnostics && ps.ndiags) {
		qsort(ps.diags, ps.ndiags, sizeof *ps.diags, diag_cmp);
		for (size_t i = 0; i < ps.ndiags && !rc; i++)
			rc = format_diag(diagnostics, name, &ps.diags[i]);
	}
	if (ps.oom || rc) {
		rc = pl_err_set(err, PL_ENOMEM, "cannot load '%s': out of memory", name);
	} else if (ps.nerrors) {
		rc = pl_err_set(err, PL_EUSAGE, "'%s': %zu error%s", name, ps.nerrors,
		                ps.nerrors == 1 ? "" : "s");
	} else {
		/* Examples come grouped by category, in category order. */
		size_t at = 0;
		for (size_t i = 0; i < lx->ncats; i++) {
			lx->cats[i].examples = lx->nexamples ? lx->examples + at : NULL;
			at += lx->cats[i].nexamples;
		}
		*out = lx;
		lx = NULL;
	}
	teardown(&ps);
	pl_lexicon_free(lx);
	return rc;
}

int pl_lexicon_load(const char *path, struct pl_lexicon **out, struct pl_buf *diagnostics,
                    struct pl_err *err)
{
	*out = NULL;
	struct pl_buf b = PL_BUF_INIT;
	int rc = pl_buf_read_file(&b, path, MAX_FILE, "a lexicon", err);
	if (!rc)
		rc = pl_lexicon_parse(path, pl_buf_str(&b), b.len, out, diagnostics, err);
	pl_buf_release(&b);
	return rc;
}

/* ---- accessors ---- */

const char *pl_lexicon_id(const struct pl_lexicon *lx)
{
	return lx->id ? lx->id : "";
}

const char *pl_lexicon_title(const struct pl_lexicon *lx)
{
	return lx->title ? lx->title : "";
}

const char *pl_lexicon_version(const struct pl_lexicon *lx)
{
	return lx->version ? lx->version : "";
}

const char *pl_lexicon_language(const struct pl_lexicon *lx)
{
	return lx->language ? lx->language : "";
}

const char *pl_lexicon_path(const struct pl_lexicon *lx)
{
	return lx->path ? lx->path : "";
}

const char *pl_lexicon_hash(const struct pl_lexicon *lx)
{
	return lx->hash;
}

size_t pl_lexicon_ncategories(const struct pl_lexicon *lx)
{
	return lx->ncats;
}

const struct pl_category *pl_lexicon_category(const struct pl_lexicon *lx, size_t i)
{
	return i < lx->ncats ? &lx->cats[i] : NULL;
}

int pl_lexicon_find(const struct pl_lexicon *lx, const char *id)
{
	for (size_t i = 0; i < lx->ncats; i++)
		if (!ascii_casecmp(lx->cats[i].id, id))
			return (int)i;
	return -1;
}

size_t pl_lexicon_npatterns(const struct pl_lexicon *lx)
{
	return lx->npats;
}

const struct pl_pattern *pl_lexicon_pattern(const struct pl_lexicon *lx, size_t i)
{
	return i < lx->npats ? &lx->pats[i] : NULL;
}

const struct pcre2_real_code_8 *pl_lexicon_code(const struct pl_lexicon *lx, size_t i)
{
	return i < lx->npats ? lx->codes[i] : NULL;
}
