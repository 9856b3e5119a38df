/*
 * coding.c - the analyst's keys, which act on the current passage of any
 * view: + and - (a category picker, then the decision written at once),
 * m (mark an excerpt), x (export as Markdown), e (explain the tags: the
 * lexicons, loaded on the first e, run again on the passage).
 * After a write every view reloads, so the counts follow.
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "plenary/browse.h"
#include "plenary/dictionary.h"
#include "plenary/explain.h"
#include "plenary/export.h"
#include "plenary/stats.h"
#include "plenary/tag.h"
#include "plenary/tagger.h"
#include "plenary/text.h"

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

struct pick {
	struct pick_list l;
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
	return pick_add(&p->l, cc->id, cc->title);
}

/* Copies the chosen category's id into out and returns 1, or 0 when cancelled. */
static int pick_category(struct tui *t, const char *label, const char *only, char out[64])
{
	struct pick p = { .only = only };
	long i = -1;
	if (pl_stats_categories(t->store, add_category, &p, &t->err))
		tui_message(t, 1, "%s", t->err.msg);
	else if (!p.l.n)
		tui_message(t, 1, only ? "the passage has no tags" :
		            "no categories: run `plenary tag` first");
	else if ((i = tui_pick(t, label, &p.l)) >= 0)
		snprintf(out, 64, "%s", p.l.items[i].id);
	pick_release(&p.l);
	return i >= 0;
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
	char cat[64];
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
	struct pl_export_opts o = { .format = PL_EXPORT_MD, .ids = m.ids, .nids = m.n };
	char tmp[sizeof path + 16];
	if (pl_export_file(t->store, &o, path, tmp, sizeof tmp, &t->err))
		tui_message(t, 1, "%s", t->err.msg);
	else
		tui_message(t, 0, "exported %zu %s to %s", m.n, what, path);
	free(m.ids);
}

/* ---- explain ---------------------------------------------------------------- */

static int explain_tag(void *ctx, const struct pl_tag_row *r)
{
	struct pl_buf *b = ctx;
	if (!strcmp(r->source, "analyst"))
		pl_buf_addf(b, "  %-6s analyst %s (%s)\n", r->category,
		            r->applied ? "added it" : "removed it", r->created_at);
	else
		pl_buf_addf(b, "  %-6s lexicon, score %.2f (run %lld)\n", r->category, r->score,
		            (long long)r->run);
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

void coding_release(struct tui *t)
{
	for (size_t i = 0; i < t->nlexicons; i++) {
		pl_tagger_free(t->taggers[i]);
		pl_lexicon_free(t->lexicons[i]);
	}
	free(t->taggers);
	free(t->lexicons);
	t->taggers = NULL;
	t->lexicons = NULL;
	t->nlexicons = 0;
}

/* Loads the lexicons and builds their taggers, once; a status line says
 * so, since it takes seconds. 0, or -1 with the reason in the status line. */
static int load_lexicons(struct tui *t)
{
	if (t->nlexicons)
		return 0;
	if (!t->nlexicon_paths) {
		tui_message(t, 1, "no lexicon to explain with: start `plenary tui --lexicon FILE`,"
		            " or set PLENARY_LEXICONS to the shipped lexicons' directory");
		return -1;
	}
	tui_message(t, 0, "loading lexicon…");
	tui_draw_all(t);
	size_t n = t->nlexicon_paths;
	t->lexicons = calloc(n, sizeof *t->lexicons);
	t->taggers = calloc(n, sizeof *t->taggers);
	int rc = t->lexicons && t->taggers ? PL_OK : pl_err_set(&t->err, PL_ENOMEM, "out of memory");
	struct pl_buf diag = PL_BUF_INIT;
	for (size_t i = 0; !rc && i < n; i++) {
		rc = pl_dict_load_lexicon(t->lexicon_paths[i], &t->lexicons[i], &diag, &t->err);
		if (!rc && (rc = pl_tagger_new(t->lexicons[i], &t->taggers[i], &t->err)))
			pl_lexicon_free(t->lexicons[i]);
		if (!rc)
			t->nlexicons++;
	}
	if (rc) {
		/* The first diagnostic names the file, line and column. */
		const char *d = pl_buf_str(&diag);
		tui_message(t, 1, "%.*s", (int)strcspn(d, "\n"), *d ? d : t->err.msg);
		coding_release(t);
	}
	pl_buf_release(&diag);
	return rc ? -1 : 0;
}

/* Pieces of the passage in the report: shown escaped, on one line. */
static void quote(void *ctx, struct pl_buf *b, const char *s, size_t n)
{
	(void)ctx;
	pl_text_escape(b, s, n, PL_ESC_NEWLINE | PL_ESC_TAB);
}

/* The lexicons run again on the passage: per category, the score against
 * the threshold, the context, each pattern that matched. */
static int explain_lexicons(struct tui *t, const char *text, struct pl_buf *b)
{
	struct pl_explanation x = { 0 };
	int rc = 0;
	for (size_t i = 0; !rc && i < t->nlexicons; i++)
		rc = pl_explain(t->lexicons[i], t->taggers[i], text, strlen(text), &x, &t->err);
	if (!rc && !x.n)
		pl_buf_adds(b, "  no pattern matches this passage\n");
	if (!rc)
		pl_explain_format(b, &x, text, quote, NULL);
	pl_explanation_release(&x);
	return rc;
}

void coding_explain(struct tui *t, int64_t id)
{
	struct passage_copy p = { 0 };
	struct pl_buf b = PL_BUF_INIT;
	if (load_lexicons(t))
		return;
	t->msg[0] = '\0';
	int rc = pl_browse_passage(t->store, id, copy_passage, &p, &t->err);
	if (!rc) {
		pl_buf_addf(&b, "Passage %lld (%s, passage %lld)\n\nIn force: %s\n\n",
		            (long long)id, p.title, (long long)p.ordinal, *p.tags ? p.tags : "(none)");
		pl_buf_adds(&b, "The lexicon run again on it (+ hit, x hit suppressed):\n");
		rc = explain_lexicons(t, p.text, &b);
	}
	if (!rc) {
		pl_buf_adds(&b, "\nTag rows:\n");
		rc = pl_tag_list(t->store, id, explain_tag, &b, &t->err);
		pl_buf_adds(&b, "\nText:\n");
		pl_buf_adds(&b, p.text);
	}
	if (rc) {
		tui_message(t, 1, "%s", t->err.msg);
	} else {
		char title[300];
		snprintf(title, sizeof title, "Explain: passage %lld", (long long)id);
		text_open(&t->views[V_TEXT], title, pl_buf_str(&b));
		tui_show(t, V_TEXT);
	}
	pl_buf_release(&b);
	free(p.text);
	free(p.tags);
}
