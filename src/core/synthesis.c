/*
 * synthesis.c - categories crossed with a key, co-occurrence, coverage
 * (see synthesis.h).
 *
 * Every count starts from one common table expression, `tagged` (one row
 * per passage and category in force, with the passage's document and key
 * value), built by tagged_sql(): a filter on what counts (a campaign of form
 * letters counted once, say) belongs there and nowhere else.
 */
#include "plenary/synthesis.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "plenary/buf.h"

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
	pl_buf_adds(sql, " FROM passage_tags t JOIN passages p ON p.id = t.passage_id"
	            " JOIN categories c ON c.id = t.category_id"
	            " WHERE ?2 IS NULL OR c.lexicon_id = ?2) ");
	return pl_buf_adds(sql, select);
}

typedef int (*stmt_fn)(void *ctx, sqlite3_stmt *st);

/* Runs `sql` with ?1 = key, ?2 = lexicon and ?3 = a category, calling fn
 * for each row. */
static int each3(struct pl_store *s, const char *sql, const char *key, const char *lexicon,
                 const char *category, stmt_fn fn, void *ctx, struct pl_err *err)
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
                stmt_fn fn, void *ctx, struct pl_err *err)
{
	return each3(s, sql, key, lexicon, NULL, fn, ctx, err);
}

/* Runs the `tagged` expression followed by `select` (?3 = category). */
static int each_tagged3(struct pl_store *s, const char *key, const char *lexicon,
                        const char *category, const char *select, stmt_fn fn, void *ctx,
                        struct pl_err *err)
{
	struct pl_buf sql = PL_BUF_INIT;
	int rc = tagged_sql(&sql, key, select) ? pl_err_set(err, PL_ENOMEM, "out of memory")
	         : each3(s, pl_buf_str(&sql), key, lexicon, category, fn, ctx, err);
	pl_buf_release(&sql);
	return rc;
}

static int each_tagged(struct pl_store *s, const char *key, const char *lexicon,
                       const char *select, stmt_fn fn, void *ctx, struct pl_err *err)
{
	return each_tagged3(s, key, lexicon, NULL, select, fn, ctx, err);
}

/* ---- names to indexes: a sorted array searched with bsearch ---- */

struct name_ix {
	const char *name;   /* NULL sorts first */
	size_t i;
};

static int name_cmp(const void *a, const void *b)
{
	const char *x = ((const struct name_ix *)a)->name, *y = ((const struct name_ix *)b)->name;
	if (!x || !y)
		return (x != NULL) - (y != NULL);
	return strcmp(x, y);
}

static struct name_ix *index_names(char **names, size_t n)
{
	struct name_ix *ix = malloc((n ? n : 1) * sizeof *ix);
	if (!ix)
		return NULL;
	for (size_t i = 0; i < n; i++)
		ix[i] = (struct name_ix){ names[i], i };
	qsort(ix, n, sizeof *ix, name_cmp);
	return ix;
}

/* The index of `name` in ix, or -1. */
static long find_name(const struct name_ix *ix, size_t n, const char *name)
{
	struct name_ix key = { name, 0 };
	const struct name_ix *hit = bsearch(&key, ix, n, sizeof *ix, name_cmp);
	return hit ? (long)hit->i : -1;
}

/* ---- the crosstab ---- */

static char *dup_col(sqlite3_stmt *st, int i, int *oom)
{
	const char *v = (const char *)sqlite3_column_text(st, i);
	char *d = v ? strdup(v) : NULL;
	if (v && !d)
		*oom = 1;
	return d;
}

/* Appends one element to each growing array of a crosstab's rows or columns. */
static int grow(void *arrays[], const size_t sizes[], size_t k, size_t n, size_t *cap)
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

struct build {
	struct pl_crosstab *x;
	size_t cap;
	int oom;
	int has_null;                     /* some passage has no value */
	int64_t null_passages, null_documents;
	struct name_ix *rows, *cols;      /* sorted, once the rows/columns are known */
	size_t ntagged_cols;              /* columns with tagged passages */
	struct name_ix *tagged_cols;
};

