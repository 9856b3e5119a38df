/*
 * view_help.c - a page of text scrolled like less: the help screen (from
 * the key table) and the explanation of a passage's tags. Esc or q closes.
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct text {
	char *text;
	size_t *lines;     /* start of each screen line */
	size_t *lens;
	size_t cap;
	int width;         /* what the lines are wrapped to; 0: not yet */
};

static void text_clear(struct text *x)
{
	free(x->text);
	free(x->lines);
	free(x->lens);
	memset(x, 0, sizeof *x);
}

void text_open(struct view *v, const char *title, const char *text)
{
	struct text *x = v->priv;
	text_clear(x);
	snprintf(v->where, sizeof v->where, "%s", title);
	snprintf(v->label, sizeof v->label, "%.*s", (int)strcspn(title, ":"), title);
	v->cur = v->top = v->total = 0;
	x->text = strdup(text);
}

static int add_line(struct view *v, size_t start, size_t len)
{
	struct text *x = v->priv;
	if ((size_t)v->total == x->cap) {
		size_t cap = x->cap ? x->cap * 2 : 64;
		size_t *l = realloc(x->lines, cap * sizeof *l);
		if (l)
			x->lines = l;
		size_t *n = realloc(x->lens, cap * sizeof *n);
		if (n)
			x->lens = n;
		if (!l || !n)
			return -1;
		x->cap = cap;
	}
	x->lines[v->total] = start;
	x->lens[v->total++] = len;
	return 0;
}

/* Breaks the text into lines of `width` columns; the top line stays where
 * it was in the text (a resize does not lose the place). */
static void wrap(struct view *v, int width)
{
	struct text *x = v->priv;
	size_t at = v->total ? x->lines[v->cur] : 0, len = strlen(x->text), i = 0;
	v->total = v->cur = 0;
	x->width = width;
	for (;;) {
		size_t next, n = wrap_line(x->text + i, len - i, width, &next);
		if (add_line(v, i, n))
			break;
		if (x->lines[v->total - 1] <= at)
			v->cur = v->total - 1;
		if (i + next >= len)
			break;
		i += next;
	}
}

static int open_view(struct view *v)
{
	if (!v->priv && !(v->priv = calloc(1, sizeof(struct text))))
		return pl_err_set(&v->t->err, PL_ENOMEM, "out of memory");
	return PL_OK;
}

/* The current row is the top line, as in less. */
static void draw(struct view *v, int y, int h, int w)
{
	struct text *x = v->priv;
	v->page = h;
	if (!x->text)
		return;
	if (x->width != w - 1)
		wrap(v, w - 1);
	for (int i = 0; i < h && v->cur + i < v->total; i++) {
		int64_t l = v->cur + i;
		draw_text(y + i, 1, w - 1, x->text + x->lines[l], x->lens[l], A_NORMAL, NULL, NULL);
	}
}

static unsigned key(struct view *v, int k, enum action a)
{
	(void)a;
	if (k != 27)
		return KEY_IGNORED;
	struct tui *t = v->t;
	if (t->depth > 1)
		t->depth--;
	return KEY_HANDLED;
}

static const char *row_text(struct view *v, int64_t i)
{
	static char line[1024];
	struct text *x = v->priv;
	snprintf(line, sizeof line, "%.*s", (int)x->lens[i], x->text + x->lines[i]);
	return line;
}

static void close_view(struct view *v)
{
	if (v->priv)
		text_clear(v->priv);
	free(v->priv);
	v->priv = NULL;
}

const struct view_ops text_ops = {
	.name = "Help",
	.open = open_view,
	.draw = draw,
	.key = key,
	.row_text = row_text,
	.close = close_view,
};
