/*
 * export.c - the selection behind every export, representative excerpts,
 * and the Markdown, CSV and JSON Lines writers (see export.h). The HTML
 * writer is export_html.c, the REFI-QDA one export_qdpx.c.
 */
#include "export_impl.h"
#include "plenary/outfile.h"
#include "plenary/search.h"
#include "plenary/text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Output is written in pieces of about this size. */
#define FLUSH_AT 65536

/* Category order everywhere: lexicon, then the lexicon's own order. */
#define CAT_ORDER "c.lexicon_id, c.sort_order, c.id"

static const char *col(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? s : "";
}

int pl_export_format_parse(const char *name, enum pl_export_format *out, struct pl_err *err)
{
	static const struct { const char *name; enum pl_export_format f; } names[] = {
		{ "md", PL_EXPORT_MD }, { "markdown", PL_EXPORT_MD }, { "html", PL_EXPORT_HTML },
		{ "csv", PL_EXPORT_CSV }, { "jsonl", PL_EXPORT_JSONL }, { "qdpx", PL_EXPORT_QDPX },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (!strcmp(name, names[i].name)) {
			*out = names[i].f;
			return PL_OK;
		}
	}
	return pl_err_set(err, PL_EUSAGE, "--format is md, html, csv, jsonl or qdpx, not '%s'", name);
}

/* ---- escaping ------------------------------------------------------------- */

int pl_csv_cell(struct pl_buf *b, const char *s)
{
	int lead = strchr("=+-@\t\r", *s) && *s;
	int quote = lead || strpbrk(s, ",\"\r\n") != NULL;
	int rc = quote ? pl_buf_addc(b, '"') : PL_OK;
	if (!rc && lead)
		rc = pl_buf_addc(b, '\'');
	for (const char *p = s; !rc && *p; p++)
		rc = *p == '"' ? pl_buf_adds(b, "\"\"") : pl_buf_addc(b, *p);
	if (!rc && quote)
		rc = pl_buf_addc(b, '"');
	return rc;
}

/* Controls and bidi overrides become visible (text.h) before any markup
 * escaping, so an export never carries terminal escape sequences. */
static int visible(struct pl_buf *tmp, const char *s)
{
	pl_buf_clear(tmp);
	return pl_text_escape(tmp, s, strlen(s), 0);
}

int pl_html_escape(struct pl_buf *b, const char *s)
{
	struct pl_buf v = PL_BUF_INIT;
	int rc = visible(&v, s);
	for (const char *p = pl_buf_str(&v); !rc && *p; p++) {
		switch (*p) {
		case '&': rc = pl_buf_adds(b, "&amp;"); break;
		case '<': rc = pl_buf_adds(b, "&lt;"); break;
		case '>': rc = pl_buf_adds(b, "&gt;"); break;
		case '"': rc = pl_buf_adds(b, "&quot;"); break;
		case '\'': rc = pl_buf_adds(b, "&#39;"); break;
		default: rc = pl_buf_addc(b, *p);
		}
	}
	pl_buf_release(&v);
	return rc;
}

/* At the start of a line, "- ", "+ ", "= " and "1. " would make a list or a
 * heading: the character (after any digits) gets a backslash. */
static size_t line_start_marker(const char *p)
{
	if (*p == '-' || *p == '+' || *p == '=')
		return 0;
	size_t d = strspn(p, "0123456789");
	return d && (p[d] == '.' || p[d] == ')') ? d : (size_t)-1;
}

