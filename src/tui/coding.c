/*
 * coding.c - the analyst's keys, which act on the current passage of any
 * view: + and - (a category picker, then the decision written at once),
 * m (mark an excerpt), x (export as Markdown), e (explain the tags).
 * After a write every view reloads, so the counts follow.
 */
#include "tui.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "plenary/browse.h"
#include "plenary/export.h"
#include "plenary/stats.h"
#include "plenary/tag.h"

int tui_contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return 1;
	return !n;
}

static int writable(struct tui *t)
{
	if (t->readonly)
		tui_message(t, 1, "the database is open read-only");
	return !t->readonly;
}

/* ---- the category picker (+ and -) ---------------------------------------- */

struct category {
	char id[32];
	char title[200];
};

struct pick {
	struct category *c;
	size_t n, cap;
	const char *only;   /* for "-": only these ids ("O1 O7") */
};

static int has_word(const char *list, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = list; (p = strstr(p, w)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
			return 1;
	return 0;
}

static int add_category(void *ctx, const struct pl_category_count *cc)
{
	struct pick *p = ctx;
	if (p->only && !has_word(p->only, cc->id))
		return 0;
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 64;
		struct category *c = realloc(p->c, cap * sizeof *c);
		if (!c)
			return PL_ENOMEM;
		p->c = c;
		p->cap = cap;
	}
	snprintf(p->c[p->n].id, sizeof p->c[p->n].id, "%s", cc->id);
	snprintf(p->c[p->n].title, sizeof p->c[p->n].title, "%s", cc->title);
	p->n++;
	return 0;
}

/* A modal list of categories filtered by what is typed (id or title);
 * copies the chosen id into out and returns 1, or 0 when cancelled. */
static int pick_category(struct tui *t, const char *label, const char *only, char out[32])
{
	struct pick p = { .only = only };
	if (pl_stats_categories(t->store, add_category, &p, &t->err)) {
		tui_message(t, 1, "%s", t->err.msg);
		free(p.c);
		return 0;
	}
	if (!p.n) {
		tui_message(t, 1, only ? "the passage has no tags" :
		            "no categories: run `plenary tag` first");
		free(p.c);
		return 0;
	}
	char filter[64] = "";
	size_t sel = 0, flen = 0;
	int chosen = 0, typed = 0;
	for (;;) {
		size_t *match = calloc(p.n, sizeof *match), nm = 0;
		if (!match)
			break;
		for (size_t i = 0; i < p.n; i++)
			if (tui_contains(p.c[i].id, filter) || tui_contains(p.c[i].title, filter))
				match[nm++] = i;
		/* "O1" typed selects O1 itself, not the first of O1, O10, O11... */
		for (size_t i = 0; typed && i < nm; i++)
			if (!strcasecmp(p.c[match[i]].id, filter))
				sel = i;
		typed = 0;
		if (sel >= nm)
			sel = nm ? nm - 1 : 0;
		tui_draw_all(t);
		if (!tui_too_small()) {
			int h = LINES - 4, w = COLS - 4, y0 = 2;
			size_t first = sel >= (size_t)(h - 2) ? sel - (size_t)(h - 3) : 0;
			for (int y = 0; y < h; y++)
				draw_blank(y0 + y, 2, w, A_NORMAL);
			char head[128];
			snprintf(head, sizeof head, "%s  filter: %s_   (%zu)", label, filter, nm);
			draw_blank(y0, 2, w, style(S_HEADER));
			draw_str(y0, 3, w - 1, head, style(S_HEADER));
			for (int r = 1; r < h && first + (size_t)(r - 1) < nm; r++) {
				size_t i = first + (size_t)(r - 1);
				struct category *c = &p.c[match[i]];
				attr_t a = i == sel ? style(S_SELECTED) : A_NORMAL;
				draw_blank(y0 + r, 2, w, a);
				int x = draw_str(y0 + r, 3, 6, c->id, a | A_BOLD);
				draw_str(y0 + r, 3 + (x < 6 ? 6 : x) + 1, w - 9, c->title, a);
			}
			refresh();
		}
		int k = tui_getkey();
		if (tui_interrupted() || k == 27) {
			free(match);
			break;
		}
		if (k == '\n' || k == '\r' || k == FK(KEY_ENTER)) {
			if (nm) {
				snprintf(out, 32, "%s", p.c[match[sel]].id);
				chosen = 1;
			}
			free(match);
			break;
		}
		free(match);
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
	free(p.c);
	return chosen;
}

struct tags_of {
	char tags[512];
};

static int copy_tags(void *ctx, const struct pl_passage_row *r)
{
	snprintf(((struct tags_of *)ctx)->tags, sizeof ((struct tags_of *)ctx)->tags, "%s", r->tags);
	return 0;
}

void coding_tag(struct tui *t, int64_t id, int add)
{
	struct tags_of cur = { "" };
	char cat[32];
	if (!writable(t))
		return;
	if (pl_browse_passage(t->store, id, copy_tags, &cur, &t->err)) {
		tui_message(t, 1, "%s", t->err.msg);
		return;
	}
	if (!pick_category(t, add ? "Add a category" : "Remove a category",
	                   add ? NULL : cur.tags, cat))
		return;
	if (pl_tag_decide(t->store, id, cat, add, NULL, &t->err)) {
		tui_message(t, 1, "%s", t->err.msg);
		return;
	}
	tui_message(t, 0, "%s %s %s passage %lld", add ? "added" : "removed", cat,
	            add ? "to" : "from", (long long)id);
	tui_reload(t);
}

int id_list_add(void *ctx, const struct pl_passage_row *r)
{
	struct id_list *m = ctx;
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 64;
		int64_t *ids = realloc(m->ids, cap * sizeof *ids);
		if (!ids)
			return PL_ENOMEM;
		m->ids = ids;
		m->cap = cap;
	}
	m->ids[m->n++] = r->id;
	return 0;
}

