/*
 * view_reader.c - a document's passages in order, the current one
 * highlighted, each passage's tags in a left margin, search hits and
 * lexicon hits marked in different styles. Passages are read a window at
 * a time by ordinal, so a document of any length scrolls at once.
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "plenary/browse.h"

#define WINDOW 128
#define MARGIN 10

struct range {
	size_t start, end;
	enum style s;
};

struct rpass {
	int64_t id, ordinal;
	char *text, *tags;
	int marked;
	struct range *ranges;
	size_t nranges, cap;
};

struct reader {
	int64_t doc;
	char title[256];
	char *words;         /* search-hit words, one a line */
	struct rpass rows[WINDOW];
	int n;
	int64_t base;        /* index of rows[0]; index i is ordinal i + 1 */
	int skip;            /* lines of a tall current passage scrolled past */
	int64_t skip_cur;    /* the passage skip applies to */
	int h, tw;           /* the last layout */
};

static void drop(struct reader *r)
{
	for (int i = 0; i < r->n; i++) {
		free(r->rows[i].text);
		free(r->rows[i].tags);
		free(r->rows[i].ranges);
	}
	r->n = 0;
}

static void add_range(struct rpass *p, size_t start, size_t end, enum style s)
{
	if (p->nranges == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 8;
		struct range *x = realloc(p->ranges, cap * sizeof *x);
		if (!x)
			return;
		p->ranges = x;
		p->cap = cap;
	}
	p->ranges[p->nranges++] = (struct range){ start, end, s };
}

static int add_span(void *ctx, const struct pl_span_row *sp)
{
	struct rpass *p = ctx;
	if (!strcmp(sp->kind, "hit") && sp->start >= 0 && sp->end > sp->start)
		add_range(p, (size_t)sp->start, (size_t)sp->end, S_LEX_HIT);
	return 0;
}

/* Marks every occurrence of the search-hit words (ASCII case ignored). */
static void mark_words(struct rpass *p, const char *words)
{
	for (const char *w = words; w && *w;) {
		const char *e = strchr(w, '\n');
		size_t n = e ? (size_t)(e - w) : strlen(w);
		for (const char *t = p->text; n && *t; t++)
			if (!strncasecmp(t, w, n))
				add_range(p, (size_t)(t - p->text), (size_t)(t - p->text) + n, S_SEARCH_HIT);
		w = e ? e + 1 : NULL;
	}
}

static int add_passage(void *ctx, const struct pl_passage_row *row)
{
	struct reader *r = ctx;
	if (r->n == WINDOW)
		return 0;
	struct rpass *p = &r->rows[r->n];
	memset(p, 0, sizeof *p);
	p->id = row->id;
	p->ordinal = row->ordinal;
	p->marked = row->marked;
	p->text = strdup(row->text);
	p->tags = strdup(row->tags);
	r->n++;
	return p->text && p->tags ? 0 : PL_ENOMEM;
}

static struct rpass *row(struct view *v, int64_t i)
{
	struct reader *r = v->priv;
	if (i < 0 || i >= v->total)
		return NULL;
	if (i < r->base || i >= r->base + r->n) {
		drop(r);
		r->base = i > WINDOW / 3 ? i - WINDOW / 3 : 0;
		if (pl_browse_doc_passages(v->t->store, r->doc, r->base + 1, WINDOW, add_passage, r,
		                           &v->t->err)) {
			tui_message(v->t, 1, "%s", v->t->err.msg);
			return NULL;
		}
		for (int k = 0; k < r->n; k++) {
			mark_words(&r->rows[k], r->words);
			pl_browse_spans(v->t->store, r->rows[k].id, add_span, &r->rows[k], &v->t->err);
		}
		if (i >= r->base + r->n)
			return NULL;
	}
	return &r->rows[i - r->base];
}

static int copy_doc(void *ctx, const struct pl_doc_info *d)
{
	struct view *v = ctx;
	struct reader *r = v->priv;
	snprintf(r->title, sizeof r->title, "%s", d->title);
	v->total = d->passages;
	return 0;
}