static int alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether p[i] would be read as markup: always for these characters, and
 * an underscore unless inside a word (CommonMark's rule for emphasis). */
static int md_special(const char *p, size_t i)
{
	if (p[i] == '_')
		return !(i && alnum(p[i - 1]) && alnum(p[i + 1]));
	return strchr("\\`*[]<>&#|~", p[i]) != NULL;
}

int pl_md_escape(struct pl_buf *b, const char *s, const char *quote)
{
	struct pl_buf v = PL_BUF_INIT;
	int rc = visible(&v, s);
	const char *p = pl_buf_str(&v);
	size_t marker = quote ? line_start_marker(p) : (size_t)-1;
	for (size_t i = 0; !rc && p[i]; i++) {
		if (p[i] == '\n' && quote) {
			rc = pl_buf_addc(b, '\n') || pl_buf_adds(b, quote);
			marker = i + 1 + line_start_marker(p + i + 1);
			continue;
		}
		if (i == marker || md_special(p, i))
			rc = pl_buf_addc(b, '\\');
		if (!rc)
			rc = pl_buf_addc(b, p[i] == '\n' ? ' ' : p[i]);
	}
	pl_buf_release(&v);
	return rc;
}

/* ---- output ------------------------------------------------------------------ */

static int write_out(struct export *x, int final)
{
	if (!final && x->b.len < FLUSH_AT)
		return PL_OK;
	errno = 0;
	if ((x->b.len && fwrite(x->b.data, 1, x->b.len, x->f) != x->b.len) ||
	    (final && fflush(x->f)) || ferror(x->f))
		return pl_err_set(x->err, PL_EIO, "cannot write the export: %s",
		                  errno ? strerror(errno) : "write error");
	pl_buf_clear(&x->b);
	return PL_OK;
}

/* ---- SQL helpers ------------------------------------------------------------- */

static int exec(struct export *x, const char *sql)
{
	int rc = sqlite3_exec(pl_store_db(x->s), sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? PL_OK : pl_store_error(x->s, rc, "cannot select the passages", x->err);
}

/* Steps st to its end, calling row(x, st, ctx) for each row. */
static int each_row(struct export *x, sqlite3_stmt *st,
                    int (*row)(struct export *x, sqlite3_stmt *st, void *ctx), void *ctx)
{
	int rc = PL_OK, step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		if (row && (rc = row(x, st, ctx)))
			break;
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(x->s, step, "cannot read the database", x->err);
	sqlite3_reset(st);
	return rc;
}

/* Prepares sql, binds ?1 as text t (if not NULL) and ?2 as integer n, and
 * steps it through row(). */
static int query(struct export *x, const char *sql, const char *t, int64_t n,
                 int (*row)(struct export *x, sqlite3_stmt *st, void *ctx), void *ctx)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(x->s, sql, &st, x->err);
	if (rc)
		return rc;
	if (t)
		sqlite3_bind_text(st, 1, t, -1, SQLITE_STATIC);
	if (sqlite3_bind_parameter_count(st) >= 2)
		sqlite3_bind_int64(st, 2, n);
	rc = each_row(x, st, row, ctx);
	sqlite3_finalize(st);
	return rc;
}

static int int_row(struct export *x, sqlite3_stmt *st, void *ctx)
{
	(void)x;
	int64_t *v = ctx;
	for (int i = 0; i < sqlite3_column_count(st); i++)
		v[i] = sqlite3_column_int64(st, i);
	return PL_OK;
}

/* For the writers in other files (export_impl.h). */
const char *ex_col(sqlite3_stmt *st, int i)
{
	return col(st, i);
}

int ex_query(struct export *x, const char *sql, const char *t, int64_t n,
             int (*row)(struct export *x, sqlite3_stmt *st, void *ctx), void *ctx)
{
	return query(x, sql, t, n, row, ctx);
}

int ex_write_out(struct export *x, int final)
{
	return write_out(x, final);
}

/* ---- selection --------------------------------------------------------------- */

static const char temp_tables[] =
	"CREATE TEMP TABLE IF NOT EXISTS export_sel(passage_id INTEGER PRIMARY KEY);"
	"CREATE TEMP TABLE IF NOT EXISTS export_cat(id TEXT PRIMARY KEY, ord INTEGER);"
	"CREATE TEMP TABLE IF NOT EXISTS export_pick(category_id TEXT, passage_id INTEGER,"
	" rank INTEGER, score REAL, hits INTEGER, PRIMARY KEY(category_id, rank));"
	"DELETE FROM export_sel; DELETE FROM export_cat; DELETE FROM export_pick;";

static const char drop_tables[] =
	"DROP TABLE IF EXISTS temp.export_sel; DROP TABLE IF EXISTS temp.export_cat;"
	"DROP TABLE IF EXISTS temp.export_pick;";

static int insert_id(struct export *x, sqlite3_stmt *ins, int64_t id)
{
	sqlite3_bind_int64(ins, 1, id);
	int step = sqlite3_step(ins);
	sqlite3_reset(ins);
	return step == SQLITE_DONE ? PL_OK
	                           : pl_store_error(x->s, step, "cannot select the passages", x->err);
}

struct hit_sink {
	struct export *x;
	sqlite3_stmt *ins;
};

static int add_hit(void *ctx, const struct pl_hit *h)
{
	struct hit_sink *k = ctx;
	return insert_id(k->x, k->ins, h->passage_id);
}

/* export_sel: the ids given, the passages a query and metadata filters
 * find, or every passage; then only marked excerpts if asked. */
static int select_passages(struct export *x)
{
	const struct pl_export_opts *o = x->o;
	sqlite3_stmt *ins;
	int rc = pl_store_prepare(x->s, "INSERT OR IGNORE INTO export_sel VALUES(?1)", &ins, x->err);
	if (rc)
		return rc;
	if (o->nids) {
		for (size_t i = 0; !rc && i < o->nids; i++)
			rc = insert_id(x, ins, o->ids[i]);
	} else if ((o->query && *o->query) || o->nmeta) {
		struct pl_search_opts so = { .query = o->query, .limit = INT64_MAX, .meta = o->meta,
		                             .nmeta = o->nmeta, .no_snippet = 1 };
		struct hit_sink k = { x, ins };
		rc = pl_search(x->s, &so, add_hit, &k, NULL, x->err);
	} else {
		rc = exec(x, "INSERT INTO export_sel SELECT id FROM passages");
	}
	sqlite3_finalize(ins);
	if (!rc && o->excerpts)
		rc = exec(x, "DELETE FROM export_sel WHERE passage_id NOT IN"
		             " (SELECT passage_id FROM excerpts)");
	/* A form letter once: its representative stands for the copies. */
	if (!rc && pl_store_counts_once(x->s))
		rc = exec(x, "DELETE FROM export_sel WHERE passage_id NOT IN"
		             " (SELECT passage_id FROM passage_counted)");
	return rc;
}

static int add_category(struct export *x, sqlite3_stmt *st, void *ctx)
{
	(void)ctx;
	struct ex_category *c = realloc(x->cats, (x->ncats + 1) * sizeof *c);
	if (!c)
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	x->cats = c;
	c += x->ncats;
	memset(c, 0, sizeof *c);
	c->id = strdup(col(st, 0));
	c->title = strdup(col(st, 1));
	x->ncats++;
	if (!c->id || !c->title)
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	return PL_OK;
}

/* export_cat and x->cats: the categories asked for (each must exist), or
 * every registered one; with --tag, only passages with one of them stay. */
static int select_categories(struct export *x)
{
	const struct pl_export_opts *o = x->o;
	int rc = PL_OK;
	for (size_t i = 0; !rc && i < o->ntags; i++) {
		int64_t n = 0;
		rc = query(x, "SELECT count(*) FROM categories WHERE id = ?1", o->tags[i], 0, int_row, &n);
		if (!rc && !n)
			rc = pl_err_set(x->err, PL_EUSAGE, "unknown category '%s' (plenary stats lists them)",
			                o->tags[i]);
		if (!rc)
			rc = query(x, "INSERT OR IGNORE INTO export_cat SELECT ?1, count(*) FROM export_cat",
			           o->tags[i], 0, NULL, NULL);
	}
	if (!rc && !o->ntags)
		rc = exec(x, "INSERT INTO export_cat SELECT c.id, row_number() OVER (ORDER BY " CAT_ORDER
		             ") FROM categories c");
	if (!rc && o->ntags)
		rc = exec(x, "DELETE FROM export_sel WHERE passage_id NOT IN (SELECT passage_id FROM"
		             " passage_tags WHERE category_id IN (SELECT id FROM export_cat))");
	if (!rc)
		rc = query(x, "SELECT c.id, coalesce(k.title, c.id) FROM export_cat c"
		              " LEFT JOIN categories k ON k.id = c.id ORDER BY c.ord", NULL, 0,
		           add_category, NULL);
	return rc;
}

/* Passages, documents and speakers of each category in the selection. */
static int count_categories(struct export *x)
{
	int64_t v[3];
	int rc = query(x, "SELECT count(*), count(DISTINCT p.document_id) FROM export_sel s"
	                  " JOIN passages p ON p.id = s.passage_id", NULL, 0, int_row, v);
	x->passages = v[0];
	x->documents = v[1];
	if (!rc)
		rc = query(x, "SELECT count(*) FROM tags t JOIN export_sel s USING(passage_id)"
		              " WHERE t.source = 'analyst'", NULL, 0, int_row, &x->decisions);
	for (size_t i = 0; !rc && i < x->ncats; i++) {
		struct ex_category *c = &x->cats[i];
		rc = query(x, "SELECT count(*), count(DISTINCT p.document_id), count(DISTINCT p.speaker)"
		              " FROM passage_tags pt JOIN export_sel s ON s.passage_id = pt.passage_id"
		              " JOIN passages p ON p.id = pt.passage_id WHERE pt.category_id = ?1",
		           c->id, 0, int_row, v);
		c->passages = v[0];
		c->documents = v[1];
		c->speakers = v[2];
	}
	return rc;
}

/* ---- representative excerpts ------------------------------------------------ */

/* The evidence of each tag in the selection: the lexicon's score and the
 * number of hit spans (an analyst's own tag has neither: it ranks last). */
#define CANDIDATES                                                                   \
	"SELECT pt.passage_id, p.document_id, p.speaker, coalesce(l.score, 0),"         \
	" (SELECT count(*) FROM tag_spans sp WHERE sp.passage_id = pt.passage_id"       \
	"  AND sp.category_id = pt.category_id AND sp.kind = 'hit') AS hits"            \
	" FROM passage_tags pt JOIN export_sel s ON s.passage_id = pt.passage_id"       \
	" JOIN passages p ON p.id = pt.passage_id"                                      \
	" LEFT JOIN tags l ON l.passage_id = pt.passage_id"                             \
	"  AND l.category_id = pt.category_id AND l.source = 'lexicon'"                 \
	" WHERE pt.category_id = ?1 "

struct candidate {
	int64_t id;
	uint64_t doc, speaker;    /* keys; speaker 0: none */
	double score;
	int64_t hits;
	int taken;
};

struct candidates {
	struct candidate *v;
	size_t n, cap;
};

static uint64_t speaker_key(const char *s)
{
	if (!s)
		return 0;
	uint64_t h = 1469598103934665603u;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h ? h : 1;
}

static int add_candidate(struct export *x, sqlite3_stmt *st, void *ctx)
{
	struct candidates *cs = ctx;
	if (cs->n == cs->cap) {
		size_t cap = cs->cap ? cs->cap * 2 : 64;
		struct candidate *v = realloc(cs->v, cap * sizeof *v);
		if (!v)
			return pl_err_set(x->err, PL_ENOMEM, "out of memory");
		cs->v = v;
		cs->cap = cap;
	}
	cs->v[cs->n++] = (struct candidate){
		.id = sqlite3_column_int64(st, 0),
		.doc = (uint64_t)sqlite3_column_int64(st, 1),
		.speaker = speaker_key((const char *)sqlite3_column_text(st, 2)),
		.score = sqlite3_column_double(st, 3),
		.hits = sqlite3_column_int64(st, 4),
	};
	return PL_OK;
}

/* How many picks each document (or speaker) has given: open addressing. */
struct counts {
	uint64_t *key;
	int64_t *n;
	size_t size;   /* a power of two, over twice the keys */
};

static int64_t *count_slot(struct counts *c, uint64_t key)
{
	size_t i = (size_t)(key * 11400714819323198485u) & (c->size - 1);
	while (c->key[i] && c->key[i] != key)
		i = (i + 1) & (c->size - 1);
	c->key[i] = key;
	return &c->n[i];
}

/* Takes, in this round, the first candidate (best evidence first) whose
 * document has given fewer than `round` picks and, unless relaxed, whose
 * speaker has not given one in this round either. */
static struct candidate *next_pick(struct candidates *cs, struct counts *docs,
                                   struct counts *speakers, int64_t round, int relaxed)
{
	for (size_t i = 0; i < cs->n; i++) {
		struct candidate *c = &cs->v[i];
		if (c->taken || *count_slot(docs, c->doc + 1) >= round)
			continue;
		if (!relaxed && c->speaker && *count_slot(speakers, c->speaker) >= round)
			continue;
		return c;
	}
	return NULL;
}

static int by_evidence(const void *a, const void *b)
{
	const struct candidate *p = a, *q = b;
	if (p->score != q->score)
		return p->score > q->score ? -1 : 1;
	if (p->hits != q->hits)
		return p->hits > q->hits ? -1 : 1;
	return (p->id > q->id) - (p->id < q->id);
}

static int pick_category(struct export *x, struct ex_category *cat, sqlite3_stmt *ins)
{
	struct candidates cs = { 0 };
	int rc = query(x, CANDIDATES, cat->id, 0, add_candidate, &cs);
	struct counts docs = { 0 }, speakers = { 0 };
	docs.size = speakers.size = 16;
	while (docs.size < 2 * cs.n + 2)
		docs.size *= 2;
	speakers.size = docs.size;
	docs.key = calloc(docs.size, sizeof *docs.key);
	docs.n = calloc(docs.size, sizeof *docs.n);
	speakers.key = calloc(speakers.size, sizeof *speakers.key);
	speakers.n = calloc(speakers.size, sizeof *speakers.n);
	if (!rc && (!docs.key || !docs.n || !speakers.key || !speakers.n))
		rc = pl_err_set(x->err, PL_ENOMEM, "out of memory");
	if (!rc)
		qsort(cs.v, cs.n, sizeof *cs.v, by_evidence);
	/* Round r: every document gives its r-th excerpt, new speakers first. */
	int64_t picked = 0, want = x->o->per_category;
	for (int64_t round = 1; !rc && picked < want && picked < (int64_t)cs.n; round++) {
		for (int relaxed = 0; !rc && relaxed < 2 && picked < want; relaxed++) {
			struct candidate *c;
			while (!rc && picked < want &&
			       (c = next_pick(&cs, &docs, &speakers, round, relaxed))) {
				c->taken = 1;
				++*count_slot(&docs, c->doc + 1);
				if (c->speaker)
					++*count_slot(&speakers, c->speaker);
				sqlite3_bind_text(ins, 1, cat->id, -1, SQLITE_STATIC);
				sqlite3_bind_int64(ins, 2, c->id);
				sqlite3_bind_int64(ins, 3, ++picked);
				sqlite3_bind_double(ins, 4, c->score);
				sqlite3_bind_int64(ins, 5, c->hits);
				rc = each_row(x, ins, NULL, NULL);
			}
		}
	}
	free(cs.v);
	free(docs.key);
	free(docs.n);
	free(speakers.key);
	free(speakers.n);
	return rc;
}

/* export_pick: every tagged passage of each category by document and
 * ordinal, or N per category spread over documents and speakers; then the
 * selection keeps only the passages picked. */
static int pick_excerpts(struct export *x)
{
	if (!x->o->per_category)
		return exec(x, "INSERT INTO export_pick SELECT pt.category_id, pt.passage_id,"
		               " row_number() OVER (PARTITION BY pt.category_id ORDER BY p.document_id,"
		               " p.ordinal), coalesce(l.score, 0), (SELECT count(*) FROM tag_spans sp"
		               " WHERE sp.passage_id = pt.passage_id AND sp.category_id = pt.category_id"
		               " AND sp.kind = 'hit') FROM passage_tags pt"
		               " JOIN export_sel s ON s.passage_id = pt.passage_id"
		               " JOIN export_cat c ON c.id = pt.category_id"
		               " JOIN passages p ON p.id = pt.passage_id"
		               " LEFT JOIN tags l ON l.passage_id = pt.passage_id"
		               " AND l.category_id = pt.category_id AND l.source = 'lexicon'");
	sqlite3_stmt *ins;
	int rc = pl_store_prepare(x->s, "INSERT INTO export_pick VALUES(?1, ?2, ?3, ?4, ?5)", &ins,
	                          x->err);
	for (size_t i = 0; !rc && i < x->ncats; i++)
		rc = pick_category(x, &x->cats[i], ins);
	sqlite3_finalize(ins);
	if (!rc)
		rc = exec(x, "DELETE FROM export_sel WHERE passage_id NOT IN"
		             " (SELECT passage_id FROM export_pick)");
	return rc;
}

static int count_shown(struct export *x)
{
	int rc = PL_OK;
	for (size_t i = 0; !rc && i < x->ncats; i++)
		rc = query(x, "SELECT count(*) FROM export_pick WHERE category_id = ?1", x->cats[i].id, 0,
		           int_row, &x->cats[i].shown);
	return rc;
}

/* ---- passages -------------------------------------------------------------- */

static const char passage_sql[] =
	"SELECT p.id, p.document_id, p.ordinal, d.path, d.title, p.speaker, p.section, p.text,"
	" coalesce((SELECT group_concat(id, ' ') FROM (SELECT pt.category_id AS id"
	"  FROM passage_tags pt LEFT JOIN categories c ON c.id = pt.category_id"
	"  WHERE pt.passage_id = p.id ORDER BY " CAT_ORDER ")), ''),"
	" coalesce((SELECT c.size FROM campaign_members m JOIN campaigns c"
	"  ON c.id = m.campaign_id WHERE m.passage_id = p.id), 0)"
	" FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?1";

/* Fills p from the database; the strings live until the next fetch. */
static int fetch_passage(struct export *x, int64_t id, struct ex_passage *p)
{
	sqlite3_stmt *st = x->passage;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, id);
	int step = sqlite3_step(st);
	if (step != SQLITE_ROW)
		return step == SQLITE_DONE
		       ? pl_err_set(x->err, PL_EUSAGE, "no passage %lld", (long long)id)
		       : pl_store_error(x->s, step, "cannot read a passage", x->err);
	*p = (struct ex_passage){
		.id = id,
		.document_id = sqlite3_column_int64(st, 1),
		.ordinal = sqlite3_column_int64(st, 2),
		.path = col(st, 3),
		.title = col(st, 4),
		.speaker = (const char *)sqlite3_column_text(st, 5),
		.section = (const char *)sqlite3_column_text(st, 6),
		.text = col(st, 7),
		.tags = col(st, 8),
		.campaign = sqlite3_column_int64(st, 9),
	};
	return PL_OK;
}

