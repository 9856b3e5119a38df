/*
 * search.c - turns a user's query into an FTS5 expression and SQL filters,
 * ranks, then fetches details and snippets for the returned rows only.
 */
#include "plenary/search.h"
#include "plenary/buf.h"
#include "plenary/tokenizer.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_BINDS 64

struct query {
	struct pl_buf fts;       /* FTS5 expression; empty: filters only */
	struct pl_buf where;     /* " AND ..." clauses over p (passages), d (documents) */
	struct pl_buf values;    /* bind values, NUL-separated */
	size_t nbinds;
	size_t bind_off[MAX_BINDS];
};

static void query_release(struct query *q)
{
	pl_buf_release(&q->fts);
	pl_buf_release(&q->where);
	pl_buf_release(&q->values);
}

static int add_bind(struct query *q, const char *v, size_t n, struct pl_err *err)
{
	if (q->nbinds == MAX_BINDS)
		return pl_err_set(err, PL_EQUERY, "too many filters (at most %d)", MAX_BINDS / 4);
	q->bind_off[q->nbinds++] = q->values.len;
	if (pl_buf_add(&q->values, v, n) || pl_buf_addc(&q->values, '\0'))
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	return PL_OK;
}

static const char *bind_value(const struct query *q, size_t i)
{
	return q->values.data + q->bind_off[i];
}

/* Adds the SQL for one key:value filter. */
static int add_filter(struct query *q, const char *key, size_t nkey, const char *val,
                      size_t nval, struct pl_err *err)
{
	char k[64];
	if (nkey >= sizeof k || nval == 0)
		return pl_err_set(err, PL_EQUERY, "filter '%.*s:' needs a value, as in country:MEX",
		                  (int)(nkey < 60 ? nkey : 60), key);
	for (size_t i = 0; i < nkey; i++)
		k[i] = (char)tolower((unsigned char)key[i]);
	k[nkey] = '\0';
	int rc;
	if (!strcmp(k, "tag")) {
		rc = pl_buf_adds(&q->where, " AND p.id IN (SELECT passage_id FROM passage_tags"
		                            " WHERE category_id = ? COLLATE NOCASE)");
		return rc ? pl_err_set(err, PL_ENOMEM, "out of memory") : add_bind(q, val, nval, err);
	}
	if (!strcmp(k, "speaker")) {
		/* Contains, with LIKE's wildcards in the value taken literally. */
		struct pl_buf like = PL_BUF_INIT;
		pl_buf_addc(&like, '%');
		for (size_t i = 0; i < nval; i++) {
			if (val[i] == '%' || val[i] == '_' || val[i] == '\\')
				pl_buf_addc(&like, '\\');
			pl_buf_addc(&like, val[i]);
		}
		rc = pl_buf_addc(&like, '%') ||
		     pl_buf_adds(&q->where, " AND p.speaker LIKE ? ESCAPE '\\'");
		if (!rc)
			rc = add_bind(q, like.data, like.len, err);
		else
			rc = pl_err_set(err, PL_ENOMEM, "out of memory");
		pl_buf_release(&like);
		return rc;
	}
	if (!strcmp(k, "lang") || !strcmp(k, "language")) {
		rc = pl_buf_adds(&q->where, " AND d.language = ? COLLATE NOCASE");
		return rc ? pl_err_set(err, PL_ENOMEM, "out of memory") : add_bind(q, val, nval, err);
	}
	/* Metadata of the document, or of the passage itself (survey rows). */
	rc = pl_buf_adds(&q->where, " AND (p.document_id IN (SELECT document_id FROM document_meta"
	                            " WHERE key = ? AND value = ? COLLATE NOCASE) OR p.id IN"
	                            " (SELECT passage_id FROM passage_meta WHERE key = ?"
	                            " AND value = ? COLLATE NOCASE))");
	if (rc)
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	for (int i = 0; i < 2 && !rc; i++)
		if (!(rc = add_bind(q, k, nkey, err)))
			rc = add_bind(q, val, nval, err);
	return rc;
}

