/*
 * stats_synthesis.c - the synthesis views of `plenary stats`: categories
 * by a key (crosstab), distinct voices per category, categories found
 * together, and coverage (categories nobody or few raised, and who is silent).
 */
#include "cli.h"
#include "plenary/synthesis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCREEN 80

static int emit(struct pl_buf *b)
{
	return out_flush(b) ? EXIT_RUNTIME : EXIT_OK;
}

/* ---- crosstab ---- */

static size_t id_width(const struct pl_crosstab *x)
{
	size_t w = 4;
	for (size_t r = 0; r < x->nrows; r++)
		if (strlen(x->row_ids[r]) > w)
			w = strlen(x->row_ids[r]);
	return w > 8 ? 8 : w;
}

static void cell_pd(struct pl_buf *b, int64_t p, int64_t d, size_t width)
{
	char s[48];
	if (p)
		snprintf(s, sizeof s, "%lld/%lld", (long long)p, (long long)d);
	else
		snprintf(s, sizeof s, "·");
	out_cell(b, s, width, OUT_CELL_RIGHT, 0);
}

/* Characters of the widest "passages/documents" in the columns, at least 7. */
static size_t cell_width(const struct pl_crosstab *x)
{
	size_t w = 7;
	for (size_t c = 0; c < x->ncols; c++) {
		int n = snprintf(NULL, 0, "%lld/%lld", (long long)x->col_passages[c],
		                 (long long)x->col_documents[c]);
		if ((size_t)n > w)
			w = (size_t)n;
	}
	return w;
}

/* The columns shown: the first `top` values, and (none) if there is one. */
static size_t shown_cols(const struct pl_crosstab *x, int64_t top, size_t *cols)
{
	size_t n = 0;
	for (size_t c = 0; c < x->ncols; c++)
		if (x->col_values[c] ? (int64_t)n < top : 1)
			cols[n++] = c;
	return n;
}

static int crosstab_text(const struct stats_view *v, const struct pl_crosstab *x)
{
	struct pl_buf b = PL_BUF_INIT;
	size_t idw = id_width(x), cw = cell_width(x);
	char total[48];
	size_t tw = (size_t)snprintf(total, sizeof total, " %lld/%lld", (long long)x->total_passages,
	                             (long long)x->total_documents);
	tw = tw < 10 ? 10 : tw;
	int64_t fit = (SCREEN - (int64_t)(idw + 1 + tw)) / (int64_t)(cw + 1)
	              - (x->ncols && !x->col_values[x->ncols - 1]);
	int64_t top = v->top > 0 ? v->top : fit;
	size_t *cols = malloc((x->ncols ? x->ncols : 1) * sizeof *cols);
	if (!cols)
		return fail("stats", EXIT_RUNTIME, "out of memory");
	size_t n = shown_cols(x, top, cols);
	int cut = 0;
	pl_buf_addf(&b, "categories by %s (passages/documents tagged):\n", v->shown_key);
	out_cell(&b, "", idw, 0, 0);
	for (size_t i = 0; i < n; i++) {
		const char *label = x->col_values[cols[i]] ? x->col_values[cols[i]] : "(none)";
		cut |= strlen(label) > cw;
		pl_buf_addc(&b, ' ');
		out_cell(&b, label, cw, OUT_CELL_RIGHT, v->tty);
	}
	pl_buf_addc(&b, ' ');
	out_cell(&b, "total", tw, OUT_CELL_RIGHT, 0);
	pl_buf_addc(&b, '\n');
	for (size_t r = 0; r < x->nrows; r++) {
		out_cell(&b, x->row_ids[r], idw, 0, v->tty);
		for (size_t i = 0; i < n; i++) {
			pl_buf_addc(&b, ' ');
			cell_pd(&b, x->passages[r * x->ncols + cols[i]], x->documents[r * x->ncols + cols[i]],
			        cw);
		}
		pl_buf_addc(&b, ' ');
		cell_pd(&b, x->row_passages[r], x->row_documents[r], tw);
		pl_buf_addc(&b, '\n');
	}
	out_cell(&b, "all", idw, 0, 0);
	for (size_t i = 0; i < n; i++) {
		pl_buf_addc(&b, ' ');
		cell_pd(&b, x->col_passages[cols[i]], x->col_documents[cols[i]], cw);
	}
	pl_buf_addc(&b, ' ');
	cell_pd(&b, x->total_passages, x->total_documents, tw);
	pl_buf_adds(&b, "\n(a passage with several categories counts once in 'all' and 'total')\n");
	if (n < x->ncols)
		pl_buf_addf(&b, "%zu more values of %s not shown (--top N, or --format tsv for all)\n",
		            x->ncols - n, v->shown_key);
	if (cut) {
		pl_buf_adds(&b, "columns:");
		for (size_t i = 0; i < n; i++) {
			pl_buf_adds(&b, i ? ", " : " ");
			out_human(&b, x->col_values[cols[i]] ? x->col_values[cols[i]] : "(none)", v->tty);
		}
		pl_buf_addc(&b, '\n');
	}
	free(cols);
	int rc = emit(&b);
	pl_buf_release(&b);
	return rc;
}

