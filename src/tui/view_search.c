/*
 * view_search.c - type a query (the syntax of `plenary search`, filters
 * included); the ranked results follow shortly after typing stops. A
 * query that fails shows its error in the status line and the previous
 * results stay. The query is ranked once, for the ids of every result;
 * details and snippets are read a window at a time, so scrolling through
 * 200,000 results costs no new ranking.
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plenary/search.h"

#define WINDOW 100
#define DEBOUNCE_MS 300
#define EXPORT_MAX 100000

struct hit {
	int64_t passage, doc, ordinal;
	char *head;      /* "3. title ¶12" */
	char *snippet;   /* with the highlight bytes */
};

struct results {
	struct hit rows[WINDOW];
	int n;
	int64_t base;
};

struct ids {
	int64_t *ids;
	size_t n, cap;
};

struct search {
	char query[512];       /* as typed */
	char shown[512];       /* the query of the results shown */
	int editing, pending;
	long long changed_ms;
	struct ids all;        /* every result's passage id, best first */
	struct results r;
};

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void drop(struct results *r)
{
	for (int i = 0; i < r->n; i++) {
		free(r->rows[i].head);
		free(r->rows[i].snippet);
	}
	r->n = 0;
}

static int add_hit(void *ctx, const struct pl_hit *h)
{
	struct results *r = ctx;
	if (r->n == WINDOW)
		return 0;
	struct hit *x = &r->rows[r->n];
	struct pl_buf b = PL_BUF_INIT;
	pl_buf_addf(&b, "%lld. %s ¶%lld", (long long)h->rank, h->title, (long long)h->ordinal);
	if (h->speaker)
		pl_buf_addf(&b, "  (%s)", h->speaker);
	x->head = pl_buf_detach(&b, NULL);
	x->snippet = strdup(h->snippet ? h->snippet : h->text);
	if (!x->head || !x->snippet) {
		free(x->head);
		free(x->snippet);
		return PL_ENOMEM;
	}
	for (char *p = x->snippet; *p; p++)   /* one line per snippet */
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	x->passage = h->passage_id;
	x->doc = h->document_id;
	x->ordinal = h->ordinal;
	r->n++;
	return 0;
}

static int add_id(void *ctx, const struct pl_hit *h)
{
	struct ids *x = ctx;
	if (x->n == x->cap) {
		size_t cap = x->cap ? x->cap * 2 : 1024;
		int64_t *n = realloc(x->ids, cap * sizeof *n);
		if (!n)
			return PL_ENOMEM;
		x->ids = n;
		x->cap = cap;
	}
	x->ids[x->n++] = h->passage_id;
	return 0;
}

/* The window of results from offset on, read for the ids in `all`. */
static int fetch(struct view *v, const char *query, const struct ids *all, int64_t offset,
                 struct results *r)
{
	struct pl_search_opts o = { .query = query };
	size_t n = all->n - (size_t)offset < WINDOW ? all->n - (size_t)offset : WINDOW;
	r->base = offset;
	return pl_search_window(v->t->store, &o, all->ids + offset, n, offset + 1, add_hit, r,
	                        &v->t->err);
}

/* Runs the typed query; on failure the previous results stay. */
static void run(struct view *v)
{
	struct search *s = v->priv;
	s->pending = 0;
	v->t->dirty = 1;
	if (!s->query[strspn(s->query, " ")]) {
		drop(&s->r);
		s->all.n = 0;
		s->shown[0] = '\0';
		v->total = v->cur = v->top = 0;
		snprintf(v->where, sizeof v->where, "Search: type a query");
		return;
	}
	struct results *fresh = calloc(1, sizeof *fresh);
	struct ids all = { 0 };
	struct pl_search_opts o = { .query = s->query, .limit = INT64_MAX, .ids_only = 1 };
	if (!fresh)
		return;
	if (pl_search(v->t->store, &o, add_id, &all, NULL, &v->t->err) ||
	    fetch(v, s->query, &all, 0, fresh)) {
		tui_message(v->t, 1, "%s", v->t->err.msg);
		drop(fresh);
		free(fresh);
		free(all.ids);
		return;
	}
	drop(&s->r);
	s->r = *fresh;
	free(fresh);
	free(s->all.ids);
	s->all = all;
	snprintf(s->shown, sizeof s->shown, "%s", s->query);
	int64_t total = (int64_t)all.n;
	v->total = total;
	v->cur = v->top = 0;
	snprintf(v->where, sizeof v->where, "Search: %lld results for %.180s", (long long)total,
	         s->shown);
}

static struct hit *row(struct view *v, int64_t i)
{
	struct search *s = v->priv;
	if (i < 0 || i >= v->total)
		return NULL;
	if (i < s->r.base || i >= s->r.base + s->r.n) {
		drop(&s->r);
		if (fetch(v, s->shown, &s->all, i > WINDOW / 4 ? i - WINDOW / 4 : 0, &s->r)) {
			tui_message(v->t, 1, "%s", v->t->err.msg);
			return NULL;
		}
		if (i >= s->r.base + s->r.n)
			return NULL;
	}
	return &s->r.rows[i - s->r.base];
}

void search_set_query(struct view *v, const char *query)
{
	struct search *s = v->priv;
	snprintf(s->query, sizeof s->query, "%s", query);
	s->editing = 0;
	run(v);
}

