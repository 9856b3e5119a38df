/*
 * tagger.h - running a lexicon over text: spans, scores, tags.
 *
 * Contract: a pl_tagger holds the matching state for one lexicon (match
 * data, JIT stack, the prefilter's scratch space) and is used by one thread
 * at a time. pl_tagger_run() gives, for one text, every span any pattern
 * matched (hits, exclusions, context), which hits were suppressed by an
 * exclusion, each category's score and whether it is tagged, exactly as
 * lexicons/README.md ("Scoring") defines. The result is the same as running
 * every pattern on its own with PCRE2; a prefilter only decides which
 * patterns need running. A pattern that hits the match or heap limit on a
 * text is skipped for that text and counted (pl_tagger_limit_hits()); the
 * run goes on. Text must be valid UTF-8 (as everything ingest stores is).
 */
#ifndef PLENARY_TAGGER_H
#define PLENARY_TAGGER_H

#include <stddef.h>

#include "plenary/error.h"
#include "plenary/lexicon.h"

struct pl_span {
	size_t start, end;       /* byte offsets in the text */
	int pattern;             /* index in the lexicon's patterns */
	int suppressed;          /* a hit overlapped by an exclusion */
};

struct pl_category_result {
	double score;            /* sum of the weights of patterns with a live hit */
	int context_ok;          /* the context requirement is met (or there is none) */
	int tagged;              /* context_ok && score >= threshold && score > 0 */
};

struct pl_tagging {
	struct pl_span *spans;   /* ordered by pattern, then start */
	size_t nspans;
	struct pl_category_result *categories;   /* one per category, lexicon order */
	size_t ncategories;
	size_t cap;              /* internal */
};

struct pl_tagger;

int pl_tagger_new(const struct pl_lexicon *lx, struct pl_tagger **out, struct pl_err *err);

/* Where taggers keep their compiled prefilters between runs (NULL or "":
 * nowhere, the default). Set once, before any tagger is made. */
void pl_tagger_cache_dir(const char *dir);
void pl_tagger_free(struct pl_tagger *t);

/* Tags one text. `out` is reused from call to call (zero it before the
 * first call, free it with pl_tagging_release()). */
int pl_tagger_run(struct pl_tagger *t, const char *text, size_t len, struct pl_tagging *out,
                  struct pl_err *err);
void pl_tagging_release(struct pl_tagging *out);

/* How many times pattern i was skipped for hitting a limit, so far. */
size_t pl_tagger_limit_hits(const struct pl_tagger *t, size_t pattern);

#endif