struct meta_fn {
	int (*fn)(struct export *x, const char *key, const char *value);
};

static int meta_row(struct export *x, sqlite3_stmt *st, void *ctx)
{
	return ((struct meta_fn *)ctx)->fn(x, col(st, 0), col(st, 1));
}

int ex_each_meta(struct export *x, const struct ex_passage *p,
                 int (*fn)(struct export *x, const char *key, const char *value))
{
	struct meta_fn m = { fn };
	sqlite3_bind_int64(x->meta, 1, p->id);
	sqlite3_bind_int64(x->meta, 2, p->document_id);
	return each_row(x, x->meta, meta_row, &m);
}

static const char meta_sql[] =
	"SELECT key, value FROM passage_meta WHERE passage_id = ?1 UNION ALL"
	" SELECT key, value FROM document_meta WHERE document_id = ?2"
	" AND key NOT IN (SELECT key FROM passage_meta WHERE passage_id = ?1) ORDER BY 1";

typedef int (*passage_fn)(struct export *x, const struct ex_category *c,
                          const struct ex_passage *p);

/* Calls fn(x, c, passage) for each row (passage_id, score, hits) of sql,
 * whose ?1 is c's id, and writes the output out as it grows. */
static int each_passage(struct export *x, const char *sql, const struct ex_category *c,
                        passage_fn fn)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(x->s, sql, &st, x->err);
	if (rc)
		return rc;
	if (c)
		sqlite3_bind_text(st, 1, c->id, -1, SQLITE_STATIC);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct ex_passage p;
		rc = fetch_passage(x, sqlite3_column_int64(st, 0), &p);
		p.score = sqlite3_column_double(st, 1);
		p.hits = sqlite3_column_int64(st, 2);
		if (!rc)
			rc = fn(x, c, &p);
		if (!rc)
			rc = write_out(x, 0);
		if (rc)
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(x->s, step, "cannot read the passages", x->err);
	sqlite3_finalize(st);
	return rc;
}