static int open_view(struct view *v)
{
	struct search *s = v->priv;
	if (!s) {
		if (!(s = v->priv = calloc(1, sizeof *s)))
			return pl_err_set(&v->t->err, PL_ENOMEM, "out of memory");
		s->editing = 1;
		snprintf(v->where, sizeof v->where, "Search: type a query");
		return PL_OK;
	}
	/* After a change the counts and tags may differ: search again. */
	if (s->shown[0]) {
		int64_t cur = v->cur;
		char keep[512];
		snprintf(keep, sizeof keep, "%s", s->query);
		snprintf(s->query, sizeof s->query, "%s", s->shown);
		run(v);
		snprintf(s->query, sizeof s->query, "%s", keep);
		v->cur = cur < v->total ? cur : v->total ? v->total - 1 : 0;
	}
	return PL_OK;
}

static void draw(struct view *v, int y, int h, int w)
{
	struct search *s = v->priv;
	attr_t qa = s->editing ? A_BOLD | A_UNDERLINE : A_BOLD;
	int x = draw_str(y, 0, w, "Search: ", A_BOLD);
	x += draw_str(y, x, w - x - 1, s->query, qa);
	if (s->editing)
		draw_str(y, x, 1, "_", A_BLINK | A_BOLD);
	int rows = (h - 1) / 2;
	v->page = rows > 1 ? rows : 1;
	if (v->cur < v->top)
		v->top = v->cur;
	if (v->cur >= v->top + rows)
		v->top = v->cur - rows + 1;
	if (!v->total) {
		draw_str(y + 2, 2, w - 2, s->shown[0] ? "No passages match." :
		         "Type words, \"a phrase\", tag:O20 or key:value; Enter shows the results.",
		         A_NORMAL);
		return;
	}
	for (int i = 0; i < rows && v->top + i < v->total; i++) {
		struct hit *r = row(v, v->top + i);
		if (!r)
			break;
		int yy = y + 1 + 2 * i;
		attr_t a = !s->editing && v->top + i == v->cur ? style(S_SELECTED) : A_NORMAL;
		draw_blank(yy, 0, w, a);
		draw_str(yy, 0, w, r->head, a | A_BOLD);
		draw_str(yy + 1, 4, w - 4, r->snippet, A_NORMAL);
	}
}

/* The highlighted words of a snippet, one a line, for the reader. */
static char *hit_words(const char *snippet)
{
	struct pl_buf b = PL_BUF_INIT;
	const char *p = snippet;
	while ((p = strchr(p, PL_HL_START))) {
		const char *e = strchr(++p, PL_HL_END);
		if (!e)
			break;
		pl_buf_add(&b, p, (size_t)(e - p));
		pl_buf_addc(&b, '\n');
		p = e + 1;
	}
	return pl_buf_detach(&b, NULL);
}

static unsigned key(struct view *v, int k, enum action a)
{
	struct search *s = v->priv;
	if (s->editing) {
		size_t len = strlen(s->query);
		if (k == '\t')
			return KEY_IGNORED;
		if (a == ACT_ENTER || k == 27 || k == FK(KEY_DOWN)) {
			s->editing = 0;
			if (a == ACT_ENTER || s->pending || strcmp(s->query, s->shown))
				run(v);
		} else if (k == FK(KEY_BACKSPACE) || k == 127 || k == CTRL('h')) {
			while (len > 0 && (s->query[len - 1] & 0xc0) == 0x80)
				len--;
			if (len > 0)
				len--;
			s->query[len] = '\0';
			s->pending = 1;
			s->changed_ms = now_ms();
		} else if (k == CTRL('u')) {
			s->query[0] = '\0';
			s->pending = 1;
			s->changed_ms = now_ms();
		} else if (k >= 32 && k < 0x110000) {
			struct pl_buf b = PL_BUF_INIT;
			pl_buf_add_utf8(&b, (unsigned)k);
			if (len + b.len < sizeof s->query)
				memcpy(s->query + len, b.data, b.len + 1);
			pl_buf_release(&b);
			s->pending = 1;
			s->changed_ms = now_ms();
		}
		return KEY_HANDLED;
	}
	if (a == ACT_SEARCH || a == ACT_FIND) {
		s->editing = 1;
		return KEY_HANDLED;
	}
	if (a == ACT_ENTER) {
		struct hit *r = row(v, v->cur);
		if (r) {
			char *words = hit_words(r->snippet);
			reader_open(&v->t->views[V_READER], r->doc, r->ordinal, words);
			free(words);
			tui_show(v->t, V_READER);
		}
		return KEY_HANDLED;
	}
	return KEY_IGNORED;
}

static void tick(struct view *v)
{
	struct search *s = v->priv;
	if (s->pending && now_ms() - s->changed_ms >= DEBOUNCE_MS)
		run(v);
}

static const char *row_text(struct view *v, int64_t i)
{
	struct hit *r = row(v, i);
	return r ? r->snippet : NULL;
}

static int64_t passage(struct view *v)
{
	struct search *s = v->priv;
	struct hit *r = s->editing ? NULL : row(v, v->cur);
	return r ? r->passage : 0;
}

static int list(struct view *v, int64_t **ids, size_t *n)
{
	struct search *s = v->priv;
	size_t max = s->all.n < EXPORT_MAX ? s->all.n : EXPORT_MAX;
	if (!s->shown[0] || !(*ids = malloc((max + 1) * sizeof **ids)))
		return -1;
	memcpy(*ids, s->all.ids, max * sizeof **ids);
	*n = max;
	return 0;
}

static void close_view(struct view *v)
{
	struct search *s = v->priv;
	if (s) {
		drop(&s->r);
		free(s->all.ids);
	}
	free(s);
	v->priv = NULL;
}

const struct view_ops search_ops = {
	.name = "Search",
	.open = open_view,
	.draw = draw,
	.key = key,
	.row_text = row_text,
	.passage = passage,
	.list = list,
	.tick = tick,
	.close = close_view,
};