static int copy_marked(void *ctx, const struct pl_passage_row *r)
{
	*(int *)ctx = r->marked;
	return 0;
}

void coding_mark(struct tui *t, int64_t id)
{
	int marked = 0;
	int64_t n = 0;
	if (!writable(t))
		return;
	if (pl_browse_passage(t->store, id, copy_marked, &marked, &t->err) ||
	    pl_excerpt_set(t->store, id, !marked, &t->err) ||
	    pl_excerpt_count(t->store, &n, &t->err)) {
		tui_message(t, 1, "%s", t->err.msg);
		return;
	}
	tui_message(t, 0, "passage %lld %s (%lld marked)", (long long)id,
	            marked ? "unmarked" : "marked as an excerpt", (long long)n);
	tui_reload(t);
}

void coding_export(struct tui *t, struct view *v)
{
	struct id_list m = { 0 };
	const char *what = "marked excerpt(s)";
	if (pl_excerpt_list(t->store, id_list_add, &m, &t->err)) {
		tui_message(t, 1, "%s", t->err.msg);
		free(m.ids);
		return;
	}
	if (!m.n) {
		free(m.ids);
		m.ids = NULL;
		what = "listed passage(s)";
		if (!v->ops->list || v->ops->list(v, &m.ids, &m.n) || !m.n) {
			tui_message(t, 1, "nothing to export: mark passages with m, or open a list");
			free(m.ids);
			return;
		}
	}
	char path[512] = "excerpts.md";
	if (!tui_prompt(t, "Export to: ", path, sizeof path) || !path[0]) {
		tui_message(t, 0, "export cancelled");
		free(m.ids);
		return;
	}
	FILE *f = fopen(path, "w");
	if (!f) {
		tui_message(t, 1, "cannot write '%s': %s", path, strerror(errno));
		free(m.ids);
		return;
	}
	struct pl_export_opts o = { .format = PL_EXPORT_MD, .ids = m.ids, .nids = m.n };
	int rc = pl_export(t->store, &o, f, &t->err);
	if (fclose(f) && !rc)
		rc = pl_err_set(&t->err, PL_EIO, "cannot write '%s': %s", path, strerror(errno));
	if (rc)
		tui_message(t, 1, "%s", t->err.msg);
	else
		tui_message(t, 0, "exported %zu %s to %s", m.n, what, path);
	free(m.ids);
}

