/*
 * view_crosstab.c - the categories of the objectives view's lexicon by the
 * values of a key (a metadata key, the speaker or the language): a cell per
 * category and value with the passages that raise it (t: documents),
 * shaded by size. c chooses the key, h/l move across the columns, Enter
 * lists the cell's passages in the search view (tag:O3 country:"MEX").
 */
#include "tui.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/stats.h"
#include "plenary/synthesis.h"

struct crosstab {
	struct pl_crosstab x;
	int loaded, failed;          /* x is for key and lexicon; the last load failed */
	char key[64], lexicon[64];
	int documents;               /* cells count documents, not passages */
	size_t col, left;            /* the current column, the first one shown */
};

/* ---- the key -------------------------------------------------------------------- */

struct keys {
	struct pick_list l;
	char best[64];               /* the metadata key most documents have */
	int64_t best_docs;
};

static int add_key(void *ctx, const struct pl_count_row *r)
{
	struct keys *k = ctx;
	char title[64];
	if (!r->value)
		return 0;
	if (r->documents > k->best_docs) {
		snprintf(k->best, sizeof k->best, "%s", r->value);
		k->best_docs = r->documents;
	}
	snprintf(title, sizeof title, "%lld document(s)", (long long)r->documents);
	return pick_add(&k->l, r->value, title);
}

/* The keys there are to cross by: the metadata keys, the speaker, the language. */
static int list_keys(struct tui *t, struct keys *k)
{
	int rc = pl_stats_keys(t->store, add_key, k, &t->err);
	if (!rc && (pick_add(&k->l, "speaker", "the passage's speaker") ||
	            pick_add(&k->l, "language", "the document's language")))
		rc = pl_err_set(&t->err, PL_ENOMEM, "out of memory");
	return rc;
}

static void set_key(struct crosstab *c, const char *key)
{
	snprintf(c->key, sizeof c->key, "%s", key);
	c->loaded = c->failed = 0;
	c->col = c->left = 0;
}

static void choose_key(struct view *v)
{
	struct crosstab *c = v->priv;
	struct keys k = { 0 };
	long i = -1;
	if (list_keys(v->t, &k))
		tui_message(v->t, 1, "%s", v->t->err.msg);
	else if ((i = tui_pick(v->t, "Cross the categories by", &k.l)) >= 0)
		set_key(c, k.l.items[i].id);
	pick_release(&k.l);
}

/* ---- loading --------------------------------------------------------------------- */

/* Builds the table when the key, the lexicon or the tags changed: 0, or -1
 * with the reason in the status line. */
static int load(struct view *v)
{
	struct crosstab *c = v->priv;
	const char *lx = objectives_lexicon(v->t);
	if (c->loaded && !strcmp(lx, c->lexicon))
		return 0;
	if (c->failed)
		return -1;
	pl_crosstab_release(&c->x);
	c->loaded = 0;
	if (!c->key[0]) {   /* first time: the key most documents have */
		struct keys k = { 0 };
		int rc = list_keys(v->t, &k);
		pick_release(&k.l);
		if (rc) {
			tui_message(v->t, 1, "%s", v->t->err.msg);
			return -1;
		}
		set_key(c, k.best[0] ? k.best : "language");
	}
	snprintf(c->lexicon, sizeof c->lexicon, "%s", lx);
	if (pl_crosstab(v->t->store, c->key, *lx ? lx : NULL, &c->x, &v->t->err)) {
		tui_message(v->t, 1, "%s", v->t->err.msg);
		c->failed = 1;
		return -1;
	}
	c->loaded = 1;
	v->total = (int64_t)c->x.nrows;
	if (v->cur >= v->total)
		v->cur = v->total ? v->total - 1 : 0;
	if (c->col >= c->x.ncols)
		c->col = c->x.ncols ? c->x.ncols - 1 : 0;
	return 0;
}

/* After a write the counts follow: the table is built again when drawn. */
static int open_view(struct view *v)
{
	struct crosstab *c = v->priv;
	if (!c && !(c = v->priv = calloc(1, sizeof *c)))
		return pl_err_set(&v->t->err, PL_ENOMEM, "out of memory");
	c->loaded = c->failed = 0;
	snprintf(v->where, sizeof v->where, "Crosstab");
	return PL_OK;
}

