/*
 * browse.c - windows of documents and passages for a browsing front end,
 * and the analyst's excerpts (see browse.h).
 */
#include "plenary/browse.h"

#include <string.h>

#define PASSAGE_COLUMNS                                                              \
	"SELECT p.id, p.document_id, p.ordinal, d.title, p.speaker, p.text,"            \
	" coalesce((SELECT group_concat(id, ' ') FROM (SELECT pt.category_id AS id"     \
	"  FROM passage_tags pt LEFT JOIN categories c ON c.id = pt.category_id"        \
	"  WHERE pt.passage_id = p.id ORDER BY c.lexicon_id, c.sort_order, pt.category_id)), ''),"\
	" EXISTS(SELECT 1 FROM excerpts e WHERE e.passage_id = p.id)"                   \
	" FROM passages p JOIN documents d ON d.id = p.document_id "

static const char *col(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? s : "";
}

/* Binds the named parameters :t (text) and :a, :b, :c (integers) that the
 * statement has; the others are ignored. */
static void bind(sqlite3_stmt *st, const char *t, int64_t a, int64_t b, int64_t c)
{
	int i;
	if (t && (i = sqlite3_bind_parameter_index(st, ":t")))
		sqlite3_bind_text(st, i, t, -1, SQLITE_TRANSIENT);
	if ((i = sqlite3_bind_parameter_index(st, ":a")))
		sqlite3_bind_int64(st, i, a);
	if ((i = sqlite3_bind_parameter_index(st, ":b")))
		sqlite3_bind_int64(st, i, b);
	if ((i = sqlite3_bind_parameter_index(st, ":c")))
		sqlite3_bind_int64(st, i, c);
}

/* Steps a statement to its end; the callback sees each row and may stop. */
typedef int (*row_fn)(sqlite3_stmt *st, void *fn, void *ctx);

static int run(struct pl_store *s, const char *sql, const char *t, int64_t a, int64_t b,
               int64_t c, row_fn row, void *fn, void *ctx, int *rows, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, sql, &st, err);
	if (rc)
		return rc;
	bind(st, t, a, b, c);
	int n = 0, src;
	rc = PL_OK;
	while ((src = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		if (row && (rc = row(st, fn, ctx)))
			break;
	}
	if (!rc && src != SQLITE_DONE)
		rc = pl_store_error(s, src, "cannot read the database", err);
	sqlite3_finalize(st);
	if (rows)
		*rows = n;
	return rc;
}

static int scalar_row(sqlite3_stmt *st, void *fn, void *ctx)
{
	(void)fn;
	*(int64_t *)ctx = sqlite3_column_int64(st, 0);
	return 0;
}

static int passage_row(sqlite3_stmt *st, void *fn, void *ctx)
{
	struct pl_passage_row p = {
		.id = sqlite3_column_int64(st, 0),
		.document_id = sqlite3_column_int64(st, 1),
		.ordinal = sqlite3_column_int64(st, 2),
		.title = col(st, 3),
		.speaker = (const char *)sqlite3_column_text(st, 4),
		.text = col(st, 5),
		.tags = col(st, 6),
		.marked = sqlite3_column_int(st, 7),
	};
	return ((pl_passage_fn)fn)(ctx, &p);
}

static int doc_row(sqlite3_stmt *st, void *fn, void *ctx)
{
	struct pl_doc_info d = {
		.id = sqlite3_column_int64(st, 0),
		.path = col(st, 1),
		.title = col(st, 2),
		.language = col(st, 3),
		.format = col(st, 4),
		.passages = sqlite3_column_int64(st, 5),
		.words = sqlite3_column_int64(st, 6),
		.meta = col(st, 7),
	};
	return ((pl_doc_fn)fn)(ctx, &d);
}

static int span_row(sqlite3_stmt *st, void *fn, void *ctx)
{
	struct pl_span_row sp = {
		.start = sqlite3_column_int64(st, 0),
		.end = sqlite3_column_int64(st, 1),
		.category = col(st, 2),
		.kind = col(st, 3),
		.pattern = col(st, 4),
		.weight = sqlite3_column_double(st, 5),
	};
	return ((pl_span_fn)fn)(ctx, &sp);
}

int pl_browse_doc_count(struct pl_store *s, int64_t *n, struct pl_err *err)
{
	*n = 0;
	return run(s, "SELECT count(*) FROM documents", NULL, 0, 0, 0, scalar_row, NULL, n,
	           NULL, err);
}