void reader_open(struct view *v, int64_t doc, int64_t ordinal, const char *words)
{
	struct reader *r = v->priv;
	drop(r);
	free(r->words);
	r->words = words ? strdup(words) : NULL;
	r->doc = doc;
	v->total = 0;
	if (pl_browse_doc(v->t->store, doc, copy_doc, v, &v->t->err))
		tui_message(v->t, 1, "%s", v->t->err.msg);
	v->cur = ordinal > 0 && ordinal <= v->total ? ordinal - 1 : 0;
	v->top = v->cur;
}

static int open_view(struct view *v)
{
	struct reader *r = v->priv;
	if (!r)
		return (v->priv = calloc(1, sizeof *r)) ? PL_OK :
		       pl_err_set(&v->t->err, PL_ENOMEM, "out of memory");
	drop(r);   /* tags or marks changed: read again */
	return PL_OK;
}

static attr_t attr_at(void *ctx, size_t off, attr_t base)
{
	struct rpass *p = ctx;
	attr_t a = base;
	for (size_t i = 0; i < p->nranges; i++) {
		if (off < p->ranges[i].start || off >= p->ranges[i].end)
			continue;
		if (p->ranges[i].s == S_SEARCH_HIT)
			return style(S_SEARCH_HIT);
		a = style(S_LEX_HIT) | base;
	}
	return a;
}

/* Lines a passage takes at text width tw (and its margin), plus a blank. */
static int height(struct rpass *p, int tw)
{
	int lines = 0;
	size_t n = strlen(p->text), next;
	for (size_t i = 0; i < n || !lines; i = next) {
		wrap_line(p->text + i, n - i, tw, &next);
		next += i;
		lines++;
		if (next <= i)
			break;
	}
	int m = 0;
	size_t tn = strlen(p->tags);
	for (size_t i = 0; i < tn; i = next, m++) {
		wrap_line(p->tags + i, tn - i, MARGIN - 2, &next);
		next += i;
		if (next <= i)
			break;
	}
	return (m + 1 > lines ? m + 1 : lines) + 1;
}

/* Draws one passage from screen line y (which may be above ymin, for a
 * tall passage scrolled into); only lines in [ymin, ymax) are drawn. */
static void draw_passage(struct rpass *p, int y, int ymin, int ymax, int tw, int current)
{
	attr_t ma = current ? style(S_SELECTED) : style(S_MARGIN);
	attr_t ta = current ? A_BOLD : A_NORMAL;
	int h = height(p, tw) - 1;
	for (int k = 0; k < h && y + k < ymax; k++)
		if (y + k >= ymin)
			draw_blank(y + k, 0, MARGIN - 1, ma);
	char head[32];
	snprintf(head, sizeof head, "%s¶%lld", p->marked ? "*" : "", (long long)p->ordinal);
	if (y >= ymin)
		draw_str(y, 0, MARGIN - 1, head, ma | A_BOLD);
	size_t tn = strlen(p->tags), next;
	for (size_t i = 0, k = 1; i < tn && y + (int)k < ymax; i = next, k++) {
		size_t len = wrap_line(p->tags + i, tn - i, MARGIN - 2, &next);
		if (y + (int)k >= ymin)
			draw_text(y + (int)k, 0, MARGIN - 1, p->tags + i, len, ma, NULL, NULL);
		next += i;
		if (next <= i)
			break;
	}
	size_t n = strlen(p->text);
	int k = 0;
	for (size_t i = 0; i < n && y + k < ymax; i = next, k++) {
		size_t len = wrap_line(p->text + i, n - i, tw, &next);
		move(y + k, MARGIN);
		for (size_t j = 0; j < len && y + k >= ymin;) {
			/* Draw runs of one attribute so ranges line up with bytes. */
			attr_t a = attr_at(p, i + j, ta);
			size_t e = j + 1;
			while (e < len && attr_at(p, i + e, ta) == a)
				e++;
			while (e < len && (p->text[i + e] & 0xc0) == 0x80)
				e++;
			int x = getcurx(stdscr);
			draw_text(y + k, x, MARGIN + tw - x, p->text + i + j, e - j, a, NULL, NULL);
			move(y + k, x + text_width(p->text + i + j, e - j));
			j = e;
		}
		next += i;
		if (next <= i)
			break;
	}
}