/* One line of the long form: kind, category, value, passages, documents, title. */
static void long_row(const struct stats_view *v, struct pl_buf *b, const char *kind,
                     const char *category, const char *value, int64_t p, int64_t d,
                     const char *title)
{
	if (v->format == OUT_TSV) {
		pl_buf_addf(b, "%s\t", kind);
		out_tsv(b, category);
		pl_buf_addc(b, '\t');
		out_tsv(b, value);
		pl_buf_addf(b, "\t%lld\t%lld\t", (long long)p, (long long)d);
		out_tsv(b, title);
		pl_buf_addc(b, '\n');
		return;
	}
	pl_buf_addf(b, "{\"kind\":\"%s\",\"key\":", kind);
	out_json(b, v->key);
	pl_buf_adds(b, ",\"category\":");
	out_json(b, category);
	pl_buf_adds(b, ",\"value\":");
	out_json(b, value);
	pl_buf_addf(b, ",\"passages\":%lld,\"documents\":%lld,\"title\":", (long long)p,
	            (long long)d);
	out_json(b, title);
	pl_buf_adds(b, "}\n");
}

static int crosstab_long(const struct stats_view *v, const struct pl_crosstab *x)
{
	struct pl_buf b = PL_BUF_INIT;
	int bad = 0;
	if (v->format == OUT_TSV)
		pl_buf_adds(&b, "kind\tcategory\tvalue\tpassages\tdocuments\ttitle\n");
	for (size_t r = 0; r < x->nrows; r++) {
		long_row(v, &b, "category", x->row_ids[r], NULL, x->row_passages[r],
		         x->row_documents[r], x->row_titles[r]);
		for (size_t c = 0; c < x->ncols; c++)
			if (x->passages[r * x->ncols + c])
				long_row(v, &b, "cell", x->row_ids[r], x->col_values[c],
				         x->passages[r * x->ncols + c], x->documents[r * x->ncols + c], NULL);
		bad |= out_flush(&b);
	}
	for (size_t c = 0; c < x->ncols; c++)
		long_row(v, &b, "value", NULL, x->col_values[c], x->col_passages[c],
		         x->col_documents[c], NULL);
	long_row(v, &b, "total", NULL, NULL, x->total_passages, x->total_documents, NULL);
	bad |= out_flush(&b);
	pl_buf_release(&b);
	return bad ? EXIT_RUNTIME : EXIT_OK;
}

int stats_crosstab(struct cli *c, const struct stats_view *v, int *shown)
{
	struct pl_crosstab x;
	*shown = 0;
	if (pl_crosstab(c->store, v->key, v->lexicon, &x, &c->err))
		return fail_err("stats", &c->err);
	int rc = EXIT_OK;
	if (x.total_passages > 0) {
		*shown = 1;
		rc = v->format == OUT_TEXT ? crosstab_text(v, &x) : crosstab_long(v, &x);
	}
	pl_crosstab_release(&x);
	return rc;
}

/* ---- distinct values per category ---- */