static int add_row(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	struct pl_crosstab *x = b->x;
	void *arrays[] = { &x->row_ids, &x->row_titles, &x->row_lexicons };
	size_t sizes[] = { sizeof(char *), sizeof(char *), sizeof(char *) };
	if (grow(arrays, sizes, 3, x->nrows, &b->cap))
		return PL_ENOMEM;
	x->row_ids[x->nrows] = dup_col(st, 0, &b->oom);
	x->row_titles[x->nrows] = dup_col(st, 1, &b->oom);
	x->row_lexicons[x->nrows] = dup_col(st, 2, &b->oom);
	x->nrows++;
	return b->oom ? PL_ENOMEM : PL_OK;
}

static int push_col(struct build *b, sqlite3_stmt *st, int64_t passages, int64_t documents)
{
	struct pl_crosstab *x = b->x;
	void *arrays[] = { &x->col_values, &x->col_passages, &x->col_documents };
	size_t sizes[] = { sizeof(char *), sizeof(int64_t), sizeof(int64_t) };
	if (grow(arrays, sizes, 3, x->ncols, &b->cap))
		return PL_ENOMEM;
	x->col_values[x->ncols] = st ? dup_col(st, 0, &b->oom) : NULL;
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
	if (find_name(b->tagged_cols, b->ntagged_cols, v) >= 0)
		return PL_OK;
	return push_col(b, st, 0, 0);
}

static int add_cell(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	struct pl_crosstab *x = b->x;
	long r = find_name(b->rows, x->nrows, (const char *)sqlite3_column_text(st, 0));
	long c = find_name(b->cols, x->ncols, (const char *)sqlite3_column_text(st, 1));
	if (r < 0 || c < 0)
		return PL_OK;   /* a category of another lexicon */
	x->passages[r * x->ncols + c] = sqlite3_column_int64(st, 2);
	x->documents[r * x->ncols + c] = sqlite3_column_int64(st, 3);
	return PL_OK;
}

static int add_row_total(void *ctx, sqlite3_stmt *st)
{
	struct build *b = ctx;
	long r = find_name(b->rows, b->x->nrows, (const char *)sqlite3_column_text(st, 0));
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
	if (!(b->tagged_cols = index_names(x->col_values, x->ncols)))
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
	b->rows = index_names(x->row_ids, x->nrows);
	b->cols = index_names(x->col_values, x->ncols);
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

/* ---- keyness ---- */

/* Counts of the stems in the category's passages. */
struct in_counts {
	char **terms;
	int64_t *n, *passages;
	size_t len, cap;
	int64_t tokens;
	int oom;
};

static int add_in_count(void *ctx, sqlite3_stmt *st)
{
	struct in_counts *c = ctx;
	void *arrays[] = { &c->terms, &c->n, &c->passages };
	size_t sizes[] = { sizeof(char *), sizeof(int64_t), sizeof(int64_t) };
	if (grow(arrays, sizes, 3, c->len, &c->cap))
		return PL_ENOMEM;
	c->terms[c->len] = dup_col(st, 0, &c->oom);
	c->n[c->len] = sqlite3_column_int64(st, 1);
	c->passages[c->len] = sqlite3_column_int64(st, 2);
	c->tokens += c->n[c->len++];
	return c->oom ? PL_ENOMEM : PL_OK;
}

/* All stems of the index: passages with each, and occurrences. */
struct all_counts {
	struct pl_keyness *k;
	size_t cap;
	int64_t *docs;
	int64_t tokens;
	int oom;
};

static int add_all_count(void *ctx, sqlite3_stmt *st)
{
	struct all_counts *c = ctx;
	struct pl_keyness *k = c->k;
	void *arrays[] = { &k->terms, &c->docs };
	size_t sizes[] = { sizeof *k->terms, sizeof(int64_t) };
	if (grow(arrays, sizes, 2, k->n, &c->cap))
		return PL_ENOMEM;
	struct pl_key_term *t = &k->terms[k->n];
	memset(t, 0, sizeof *t);
	t->term = dup_col(st, 0, &c->oom);
	c->docs[k->n] = sqlite3_column_int64(st, 1);
	t->out = sqlite3_column_int64(st, 2);   /* all occurrences, until the split */
	c->tokens += t->out;
	k->n++;
	return c->oom ? PL_ENOMEM : PL_OK;
}

static int get_int(void *ctx, sqlite3_stmt *st)
{
	*(int64_t *)ctx = sqlite3_column_int64(st, 0);
	return PL_OK;
}

/* Dunning's G2 for a occurrences of c tokens against b of d, signed. */
static double log_likelihood(double a, double b, double c, double d)
{
	double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d), g = 0;
	if (a > 0)
		g += a * log(a / e1);
	if (b > 0)
		g += b * log(b / e2);
	return a * d < b * c ? -2 * g : 2 * g;
}

