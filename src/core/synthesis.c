/*
 * synthesis.c - categories crossed with a key, co-occurrence (see
 * synthesis.h), and the helpers keyness.c shares (synthesis_internal.h).
 *
 * Every count starts from one common table expression, `tagged` (one row
 * per passage and category in force, with the passage's document and key
 * value), built by tagged_sql(): a filter on what counts (a campaign of form
 * letters counted once, say) belongs there and nowhere else.
 */
#include "plenary/synthesis.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "plenary/buf.h"
#include "synthesis_internal.h"

/* The value of `key` for passage p, as an SQL expression (?1 is the key). */
static const char *value_sql(const char *key)
{
	if (!key)
		return "NULL";
	if (!strcmp(key, "speaker"))
		return "p.speaker";
	if (!strcmp(key, "language"))
		return "(SELECT language FROM documents WHERE id = p.document_id)";
	if (!strcmp(key, "format"))
		return "(SELECT format FROM documents WHERE id = p.document_id)";
	return "coalesce((SELECT value FROM passage_meta WHERE passage_id = p.id AND key = ?1),"
	       " (SELECT value FROM document_meta WHERE document_id = p.document_id AND key = ?1))";
}

/* "WITH tagged(pid, cat, ord, doc, val) AS (...) " followed by `select`; ?2 is
 * the lexicon (NULL: all). */
static int tagged_sql(struct pl_buf *sql, const char *key, const char *select)
{
	pl_buf_adds(sql, "WITH tagged(pid, cat, ord, doc, val) AS (SELECT t.passage_id,"
	            " t.category_id, c.sort_order, p.document_id, ");
	pl_buf_adds(sql, value_sql(key));
	pl_buf_adds(sql, " FROM counted_tags t JOIN passages p ON p.id = t.passage_id"
	            " JOIN categories c ON c.id = t.category_id"
	            " WHERE ?2 IS NULL OR c.lexicon_id = ?2) ");
	return pl_buf_adds(sql, select);
}

int synth_each(struct pl_store *s, const char *sql, const char *key, const char *lexicon,
               const char *category, synth_row_fn fn, void *ctx, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, sql, &st, err);
	if (rc)
		return rc;
	const char *binds[] = { key, lexicon, category };
	for (int i = 0; i < 3 && i < sqlite3_bind_parameter_count(st); i++)
		sqlite3_bind_text(st, i + 1, binds[i], -1, SQLITE_STATIC);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		if ((rc = fn(ctx, st)))
			break;
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(s, step, "cannot count the tags", err);
	sqlite3_finalize(st);
	return rc;
}

static int each(struct pl_store *s, const char *sql, const char *key, const char *lexicon,
                synth_row_fn fn, void *ctx, struct pl_err *err)
{
	return synth_each(s, sql, key, lexicon, NULL, fn, ctx, err);
}

int synth_each_tagged(struct pl_store *s, const char *key, const char *lexicon,
                      const char *category, const char *select, synth_row_fn fn, void *ctx,
                      struct pl_err *err)
{
	struct pl_buf sql = PL_BUF_INIT;
	int rc = tagged_sql(&sql, key, select) ? pl_err_set(err, PL_ENOMEM, "out of memory")
	         : synth_each(s, pl_buf_str(&sql), key, lexicon, category, fn, ctx, err);
	pl_buf_release(&sql);
	return rc;
}

static int each_tagged(struct pl_store *s, const char *key, const char *lexicon,
                       const char *select, synth_row_fn fn, void *ctx, struct pl_err *err)
{
	return synth_each_tagged(s, key, lexicon, NULL, select, fn, ctx, err);
}

/* ---- names to indexes: a sorted array searched with bsearch ---- */

static int name_cmp(const void *a, const void *b)
{
	const char *x = ((const struct synth_name_ix *)a)->name;
	const char *y = ((const struct synth_name_ix *)b)->name;
	if (!x || !y)
		return (x != NULL) - (y != NULL);
	return strcmp(x, y);
}

struct synth_name_ix *synth_index_names(char **names, size_t n)
{
	struct synth_name_ix *ix = malloc((n ? n : 1) * sizeof *ix);
	if (!ix)
		return NULL;
	for (size_t i = 0; i < n; i++)
		ix[i] = (struct synth_name_ix){ names[i], i };
	qsort(ix, n, sizeof *ix, name_cmp);
	return ix;
}

long synth_find_name(const struct synth_name_ix *ix, size_t n, const char *name)
{
	struct synth_name_ix key = { name, 0 };
	const struct synth_name_ix *hit = bsearch(&key, ix, n, sizeof *ix, name_cmp);
	return hit ? (long)hit->i : -1;
}

char *synth_dup_col(sqlite3_stmt *st, int i, int *oom)
{
	const char *v = (const char *)sqlite3_column_text(st, i);
	char *d = v ? strdup(v) : NULL;
	if (v && !d)
		*oom = 1;
	return d;
}

