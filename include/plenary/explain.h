/*
 * explain.h - why a text gets (or lacks) each category of a lexicon.
 *
 * Contract: pl_explain() runs a lexicon's tagger on one text and appends,
 * for every category with a hit (live or suppressed), the score against
 * the threshold, the context pattern found (or that none was), and each
 * hit with its pattern and the exclusion that suppressed it, if one did.
 * Pointers into the lexicon stay valid while the lexicon lives; offsets are
 * bytes of the text. pl_explain_format() writes the report that `plenary
 * explain` and the TUI show; every piece of the text, every title and
 * pattern goes through the caller's quote function (escaping for a
 * terminal, or none for a pipe).
 */
#ifndef PLENARY_EXPLAIN_H
#define PLENARY_EXPLAIN_H

#include <stddef.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/lexicon.h"
#include "plenary/tagger.h"

struct pl_explain_hit {
	const struct pl_pattern *pattern;     /* its source, weight and line */
	size_t start, end;
	int suppressed;
	const struct pl_pattern *exclusion;   /* what suppressed it, or NULL */
	size_t ex_start, ex_end;
};

struct pl_explain_category {
	const struct pl_category *category;   /* id, title, threshold, context mode */
	double score;
	int tagged;
	const struct pl_pattern *context;     /* the context that matched, or NULL */
	size_t ctx_start, ctx_end;
	struct pl_explain_hit *hits;
	size_t nhits;
};

struct pl_explanation {
	struct pl_explain_category *categories;
	size_t n, cap;
};

/* Appends the categories of `lx` that text[0..len) has a hit of; tg is a
 * tagger of that lexicon (building one is the slow part: keep it). */
int pl_explain(const struct pl_lexicon *lx, struct pl_tagger *tg, const char *text, size_t len,
               struct pl_explanation *out, struct pl_err *err);
void pl_explanation_release(struct pl_explanation *x);

/* Appends s[0..n), made fit for where the report goes. */
typedef void (*pl_quote_fn)(void *ctx, struct pl_buf *b, const char *s, size_t n);

/* The report: per category, "TAGGED: score 3 >= threshold 1", the
 * context, then a line per hit (+ live, x suppressed) with weight, line,
 * the matched text and the pattern. */
void pl_explain_format(struct pl_buf *b, const struct pl_explanation *x, const char *text,
                       pl_quote_fn quote, void *ctx);

#endif
