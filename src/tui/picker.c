/*
 * picker.c - a modal list over the current view, filtered by what is
 * typed (id or title): the category for + and -, the crosstab's key.
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int pick_add(struct pick_list *l, const char *id, const char *title)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct pick_item *it = realloc(l->items, cap * sizeof *it);
		if (!it)
			return PL_ENOMEM;
		l->items = it;
		l->cap = cap;
	}
	snprintf(l->items[l->n].id, sizeof l->items[0].id, "%s", id);
	snprintf(l->items[l->n].title, sizeof l->items[0].title, "%s", title);
	l->n++;
	return PL_OK;
}

void pick_release(struct pick_list *l)
{
	free(l->items);
	memset(l, 0, sizeof *l);
}

/* The widest id, within reason, so titles line up. */
static int id_width(const struct pick_list *l)
{
	int w = 6;
	for (size_t i = 0; i < l->n; i++) {
		int iw = text_width(l->items[i].id, strlen(l->items[i].id));
		if (iw > w)
			w = iw;
	}
	return w > 24 ? 24 : w;
}

static void draw_pick(const char *label, const struct pick_list *l, const size_t *match,
                      size_t nm, size_t sel, const char *filter)
{
	int h = LINES - 4, w = COLS - 4, y0 = 2, iw = id_width(l);
	size_t first = sel >= (size_t)(h - 2) ? sel - (size_t)(h - 3) : 0;
	for (int y = 0; y < h; y++)
		draw_blank(y0 + y, 2, w, A_NORMAL);
	char head[128];
	snprintf(head, sizeof head, "%s  filter: %s_   (%zu)", label, filter, nm);
	draw_blank(y0, 2, w, style(S_HEADER));
	draw_str(y0, 3, w - 1, head, style(S_HEADER));
	for (int r = 1; r < h && first + (size_t)(r - 1) < nm; r++) {
		size_t i = first + (size_t)(r - 1);
		const struct pick_item *it = &l->items[match[i]];
		attr_t a = i == sel ? style(S_SELECTED) : A_NORMAL;
		draw_blank(y0 + r, 2, w, a);
		draw_str(y0 + r, 3, iw, it->id, a | A_BOLD);
		draw_str(y0 + r, 3 + iw + 1, w - iw - 3, it->title, a);
	}
	refresh();
}

long tui_pick(struct tui *t, const char *label, const struct pick_list *l)
{
	char filter[64] = "";
	size_t sel = 0, flen = 0;
	long chosen = -1;
	int typed = 0;
	size_t *match = calloc(l->n ? l->n : 1, sizeof *match);
	while (match) {
		size_t nm = 0;
		for (size_t i = 0; i < l->n; i++)
			if (tui_contains(l->items[i].id, filter) || tui_contains(l->items[i].title, filter))
				match[nm++] = i;
		/* "O1" typed selects O1 itself, not the first of O1, O10, O11... */
		for (size_t i = 0; typed && i < nm; i++)
			if (!strcasecmp(l->items[match[i]].id, filter))
				sel = i;
		typed = 0;
		if (sel >= nm)
			sel = nm ? nm - 1 : 0;
		tui_draw_all(t);
		if (!tui_too_small())
			draw_pick(label, l, match, nm, sel, filter);
		int k = tui_getkey();
		if (tui_interrupted() || k == 27)
			break;
		if (k == '\n' || k == '\r' || k == FK(KEY_ENTER)) {
			if (nm)
				chosen = (long)match[sel];
			break;
		}
		if (k == FK(KEY_DOWN))
			sel++;
		else if (k == FK(KEY_UP) && sel > 0)
			sel--;
		else if ((k == FK(KEY_BACKSPACE) || k == 127 || k == CTRL('h')) && flen > 0) {
			filter[--flen] = '\0';
			typed = 1;
		} else if (k >= 32 && k < 127 && flen + 1 < sizeof filter) {
			filter[flen++] = (char)k;
			filter[flen] = '\0';
			sel = 0;
			typed = 1;
		}
	}
	free(match);
	return chosen;
}