/* ---- reports (Markdown here, HTML in export_html.c) --------------------------- */

void ex_counts(struct export *x, const struct ex_category *c)
{
	pl_buf_addf(&x->b, "%lld passages in %lld documents, %lld speakers; %lld shown.",
	            (long long)c->passages, (long long)c->documents, (long long)c->speakers,
	            (long long)c->shown);
}

void ex_run_line(struct export *x, const struct ex_run *r,
                 void (*text)(struct export *x, const char *s),
                 void (*code)(struct export *x, const char *s))
{
	pl_buf_addf(&x->b, "run %lld: lexicon ", (long long)r->id);
	code(x, r->lexicon_id);
	pl_buf_adds(&x->b, " version ");
	text(x, *r->version ? r->version : "(none)");
	pl_buf_adds(&x->b, ", sha256 ");
	code(x, r->hash);
	pl_buf_adds(&x->b, ", ");
	text(x, r->finished);
	pl_buf_adds(&x->b, ", from ");
	code(x, r->path);
}

void ex_selection(struct export *x, struct pl_buf *out)
{
	const struct pl_export_opts *o = x->o;
	const char *sep = "";
	if (o->ntags) {
		pl_buf_adds(out, "categories ");
		for (size_t i = 0; i < o->ntags; i++)
			pl_buf_addf(out, "%s%s", i ? ", " : "", o->tags[i]);
		sep = "; ";
	}
	if (o->query && *o->query) {
		pl_buf_addf(out, "%squery ", sep);
		pl_text_json(out, o->query, NULL);
		sep = "; ";
	}
	for (size_t i = 0; i < o->nmeta; i++, sep = "; ")
		pl_buf_addf(out, "%s%s=%s", sep, o->meta[i].key, o->meta[i].value);
	if (o->excerpts) {
		pl_buf_addf(out, "%sthe analyst's marked excerpts", sep);
		sep = "; ";
	}
	if (o->nids) {
		pl_buf_addf(out, "%s%zu passages chosen", sep, o->nids);
		sep = "; ";
	}
	if (o->per_category) {
		pl_buf_addf(out, "%s%lld representative excerpts per category", sep,
		            (long long)o->per_category);
		sep = "; ";
	}
	if (!*sep)
		pl_buf_adds(out, "every passage");
	if (pl_store_counts_once(x->s))
		pl_buf_adds(out, "; campaigns (form letters) counted once");
}

