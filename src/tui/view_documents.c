/*
 * view_documents.c - every document: title, passages, language and
 * metadata, read a window at a time. Enter opens it in the reader.
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/browse.h"

#define WINDOW 200

struct doc {
	int64_t id, passages;
	char *line;   /* title, passages, language, metadata, as drawn */
	char *title;
};

struct documents {
	struct doc rows[WINDOW];
	int64_t base;
	int n;
};

static void drop(struct documents *d)
{
	for (int i = 0; i < d->n; i++) {
		free(d->rows[i].line);
		free(d->rows[i].title);
	}
	d->n = 0;
}

static int add_doc(void *ctx, const struct pl_doc_info *di)
{
	struct documents *d = ctx;
	struct doc *r = &d->rows[d->n];
	struct pl_buf b = PL_BUF_INIT;
	pl_buf_addf(&b, "%s\t%lld\t%s\t%s", di->title, (long long)di->passages, di->language,
	            di->meta);
	r->id = di->id;
	r->passages = di->passages;
	r->line = pl_buf_detach(&b, NULL);
	r->title = strdup(di->title);
	if (!r->line || !r->title)
		return PL_ENOMEM;
	d->n++;
	return 0;
}

/* The row at index i, loading the window around it when needed. */
static struct doc *row(struct view *v, int64_t i)
{
	struct documents *d = v->priv;
	if (i < 0 || i >= v->total)
		return NULL;
	if (i < d->base || i >= d->base + d->n) {
		drop(d);
		d->base = i > WINDOW / 4 ? i - WINDOW / 4 : 0;
		if (pl_browse_docs(v->t->store, d->base, WINDOW, add_doc, d, &v->t->err)) {
			tui_message(v->t, 1, "%s", v->t->err.msg);
			return NULL;
		}
		if (i >= d->base + d->n)
			return NULL;
	}
	return &d->rows[i - d->base];
}

static int open_view(struct view *v)
{
	struct documents *d = v->priv;
	if (!d && !(d = v->priv = calloc(1, sizeof *d)))
		return pl_err_set(&v->t->err, PL_ENOMEM, "out of memory");
	drop(d);
	int rc = pl_browse_doc_count(v->t->store, &v->total, &v->t->err);
	if (v->cur >= v->total)
		v->cur = v->total ? v->total - 1 : 0;
	snprintf(v->where, sizeof v->where, "Documents: %lld", (long long)v->total);
	return rc;
}

/* Draws the tab-separated fields of a row in columns. */
static void draw_row(int y, int w, const char *line, attr_t a)
{
	int tw = w - 30 > 20 ? (w - 30) / 2 : 20;
	int cols[4][2] = { { 0, tw }, { tw + 1, 8 }, { tw + 10, 5 }, { tw + 16, w - tw - 16 } };
	const char *f = line;
	for (int i = 0; i < 4 && f; i++) {
		const char *end = strchr(f, '\t');
		size_t n = end ? (size_t)(end - f) : strlen(f);
		if (cols[i][0] < w)
			draw_text(y, cols[i][0], cols[i][1], f, n, a, NULL, NULL);
		f = end ? end + 1 : NULL;
	}
}

static void draw(struct view *v, int y, int h, int w)
{
	v->page = h - 1;
	draw_row(y, w, "title\tpassages\tlang\tmetadata", A_BOLD);
	int rows = h - 1;
	if (v->cur < v->top)
		v->top = v->cur;
	if (v->cur >= v->top + rows)
		v->top = v->cur - rows + 1;
	for (int i = 0; i < rows && v->top + i < v->total; i++) {
		struct doc *r = row(v, v->top + i);
		if (!r)
			break;
		attr_t a = v->top + i == v->cur ? style(S_SELECTED) : A_NORMAL;
		draw_blank(y + 1 + i, 0, w, a);
		draw_row(y + 1 + i, w, r->line, a);
	}
	if (!v->total)
		draw_str(y + 1, 2, w - 2, "No documents: `plenary ingest FILES` adds some.", A_NORMAL);
}

static unsigned key(struct view *v, int k, enum action a)
{
	(void)k;
	if (a != ACT_ENTER)
		return KEY_IGNORED;
	struct doc *r = row(v, v->cur);
	if (r) {
		reader_open(&v->t->views[V_READER], r->id, 1, NULL);
		tui_show(v->t, V_READER);
	}
	return KEY_HANDLED;
}

static const char *row_text(struct view *v, int64_t i)
{
	struct doc *r = row(v, i);
	return r ? r->line : NULL;
}

static int list(struct view *v, int64_t **ids, size_t *n)
{
	struct doc *r = row(v, v->cur);
	if (!r)
		return -1;
	struct id_list x = { 0 };
	if (pl_browse_doc_passages(v->t->store, r->id, 1, -1, id_list_add, &x, &v->t->err)) {
		free(x.ids);
		return -1;
	}
	*ids = x.ids;
	*n = x.n;
	return 0;
}

static void close_view(struct view *v)
{
	if (v->priv)
		drop(v->priv);
	free(v->priv);
	v->priv = NULL;
}

const struct view_ops documents_ops = {
	.name = "Documents",
	.open = open_view,
	.draw = draw,
	.key = key,
	.row_text = row_text,
	.list = list,
	.close = close_view,
};
