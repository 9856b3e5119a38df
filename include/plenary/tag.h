/*
 * tag.h - tagging the database with lexicons, and the analyst's decisions.
 *
 * Contract: pl_tag_all() runs one or more lexicons over every passage in
 * one transaction: it records a tagging run per lexicon (path, id, version,
 * content hash, start and end time, counts), replaces the previous lexicon
 * tags of those lexicons' categories with the new ones (each with its
 * score and the spans and patterns that produced it), and never touches an
 * analyst's rows. Either the whole run lands or nothing does.
 * pl_tag_decide() records an analyst's decision on one passage, which wins
 * over the lexicon in the passage_tags view that every count reads.
 */
#ifndef PLENARY_TAG_H
#define PLENARY_TAG_H

#include <signal.h>
#include <stdint.h>

#include "plenary/error.h"
#include "plenary/lexicon.h"
#include "plenary/store.h"

struct pl_tag_opts {
	struct pl_lexicon *const *lexicons;
	size_t nlexicons;
	volatile sig_atomic_t *interrupted;   /* polled; the run rolls back */
	void *ctx;
	void (*progress)(void *ctx, int64_t done, int64_t total);
	/* A pattern skipped on some passages for hitting the match limit. */
	void (*warning)(void *ctx, const struct pl_lexicon *lx, const struct pl_pattern *p,
	                size_t passages);
};

struct pl_tag_summary {
	int64_t passages, tags, spans, limit_hits;
};

int pl_tag_all(struct pl_store *s, const struct pl_tag_opts *opts, struct pl_tag_summary *out,
               struct pl_err *err);

/* Records the categories of the lexicons (ids, titles, order), so counts
 * and analyst decisions can name them before any run. */
int pl_tag_register(struct pl_store *s, struct pl_lexicon *const *lexicons, size_t n,
                    struct pl_err *err);

/* The analyst adds (applied = 1) or removes (applied = 0) a category on a
 * passage. The category must be registered; the passage must exist. */
int pl_tag_decide(struct pl_store *s, int64_t passage, const char *category, int applied,
                  const char *note, struct pl_err *err);

struct pl_tag_row {
	const char *category, *source;   /* source: "lexicon" or "analyst" */
	int applied;                     /* analyst: 0 = removed */
	double score;                    /* lexicon: the score; else 0 */
	int64_t run;                     /* lexicon: the tagging run; else 0 */
	const char *created_at, *note;
};

/* Every tag row of a passage (lexicon and analyst), by category. */
int pl_tag_list(struct pl_store *s, int64_t passage,
                int (*fn)(void *ctx, const struct pl_tag_row *row), void *ctx,
                struct pl_err *err);

#endif
