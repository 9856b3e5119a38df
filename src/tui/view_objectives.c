/*
 * view_objectives.c - the dashboard: the categories of one lexicon (the
 * objectives; p switches to the guiding principles, or the next lexicon)
 * with their passages and documents and a bar proportional to the passages.
 * Enter lists the category's passages (the search view with the query tag:ID).
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/browse.h"
#include "plenary/stats.h"

struct row {
	char id[32], title[256], line[320];
	int64_t passages, documents;
};

#define MAX_LEXICON_IDS 16

struct objectives {
	struct row *rows;
	size_t n, cap;
	int64_t max;
	char lexicons[MAX_LEXICON_IDS][64];   /* as the categories table orders them */
	int nlexicons, lexicon;            /* lexicon: the one shown */
};

/* Notes a lexicon id; 1 when it is the one shown. */
static int shown_lexicon(struct objectives *o, const char *id)
{
	int i = 0;
	while (i < o->nlexicons && strcmp(o->lexicons[i], id))
		i++;
	if (i == o->nlexicons && i < MAX_LEXICON_IDS)
		snprintf(o->lexicons[o->nlexicons++], sizeof o->lexicons[0], "%s", id);
	return i == o->lexicon;
}

static int add_row(void *ctx, const struct pl_category_count *c)
{
	struct objectives *o = ctx;
	if (!shown_lexicon(o, c->lexicon ? c->lexicon : ""))
		return 0;
	if (o->n == o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 32;
		struct row *r = realloc(o->rows, cap * sizeof *r);
		if (!r)
			return PL_ENOMEM;
		o->rows = r;
		o->cap = cap;
	}
	struct row *r = &o->rows[o->n++];
	snprintf(r->id, sizeof r->id, "%s", c->id);
	snprintf(r->title, sizeof r->title, "%s", c->title);
	snprintf(r->line, sizeof r->line, "%s %s", c->id, c->title);
	r->passages = c->passages;
	r->documents = c->documents;
	if (c->passages > o->max)
		o->max = c->passages;
	return 0;
}

static int open_view(struct view *v)
{
	struct objectives *o = v->priv;
	if (!o && !(o = v->priv = calloc(1, sizeof *o)))
		return pl_err_set(&v->t->err, PL_ENOMEM, "out of memory");
	o->n = 0;
	o->max = 0;
	o->nlexicons = 0;
	int rc = pl_stats_categories(v->t->store, add_row, o, &v->t->err);
	v->total = (int64_t)o->n;
	if (v->cur >= v->total)
		v->cur = v->total ? v->total - 1 : 0;
	const char *lx = objectives_lexicon(v->t);
	snprintf(v->label, sizeof v->label, "%s", o->lexicon ? "Principles" : "Objectives");
	snprintf(v->where, sizeof v->where, "%s: %zu categories%s%s%s", v->label, o->n,
	         *lx ? " of lexicon " : "", lx, o->nlexicons > 1 ? "  (p: switch)" : "");
	return rc;
}

const char *objectives_lexicon(struct tui *t)
{
	struct objectives *o = t->views[V_OBJECTIVES].priv;
	return o && o->lexicon < o->nlexicons ? o->lexicons[o->lexicon] : "";
}

static void draw(struct view *v, int y, int h, int w)
{
	struct objectives *o = v->priv;
	v->page = h - 1;
	if (!o->n) {
		draw_str(y + 1, 2, w - 2, "No categories yet: run `plenary tag` to tag the passages.",
		         A_NORMAL);
		return;
	}
	int bar = w >= 100 ? 30 : w >= 70 ? 16 : 8;
	char head[128];
	snprintf(head, sizeof head, "%-6s %8s %6s  %-*s  %s", "id", "passages", "docs", bar, "",
	         "title");
	draw_str(y, 0, w, head, A_BOLD);
	int rows = h - 1;
	if (v->cur < v->top)
		v->top = v->cur;
	if (v->cur >= v->top + rows)
		v->top = v->cur - rows + 1;
	for (int i = 0; i < rows && v->top + i < v->total; i++) {
		struct row *r = &o->rows[v->top + i];
		int yy = y + 1 + i;
		attr_t a = v->top + i == v->cur ? style(S_SELECTED) : A_NORMAL;
		char nums[64];
		snprintf(nums, sizeof nums, "%-6s %8lld %6lld  ", r->id, (long long)r->passages,
		         (long long)r->documents);
		draw_blank(yy, 0, w, a);
		int x = draw_str(yy, 0, w, nums, a);
		int len = o->max ? (int)(r->passages * bar / o->max) : 0;
		if (r->passages && !len)
			len = 1;
		attrset(style(S_BAR));
		for (int b = 0; b < len; b++)
			mvaddstr(yy, x + b, "█");
		attrset(A_NORMAL);
		x += bar + 2;
		draw_str(yy, x, w - x, r->title, a);
	}
}

void objectives_next_lexicon(struct tui *t)
{
	struct view *v = &t->views[V_OBJECTIVES];
	struct objectives *o = v->priv;
	if (o->nlexicons < 2) {
		tui_message(t, 1, "only one lexicon has categories here");
		return;
	}
	o->lexicon = (o->lexicon + 1) % o->nlexicons;
	v->cur = v->top = 0;
	if (open_view(v))
		tui_message(t, 1, "%s", t->err.msg);
}

static unsigned key(struct view *v, int k, enum action a)
{
	struct objectives *o = v->priv;
	(void)k;
	if (a == ACT_LEXICON) {
		objectives_next_lexicon(v->t);
		return KEY_HANDLED;
	}
	if (a != ACT_ENTER || !o->n)
		return KEY_IGNORED;
	char q[64];
	snprintf(q, sizeof q, "tag:%s", o->rows[v->cur].id);
	search_set_query(&v->t->views[V_SEARCH], q);
	tui_show(v->t, V_SEARCH);
	return KEY_HANDLED;
}

static const char *row_text(struct view *v, int64_t i)
{
	struct objectives *o = v->priv;
	return o->rows[i].line;
}

static int list(struct view *v, int64_t **ids, size_t *n)
{
	struct objectives *o = v->priv;
	struct id_list x = { 0 };
	if (!o->n || pl_browse_category(v->t->store, o->rows[v->cur].id, 0, -1, id_list_add, &x,
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
	struct objectives *o = v->priv;
	if (o)
		free(o->rows);
	free(o);
	v->priv = NULL;
}

const struct view_ops objectives_ops = {
	.name = "Objectives",
	.open = open_view,
	.draw = draw,
	.key = key,
	.row_text = row_text,
	.list = list,
	.close = close_view,
};