/* ---- explain ---------------------------------------------------------------- */

struct explain {
	struct pl_buf b;
	const char *text;
	size_t len;
};

static int explain_tag(void *ctx, const struct pl_tag_row *r)
{
	struct explain *e = ctx;
	if (!strcmp(r->source, "analyst"))
		pl_buf_addf(&e->b, "  %-6s analyst %s (%s)\n", r->category,
		            r->applied ? "added it" : "removed it", r->created_at);
	else
		pl_buf_addf(&e->b, "  %-6s lexicon, score %.2f (run %lld)\n", r->category, r->score,
		            (long long)r->run);
	return 0;
}

static int explain_span(void *ctx, const struct pl_span_row *sp)
{
	struct explain *e = ctx;
	if (sp->start < 0 || sp->end > (int64_t)e->len || sp->start > sp->end)
		return 0;
	pl_buf_addf(&e->b, "  %-6s %-8s \"", sp->category, sp->kind);
	pl_buf_add(&e->b, e->text + sp->start, (size_t)(sp->end - sp->start));
	pl_buf_addf(&e->b, "\" at %lld-%lld", (long long)sp->start, (long long)sp->end);
	if (!strcmp(sp->kind, "hit"))
		pl_buf_addf(&e->b, ", weight %g", sp->weight);
	pl_buf_adds(&e->b, "\n      pattern ");
	pl_buf_adds(&e->b, sp->pattern);
	pl_buf_adds(&e->b, "\n");
	return 0;
}

struct passage_copy {
	char *text, *tags;
	int64_t ordinal;
	char title[256];
};

static int copy_passage(void *ctx, const struct pl_passage_row *r)
{
	struct passage_copy *c = ctx;
	c->text = strdup(r->text);
	c->tags = strdup(r->tags);
	c->ordinal = r->ordinal;
	snprintf(c->title, sizeof c->title, "%s", r->title);
	return c->text && c->tags ? 0 : PL_ENOMEM;
}

void coding_explain(struct tui *t, int64_t id)
{
	struct passage_copy p = { 0 };
	struct explain e = { PL_BUF_INIT, NULL, 0 };
	int rc = pl_browse_passage(t->store, id, copy_passage, &p, &t->err);
	if (!rc) {
		e.text = p.text;
		e.len = strlen(p.text);
		pl_buf_addf(&e.b, "Passage %lld (%s, passage %lld)\n\nIn force: %s\n\nTag rows:\n",
		            (long long)id, p.title, (long long)p.ordinal, *p.tags ? p.tags : "(none)");
		rc = pl_tag_list(t->store, id, explain_tag, &e, &t->err);
	}
	if (!rc) {
		pl_buf_adds(&e.b, "\nLexicon spans (last tagging run):\n");
		rc = pl_browse_spans(t->store, id, explain_span, &e, &t->err);
		pl_buf_adds(&e.b, "\nText:\n");
		pl_buf_adds(&e.b, p.text);
	}
	if (rc) {
		tui_message(t, 1, "%s", t->err.msg);
	} else {
		char title[300];
		snprintf(title, sizeof title, "Explain: passage %lld", (long long)id);
		text_open(&t->views[V_TEXT], title, pl_buf_str(&e.b));
		tui_show(t, V_TEXT);
	}
	pl_buf_release(&e.b);
	free(p.text);
	free(p.tags);
}
