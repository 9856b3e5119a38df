/*
 * eval.h - measuring a lexicon: its own examples, and hand-coded passages.
 *
 * Contract: pl_eval_examples() runs every `example` and `counter` line of a
 * lexicon and reports each that does not get (or does get) its category.
 * pl_eval_gold() tags every passage of a gold file (one per line: the ids,
 * comma-separated, a TAB, the text; see ../shared/CODING-RULES.md) and
 * computes precision, recall and F1 per category, micro- and macro-
 * averaged, reporting each passage whose predicted ids differ from the gold
 * ones. Ids in the gold file that none of the lexicons has are ignored with
 * a warning, so a gold file can be used with a subset of the lexicons.
 */
#ifndef PLENARY_EVAL_H
#define PLENARY_EVAL_H

#include <stdint.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/lexicon.h"

struct pl_example_failure {
	const struct pl_lexicon *lexicon;
	const struct pl_category *category;
	const struct pl_example *example;
	double score;
	int context_ok;
};

/* Calls fn for each failing example; returns the number of failures (>= 0)
 * or a negative status. `total` receives the number of examples. */
int pl_eval_examples(struct pl_lexicon *const *lx, size_t n,
                     void (*fn)(void *ctx, const struct pl_example_failure *f), void *ctx,
                     int64_t *total, struct pl_err *err);

struct pl_eval_category {
	const char *id;
	int64_t gold, predicted, correct;
	double precision, recall, f1;
};

struct pl_eval_result {
	struct pl_eval_category *categories;   /* lexicon order */
	size_t ncategories;
	int64_t passages, exact;               /* passages, and those entirely right */
	double micro_p, micro_r, micro_f1;
	double macro_p, macro_r, macro_f1;     /* over categories with gold or predicted */
};

struct pl_eval_miss {
	int64_t line;
	const char *text, *gold, *predicted;   /* ids comma-separated */
};

int pl_eval_gold(struct pl_lexicon *const *lx, size_t n, const char *path,
                 void (*miss)(void *ctx, const struct pl_eval_miss *m), void *ctx,
                 struct pl_eval_result *out, struct pl_buf *warnings, struct pl_err *err);
void pl_eval_release(struct pl_eval_result *r);

#endif