int stats_count_by(struct cli *c, const struct stats_view *v)
{
	struct pl_crosstab x;
	if (pl_crosstab(c->store, v->key, v->lexicon, &x, &c->err))
		return fail_err("stats", &c->err);
	struct pl_buf b = PL_BUF_INIT;
	int64_t max = 1;
	for (size_t r = 0; r < x.nrows; r++)
		if (pl_crosstab_row_values(&x, r) > max)
			max = pl_crosstab_row_values(&x, r);
	if (v->format == OUT_TEXT)
		pl_buf_addf(&b, "categories: passages, documents, distinct values of %s raising"
		            " them:\n", v->shown_key);
	else if (v->format == OUT_TSV)
		pl_buf_adds(&b, "category\tpassages\tdocuments\tvalues\ttitle\n");
	size_t idw = id_width(&x);
	for (size_t r = 0; r < x.nrows; r++) {
		int64_t n = pl_crosstab_row_values(&x, r);
		char p[32], d[32], k[32];
		if (v->format == OUT_TEXT) {
			pl_buf_adds(&b, "  ");
			out_cell(&b, x.row_ids[r], idw, 0, v->tty);
			pl_buf_addf(&b, " %8s passages %6s documents %6s %-10s ",
			            out_thousands(x.row_passages[r], p), out_thousands(x.row_documents[r], d),
			            out_thousands(n, k), v->key);
			out_bar(&b, (double)n, (double)max, 20);
			pl_buf_addc(&b, '\n');
		} else if (v->format == OUT_TSV) {
			out_tsv(&b, x.row_ids[r]);
			pl_buf_addf(&b, "\t%lld\t%lld\t%lld\t", (long long)x.row_passages[r],
			            (long long)x.row_documents[r], (long long)n);
			out_tsv(&b, x.row_titles[r]);
			pl_buf_addc(&b, '\n');
		} else {
			pl_buf_adds(&b, "{\"category\":");
			out_json(&b, x.row_ids[r]);
			pl_buf_addf(&b, ",\"passages\":%lld,\"documents\":%lld,\"key\":",
			            (long long)x.row_passages[r], (long long)x.row_documents[r]);
			out_json(&b, v->key);
			pl_buf_addf(&b, ",\"values\":%lld,\"title\":", (long long)n);
			out_json(&b, x.row_titles[r]);
			pl_buf_adds(&b, "}\n");
		}
	}
	pl_crosstab_release(&x);
	int rc = emit(&b);
	pl_buf_release(&b);
	return rc;
}

/* ---- co-occurrence ---- */

struct pairs {
	const struct stats_view *v;
	struct pl_buf b;
	int bad;
};

static int print_pair(void *ctx, const struct pl_cooccur *p)
{
	struct pairs *t = ctx;
	struct pl_buf *b = &t->b;
	switch (t->v->format) {
	case OUT_TEXT:
		pl_buf_adds(b, "  ");
		out_cell(b, p->a, 6, 0, t->v->tty);
		out_cell(b, p->b, 6, 0, t->v->tty);
		pl_buf_addf(b, " %6lld of %6lld + %-6lld %.3f ", (long long)p->both,
		            (long long)p->a_passages, (long long)p->b_passages, p->jaccard);
		out_bar(b, p->jaccard, 1, 20);
		pl_buf_addc(b, '\n');
		break;
	case OUT_TSV:
		out_tsv(b, p->a);
		pl_buf_addc(b, '\t');
		out_tsv(b, p->b);
		pl_buf_addf(b, "\t%lld\t%lld\t%lld\t%.4f\n", (long long)p->both,
		            (long long)p->a_passages, (long long)p->b_passages, p->jaccard);
		break;
	case OUT_JSONL:
		pl_buf_adds(b, "{\"a\":");
		out_json(b, p->a);
		pl_buf_adds(b, ",\"b\":");
		out_json(b, p->b);
		pl_buf_addf(b, ",\"both\":%lld,\"a_passages\":%lld,\"b_passages\":%lld,"
		            "\"jaccard\":%.4f}\n", (long long)p->both, (long long)p->a_passages,
		            (long long)p->b_passages, p->jaccard);
		break;
	}
	t->bad |= out_flush(b);
	return PL_OK;
}