static void draw(struct view *v, int y, int h, int w)
{
	struct reader *r = v->priv;
	int tw = w - MARGIN - 1;
	v->page = 3;
	r->h = h;
	r->tw = tw;
	if (!r->doc || !v->total) {
		snprintf(v->where, sizeof v->where, "Reader");
		draw_str(y + 1, 2, w - 2, "No document open: Enter on a document or a search result.",
		         A_NORMAL);
		return;
	}
	struct rpass *cur = row(v, v->cur);
	if (!cur)
		return;
	snprintf(v->where, sizeof v->where, "Reader: %.120s  passage %lld/%lld  [%.60s]%s", r->title,
	         (long long)v->cur + 1, (long long)v->total, *cur->tags ? cur->tags : "no tags",
	         cur->marked ? " *excerpt" : "");
	if (r->skip_cur != v->cur)
		r->skip = 0;
	if (r->skip)
		v->top = v->cur;
	if (v->top > v->cur)
		v->top = v->cur;
	if (v->cur - v->top >= WINDOW / 3)
		v->top = v->cur;
	/* Scroll down until the current passage fits below the top one. */
	for (;;) {
		int used = 0;
		for (int64_t i = v->top; i <= v->cur; i++) {
			struct rpass *p = row(v, i);
			used += p ? height(p, tw) : 1;
		}
		if (used <= h || v->top == v->cur)
			break;
		v->top++;
	}
	int yy = y - (v->top == v->cur ? r->skip : 0);
	for (int64_t i = v->top; i < v->total && yy < y + h; i++) {
		struct rpass *p = row(v, i);
		if (!p)
			break;
		draw_passage(p, yy, y, y + h, tw, i == v->cur);
		yy += height(p, tw);
	}
}

/* j/k and pages scroll through a passage taller than the screen before
 * moving to the next one. */
static unsigned key(struct view *v, int k, enum action a)
{
	struct reader *r = v->priv;
	struct rpass *p = row(v, v->cur);
	(void)k;
	if (!p || !r->h)
		return KEY_IGNORED;
	int rest = height(p, r->tw) - 1 - r->skip - r->h;   /* lines below the screen */
	int step = a == ACT_PGDN || a == ACT_PGUP ? r->h - 1 : 1;
	if ((a == ACT_DOWN || a == ACT_PGDN) && rest > 0) {
		r->skip += step < rest ? step : rest;
	} else if ((a == ACT_UP || a == ACT_PGUP) && r->skip > 0) {
		r->skip -= step < r->skip ? step : r->skip;
	} else {
		return KEY_IGNORED;
	}
	r->skip_cur = v->cur;
	return KEY_HANDLED;
}

static const char *row_text(struct view *v, int64_t i)
{
	struct rpass *p = row(v, i);
	return p ? p->text : NULL;
}

static int64_t passage(struct view *v)
{
	struct rpass *p = row(v, v->cur);
	return p ? p->id : 0;
}

static int list(struct view *v, int64_t **ids, size_t *n)
{
	struct reader *r = v->priv;
	struct id_list x = { 0 };
	if (!r->doc || pl_browse_doc_passages(v->t->store, r->doc, 1, -1, id_list_add, &x,
	                                      &v->t->err)) {
		free(x.ids);
		return -1;
	}
	*ids = x.ids;
	*n = x.n;
	return 0;
}

static void close_view(struct view *v)
{
	struct reader *r = v->priv;
	if (r) {
		drop(r);
		free(r->words);
	}
	free(r);
	v->priv = NULL;
}

const struct view_ops reader_ops = {
	.name = "Reader",
	.open = open_view,
	.draw = draw,
	.key = key,
	.row_text = row_text,
	.passage = passage,
	.list = list,
	.close = close_view,
};
