/*
 * explain.c - the evidence behind a text's tags, gathered from one tagger
 * run, and the report people read (`plenary explain`, the TUI's e key).
 */
#include "plenary/explain.h"

#include <stdlib.h>
#include <string.h>

/* The exclusion span of category c that overlaps a suppressed hit. */
static const struct pl_span *excluder(const struct pl_lexicon *lx, const struct pl_tagging *t,
                                      int c, const struct pl_span *hit)
{
	for (size_t i = 0; i < t->nspans; i++) {
		const struct pl_span *sp = &t->spans[i];
		const struct pl_pattern *p = pl_lexicon_pattern(lx, (size_t)sp->pattern);
		if (p->kind == PL_PAT_EXCLUDE && p->category == c && sp->start < hit->end &&
		    hit->start < sp->end)
			return sp;
	}
	return NULL;
}

/* The first context span that meets category c's requirement. */
static const struct pl_span *context_span(const struct pl_lexicon *lx, const struct pl_tagging *t,
                                          int c, enum pl_context_mode mode)
{
	for (size_t i = 0; i < t->nspans; i++) {
		const struct pl_pattern *p = pl_lexicon_pattern(lx, (size_t)t->spans[i].pattern);
		if (p->kind == PL_PAT_CONTEXT &&
		    ((mode == PL_CTX_OWN && p->category == c) || (mode == PL_CTX_LEXICON && p->category < 0)))
			return &t->spans[i];
	}
	return NULL;
}

static int is_hit_of(const struct pl_lexicon *lx, const struct pl_span *sp, int c)
{
	const struct pl_pattern *p = pl_lexicon_pattern(lx, (size_t)sp->pattern);
	return p->kind == PL_PAT_HIT && p->category == c;
}

/* Fills one category's entry from the run; PL_OK or PL_ENOMEM. */
static int explain_category(const struct pl_lexicon *lx, const struct pl_tagging *t, int c,
                            struct pl_explain_category *e)
{
	memset(e, 0, sizeof *e);
	e->category = pl_lexicon_category(lx, (size_t)c);
	e->score = t->categories[c].score;
	e->tagged = t->categories[c].tagged;
	const struct pl_span *cs = e->category->context == PL_CTX_NONE ? NULL :
	                           context_span(lx, t, c, e->category->context);
	if (cs) {
		e->context = pl_lexicon_pattern(lx, (size_t)cs->pattern);
		e->ctx_start = cs->start;
		e->ctx_end = cs->end;
	}
	size_t n = 0;
	for (size_t i = 0; i < t->nspans; i++)
		n += is_hit_of(lx, &t->spans[i], c);
	if (n && !(e->hits = calloc(n, sizeof *e->hits)))
		return PL_ENOMEM;
	for (size_t i = 0; i < t->nspans; i++) {
		const struct pl_span *sp = &t->spans[i];
		if (!is_hit_of(lx, sp, c))
			continue;
		struct pl_explain_hit *h = &e->hits[e->nhits++];
		h->pattern = pl_lexicon_pattern(lx, (size_t)sp->pattern);
		h->start = sp->start;
		h->end = sp->end;
		h->suppressed = sp->suppressed;
		const struct pl_span *ex = sp->suppressed ? excluder(lx, t, c, sp) : NULL;
		if (ex) {
			h->exclusion = pl_lexicon_pattern(lx, (size_t)ex->pattern);
			h->ex_start = ex->start;
			h->ex_end = ex->end;
		}
	}
	return PL_OK;
}

int pl_explain(const struct pl_lexicon *lx, struct pl_tagger *tg, const char *text, size_t len,
               struct pl_explanation *out, struct pl_err *err)
{
	struct pl_tagging t = { 0 };
	int rc = pl_tagger_run(tg, text, len, &t, err);
	for (size_t c = 0; !rc && c < t.ncategories; c++) {
		int any = t.categories[c].tagged;
		for (size_t i = 0; i < t.nspans && !any; i++)
			any = is_hit_of(lx, &t.spans[i], (int)c);
		if (!any)
			continue;
		if (out->n == out->cap) {
			size_t cap = out->cap ? out->cap * 2 : 8;
			struct pl_explain_category *p = realloc(out->categories, cap * sizeof *p);
			if (!p) {
				rc = pl_err_set(err, PL_ENOMEM, "out of memory");
				break;
			}
			out->categories = p;
			out->cap = cap;
		}
		if (explain_category(lx, &t, (int)c, &out->categories[out->n]))
			rc = pl_err_set(err, PL_ENOMEM, "out of memory");
		else
			out->n++;
	}
	pl_tagging_release(&t);
	return rc;
}

void pl_explanation_release(struct pl_explanation *x)
{
	for (size_t i = 0; i < x->n; i++)
		free(x->categories[i].hits);
	free(x->categories);
	memset(x, 0, sizeof *x);
}

/* "the matched text" at 12-20 */
static void add_piece(struct pl_buf *b, const char *text, size_t start, size_t end,
                      pl_quote_fn quote, void *ctx)
{
	pl_buf_addc(b, '"');
	quote(ctx, b, text + start, end - start);
	pl_buf_addf(b, "\" at %zu-%zu", start, end);
}

void pl_explain_format(struct pl_buf *b, const struct pl_explanation *x, const char *text,
                       pl_quote_fn quote, void *ctx)
{
	for (size_t i = 0; i < x->n; i++) {
		const struct pl_explain_category *e = &x->categories[i];
		const struct pl_category *cat = e->category;
		pl_buf_addf(b, "%s  ", cat->id);
		quote(ctx, b, cat->title, strlen(cat->title));
		pl_buf_addf(b, "\n  %s: score %g %s threshold %g", e->tagged ? "TAGGED" : "not tagged",
		            e->score, e->score >= cat->threshold ? ">=" : "<", cat->threshold);
		if (cat->context == PL_CTX_NONE) {
			pl_buf_adds(b, "; needs no context\n");
		} else if (e->context) {
			pl_buf_adds(b, "; context ");
			add_piece(b, text, e->ctx_start, e->ctx_end, quote, ctx);
			pl_buf_addf(b, " (line %d)\n", e->context->line);
		} else {
			pl_buf_adds(b, "; NO CONTEXT: no context pattern matches this passage\n");
		}
		for (size_t h = 0; h < e->nhits; h++) {
			const struct pl_explain_hit *hit = &e->hits[h];
			pl_buf_addf(b, "    %s %-5g line %-4d ", hit->suppressed ? "x" : "+",
			            hit->pattern->weight, hit->pattern->line);
			add_piece(b, text, hit->start, hit->end, quote, ctx);
			pl_buf_adds(b, "  ");
			quote(ctx, b, hit->pattern->source, strlen(hit->pattern->source));
			if (hit->exclusion) {
				pl_buf_addf(b, "\n          suppressed by exclude line %d: ",
				            hit->exclusion->line);
				add_piece(b, text, hit->ex_start, hit->ex_end, quote, ctx);
			}
			pl_buf_addc(b, '\n');
		}
	}
}