static int bareword_char(unsigned char c)
{
	return c >= 0x80 || isalnum(c) || c == '_';
}

/* FTS5 punctuation we pass through: grouping, prefix, NEAR's comma,
 * initial-token and phrase-joining operators. */
static int fts_special(char c)
{
	return strchr("()*,^+", c) != NULL;
}

/* Appends w as an FTS5 string: "..." with inner quotes doubled. */
static int add_quoted(struct pl_buf *fts, const char *w, size_t n)
{
	int rc = pl_buf_addc(fts, '"');
	for (size_t i = 0; !rc && i < n; i++)
		rc = w[i] == '"' ? pl_buf_adds(fts, "\"\"") : pl_buf_addc(fts, w[i]);
	return rc ? rc : pl_buf_addc(fts, '"');
}

/* Appends a word FTS5 would misread (COVID-19, don't) as a quoted phrase;
 * words with nothing to search (a lone "-") are dropped. */
static int add_word(struct pl_buf *fts, const char *w, size_t n)
{
	int plain = 1, searchable = 0;
	for (size_t i = 0; i < n; i++) {
		plain &= bareword_char((unsigned char)w[i]);
		searchable |= bareword_char((unsigned char)w[i]);
	}
	if (!searchable)
		return PL_OK;
	return plain ? pl_buf_add(fts, w, n) : add_quoted(fts, w, n);
}

/* Reads a "..." string at s (FTS5 rules: "" is a quote); returns its length
 * including the quotes, or 0 if it is not closed. */
static size_t quoted_len(const char *s)
{
	for (size_t i = 1; s[i]; i++) {
		if (s[i] == '"') {
			if (s[i + 1] != '"')
				return i + 1;
			i++;
		}
	}
	return 0;
}