int stats_cooccur(struct cli *c, const struct stats_view *v)
{
	struct pairs t = { v, PL_BUF_INIT, 0 };
	if (v->format == OUT_TEXT)
		pl_buf_adds(&t.b, "categories on the same passages: passages with both, of each's"
		            " passages;\nJaccard index (both / either), highest first:\n");
	else if (v->format == OUT_TSV)
		pl_buf_adds(&t.b, "a\tb\tboth\ta_passages\tb_passages\tjaccard\n");
	t.bad |= out_flush(&t.b);
	int rc = pl_cooccur(c->store, v->lexicon, v->min, print_pair, &t, &c->err);
	pl_buf_release(&t.b);
	if (rc)
		return fail_err("stats", &c->err);
	return t.bad ? EXIT_RUNTIME : EXIT_OK;
}

/* ---- coverage ---- */

static void coverage_few(const struct stats_view *v, const struct pl_crosstab *x,
                         struct pl_buf *b)
{
	char p[32], d[32];
	if (v->format == OUT_TEXT)
		pl_buf_addf(b, "categories raised in fewer than %lld documents:\n", (long long)v->few);
	for (size_t r = 0; r < x->nrows; r++) {
		if (x->row_documents[r] >= v->few)
			continue;
		if (v->format != OUT_TEXT) {
			long_row(v, b, x->row_passages[r] ? "few" : "none", x->row_ids[r], NULL,
			         x->row_passages[r], x->row_documents[r], x->row_titles[r]);
			continue;
		}
		pl_buf_adds(b, "  ");
		out_cell(b, x->row_ids[r], id_width(x), 0, v->tty);
		pl_buf_addf(b, " %6s passages %4s documents  ", out_thousands(x->row_passages[r], p),
		            out_thousands(x->row_documents[r], d));
		out_cell(b, x->row_titles[r], SCREEN - 2 - id_width(x) - 33, 0, v->tty);
		pl_buf_addc(b, '\n');
	}
}

/* For each category, the values of the key that never raised it. */
static void coverage_silent(const struct stats_view *v, const struct pl_crosstab *x,
                            struct pl_buf *b)
{
	size_t values = x->ncols - (x->ncols && !x->col_values[x->ncols - 1]);
	if (v->format == OUT_TEXT)
		pl_buf_addf(b, "values of %s that never raised the category (of %zu values):\n",
		            v->shown_key, values);
	for (size_t r = 0; r < x->nrows; r++) {
		size_t silent = values - (size_t)pl_crosstab_row_values(x, r), shown = 0;
		if (v->format == OUT_TEXT) {
			pl_buf_adds(b, "  ");
			out_cell(b, x->row_ids[r], id_width(x), 0, v->tty);
			pl_buf_addf(b, " %4zu silent", silent);
		}
		for (size_t c = 0; c < values; c++) {
			if (x->passages[r * x->ncols + c])
				continue;
			if (v->format != OUT_TEXT) {
				long_row(v, b, "silent", x->row_ids[r], x->col_values[c], 0, 0, NULL);
			} else if (shown++ < 12) {
				pl_buf_adds(b, shown > 1 ? ", " : ": ");
				out_human(b, x->col_values[c], v->tty);
			}
		}
		if (v->format == OUT_TEXT)
			pl_buf_adds(b, shown > 12 ? ", … (--format tsv lists all)\n" : "\n");
	}
}

int stats_coverage(struct cli *c, const struct stats_view *v)
{
	struct pl_crosstab x;
	if (pl_crosstab(c->store, v->key, v->lexicon, &x, &c->err))
		return fail_err("stats", &c->err);
	struct pl_buf b = PL_BUF_INIT;
	if (v->format == OUT_TSV)
		pl_buf_adds(&b, "kind\tcategory\tvalue\tpassages\tdocuments\ttitle\n");
	coverage_few(v, &x, &b);
	if (v->key)
		coverage_silent(v, &x, &b);
	pl_crosstab_release(&x);
	int rc = emit(&b);
	pl_buf_release(&b);
	return rc;
}