struct run_ctx {
	int (*fn)(struct export *x, const struct ex_run *r);
};

static int run_row(struct export *x, sqlite3_stmt *st, void *ctx)
{
	struct ex_run r = {
		.id = sqlite3_column_int64(st, 0),
		.lexicon_id = col(st, 1),
		.version = col(st, 2),
		.hash = col(st, 3),
		.path = col(st, 4),
		.started = col(st, 5),
		.finished = col(st, 6),
	};
	x->runs++;
	return ((struct run_ctx *)ctx)->fn(x, &r);
}

/* The runs whose tags the selected passages carry. */
static const char runs_sql[] =
	"SELECT id, lexicon_id, coalesce(lexicon_version, ''), lexicon_hash, lexicon_path,"
	" started_at, coalesce(finished_at, '') FROM tag_runs WHERE id IN (SELECT t.run_id"
	" FROM tags t JOIN export_sel s USING(passage_id) WHERE t.source = 'lexicon') ORDER BY id";

int ex_each_run(struct export *x, int (*fn)(struct export *x, const struct ex_run *r))
{
	struct run_ctx ctx = { fn };
	return query(x, runs_sql, NULL, 0, run_row, &ctx);
}

/* The header: date, database, selection, tagging runs, then the summary. */
static int report_head(struct export *x, const struct report_ops *ops)
{
	int rc = ops->begin(x);
	if (!rc)
		rc = ex_each_run(x, ops->run);
	if (!rc)
		rc = ops->summary(x);
	return rc;
}

void ex_crosstab_note(struct export *x, const struct pl_crosstab *ct, size_t ncols,
                      struct pl_buf *out)
{
	const struct pl_export_opts *o = x->o;
	pl_buf_adds(out, "Passages (and documents) per category and value of ");
	pl_buf_adds(out, o->by);
	pl_buf_adds(out, "; (none): passages without it.");
	if ((o->query && *o->query) || o->nmeta || o->excerpts || o->nids)
		pl_buf_adds(out, " Counted over every passage in the database, not only the selection.");
	if (ncols < ct->ncols)
		pl_buf_addf(out, " %zu more values are left out: plenary stats --by lists them all.",
		            ct->ncols - ncols);
}

/* The columns shown: the values with most passages, then (none). */
static size_t crosstab_cols(const struct pl_crosstab *ct, size_t *cols)
{
	size_t n = 0;
	for (size_t c = 0; c < ct->ncols; c++)
		if (ct->col_values[c] ? n < EX_CROSSTAB_COLS : 1)
			cols[n++] = c;
	return n;
}

static int report_crosstab(struct export *x, const struct report_ops *ops)
{
	struct pl_crosstab ct;
	int rc = pl_crosstab(x->s, x->o->by, NULL, &ct, x->err);
	if (rc)
		return rc;
	size_t *cols = malloc((ct.ncols + 1) * sizeof *cols);
	size_t *rows = malloc((x->ncats + 1) * sizeof *rows);
	if (!cols || !rows)
		rc = pl_err_set(x->err, PL_ENOMEM, "out of memory");
	for (size_t i = 0; !rc && i < x->ncats; i++) {
		rows[i] = (size_t)-1;
		for (size_t r = 0; r < ct.nrows; r++)
			if (!strcmp(ct.row_ids[r], x->cats[i].id))
				rows[i] = r;
	}
	if (!rc)
		rc = ops->crosstab(x, &ct, cols, crosstab_cols(&ct, cols), rows);
	free(cols);
	free(rows);
	pl_crosstab_release(&ct);
	return rc;
}

static int report(struct export *x, const struct report_ops *ops)
{
	int rc = report_head(x, ops);
	if (!rc && x->o->by)
		rc = report_crosstab(x, ops);
	for (size_t i = 0; !rc && i < x->ncats; i++) {
		if (!x->cats[i].shown)
			continue;
		rc = ops->category(x, &x->cats[i]);
		if (!rc)
			rc = each_passage(x, "SELECT passage_id, score, hits FROM export_pick"
			                  " WHERE category_id = ?1 ORDER BY rank", &x->cats[i], ops->passage);
	}
	if (!rc)
		rc = ops->end(x);
	return rc;
}

/* Markdown. The flat form (a list of passages, the TUI's export) has one
 * "## " heading per passage; the report has one per category. */

/* Document and database text inside a line. */
static void md(struct export *x, const char *s)
{
	pl_md_escape(&x->b, s, NULL);
}

static int md_begin(struct export *x)
{
	struct pl_buf sel = PL_BUF_INIT;
	ex_selection(x, &sel);
	pl_buf_adds(&x->b, x->o->nids ? "# Excerpts\n\n" : "# Report\n\n");
	pl_buf_addf(&x->b, "- Exported %s%s%s from ", x->now, x->o->version ? " by plenary " : "",
	            x->o->version ? x->o->version : "");
	md(x, pl_store_path(x->s));
	pl_buf_adds(&x->b, "\n- Selection: ");
	md(x, pl_buf_str(&sel));
	pl_buf_addf(&x->b, "\n- Passages selected: %lld in %lld documents; analyst decisions among them: %lld\n"
	            "- Tagging runs:", (long long)x->passages, (long long)x->documents,
	            (long long)x->decisions);
	pl_buf_release(&sel);
	return PL_OK;
}

static int md_run(struct export *x, const struct ex_run *r)
{
	pl_buf_adds(&x->b, "\n  - ");
	ex_run_line(x, r, md, md);
	return PL_OK;
}

