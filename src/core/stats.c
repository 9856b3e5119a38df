/* stats.c - totals and counts by key, straight from the store. */
#include "plenary/stats.h"

#include <string.h>

int pl_stats_totals(struct pl_store *s, struct pl_totals *t, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, "SELECT count(*), coalesce(sum(passage_count), 0),"
	                          " coalesce(sum(word_count), 0), coalesce(sum(size), 0)"
	                          " FROM documents", &st, err);
	if (rc)
		return rc;
	int step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		t->documents = sqlite3_column_int64(st, 0);
		t->passages = sqlite3_column_int64(st, 1);
		t->words = sqlite3_column_int64(st, 2);
		t->bytes = sqlite3_column_int64(st, 3);
	} else {
		rc = pl_store_error(s, step, "cannot count", err);
	}
	sqlite3_finalize(st);
	return rc;
}

static int each_row(struct pl_store *s, const char *sql, const char *bind, pl_count_fn fn,
                    void *ctx, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, sql, &st, err);
	if (rc)
		return rc;
	if (bind)
		sqlite3_bind_text(st, 1, bind, -1, SQLITE_STATIC);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct pl_count_row r = {
			(const char *)sqlite3_column_text(st, 0), sqlite3_column_int64(st, 1),
			sqlite3_column_int64(st, 2),
			sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 3)
		};
		if ((rc = fn(ctx, &r)))
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(s, step, "cannot count", err);
	sqlite3_finalize(st);
	return rc;
}

int pl_stats_by(struct pl_store *s, const char *key, pl_count_fn fn, void *ctx,
                struct pl_err *err)
{
#define BY_COLUMN(col) "SELECT " col ", count(*), sum(passage_count), sum(word_count)" \
	                 " FROM documents GROUP BY 1 ORDER BY 3 DESC, 1"
	if (!strcmp(key, "language"))
		return each_row(s, BY_COLUMN("language"), NULL, fn, ctx, err);
	if (!strcmp(key, "format"))
		return each_row(s, BY_COLUMN("format"), NULL, fn, ctx, err);
	if (!strcmp(key, "encoding"))
		return each_row(s, BY_COLUMN("encoding"), NULL, fn, ctx, err);
#undef BY_COLUMN
	if (!strcmp(key, "speaker"))
		return each_row(s, "SELECT speaker, count(DISTINCT document_id), count(*), NULL"
		                " FROM passages GROUP BY 1 ORDER BY 3 DESC, 1", NULL, fn, ctx, err);
	/* A key of passages (survey rows) is counted per passage. */
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, "SELECT 1 FROM passage_meta WHERE key = ?1 LIMIT 1", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	int per_passage = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	if (per_passage)
		return each_row(s, "SELECT m.value, count(DISTINCT p.document_id), count(*), NULL"
		                " FROM passages p LEFT JOIN passage_meta m ON m.passage_id = p.id"
		                " AND m.key = ?1 GROUP BY 1 ORDER BY 3 DESC, 1", key, fn, ctx, err);
	return each_row(s, "SELECT m.value, count(*), sum(d.passage_count), sum(d.word_count)"
	                " FROM documents d LEFT JOIN document_meta m ON m.document_id = d.id"
	                " AND m.key = ?1 GROUP BY 1 ORDER BY 3 DESC, 1", key, fn, ctx, err);
}

int pl_stats_keys(struct pl_store *s, pl_count_fn fn, void *ctx, struct pl_err *err)
{
	return each_row(s, "SELECT key, count(DISTINCT document_id), 0, NULL FROM ("
	                " SELECT key, document_id FROM document_meta UNION ALL"
	                " SELECT m.key, p.document_id FROM passage_meta m"
	                " JOIN passages p ON p.id = m.passage_id) GROUP BY key ORDER BY key",
	                NULL, fn, ctx, err);
}

int pl_stats_categories(struct pl_store *s, pl_category_fn fn, void *ctx, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, "SELECT c.id, c.title, c.lexicon_id,"
	                          " (SELECT count(*) FROM counted_tags t WHERE t.category_id = c.id),"
	                          " (SELECT count(DISTINCT p.document_id) FROM counted_tags t"
	                          "  JOIN passages p ON p.id = t.passage_id WHERE t.category_id = c.id),"
	                          " (SELECT count(*) FROM tags a WHERE a.category_id = c.id"
	                          "  AND a.source = 'analyst' AND a.applied = 1),"
	                          " (SELECT count(*) FROM tags a WHERE a.category_id = c.id"
	                          "  AND a.source = 'analyst' AND a.applied = 0)"
	                          " FROM categories c ORDER BY c.sort_order, c.id", &st, err);
	if (rc)
		return rc;
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct pl_category_count c = {
			(const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
			(const char *)sqlite3_column_text(st, 2), sqlite3_column_int64(st, 3),
			sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 5),
			sqlite3_column_int64(st, 6)
		};
		if ((rc = fn(ctx, &c)))
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(s, step, "cannot count the tags", err);
	sqlite3_finalize(st);
	return rc;
}