int synth_grow(void *arrays[], const size_t sizes[], size_t k, size_t n, size_t *cap)
{
	if (n < *cap)
		return PL_OK;
	size_t nc = *cap ? *cap * 2 : 16;
	for (size_t i = 0; i < k; i++) {
		void *p = realloc(*(void **)arrays[i], nc * sizes[i]);
		if (!p)
			return PL_ENOMEM;
		*(void **)arrays[i] = p;
	}
	*cap = nc;
	return PL_OK;
}

/* ---- the crosstab ---- */

struct build {
	struct pl_crosstab *x;
	size_t cap;
	int oom;
	int has_null;                     /* some passage has no value */
	int64_t null_passages, null_documents;
	struct synth_name_ix *rows, *cols;   /* sorted, once the rows/columns are known */
	size_t ntagged_cols;              /* columns with tagged passages */
	struct synth_name_ix *tagged_cols;
};

static int add_row(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	struct pl_crosstab *x = b->x;
	void *arrays[] = { &x->row_ids, &x->row_titles, &x->row_lexicons };
	size_t sizes[] = { sizeof(char *), sizeof(char *), sizeof(char *) };
	if (synth_grow(arrays, sizes, 3, x->nrows, &b->cap))
		return PL_ENOMEM;
	x->row_ids[x->nrows] = synth_dup_col(st, 0, &b->oom);
	x->row_titles[x->nrows] = synth_dup_col(st, 1, &b->oom);
	x->row_lexicons[x->nrows] = synth_dup_col(st, 2, &b->oom);
	x->nrows++;
	return b->oom ? PL_ENOMEM : PL_OK;
}

static int push_col(struct build *b, sqlite3_stmt *st, int64_t passages, int64_t documents)
{
	struct pl_crosstab *x = b->x;
	void *arrays[] = { &x->col_values, &x->col_passages, &x->col_documents };
	size_t sizes[] = { sizeof(char *), sizeof(int64_t), sizeof(int64_t) };
	if (synth_grow(arrays, sizes, 3, x->ncols, &b->cap))
		return PL_ENOMEM;
	x->col_values[x->ncols] = st ? synth_dup_col(st, 0, &b->oom) : NULL;
	x->col_passages[x->ncols] = passages;
	x->col_documents[x->ncols] = documents;
	x->ncols++;
	return b->oom ? PL_ENOMEM : PL_OK;
}

/* Columns with tagged passages, most passages first; NULL kept for last. */
static int add_tagged_col(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	if (sqlite3_column_type(st, 0) == SQLITE_NULL) {
		b->has_null = 1;
		b->null_passages = sqlite3_column_int64(st, 1);
		b->null_documents = sqlite3_column_int64(st, 2);
		return PL_OK;
	}
	return push_col(b, st, sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2));
}

/* The values that raised nothing, after the others. */
static int add_silent_col(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	const char *v = (const char *)sqlite3_column_text(st, 0);
	if (!v) {
		b->has_null = 1;
		return PL_OK;
	}
	if (synth_find_name(b->tagged_cols, b->ntagged_cols, v) >= 0)
		return PL_OK;
	return push_col(b, st, 0, 0);
}

static int add_cell(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	struct pl_crosstab *x = b->x;
	long r = synth_find_name(b->rows, x->nrows, (const char *)sqlite3_column_text(st, 0));
	long c = synth_find_name(b->cols, x->ncols, (const char *)sqlite3_column_text(st, 1));
	if (r < 0 || c < 0)
		return PL_OK;   /* a category of another lexicon */
	x->passages[r * x->ncols + c] = sqlite3_column_int64(st, 2);
	x->documents[r * x->ncols + c] = sqlite3_column_int64(st, 3);
	return PL_OK;
}

static int add_row_total(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	long r = synth_find_name(b->rows, b->x->nrows, (const char *)sqlite3_column_text(st, 0));
	if (r >= 0) {
		b->x->row_passages[r] = sqlite3_column_int64(st, 1);
		b->x->row_documents[r] = sqlite3_column_int64(st, 2);
	}
	return PL_OK;
}

static int add_total(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	b->x->total_passages = sqlite3_column_int64(st, 0);
	b->x->total_documents = sqlite3_column_int64(st, 1);
	return PL_OK;
}

/* The columns: values with tagged passages by descending passages, then the
 * silent values by value, then NULL. */
static int crosstab_cols(struct pl_store *s, const char *key, const char *lexicon,
                         struct build *b, struct pl_err *err)
{
	struct pl_crosstab *x = b->x;
	b->cap = 0;
	int rc = each_tagged(s, key, lexicon, "SELECT val, count(DISTINCT pid), count(DISTINCT doc)"
	                     " FROM tagged GROUP BY val ORDER BY 2 DESC, 1", add_tagged_col, b, err);
	if (rc)
		return rc;
	b->ntagged_cols = x->ncols;
	if (!(b->tagged_cols = synth_index_names(x->col_values, x->ncols)))
		return PL_ENOMEM;
	struct pl_buf sql = PL_BUF_INIT;
	pl_buf_adds(&sql, "SELECT DISTINCT ");
	pl_buf_adds(&sql, value_sql(key));
	if (pl_buf_adds(&sql, " FROM passages p ORDER BY 1"))
		rc = PL_ENOMEM;
	else
		rc = each(s, pl_buf_str(&sql), key, NULL, add_silent_col, b, err);
	pl_buf_release(&sql);
	if (!rc && b->has_null)
		rc = push_col(b, NULL, b->null_passages, b->null_documents);
	return rc;
}

