/*
 * kwic.c - keyword in context (see synthesis.h).
 *
 * Both modes bring a passage's text with its matches between PL_HL_START
 * and PL_HL_END: FTS5's highlight() for a query (so the matched words are
 * the ones the stemmed index matched), PCRE2 for a pattern. One function
 * then cuts a line around each match.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "plenary/synthesis.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/buf.h"
#include "plenary/search.h"

#define STOP 1   /* a callback's "enough lines" */
/* PCRE2's defaults (10 million steps, a 20 GB heap) let one pattern run for
 * minutes; these are the tagger's. */
#define MATCH_LIMIT 100000
#define HEAP_LIMIT_KIB 65536

struct kwic {
	const struct pl_kwic_opts *o;
	pl_kwic_fn fn;
	void *ctx;
	int64_t lines, limit;
	int unmarked;                /* passages found with no word marked */
	size_t width;
	struct pl_buf plain, left, right;
	size_t *marks;               /* start, end byte offsets of matches in plain */
	size_t nmarks, cap;
};

static int push_mark(struct kwic *k, size_t at)
{
	if (k->nmarks == k->cap) {
		size_t nc = k->cap ? k->cap * 2 : 32;
		size_t *m = realloc(k->marks, nc * sizeof *m);
		if (!m)
			return PL_ENOMEM;
		k->marks = m;
		k->cap = nc;
	}
	k->marks[k->nmarks++] = at;
	return PL_OK;
}

/* The marked text without its marks, whitespace runs as one space, and the
 * matches' offsets in it. */
static int unmark(struct kwic *k, const char *s)
{
	pl_buf_clear(&k->plain);
	k->nmarks = 0;
	int rc = PL_OK, in = 0;
	for (; *s && !rc; s++) {
		if ((*s == PL_HL_START && !in) || (*s == PL_HL_END && in)) {
			in = !in;
			rc = push_mark(k, k->plain.len);
		} else if (*s == PL_HL_START || *s == PL_HL_END) {
			continue;
		} else if (strchr(" \t\n\r\f\v", *s)) {
			if (k->plain.len && k->plain.data[k->plain.len - 1] != ' ')
				rc = pl_buf_addc(&k->plain, ' ');
		} else {
			rc = pl_buf_addc(&k->plain, *s);
		}
	}
	if (!rc && in)
		rc = push_mark(k, k->plain.len);
	return rc ? PL_ENOMEM : PL_OK;
}

/* Start of the last `chars` characters before byte `end` of s. */
static size_t back_chars(const char *s, size_t end, size_t chars)
{
	while (end > 0 && chars > 0) {
		end--;
		if (((unsigned char)s[end] & 0xC0) != 0x80)
			chars--;
	}
	while (end > 0 && ((unsigned char)s[end] & 0xC0) == 0x80)
		end--;
	return end;
}

/* End of the first `chars` characters from byte `start` of s (length n). */
static size_t forward_chars(const char *s, size_t start, size_t n, size_t chars)
{
	while (start < n && chars > 0) {
		start++;
		while (start < n && ((unsigned char)s[start] & 0xC0) == 0x80)
			start++;
		chars--;
	}
	return start;
}

/* One line per match of a marked passage text. */
static int emit_lines(struct kwic *k, struct pl_kwic_line *l, const char *marked)
{
	int rc = unmark(k, marked);
	const char *t = pl_buf_str(&k->plain);
	for (size_t i = 0; !rc && i + 1 < k->nmarks; i += 2) {
		if (k->lines >= k->limit)
			return STOP;
		size_t a = k->marks[i], b = k->marks[i + 1];
		size_t from = back_chars(t, a, k->width), to = forward_chars(t, b, k->plain.len, k->width);
		pl_buf_clear(&k->left);
		pl_buf_clear(&k->right);
		struct pl_buf kw = PL_BUF_INIT;
		if (pl_buf_add(&k->left, t + from, a - from) || pl_buf_add(&kw, t + a, b - a) ||
		    pl_buf_add(&k->right, t + b, to - b)) {
			pl_buf_release(&kw);
			return PL_ENOMEM;
		}
		l->left = pl_buf_str(&k->left);
		l->keyword = pl_buf_str(&kw);
		l->right = pl_buf_str(&k->right);
		k->lines++;
		rc = k->fn(k->ctx, l);
		pl_buf_release(&kw);
	}
	return rc;
}

