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
	size_t *lines;     /* start of each line */
	size_t *lens;
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
	size_t n = 1;
	for (const char *p = text; *p; p++)
		n += *p == '\n';
	x->text = strdup(text);
	x->lines = calloc(n, sizeof *x->lines);
	x->lens = calloc(n, sizeof *x->lens);
	if (!x->text || !x->lines || !x->lens) {
		text_clear(x);
		return;
	}
	for (size_t i = 0, start = 0;; i++) {
		if (x->text[i] == '\n' || !x->text[i]) {
			x->lines[v->total] = start;
			x->lens[v->total++] = i - start;
			start = i + 1;
			if (!x->text[i])
				break;
		}
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