static int md_summary(struct export *x)
{
	pl_buf_adds(&x->b, x->runs ? "\n\n" : " none\n\n");
	if (x->o->nids)
		return PL_OK;
	pl_buf_adds(&x->b, "## Summary\n\n| Category | Title | Passages | Documents | Speakers | Shown |\n"
	            "|---|---|--:|--:|--:|--:|\n");
	for (size_t i = 0; i < x->ncats; i++) {
		const struct ex_category *c = &x->cats[i];
		pl_buf_adds(&x->b, "| ");
		md(x, c->id);
		pl_buf_adds(&x->b, " | ");
		md(x, c->title);
		pl_buf_addf(&x->b, " | %lld | %lld | %lld | %lld |\n", (long long)c->passages,
		            (long long)c->documents, (long long)c->speakers, (long long)c->shown);
	}
	pl_buf_adds(&x->b, "\n");
	return PL_OK;
}

static int md_crosstab(struct export *x, const struct pl_crosstab *ct, const size_t *cols,
                       size_t ncols, const size_t *rows)
{
	struct pl_buf note = PL_BUF_INIT;
	ex_crosstab_note(x, ct, ncols, &note);
	pl_buf_adds(&x->b, "## Categories by ");
	md(x, x->o->by);
	pl_buf_adds(&x->b, "\n\n");
	md(x, pl_buf_str(&note));
	pl_buf_adds(&x->b, "\n\n| Category |");
	for (size_t j = 0; j < ncols; j++) {
		pl_buf_addc(&x->b, ' ');
		md(x, ct->col_values[cols[j]] ? ct->col_values[cols[j]] : "(none)");
		pl_buf_adds(&x->b, " |");
	}
	pl_buf_adds(&x->b, " All |\n|---|");
	for (size_t j = 0; j <= ncols; j++)
		pl_buf_adds(&x->b, "--:|");
	for (size_t i = 0; i < x->ncats; i++) {
		size_t r = rows[i];
		if (r == (size_t)-1)
			continue;
		pl_buf_adds(&x->b, "\n| ");
		md(x, x->cats[i].id);
		pl_buf_adds(&x->b, " |");
		for (size_t j = 0; j < ncols; j++)
			pl_buf_addf(&x->b, " %lld (%lld) |", (long long)ct->passages[r * ct->ncols + cols[j]],
			            (long long)ct->documents[r * ct->ncols + cols[j]]);
		pl_buf_addf(&x->b, " %lld (%lld) |", (long long)ct->row_passages[r],
		            (long long)ct->row_documents[r]);
	}
	pl_buf_adds(&x->b, "\n| All categories |");
	for (size_t j = 0; j < ncols; j++)
		pl_buf_addf(&x->b, " %lld (%lld) |", (long long)ct->col_passages[cols[j]],
		            (long long)ct->col_documents[cols[j]]);
	pl_buf_addf(&x->b, " %lld (%lld) |\n\n", (long long)ct->total_passages,
	            (long long)ct->total_documents);
	pl_buf_release(&note);
	return PL_OK;
}

static int md_category(struct export *x, const struct ex_category *c)
{
	pl_buf_adds(&x->b, "## ");
	md(x, c->id);
	pl_buf_adds(&x->b, ": ");
	md(x, c->title);
	pl_buf_adds(&x->b, "\n\n");
	ex_counts(x, c);
	pl_buf_adds(&x->b, "\n\n");
	return PL_OK;
}

static int md_meta(struct export *x, const char *key, const char *value)
{
	pl_buf_adds(&x->b, ", ");
	md(x, key);
	pl_buf_adds(&x->b, ": ");
	md(x, value);
	return PL_OK;
}

static int md_passage(struct export *x, const struct ex_category *c, const struct ex_passage *p)
{
	pl_buf_adds(&x->b, c ? "### " : "## ");
	md(x, p->title);
	pl_buf_addf(&x->b, ", passage %lld\n\n", (long long)p->ordinal);
	if (p->speaker) {
		pl_buf_adds(&x->b, "Speaker: ");
		md(x, p->speaker);
		pl_buf_adds(&x->b, "  \n");
	}
	pl_buf_addf(&x->b, "Passage id %lld", (long long)p->id);
	if (p->campaign)
		pl_buf_addf(&x->b, ", one of %lld copies of a campaign", (long long)p->campaign);
	int rc = ex_each_meta(x, p, md_meta);
	pl_buf_adds(&x->b, "  \nTags: ");
	md(x, *p->tags ? p->tags : "(none)");
	if (c && p->hits) {
		pl_buf_adds(&x->b, " (");
		md(x, c->id);
		pl_buf_addf(&x->b, ": score %.2f, %lld hits)", p->score, (long long)p->hits);
	}
	pl_buf_adds(&x->b, "\n\n> ");
	pl_md_escape(&x->b, p->text, "> ");
	pl_buf_adds(&x->b, "\n\n");
	return rc;
}

static int md_end(struct export *x)
{
	(void)x;
	return PL_OK;
}

static const struct report_ops md_ops = {
	md_begin, md_run, md_summary, md_crosstab, md_category, md_passage, md_end,
};

/* The TUI's list: the passages in the order given. */
static int md_flat(struct export *x)
{
	int rc = report_head(x, &md_ops);
	for (size_t i = 0; !rc && i < x->o->nids; i++) {
		struct ex_passage p;
		rc = fetch_passage(x, x->o->ids[i], &p);
		if (!rc)
			rc = md_passage(x, NULL, &p);
		if (!rc)
			rc = write_out(x, 0);
	}
	return rc;
}

/* ---- CSV and JSON Lines -------------------------------------------------------- */

/* A passage's categories shown (CSV, REFI-QDA), or all its tags in force
 * (JSON), with the lexicon's score and run where there is one. */
const char ex_picks_sql[] =
	"SELECT k.category_id, pt.source, l.score, l.run_id, f.created_at, f.note FROM export_pick k"
	" JOIN export_cat c ON c.id = k.category_id"
	" JOIN passage_tags pt ON pt.passage_id = k.passage_id AND pt.category_id = k.category_id"
	" JOIN tags f ON f.passage_id = k.passage_id AND f.category_id = k.category_id"
	"  AND f.source = pt.source"
	" LEFT JOIN tags l ON l.passage_id = k.passage_id AND l.category_id = k.category_id"
	"  AND l.source = 'lexicon' WHERE k.passage_id = ?1 ORDER BY c.ord";

static const char tags_sql[] =
	"SELECT pt.category_id, pt.source, l.score, l.run_id FROM passage_tags pt"
	" LEFT JOIN categories c ON c.id = pt.category_id"
	" LEFT JOIN tags l ON l.passage_id = pt.passage_id AND l.category_id = pt.category_id"
	"  AND l.source = 'lexicon' WHERE pt.passage_id = ?1 ORDER BY " CAT_ORDER;