static int crosstab_build(struct pl_store *s, const char *key, const char *lexicon,
                          struct build *b, struct pl_err *err)
{
	struct pl_crosstab *x = b->x;
	int rc = each(s, "SELECT id, title, lexicon_id FROM categories"
	              " WHERE ?2 IS NULL OR lexicon_id = ?2 ORDER BY sort_order, id",
	              key, lexicon, add_row, b, err);
	if (!rc)
		rc = crosstab_cols(s, key, lexicon, b, err);
	if (rc)
		return rc;
	size_t cells = x->nrows * x->ncols;
	x->passages = calloc(cells ? cells : 1, sizeof *x->passages);
	x->documents = calloc(cells ? cells : 1, sizeof *x->documents);
	x->row_passages = calloc(x->nrows ? x->nrows : 1, sizeof(int64_t));
	x->row_documents = calloc(x->nrows ? x->nrows : 1, sizeof(int64_t));
	b->rows = synth_index_names(x->row_ids, x->nrows);
	b->cols = synth_index_names(x->col_values, x->ncols);
	if (!x->passages || !x->documents || !x->row_passages || !x->row_documents || !b->rows ||
	    !b->cols)
		return PL_ENOMEM;
	rc = each_tagged(s, key, lexicon, "SELECT cat, val, count(*), count(DISTINCT doc)"
	                 " FROM tagged GROUP BY cat, val", add_cell, b, err);
	if (!rc)
		rc = each_tagged(s, key, lexicon, "SELECT cat, count(*), count(DISTINCT doc)"
		                 " FROM tagged GROUP BY cat", add_row_total, b, err);
	if (!rc)
		rc = each_tagged(s, key, lexicon, "SELECT count(DISTINCT pid), count(DISTINCT doc)"
		                 " FROM tagged", add_total, b, err);
	return rc;
}

int pl_crosstab(struct pl_store *s, const char *key, const char *lexicon,
                struct pl_crosstab *out, struct pl_err *err)
{
	memset(out, 0, sizeof *out);
	struct build b = { .x = out };
	int rc = crosstab_build(s, key, lexicon, &b, err);
	free(b.rows);
	free(b.cols);
	free(b.tagged_cols);
	if (rc == PL_ENOMEM || (!rc && b.oom))
		rc = pl_err_set(err, PL_ENOMEM, "out of memory");
	if (rc)
		pl_crosstab_release(out);
	return rc;
}

void pl_crosstab_release(struct pl_crosstab *x)
{
	for (size_t i = 0; i < x->nrows; i++) {
		free(x->row_ids[i]);
		free(x->row_titles[i]);
		free(x->row_lexicons[i]);
	}
	for (size_t i = 0; i < x->ncols; i++)
		free(x->col_values[i]);
	free(x->row_ids);
	free(x->row_titles);
	free(x->row_lexicons);
	free(x->col_values);
	free(x->passages);
	free(x->documents);
	free(x->row_passages);
	free(x->row_documents);
	free(x->col_passages);
	free(x->col_documents);
	memset(x, 0, sizeof *x);
}

int64_t pl_crosstab_row_values(const struct pl_crosstab *x, size_t r)
{
	int64_t n = 0;
	for (size_t c = 0; c < x->ncols; c++)
		n += x->col_values[c] && x->passages[r * x->ncols + c] > 0;
	return n;
}

/* ---- co-occurrence ---- */

struct pair_ctx {
	pl_cooccur_fn fn;
	void *ctx;
};

static int emit_pair(void *ctx, sqlite3_stmt *st)
{
	const struct pair_ctx *a = ctx;
	struct pl_cooccur c = {
		(const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
		sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3),
		sqlite3_column_int64(st, 4), sqlite3_column_double(st, 5)
	};
	return a->fn(a->ctx, &c);
}

int pl_cooccur(struct pl_store *s, const char *lexicon, int64_t min, pl_cooccur_fn fn,
               void *ctx, struct pl_err *err)
{
	char select[1024];
	snprintf(select, sizeof select,
	         ", n(cat, n) AS (SELECT cat, count(*) FROM tagged GROUP BY cat)"
	         " SELECT x.cat, y.cat, count(*), na.n, nb.n,"
	         " count(*) * 1.0 / (na.n + nb.n - count(*)) AS j"
	         " FROM tagged x JOIN tagged y ON y.pid = x.pid"
	         " AND (x.ord < y.ord OR (x.ord = y.ord AND x.cat < y.cat))"
	         " JOIN n na ON na.cat = x.cat JOIN n nb ON nb.cat = y.cat"
	         " GROUP BY x.cat, y.cat HAVING count(*) >= %lld"
	         " ORDER BY j DESC, 3 DESC, x.ord, x.cat, y.ord, y.cat",
	         (long long)(min > 1 ? min : 1));
	struct pair_ctx a = { fn, ctx };
	return each_tagged(s, NULL, lexicon, select, emit_pair, &a, err);
}