static int kwic_hit(void *ctx, const struct pl_hit *h)
{
	struct kwic *k = ctx;
	struct pl_kwic_line l = { h->passage_id, h->ordinal, h->title, h->speaker, 0, 0, 0 };
	k->unmarked |= !strchr(h->snippet, PL_HL_START);
	return emit_lines(k, &l, h->snippet);
}

static int kwic_query(struct pl_store *s, struct kwic *k, struct pl_err *err)
{
	struct pl_search_opts so = {
		.query = k->o->query, .tags = k->o->tags, .ntags = k->o->ntags,
		.limit = k->limit, .snippet_words = -1,
	};
	int rc = pl_search(s, &so, kwic_hit, k, NULL, err);
	if (!rc && !k->lines && k->unmarked)
		return pl_err_set(err, PL_EUSAGE, "'%s' has filters but no words to show in context",
		                  k->o->query);
	return rc;
}

struct regex {
	pcre2_code *re;
	pcre2_match_data *md;
	pcre2_match_context *mc;
	pcre2_jit_stack *stack;
};

/* The text with PCRE2's matches marked; an empty match marks nothing.
 * *failed receives PCRE2's error when matching gave up (a match or stack
 * limit), so that a costly pattern is reported, not taken as no match. */
static int mark_regex(const struct regex *rx, const char *text, struct pl_buf *out,
                      int *failed)
{
	size_t n = strlen(text), at = 0, done = 0;
	int m;
	pl_buf_clear(out);
	while (at <= n && (m = pcre2_match(rx->re, (PCRE2_SPTR)text, n, at, 0, rx->md, rx->mc)) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx->md);
		if (ov[1] > ov[0]) {
			if (pl_buf_add(out, text + done, ov[0] - done) || pl_buf_addc(out, PL_HL_START) ||
			    pl_buf_add(out, text + ov[0], ov[1] - ov[0]) || pl_buf_addc(out, PL_HL_END))
				return PL_ENOMEM;
			done = ov[1];
		}
		at = ov[1] > ov[0] ? ov[1] : forward_chars(text, ov[1], n, 1) + (ov[1] == n);
	}
	if (at <= n && m != PCRE2_ERROR_NOMATCH)
		*failed = m;
	return pl_buf_add(out, text + done, n - done) ? PL_ENOMEM : PL_OK;
}

static void pcre2_message(int code, char *msg, size_t size)
{
	if (pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, size) < 0)
		snprintf(msg, size, "PCRE2 error %d", code);
}

static int compile_regex(const char *pattern, pcre2_code **re, struct pl_err *err)
{
	int ec;
	PCRE2_SIZE off;
	*re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	                    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_MATCH_INVALID_UTF |
	                    PCRE2_NEVER_BACKSLASH_C,   /* \C would cut characters in two */
	                    &ec, &off, NULL);
	if (*re) {
		pcre2_jit_compile(*re, PCRE2_JIT_COMPLETE);   /* slower without, not wrong */
		return PL_OK;
	}
	char msg[256];
	pcre2_message(ec, msg, sizeof msg);
	return pl_err_set(err, PL_EQUERY, "malformed pattern '%s' at character %zu: %s", pattern,
	                  (size_t)off + 1, msg);
}