static const char spans_sql[] =
	"SELECT category_id, span_start, span_end, kind, pattern, pattern_line, weight, run_id"
	" FROM tag_spans WHERE passage_id = ?1 AND category_id IN"
	" (SELECT category_id FROM passage_tags WHERE passage_id = ?1)"
	" ORDER BY span_start, span_end, category_id, kind";

struct rows {
	sqlite3_stmt *tags, *spans;
	char **keys;             /* CSV: the metadata keys present, sorted */
	size_t nkeys;
	char **values;           /* CSV: this passage's value per key */
	const struct pl_export_opts *o;
};

static int add_key(struct export *x, sqlite3_stmt *st, void *ctx)
{
	struct rows *r = ctx;
	char **k = realloc(r->keys, (r->nkeys + 1) * sizeof *k);
	if (!k)
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	r->keys = k;
	if (!(k[r->nkeys] = strdup(col(st, 0))))
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	r->nkeys++;
	return PL_OK;
}

static const char keys_sql[] =
	"SELECT key FROM document_meta WHERE document_id IN (SELECT p.document_id FROM export_sel s"
	" JOIN passages p ON p.id = s.passage_id) UNION"
	" SELECT key FROM passage_meta WHERE passage_id IN (SELECT passage_id FROM export_sel)"
	" ORDER BY 1";

static const char *const csv_fixed[] = {
	"passage_id", "document", "title", "speaker", "ordinal", "category", "source", "score",
	"text",
};
#define NFIXED (sizeof csv_fixed / sizeof csv_fixed[0])
#define CSV_TAG_COLUMNS(i) ((i) >= 5 && (i) <= 7)   /* category, source, score */

static void csv_header(struct export *x, const struct rows *r)
{
	for (size_t i = 0; i < NFIXED; i++)
		if (!(x->o->wide && CSV_TAG_COLUMNS(i)))
			pl_buf_addf(&x->b, "%s%s", i ? "," : "", csv_fixed[i]);
	for (size_t i = 0; x->o->wide && i < x->ncats; i++) {
		pl_buf_addc(&x->b, ',');
		pl_csv_cell(&x->b, x->cats[i].id);
	}
	/* A metadata key named like a fixed column gets "meta_" before it. */
	for (size_t i = 0; i < r->nkeys; i++) {
		pl_buf_addc(&x->b, ',');
		for (size_t j = 0; j < NFIXED; j++)
			if (!strcmp(r->keys[i], csv_fixed[j]))
				pl_buf_adds(&x->b, "meta_");
		pl_csv_cell(&x->b, r->keys[i]);
	}
	pl_buf_adds(&x->b, "\r\n");
}

static int csv_value(struct export *x, const char *key, const char *value)
{
	struct rows *r = x->writer;
	for (size_t i = 0; i < r->nkeys; i++)
		if (!strcmp(r->keys[i], key) && !r->values[i] && !(r->values[i] = strdup(value)))
			return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	return PL_OK;
}

/* One CSV row; tag is the category's row of picks_sql (long form), or NULL. */
static void csv_row(struct export *x, const struct ex_passage *p, sqlite3_stmt *tag,
                    const char *wide)
{
	struct rows *r = x->writer;
	struct pl_buf *b = &x->b;
	pl_buf_addf(b, "%lld,", (long long)p->id);
	pl_csv_cell(b, p->path);
	pl_buf_addc(b, ',');
	pl_csv_cell(b, p->title);
	pl_buf_addc(b, ',');
	pl_csv_cell(b, p->speaker ? p->speaker : "");
	pl_buf_addf(b, ",%lld,", (long long)p->ordinal);
	if (!x->o->wide) {
		pl_csv_cell(b, tag ? col(tag, 0) : "");
		pl_buf_addc(b, ',');
		pl_csv_cell(b, tag ? col(tag, 1) : "");
		pl_buf_addc(b, ',');
		if (tag && sqlite3_column_type(tag, 2) != SQLITE_NULL)
			pl_buf_addf(b, "%.4g", sqlite3_column_double(tag, 2));
		pl_buf_addc(b, ',');
	}
	pl_csv_cell(b, p->text);
	for (size_t i = 0; wide && i < x->ncats; i++)
		pl_buf_addf(b, ",%c", wide[i]);
	for (size_t i = 0; i < r->nkeys; i++) {
		pl_buf_addc(b, ',');
		pl_csv_cell(b, r->values[i] ? r->values[i] : "");
	}
	pl_buf_adds(b, "\r\n");
}

static int csv_passage(struct export *x, const struct ex_category *c, const struct ex_passage *p)
{
	(void)c;
	struct rows *r = x->writer;
	char *wide = calloc(x->ncats + 1, 1);
	if (!wide)
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	memset(wide, '0', x->ncats);
	int rc = ex_each_meta(x, p, csv_value);
	sqlite3_bind_int64(r->tags, 1, p->id);
	int step, rows = 0;
	while (!rc && (step = sqlite3_step(r->tags)) == SQLITE_ROW) {
		rows++;
		if (!x->o->wide)
			csv_row(x, p, r->tags, NULL);
		for (size_t i = 0; i < x->ncats; i++)
			if (!strcmp(x->cats[i].id, col(r->tags, 0)))
				wide[i] = '1';
	}
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(x->s, step, "cannot read the tags", x->err);
	sqlite3_reset(r->tags);
	if (!rc && (x->o->wide || !rows))
		csv_row(x, p, NULL, x->o->wide ? wide : NULL);
	for (size_t i = 0; i < r->nkeys; i++) {
		free(r->values[i]);
		r->values[i] = NULL;
	}
	free(wide);
	return rc;
}

static void json_num(struct pl_buf *b, sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		pl_buf_adds(b, "null");
	else if (sqlite3_column_type(st, i) == SQLITE_INTEGER)
		pl_buf_addf(b, "%lld", (long long)sqlite3_column_int64(st, i));
	else
		pl_buf_addf(b, "%.17g", sqlite3_column_double(st, i));
}

static void json_key(struct pl_buf *b, int first, const char *key)
{
	pl_buf_adds(b, first ? "" : ",");
	pl_text_json(b, key, NULL);
	pl_buf_addc(b, ':');
}

static int json_meta(struct export *x, const char *key, const char *value)
{
	json_key(&x->b, x->b.data[x->b.len - 1] == '{', key);
	pl_text_json(&x->b, value, NULL);
	return PL_OK;
}