/* ---- drawing ---------------------------------------------------------------------- */

static const int64_t *cells(const struct crosstab *c)
{
	return c->documents ? c->x.documents : c->x.passages;
}

static const char *unit(const struct crosstab *c)
{
	return c->documents ? "documents" : "passages";
}

/* Shade 0 (none) to 4 (the largest cell), in proportion. */
static enum style shade(int64_t n, int64_t max)
{
	if (n <= 0 || max <= 0)
		return S_SHADE0;
	int level = 1 + (int)((n * 4 - 1) / max);
	return (enum style)(S_SHADE0 + (level > 4 ? 4 : level));
}

static int digits(int64_t n)
{
	int d = 1;
	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

/* A number right-aligned in `width` columns. */
static void draw_num(int y, int x, int width, int64_t n, attr_t a)
{
	char s[32];
	snprintf(s, sizeof s, "%*lld ", width - 1, (long long)n);
	draw_str(y, x, width, s, a);
}

/* A column's value, right-aligned and cut to fit (never inside a character). */
static void draw_head(int y, int x, int width, const char *value, attr_t a)
{
	const char *s = value ? value : "(none)";
	int tw = text_width(s, strlen(s));
	draw_blank(y, x, width, a);
	int room = width - 1;
	draw_str(y, x + (tw < room ? room - tw : 0), room, s, a);
}

/* The header says which cell is current, with its count and its title. */
static void describe(struct view *v, const struct crosstab *c)
{
	const struct pl_crosstab *x = &c->x;
	const char *value = x->col_values[c->col];
	snprintf(v->where, sizeof v->where, "Crosstab by %s, %s: %s x %s = %lld  (column %zu/%zu)  %s",
	         c->key, unit(c), x->row_ids[v->cur], value ? value : "(none)",
	         (long long)cells(c)[(size_t)v->cur * x->ncols + c->col], c->col + 1, x->ncols,
	         x->row_titles[v->cur]);
}

static void draw(struct view *v, int y, int h, int w)
{
	struct crosstab *c = v->priv;
	v->page = h - 2;
	if (load(v))
		return;
	const struct pl_crosstab *x = &c->x;
	if (!x->nrows || !x->ncols) {
		snprintf(v->where, sizeof v->where, "Crosstab by %s", c->key);
		draw_str(y + 1, 2, w - 2, x->nrows ? "No passages: run `plenary ingest` first." :
		         "No categories yet: run `plenary tag` to tag the passages.", A_NORMAL);
		return;
	}
	const int64_t *cell = cells(c);
	const int64_t *rowt = c->documents ? x->row_documents : x->row_passages;
	const int64_t *colt = c->documents ? x->col_documents : x->col_passages;
	int64_t total = c->documents ? x->total_documents : x->total_passages, max = 0;
	for (size_t i = 0; i < x->nrows * x->ncols; i++)
		if (cell[i] > max)
			max = cell[i];
	int lw = 6, cw = digits(total) + 2;
	for (size_t r = 0; r < x->nrows; r++)
		if ((int)strlen(x->row_ids[r]) + 1 > lw)
			lw = (int)strlen(x->row_ids[r]) + 1;
	if (cw < 7)
		cw = 7;
	if (lw > 12)
		lw = 12;
	int x0 = lw + cw + 1;    /* the first value's column */
	size_t fit = w > x0 + cw ? (size_t)((w - x0) / cw) : 1;
	if (c->col < c->left)
		c->left = c->col;
	if (c->col >= c->left + fit)
		c->left = c->col - fit + 1;
	describe(v, c);

	/* The value headers, then the totals of each column. */
	draw_str(y, 0, lw, "id", A_BOLD);
	draw_head(y, lw, cw, "all", A_BOLD);
	draw_str(y + 1, 0, lw, "all", A_BOLD);
	draw_num(y + 1, lw, cw, total, A_BOLD);
	if (c->left > 0)
		draw_str(y, x0 - 1, 1, "<", A_BOLD);
	for (size_t k = c->left, i = 0; k < x->ncols && i < fit; k++, i++) {
		int xx = x0 + (int)i * cw;
		draw_head(y, xx, cw, x->col_values[k], k == c->col ? style(S_SELECTED) : A_BOLD);
		draw_num(y + 1, xx, cw, colt[k], A_BOLD);
	}
	if (c->left + fit < x->ncols)
		draw_str(y, w - 1, 1, ">", A_BOLD);

	int rows = h - 2;
	if (v->cur < v->top)
		v->top = v->cur;
	if (v->cur >= v->top + rows)
		v->top = v->cur - rows + 1;
	for (int i = 0; i < rows && v->top + i < v->total; i++) {
		size_t r = (size_t)(v->top + i);
		int yy = y + 2 + i;
		int current = (int64_t)r == v->cur;
		draw_str(yy, 0, lw, x->row_ids[r], current ? style(S_SELECTED) : A_BOLD);
		draw_num(yy, lw, cw, rowt[r], A_NORMAL);
		for (size_t k = c->left, j = 0; k < x->ncols && j < fit; k++, j++) {
			int64_t n = cell[r * x->ncols + k];
			attr_t a = current && k == c->col ? style(S_SELECTED) : style(shade(n, max));
			draw_num(yy, x0 + (int)j * cw, cw, n, a);
		}
	}
}

/* ---- keys --------------------------------------------------------------------------- */

/* Appends "key:\"value\"" as the search parser reads it; 0 when the value
 * cannot be a filter (the "(none)" column, a key with other characters). */
static int add_filter(char *q, size_t size, const char *key, const char *value)
{
	if (!value || !isalpha((unsigned char)key[0]))
		return 0;
	for (const char *p = key; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("_-.", *p))
			return 0;
	struct pl_buf b = PL_BUF_INIT;
	pl_buf_addf(&b, " %s:\"", !strcmp(key, "language") ? "lang" : key);
	for (const char *p = value; *p; p++)
		pl_buf_add(&b, *p == '"' ? "\"\"" : p, *p == '"' ? 2 : 1);
	pl_buf_addc(&b, '"');
	size_t len = strlen(q);
	int ok = len + b.len < size;
	if (ok)
		memcpy(q + len, pl_buf_str(&b), b.len + 1);
	pl_buf_release(&b);
	return ok;
}

/* Enter: the cell's passages, as a search (tag:O3 country:"MEX"). */
static void open_cell(struct view *v)
{
	struct crosstab *c = v->priv;
	const struct pl_crosstab *x = &c->x;
	const char *value = x->col_values[c->col];
	char q[512];
	snprintf(q, sizeof q, "tag:%s", x->row_ids[v->cur]);
	int filtered = add_filter(q, sizeof q, c->key, value);
	search_set_query(&v->t->views[V_SEARCH], q);
	tui_show(v->t, V_SEARCH);
	if (!filtered)   /* after the search, which sets its own message */
		tui_message(v->t, 0, "a search cannot select %s %s: all of %s's passages", c->key,
		            value ? "this value" : "(none)", x->row_ids[v->cur]);
}

static unsigned key(struct view *v, int k, enum action a)
{
	struct crosstab *c = v->priv;
	(void)k;
	switch (a) {
	case ACT_CROSSTAB: choose_key(v); return KEY_HANDLED;
	case ACT_COUNTS: c->documents = !c->documents; return KEY_HANDLED;
	case ACT_LEXICON: objectives_next_lexicon(v->t); return KEY_HANDLED;
	default: break;
	}
	if (!c->loaded || !c->x.ncols)
		return KEY_IGNORED;
	if (a == ACT_LEFT && c->col > 0)
		c->col--;
	else if (a == ACT_RIGHT && c->col + 1 < c->x.ncols)
		c->col++;
	else if (a == ACT_ENTER && c->x.nrows)
		open_cell(v);
	else
		return a == ACT_LEFT || a == ACT_RIGHT ? KEY_HANDLED : KEY_IGNORED;
	return KEY_HANDLED;
}

static const char *row_text(struct view *v, int64_t i)
{
	static char line[320];
	struct crosstab *c = v->priv;
	snprintf(line, sizeof line, "%s %s", c->x.row_ids[i], c->x.row_titles[i]);
	return line;
}

static void close_view(struct view *v)
{
	struct crosstab *c = v->priv;
	if (c)
		pl_crosstab_release(&c->x);
	free(c);
	v->priv = NULL;
}

const struct view_ops crosstab_ops = {
	.name = "Crosstab",
	.open = open_view,
	.draw = draw,
	.key = key,
	.row_text = row_text,
	.close = close_view,
};