/* Length of "key:" at s when s starts a filter, else 0. */
static size_t filter_key(const char *s)
{
	size_t i = 0;
	if (!isalpha((unsigned char)s[0]))
		return 0;
	while (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-' || s[i] == '.')
		i++;
	if (s[i] != ':' || (i == 4 && !strncasecmp(s, "text", 4)))
		return 0;   /* "text:" is the FTS5 column filter */
	return i + 1;
}

/* The stems of indexed words that begin with `word` but whose stems do not
 * (emigration -> emigr, for emigra*): FTS5's prefix search over stems misses
 * them. Appends "(word* OR <stem> ...)", or "word*" when there are none. */
static int add_prefix(struct pl_store *st, struct pl_buf *fts, const char *word, size_t n,
                      struct pl_err *err)
{
	struct pl_buf folded = PL_BUF_INIT, upper = PL_BUF_INIT, alts = PL_BUF_INIT;
	sqlite3_stmt *vs = NULL;
	int rc = pl_tokenizer_fold(pl_store_tokenizer(st), word, n, &folded);
	if (!rc && folded.len && !memchr(folded.data, ' ', folded.len)) {
		rc = pl_store_prepare(st, "SELECT DISTINCT stem FROM vocabulary WHERE word >= ?1"
		                      " AND word < ?2 AND instr(stem, ?1) <> 1 LIMIT 200", &vs, err);
		/* U+10FFFF sorts after every word that starts with the prefix. */
		if (!rc && (pl_buf_add(&upper, folded.data, folded.len) ||
		            pl_buf_adds(&upper, "\xf4\x8f\xbf\xbf")))
			rc = PL_ENOMEM;
		if (!rc) {
			sqlite3_bind_text(vs, 1, folded.data, (int)folded.len, SQLITE_STATIC);
			sqlite3_bind_text(vs, 2, upper.data, (int)upper.len, SQLITE_STATIC);
			while (!rc && sqlite3_step(vs) == SQLITE_ROW)
				rc = pl_buf_addf(&alts, " OR \"%c%s\"", PL_STEM_MARK,
				                 (const char *)sqlite3_column_text(vs, 0));
		}
	}
	if (!rc)
		rc = (alts.len && pl_buf_addc(fts, '(')) || add_word(fts, word, n) ||
		     pl_buf_addc(fts, '*') ||
		     (alts.len && (pl_buf_add(fts, alts.data, alts.len) || pl_buf_addc(fts, ')')))
		     ? PL_ENOMEM : PL_OK;
	sqlite3_finalize(vs);
	pl_buf_release(&folded);
	pl_buf_release(&upper);
	pl_buf_release(&alts);
	if (rc == PL_ENOMEM)
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	return rc;
}

/* Where the FTS5 expression being written stands. */
struct parser {
	struct pl_store *st;
	struct query *q;
	int depth, near_depth;     /* parentheses; those of a NEAR(...) */
	int after_near;            /* the last word was NEAR */
	int last_term, last_close; /* it ended a term; with ')' */
};

/* FTS5 joins two terms with an implicit AND, but not a group to a term:
 * "(a OR b) c" must be written "(a OR b) AND c". */
static int term_start(struct parser *p, int open)
{
	if (!p->near_depth && p->last_term && (p->last_close || open))
		return pl_buf_adds(&p->q->fts, " AND ");
	return PL_OK;
}

static int is_operator(const char *w, size_t n)
{
	return (n == 3 && (!strncmp(w, "AND", 3) || !strncmp(w, "NOT", 3))) ||
	       (n == 2 && !strncmp(w, "OR", 2)) || (n == 4 && !strncmp(w, "NEAR", 4));
}

/* FTS5 punctuation: grouping, NEAR's comma, initial-token and phrase-joining. */
static int punctuation(struct parser *p, char c)
{
	int rc = PL_OK;
	if (c == '(') {
		if (!p->after_near)
			rc = term_start(p, 1);
		p->depth++;
		if (p->after_near && !p->near_depth)
			p->near_depth = p->depth;
		p->last_term = 0;
	} else if (c == ')') {
		if (p->near_depth == p->depth)
			p->near_depth = 0;
		p->depth -= p->depth > 0;
		p->last_term = p->last_close = 1;
	} else if (c == '^') {
		rc = term_start(p, 0);
		p->last_term = 0;
	} else if (c != '*') {
		p->last_term = 0;   /* ',' and '+' */
	}
	p->after_near = 0;
	return rc ? rc : pl_buf_addc(&p->q->fts, c);
}

/* A word (n bytes at w), with its prefix '*' if `prefix`. */
static int word(struct parser *p, const char *w, size_t n, int prefix, struct pl_err *err)
{
	struct pl_buf *fts = &p->q->fts;
	int op = is_operator(w, n), rc = op ? PL_OK : term_start(p, 0);
	size_t before = fts->len;
	int caret = fts->len && fts->data[fts->len - 1] == '^';
	if (rc)
		return rc;
	/* Inside NEAR(...) or after ^ a prefix must stay a single phrase. */
	if (prefix && !p->near_depth && !caret)
		rc = add_prefix(p->st, fts, w, n, err);
	else
		rc = add_word(fts, w, n) || (prefix && pl_buf_addc(fts, '*')) ? PL_ENOMEM : PL_OK;
	if (fts->len > before) {
		p->after_near = n == 4 && !strncmp(w, "NEAR", 4);
		p->last_term = !op;
		p->last_close = 0;
	}
	return rc;
}

static int filter(struct query *q, const char **sp, size_t k, struct pl_err *err)
{
	const char *s = *sp, *v = s + k;
	size_t n = strcspn(v, " \t\n\r\f\v");
	int rc;
	if (*v == '"') {
		n = quoted_len(v);
		if (!n)
			return pl_err_set(err, PL_EQUERY, "the quoted value of filter '%.*s' is not closed",
			                  (int)k, s);
		/* Undo FTS5-style quoting: the value is taken as written. */
		struct pl_buf val = PL_BUF_INIT;
		for (size_t i = 1; i + 1 < n; i++)
			if (pl_buf_addc(&val, v[i]) == PL_OK && v[i] == '"')
				i++;
		rc = add_filter(q, s, k - 1, pl_buf_str(&val), val.len, err);
		pl_buf_release(&val);
	} else {
		rc = add_filter(q, s, k - 1, v, n, err);
	}
	*sp = v + n;
	return rc;
}

static int parse_query(struct pl_store *st, const char *s, int literal, struct query *q,
                       struct pl_err *err)
{
	struct parser p = { .st = st, .q = q };
	int rc = PL_OK;
	while (!rc && *s) {
		if (isspace((unsigned char)*s)) {
			s++;
			continue;
		}
		size_t k = literal ? 0 : filter_key(s);
		if (k) {
			rc = filter(q, &s, k, err);
			continue;
		}
		if (q->fts.len && pl_buf_addc(&q->fts, ' '))
			return pl_err_set(err, PL_ENOMEM, "out of memory");
		if (literal) {
			/* Quoting the whole chunk leaves no operator to misread. */
			size_t n = strcspn(s, " \t\n\r\f\v");
			rc = add_quoted(&q->fts, s, n);
			s += n;
			continue;
		}
		if (*s == '"') {
			size_t n = quoted_len(s);
			if (!n)
				return pl_err_set(err, PL_EQUERY, "a double quote is not closed: %s", s);
			rc = term_start(&p, 0) || pl_buf_add(&q->fts, s, n) ? PL_ENOMEM : PL_OK;
			p.last_term = 1;
			p.last_close = p.after_near = 0;
			s += n;
			continue;
		}
		/* One chunk: words and FTS5 punctuation up to a space or a quote. */
		while (!rc && *s && *s != '"' && !isspace((unsigned char)*s)) {
			if (fts_special(*s)) {
				rc = punctuation(&p, *s++);
				continue;
			}
			size_t n = 0;
			while (s[n] && s[n] != '"' && !isspace((unsigned char)s[n]) && !fts_special(s[n]))
				n++;
			int prefix = s[n] == '*';
			rc = word(&p, s, n, prefix, err);
			s += n + prefix;
		}
	}
	if (rc == PL_ENOMEM)
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	return rc;
}

/* FTS5's messages, said so that a user can fix the query. */
static int query_error(const char *msg, const char *fts, struct pl_err *err)
{
	const char *near = strstr(msg, "syntax error near \"");
	if (near) {
		near += strlen("syntax error near \"");
		size_t n = strcspn(near, "\"");
		if (n == 0)
			return pl_err_set(err, PL_EQUERY, "the query ends too early: an operator "
			                  "(AND, OR, NOT, NEAR) or '(' lacks what follows it "
			                  "(quote words to search them as they are)");
		return pl_err_set(err, PL_EQUERY, "unexpected '%.*s' in the query; operators "
		                  "AND, OR and NOT go between two terms, '(' needs its ')' "
		                  "(quote words to search them as they are)", (int)n, near);
	}
	if (strstr(msg, "unterminated string"))
		return pl_err_set(err, PL_EQUERY, "a double quote is not closed");
	if (strstr(msg, "unknown special query"))
		return pl_err_set(err, PL_EQUERY, "'*' can only end a word (a prefix search, "
		                  "as in emigra*)");
	if (strstr(msg, "no such column"))
		return pl_err_set(err, PL_EQUERY, "%s (the only column is 'text'; "
		                  "filters are key:value)", msg);
	if (strstr(msg, "expected integer"))
		return pl_err_set(err, PL_EQUERY, "NEAR's distance must be a number, as in "
		                  "NEAR(migrants workers, 10)");
	(void)fts;
	if (!strncmp(msg, "fts5: ", 6))
		msg += 6;
	return pl_err_set(err, PL_EQUERY, "%s", msg);
}

static int bind_all(sqlite3_stmt *st, const struct query *q, int first)
{
	if (q->fts.len)
		sqlite3_bind_text(st, first++, q->fts.data, (int)q->fts.len, SQLITE_STATIC);
	for (size_t i = 0; i < q->nbinds; i++)
		sqlite3_bind_text(st, first++, bind_value(q, i), -1, SQLITE_STATIC);
	return first;
}

/* Builds a plain snippet (no query): the first words of the text. */
static void lead_snippet(struct pl_buf *out, const char *text, size_t max)
{
	size_t n = strlen(text);
	if (n <= max) {
		pl_buf_add(out, text, n);
		return;
	}
	while (max > 0 && ((unsigned char)text[max] & 0xC0) == 0x80)
		max--;   /* not inside a UTF-8 sequence */
	size_t cut = max;
	while (cut > max / 2 && text[cut] != ' ')
		cut--;
	pl_buf_add(out, text, cut > max / 2 ? cut : max);
	pl_buf_adds(out, "…");
}

/* Drops the language marker FTS5 copies when a snippet starts the text. */
static const char *strip_marker(const char *s)
{
	if (s && s[0] == '\x01') {
		const char *end = strchr(s + 1, '\x01');
		if (end && end - s <= 9)
			return end + 1;
	}
	return s ? s : "";
}

static const char details_sql[] =
	"SELECT p.document_id, p.ordinal, p.span_start, p.span_end, d.path, d.title,"
	" d.language, p.speaker, p.section, p.text FROM passages p"
	" JOIN documents d ON d.id = p.document_id WHERE p.id = ?1";

static const char snippet_sql[] =
	"SELECT snippet(passage_fts, 0, char(2), char(3), '…', ?3) FROM passage_fts"
	" WHERE passage_fts MATCH ?1 AND rowid = ?2";

static const char highlight_sql[] =
	"SELECT highlight(passage_fts, 0, char(2), char(3)) FROM passage_fts"
	" WHERE passage_fts MATCH ?1 AND rowid = ?2";

/* Fills h from the details query for h->passage_id; 0 if it is gone. */
static int passage_details(sqlite3_stmt *det, struct pl_hit *h)
{
	sqlite3_reset(det);
	sqlite3_bind_int64(det, 1, h->passage_id);
	if (sqlite3_step(det) != SQLITE_ROW)
		return 0;
	h->document_id = sqlite3_column_int64(det, 0);
	h->ordinal = sqlite3_column_int64(det, 1);
	h->span_start = sqlite3_column_int64(det, 2);
	h->span_end = sqlite3_column_int64(det, 3);
	h->path = (const char *)sqlite3_column_text(det, 4);
	h->title = (const char *)sqlite3_column_text(det, 5);
	h->language = (const char *)sqlite3_column_text(det, 6);
	h->speaker = (const char *)sqlite3_column_text(det, 7);
	h->section = (const char *)sqlite3_column_text(det, 8);
	h->text = (const char *)sqlite3_column_text(det, 9);
	return 1;
}

/* What reporting a hit needs: its details and snippet statements. */
struct emitter {
	struct pl_store *s;
	const struct pl_search_opts *o;
	const struct query *q;
	sqlite3_stmt *det, *snip;
	struct pl_buf lead;
};

static int emitter_init(struct emitter *e, struct pl_store *s, const struct pl_search_opts *o,
                        const struct query *q, struct pl_err *err)
{
	*e = (struct emitter){ s, o, q, NULL, NULL, PL_BUF_INIT };
	if (o->ids_only)
		return PL_OK;
	int rc = pl_store_prepare(s, details_sql, &e->det, err);
	if (!rc && q->fts.len && !o->no_snippet)
		rc = pl_store_prepare(s, o->snippet_words < 0 ? highlight_sql : snippet_sql, &e->snip,
		                      err);
	return rc;
}

static void emitter_release(struct emitter *e)
{
	sqlite3_finalize(e->det);
	sqlite3_finalize(e->snip);
	pl_buf_release(&e->lead);
}

/* Completes h (rank, passage_id, score set) and reports it. */
static int emit_one(struct emitter *e, struct pl_hit *h, pl_hit_fn fn, void *ctx,
                    struct pl_err *err)
{
	if (e->o->ids_only)
		return fn(ctx, h);
	if (!passage_details(e->det, h))
		return PL_OK;   /* deleted meanwhile by another process */
	if (e->snip) {
		sqlite3_reset(e->snip);
		sqlite3_bind_text(e->snip, 1, e->q->fts.data, (int)e->q->fts.len, SQLITE_STATIC);
		sqlite3_bind_int64(e->snip, 2, h->passage_id);
		if (e->o->snippet_words >= 0)
			sqlite3_bind_int(e->snip, 3, e->o->snippet_words > 0 ? e->o->snippet_words : 24);
		int src = sqlite3_step(e->snip);
		if (src != SQLITE_ROW && src != SQLITE_DONE)
			return pl_store_error(e->s, src, "cannot make a snippet", err);
		h->snippet = strip_marker(src == SQLITE_ROW ?
		                          (const char *)sqlite3_column_text(e->snip, 0) : NULL);
	} else if (!e->o->no_snippet) {
		pl_buf_clear(&e->lead);
		lead_snippet(&e->lead, h->text ? h->text : "", 200);
		h->snippet = pl_buf_str(&e->lead);
	}
	return fn(ctx, h);
}

static int emit_hits(struct pl_store *s, const struct pl_search_opts *o, const struct query *q,
                     sqlite3_stmt *ranked, pl_hit_fn fn, void *ctx, struct pl_err *err)
{
	struct emitter e;
	int rc = emitter_init(&e, s, o, q, err);
	int64_t rank = o->offset;
	int step = SQLITE_DONE;
	while (!rc && (step = sqlite3_step(ranked)) == SQLITE_ROW) {
		struct pl_hit h = { .rank = ++rank };
		h.passage_id = sqlite3_column_int64(ranked, 0);
		h.score = -sqlite3_column_double(ranked, 1);
		rc = emit_one(&e, &h, fn, ctx, err);
	}
	if (!rc && step != SQLITE_DONE) {
		const char *msg = sqlite3_errmsg(pl_store_db(s));
		rc = (step & 0xff) == SQLITE_ERROR ? query_error(msg, q->fts.data, err)
		                                   : pl_store_error(s, step, "search failed", err);
	}
	emitter_release(&e);
	return rc;
}

static int count_matches(struct pl_store *s, const struct query *q, int64_t *total,
                         struct pl_err *err)
{
	struct pl_buf sql = PL_BUF_INIT;
	sqlite3_stmt *st = NULL;
	if (q->fts.len)
		pl_buf_addf(&sql, "SELECT count(*) FROM passage_fts f JOIN passages p ON p.id = f.rowid"
		            " JOIN documents d ON d.id = p.document_id WHERE passage_fts MATCH ?%s",
		            pl_buf_str(&q->where));
	else
		pl_buf_addf(&sql, "SELECT count(*) FROM passages p JOIN documents d"
		            " ON d.id = p.document_id WHERE 1%s", pl_buf_str(&q->where));
	int rc = pl_store_prepare(s, pl_buf_str(&sql), &st, err);
	if (!rc) {
		bind_all(st, q, 1);
		int step = sqlite3_step(st);
		if (step == SQLITE_ROW)
			*total = sqlite3_column_int64(st, 0);
		else if ((step & 0xff) == SQLITE_ERROR)
			rc = query_error(sqlite3_errmsg(pl_store_db(s)), q->fts.data, err);
		else
			rc = pl_store_error(s, step, "search failed", err);
	}
	sqlite3_finalize(st);
	pl_buf_release(&sql);
	return rc;
}

/* The query and the options' filters, parsed into q. */
static int build_query(struct pl_store *s, const struct pl_search_opts *o, struct query *q,
                       struct pl_err *err)
{
	int rc = parse_query(s, o->query ? o->query : "", o->literal, q, err);
	for (size_t i = 0; !rc && i < o->ntags; i++)
		rc = add_filter(q, "tag", 3, o->tags[i], strlen(o->tags[i]), err);
	for (size_t i = 0; !rc && i < o->nmeta; i++)
		rc = add_filter(q, o->meta[i].key, strlen(o->meta[i].key), o->meta[i].value,
		                strlen(o->meta[i].value), err);
	if (!rc && o->speaker)
		rc = add_filter(q, "speaker", 7, o->speaker, strlen(o->speaker), err);
	if (!rc && !q->fts.len && !q->where.len)
		rc = pl_err_set(err, PL_EQUERY, "the query has no words to search for");
	if (rc)
		query_release(q);
	return rc;
}

int pl_search_window(struct pl_store *s, const struct pl_search_opts *o, const int64_t *ids,
                     size_t n, int64_t first_rank, pl_hit_fn fn, void *ctx, struct pl_err *err)
{
	struct query q = { PL_BUF_INIT, PL_BUF_INIT, PL_BUF_INIT, 0, { 0 } };
	int rc = build_query(s, o, &q, err);
	if (rc)
		return rc;
	struct emitter e;
	rc = emitter_init(&e, s, o, &q, err);
	for (size_t i = 0; !rc && i < n; i++) {
		struct pl_hit h = { .rank = first_rank + (int64_t)i, .passage_id = ids[i] };
		rc = emit_one(&e, &h, fn, ctx, err);
	}
	emitter_release(&e);
	query_release(&q);
	return rc;
}

int pl_search(struct pl_store *s, const struct pl_search_opts *o, pl_hit_fn fn, void *ctx,
              int64_t *total, struct pl_err *err)
{
	struct query q = { PL_BUF_INIT, PL_BUF_INIT, PL_BUF_INIT, 0, { 0 } };
	int rc = build_query(s, o, &q, err);
	if (rc)
		return rc;

	struct pl_buf sql = PL_BUF_INIT;
	if (q.fts.len && !q.where.len)
		pl_buf_adds(&sql, "SELECT rowid, rank FROM passage_fts WHERE passage_fts MATCH ?"
		            " ORDER BY rank LIMIT ? OFFSET ?");
	else if (q.fts.len)
		pl_buf_addf(&sql, "SELECT f.rowid, f.rank FROM passage_fts f"
		            " JOIN passages p ON p.id = f.rowid JOIN documents d ON d.id = p.document_id"
		            " WHERE passage_fts MATCH ?%s ORDER BY f.rank LIMIT ? OFFSET ?",
		            pl_buf_str(&q.where));
	else
		pl_buf_addf(&sql, "SELECT p.id, 0.0 FROM passages p JOIN documents d"
		            " ON d.id = p.document_id WHERE 1%s ORDER BY p.document_id, p.ordinal"
		            " LIMIT ? OFFSET ?", pl_buf_str(&q.where));
	sqlite3_stmt *ranked = NULL;
	if (fn)
		rc = pl_store_prepare(s, pl_buf_str(&sql), &ranked, err);
	if (!rc && fn) {
		int next = bind_all(ranked, &q, 1);
		sqlite3_bind_int64(ranked, next, o->limit > 0 ? o->limit : 20);
		sqlite3_bind_int64(ranked, next + 1, o->offset > 0 ? o->offset : 0);
		rc = emit_hits(s, o, &q, ranked, fn, ctx, err);
	}
	if (!rc && total)
		rc = count_matches(s, &q, total, err);
	sqlite3_finalize(ranked);
	pl_buf_release(&sql);
	query_release(&q);
	return rc;
}

int pl_search_passage(struct pl_store *s, int64_t id, pl_hit_fn fn, void *ctx,
                      struct pl_err *err)
{
	sqlite3_stmt *det;
	int rc = pl_store_prepare(s, details_sql, &det, err);
	if (rc)
		return rc;
	struct pl_hit h = { .rank = 1, .passage_id = id };
	if (passage_details(det, &h)) {
		h.snippet = h.text;
		rc = fn(ctx, &h);
	} else {
		rc = pl_err_set(err, PL_EUSAGE, "no passage %lld", (long long)id);
	}
	sqlite3_finalize(det);
	return rc;
}