static int json_tag(struct export *x, sqlite3_stmt *st, void *ctx)
{
	(void)ctx;
	struct pl_buf *b = &x->b;
	pl_buf_adds(b, b->data[b->len - 1] == '[' ? "{\"id\":" : ",{\"id\":");
	pl_text_json(b, col(st, 0), NULL);
	pl_buf_adds(b, ",\"source\":");
	pl_text_json(b, col(st, 1), NULL);
	pl_buf_adds(b, ",\"score\":");
	json_num(b, st, 2);
	pl_buf_adds(b, ",\"run\":");
	json_num(b, st, 3);
	pl_buf_addc(b, '}');
	return PL_OK;
}

static int json_span(struct export *x, sqlite3_stmt *st, void *ctx)
{
	(void)ctx;
	static const char *const names[] = { "category", "start", "end", "kind", "pattern",
	                                     "pattern_line", "weight", "run" };
	struct pl_buf *b = &x->b;
	pl_buf_adds(b, b->data[b->len - 1] == '[' ? "{" : ",{");
	for (int i = 0; i < 8; i++) {
		json_key(b, !i, names[i]);
		if (sqlite3_column_type(st, i) == SQLITE_TEXT)
			pl_text_json(b, col(st, i), NULL);
		else
			json_num(b, st, i);
	}
	pl_buf_addc(b, '}');
	return PL_OK;
}

static int json_passage(struct export *x, const struct ex_category *c, const struct ex_passage *p)
{
	(void)c;
	struct rows *r = x->writer;
	struct pl_buf *b = &x->b;
	pl_buf_addf(b, "{\"passage_id\":%lld,\"document\":{\"id\":%lld,\"path\":", (long long)p->id,
	            (long long)p->document_id);
	pl_text_json(b, p->path, NULL);
	pl_buf_adds(b, ",\"title\":");
	pl_text_json(b, p->title, NULL);
	pl_buf_addf(b, "},\"ordinal\":%lld,\"campaign_size\":%lld,\"speaker\":", (long long)p->ordinal,
	            (long long)p->campaign);
	if (p->speaker)
		pl_text_json(b, p->speaker, NULL);
	else
		pl_buf_adds(b, "null");
	pl_buf_adds(b, ",\"section\":");
	if (p->section)
		pl_text_json(b, p->section, NULL);
	else
		pl_buf_adds(b, "null");
	pl_buf_adds(b, ",\"text\":");
	pl_text_json(b, p->text, NULL);
	pl_buf_adds(b, ",\"meta\":{");
	int rc = ex_each_meta(x, p, json_meta);
	pl_buf_adds(b, "},\"tags\":[");
	sqlite3_bind_int64(r->tags, 1, p->id);
	if (!rc)
		rc = each_row(x, r->tags, json_tag, NULL);
	pl_buf_adds(b, "],\"spans\":[");
	sqlite3_bind_int64(r->spans, 1, p->id);
	if (!rc)
		rc = each_row(x, r->spans, json_span, NULL);
	pl_buf_adds(b, "]}\n");
	return rc;
}

static int rows(struct export *x)
{
	struct rows r = { .o = x->o };
	int csv = x->o->format == PL_EXPORT_CSV;
	int rc = pl_store_prepare(x->s, csv ? ex_picks_sql : tags_sql, &r.tags, x->err);
	if (!rc && !csv)
		rc = pl_store_prepare(x->s, spans_sql, &r.spans, x->err);
	if (!rc && csv)
		rc = query(x, keys_sql, NULL, 0, add_key, &r);
	if (!rc && csv && r.nkeys && !(r.values = calloc(r.nkeys, sizeof *r.values)))
		rc = pl_err_set(x->err, PL_ENOMEM, "out of memory");
	x->writer = &r;
	if (!rc && csv)
		csv_header(x, &r);
	if (!rc)
		rc = each_passage(x, "SELECT s.passage_id, 0, 0 FROM export_sel s JOIN passages p"
		                  " ON p.id = s.passage_id ORDER BY p.document_id, p.ordinal", NULL,
		                  csv ? csv_passage : json_passage);
	x->writer = NULL;
	sqlite3_finalize(r.tags);
	sqlite3_finalize(r.spans);
	for (size_t i = 0; i < r.nkeys; i++)
		free(r.keys[i]);
	free(r.keys);
	free(r.values);
	return rc;
}

/* ---- the driver ----------------------------------------------------------- */

static void export_release(struct export *x)
{
	sqlite3_finalize(x->passage);
	sqlite3_finalize(x->meta);
	for (size_t i = 0; i < x->ncats; i++) {
		free(x->cats[i].id);
		free(x->cats[i].title);
	}
	free(x->cats);
	pl_buf_release(&x->b);
	sqlite3_exec(pl_store_db(x->s), drop_tables, NULL, NULL, NULL);
}

int pl_export(struct pl_store *s, const struct pl_export_opts *o, FILE *f, struct pl_err *err)
{
	struct export x = { .s = s, .o = o, .f = f, .err = err, .b = PL_BUF_INIT };
	pl_now_iso(x.now);
	int rc = exec(&x, temp_tables);
	if (!rc)
		rc = pl_store_prepare(s, passage_sql, &x.passage, err);
	if (!rc)
		rc = pl_store_prepare(s, meta_sql, &x.meta, err);
	if (!rc)
		rc = select_passages(&x);
	if (!rc)
		rc = select_categories(&x);
	if (!rc)
		rc = count_categories(&x);
	if (!rc)
		rc = pick_excerpts(&x);
	if (!rc)
		rc = count_shown(&x);
	if (!rc) {
		switch (o->format) {
		case PL_EXPORT_MD: rc = o->nids ? md_flat(&x) : report(&x, &md_ops); break;
		case PL_EXPORT_HTML: rc = report(&x, &ex_html_ops); break;
		case PL_EXPORT_CSV:
		case PL_EXPORT_JSONL: rc = rows(&x); break;
		case PL_EXPORT_QDPX: rc = ex_qdpx(&x); break;
		}
	}
	if (!rc)
		rc = write_out(&x, 1);
	export_release(&x);
	return rc;
}

struct export_job {
	struct pl_store *s;
	const struct pl_export_opts *o;
};

static int write_export(FILE *f, void *ctx, struct pl_err *err)
{
	struct export_job *j = ctx;
	return pl_export(j->s, j->o, f, err);
}

int pl_export_file(struct pl_store *s, const struct pl_export_opts *o, const char *path,
                   char *tmp, size_t tmp_size, struct pl_err *err)
{
	struct export_job j = { s, o };
	return pl_outfile_write(path, write_export, &j, tmp, tmp_size, err);
}