/* The stems of function words (English, French, Spanish), which are in
 * every kind of text and say nothing of a topic; sorted, for bsearch. */
static const char *const stop_stems[] = {
	"about", "across", "after", "again", "against", "al", "all", "alreadi", "also", "am",
	"among", "an", "and", "ani", "any", "are", "as", "at", "au", "aux", "avec", "avoir", "be",
	"becaus", "been", "befor", "between", "both", "but", "by", "can", "ce", "ces", "cet",
	"comm", "como", "con", "could", "dans", "de", "del", "des", "did", "do", "doe", "down",
	"du", "dure", "each", "el", "elle", "elles", "en", "es", "est", "esta", "este", "et",
	"etre", "even", "ever", "everi", "fait", "few", "for", "from", "further", "ha", "had",
	"han", "has", "have", "he", "henc", "her", "here", "herself", "him", "himself", "his",
	"how", "howev", "i", "if", "il", "ils", "in", "inde", "into", "is", "it", "its", "itself",
	"je", "just", "la", "las", "le", "least", "les", "less", "let", "leur", "leurs", "lo",
	"los", "mais", "mani", "mas", "may", "me", "might", "more", "most", "mr", "ms", "much",
	"must", "my", "myself", "ne", "never", "no", "not", "nous", "now", "of", "off", "often",
	"on", "onc", "only", "ont", "or", "other", "ou", "our", "ourselv", "out", "over", "par",
	"para", "pas", "per", "pero", "plus", "por", "pour", "que", "qui", "s", "sa", "same",
	"se", "ses", "shall", "she", "should", "si", "so", "some", "son", "sont", "still", "su",
	"such", "sur", "sus", "t", "than", "that", "the", "their", "them", "themselv", "then",
	"there", "therefor", "these", "they", "this", "those", "through", "thus", "to", "too",
	"tous", "tout", "toward", "un", "una", "under", "une", "until", "up", "upon", "us",
	"very", "via", "vous", "was", "we", "were", "what", "when", "where", "whether", "whi",
	"which", "while", "who", "whom", "whose", "will", "with", "within", "without", "would",
	"y", "yet", "you", "your", "yourself",
};

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Stems that say nothing of a topic: function words, one character, all
 * digits. */
static int is_noise(const char *t)
{
	if (bsearch(&t, stop_stems, sizeof stop_stems / sizeof *stop_stems, sizeof *stop_stems,
	            str_cmp))
		return 1;
	size_t chars = 0, digits = 0;
	for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
		chars += (*p & 0xC0) != 0x80;
		digits += *p >= '0' && *p <= '9';
	}
	return chars <= 1 || digits == strlen(t);
}

static int by_g2(const void *a, const void *b)
{
	const struct pl_key_term *x = a, *y = b;
	if (x->g2 != y->g2)
		return x->g2 < y->g2 ? 1 : -1;
	return strcmp(x->term, y->term);
}

/* Splits each stem's occurrences between the category and the rest, scores
 * it, and keeps those worth showing. */