/* Passages in document order, with every category asked for. */
static int regex_passages(struct pl_store *s, const struct pl_kwic_opts *o, sqlite3_stmt **st,
                          struct pl_err *err)
{
	struct pl_buf sql = PL_BUF_INIT;
	pl_buf_adds(&sql, "SELECT p.id, p.ordinal, d.title, p.speaker, p.text FROM passages p"
	            " JOIN documents d ON d.id = p.document_id WHERE 1");
	for (size_t i = 0; i < o->ntags; i++)
		pl_buf_addf(&sql, " AND EXISTS (SELECT 1 FROM passage_tags t WHERE t.passage_id = p.id"
		            " AND t.category_id = ?%zu)", i + 1);
	int rc = pl_buf_adds(&sql, " ORDER BY d.id, p.ordinal")
	         ? pl_err_set(err, PL_ENOMEM, "out of memory")
	         : pl_store_prepare(s, pl_buf_str(&sql), st, err);
	pl_buf_release(&sql);
	for (size_t i = 0; !rc && i < o->ntags; i++)
		sqlite3_bind_text(*st, (int)i + 1, o->tags[i], -1, SQLITE_STATIC);
	return rc;
}

static int kwic_regex(struct pl_store *s, struct kwic *k, struct pl_err *err)
{
	struct regex rx = { 0 };
	int rc = compile_regex(k->o->regex, &rx.re, err);
	if (rc)
		return rc;
	/* PCRE2's match limit stops runaway backtracking; a JIT stack larger
	 * than the default 32K lets deep patterns finish. */
	rx.md = pcre2_match_data_create_from_pattern(rx.re, NULL);
	rx.mc = pcre2_match_context_create(NULL);
	rx.stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (rx.mc) {
		pcre2_set_match_limit(rx.mc, MATCH_LIMIT);
		pcre2_set_heap_limit(rx.mc, HEAP_LIMIT_KIB);
	}
	if (rx.mc && rx.stack)
		pcre2_jit_stack_assign(rx.mc, NULL, rx.stack);
	sqlite3_stmt *st = NULL;
	struct pl_buf marked = PL_BUF_INIT;
	rc = rx.md && rx.mc ? regex_passages(s, k->o, &st, err) : PL_ENOMEM;
	int step = SQLITE_DONE, failed = 0;
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		struct pl_kwic_line l = {
			sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
			(const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3),
			0, 0, 0
		};
		const char *text = (const char *)sqlite3_column_text(st, 4);
		if (!(rc = mark_regex(&rx, text ? text : "", &marked, &failed)) && failed) {
			char msg[256];
			pcre2_message(failed, msg, sizeof msg);
			rc = pl_err_set(err, PL_EQUERY, "pattern '%s' gave up on passage %lld: %s;"
			                " simplify it", k->o->regex, (long long)l.passage_id, msg);
		}
		if (!rc)
			rc = emit_lines(k, &l, pl_buf_str(&marked));
	}
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(s, step, "cannot read the passages", err);
	sqlite3_finalize(st);
	pl_buf_release(&marked);
	pcre2_jit_stack_free(rx.stack);
	pcre2_match_context_free(rx.mc);
	pcre2_match_data_free(rx.md);
	pcre2_code_free(rx.re);
	return rc;
}

int pl_kwic(struct pl_store *s, const struct pl_kwic_opts *o, pl_kwic_fn fn, void *ctx,
            struct pl_err *err)
{
	struct kwic k = {
		.o = o, .fn = fn, .ctx = ctx, .limit = o->limit > 0 ? o->limit : 50,
		.width = o->width > 0 ? (size_t)o->width : 40,
		.plain = PL_BUF_INIT, .left = PL_BUF_INIT, .right = PL_BUF_INIT,
	};
	if (!o->regex == !o->query)
		return pl_err_set(err, PL_EUSAGE, "a query or a pattern, not both");
	int rc = o->regex ? kwic_regex(s, &k, err) : kwic_query(s, &k, err);
	if (rc == STOP)
		rc = PL_OK;
	else if (rc == PL_ENOMEM)
		rc = pl_err_set(err, PL_ENOMEM, "out of memory");
	pl_buf_release(&k.plain);
	pl_buf_release(&k.left);
	pl_buf_release(&k.right);
	free(k.marks);
	return rc;
}