#define DOC_COLUMNS                                                                  \
	"SELECT id, path, title, language, format, passage_count, word_count,"          \
	" coalesce((SELECT group_concat(key || '=' || value, ', ') FROM"                \
	"  (SELECT key, value FROM document_meta m WHERE m.document_id = d.id"          \
	"   ORDER BY key)), '') FROM documents d "

int pl_browse_doc(struct pl_store *s, int64_t id, pl_doc_fn fn, void *ctx, struct pl_err *err)
{
	int rows;
	int rc = run(s, DOC_COLUMNS "WHERE id = :a", NULL, id, 0, 0, doc_row, (void *)fn, ctx,
	             &rows, err);
	if (!rc && !rows)
		rc = pl_err_set(err, PL_EUSAGE, "no document %lld", (long long)id);
	return rc;
}

int pl_browse_docs(struct pl_store *s, int64_t offset, int64_t limit, pl_doc_fn fn, void *ctx,
                   struct pl_err *err)
{
	return run(s, DOC_COLUMNS "ORDER BY id LIMIT :b OFFSET :a", NULL, offset, limit, 0, doc_row, (void *)fn, ctx, NULL, err);
}

int pl_browse_doc_passages(struct pl_store *s, int64_t doc, int64_t from, int64_t limit,
                           pl_passage_fn fn, void *ctx, struct pl_err *err)
{
	return run(s, PASSAGE_COLUMNS "WHERE p.document_id = :a AND p.ordinal >= :b"
	           " ORDER BY p.ordinal LIMIT :c", NULL, doc, from, limit, passage_row,
	           (void *)fn, ctx, NULL, err);
}

int pl_browse_category_count(struct pl_store *s, const char *category, int64_t *n,
                             struct pl_err *err)
{
	*n = 0;
	return run(s, "SELECT count(*) FROM counted_tags WHERE category_id = :t", category, 0, 0,
	           0, scalar_row, NULL, n, NULL, err);
}

int pl_browse_category(struct pl_store *s, const char *category, int64_t offset, int64_t limit,
                       pl_passage_fn fn, void *ctx, struct pl_err *err)
{
	return run(s, PASSAGE_COLUMNS "WHERE p.id IN (SELECT passage_id FROM counted_tags"
	           " WHERE category_id = :t) ORDER BY p.document_id, p.ordinal LIMIT :b OFFSET :a",
	           category, offset, limit, 0, passage_row, (void *)fn, ctx, NULL, err);
}

int pl_browse_passage(struct pl_store *s, int64_t id, pl_passage_fn fn, void *ctx,
                      struct pl_err *err)
{
	int rows;
	int rc = run(s, PASSAGE_COLUMNS "WHERE p.id = :a", NULL, id, 0, 0, passage_row,
	             (void *)fn, ctx, &rows, err);
	if (!rc && !rows)
		rc = pl_err_set(err, PL_EUSAGE, "no passage %lld", (long long)id);
	return rc;
}

int pl_browse_spans(struct pl_store *s, int64_t passage, pl_span_fn fn, void *ctx,
                    struct pl_err *err)
{
	return run(s, "SELECT span_start, span_end, category_id, kind, pattern, coalesce(weight, 0)"
	           " FROM tag_spans WHERE passage_id = :a ORDER BY span_start, span_end",
	           NULL, passage, 0, 0, span_row, (void *)fn, ctx, NULL, err);
}

int pl_excerpt_set(struct pl_store *s, int64_t passage, int on, struct pl_err *err)
{
	char now[32];
	pl_now_iso(now);
	int rc = pl_store_begin(s, err);
	if (rc)
		return rc;
	rc = run(s, on ? "INSERT OR IGNORE INTO excerpts(passage_id, marked_at)"
	                 " SELECT id, :t FROM passages WHERE id = :a"
	               : "DELETE FROM excerpts WHERE passage_id = :a",
	         now, passage, 0, 0, NULL, NULL, NULL, NULL, err);
	if (rc) {
		pl_store_rollback(s);
		return rc;
	}
	return pl_store_commit(s, err);
}

int pl_excerpt_count(struct pl_store *s, int64_t *n, struct pl_err *err)
{
	*n = 0;
	return run(s, "SELECT count(*) FROM excerpts", NULL, 0, 0, 0, scalar_row, NULL, n, NULL,
	           err);
}

int pl_excerpt_list(struct pl_store *s, pl_passage_fn fn, void *ctx, struct pl_err *err)
{
	return run(s, PASSAGE_COLUMNS "WHERE p.id IN (SELECT passage_id FROM excerpts)"
	           " ORDER BY p.document_id, p.ordinal", NULL, 0, 0, 0, passage_row, (void *)fn,
	           ctx, NULL, err);
}