static int keyness_score(struct pl_keyness *k, const struct in_counts *in, const int64_t *docs,
                         int64_t all_tokens, int64_t all_passages)
{
	struct name_ix *ix = index_names(in->terms, in->len);
	if (!ix)
		return PL_ENOMEM;
	k->in_tokens = in->tokens;
	k->out_tokens = all_tokens - in->tokens;
	size_t kept = 0;
	for (size_t i = 0; i < k->n; i++) {
		struct pl_key_term t = k->terms[i];
		long j = find_name(ix, in->len, t.term);
		if (j >= 0) {
			t.in = in->n[j];
			t.in_passages = in->passages[j];
			t.out -= t.in;
		}
		t.g2 = log_likelihood((double)t.in, (double)t.out, (double)k->in_tokens,
		                      (double)k->out_tokens);
		if (docs[i] * 2 > all_passages || is_noise(t.term) || (t.g2 >= 0 && t.in < 2))
			free(t.term);
		else
			k->terms[kept++] = t;
	}
	k->n = kept;
	free(ix);
	qsort(k->terms, k->n, sizeof *k->terms, by_g2);
	return PL_OK;
}

static int keyness_counts(struct pl_store *s, const char *category, struct pl_keyness *k,
                          struct in_counts *in, struct all_counts *all, struct pl_err *err)
{
	int64_t known = 0, passages = 0;
	int rc = each3(s, "SELECT count(*) FROM categories WHERE id = ?3", NULL, NULL, category,
	               get_int, &known, err);
	if (!rc)
		rc = each_tagged3(s, NULL, NULL, category, "SELECT count(*) FROM tagged WHERE cat = ?3",
		                  get_int, &k->in_passages, err);
	if (!rc)
		rc = each(s, "SELECT count(*) FROM passages", NULL, NULL, get_int, &passages, err);
	if (rc)
		return rc;
	if (!known)
		return pl_err_set(err, PL_EUSAGE, "no category '%s' (plenary stats lists them)",
		                  category);
	if (!k->in_passages)
		return pl_err_set(err, PL_EUSAGE, "no passage is tagged '%s'", category);
	if (k->in_passages == passages)
		return pl_err_set(err, PL_EUSAGE, "every passage is tagged '%s': no rest to compare"
		                  " with", category);
	/* fts5vocab reads the stems the index holds: nothing is tokenised again. */
	if (sqlite3_exec(pl_store_db(s), "CREATE VIRTUAL TABLE IF NOT EXISTS temp.keyness_rows"
	                 " USING fts5vocab(main, passage_fts, row);"
	                 " CREATE VIRTUAL TABLE IF NOT EXISTS temp.keyness_instances"
	                 " USING fts5vocab(main, passage_fts, instance)", NULL, NULL, NULL))
		return pl_store_error(s, sqlite3_errcode(pl_store_db(s)),
		                      "cannot read the index's vocabulary", err);
	rc = each_tagged3(s, NULL, NULL, category, "SELECT term, count(*), count(DISTINCT doc)"
	                  " FROM temp.keyness_instances WHERE doc IN"
	                  " (SELECT pid FROM tagged WHERE cat = ?3) GROUP BY term",
	                  add_in_count, in, err);
	if (!rc)
		rc = each(s, "SELECT term, doc, cnt FROM temp.keyness_rows", NULL, NULL,
		          add_all_count, all, err);
	if (!rc)
		rc = keyness_score(k, in, all->docs, all->tokens, passages);
	return rc;
}

int pl_keyness(struct pl_store *s, const char *category, struct pl_keyness *out,
               struct pl_err *err)
{
	memset(out, 0, sizeof *out);
	struct in_counts in = { 0 };
	struct all_counts all = { .k = out };
	int rc = keyness_counts(s, category, out, &in, &all, err);
	for (size_t i = 0; i < in.len; i++)
		free(in.terms[i]);
	free(in.terms);
	free(in.n);
	free(in.passages);
	free(all.docs);
	if (rc == PL_ENOMEM || (!rc && (in.oom || all.oom)))
		rc = pl_err_set(err, PL_ENOMEM, "out of memory");
	if (rc)
		pl_keyness_release(out);
	return rc;
}

void pl_keyness_release(struct pl_keyness *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->terms[i].term);
	free(k->terms);
	memset(k, 0, sizeof *k);
}
