/*
 * stats.h - what is in the database: totals and counts by a key.
 *
 * Contract: counts come straight from the store. pl_stats_by() groups by
 * "language", "format", "speaker", or any metadata key (of documents, or of
 * passages for survey rows); documents without the key count under NULL
 * value, so the rows always add up to the totals.
 */
#ifndef PLENARY_STATS_H
#define PLENARY_STATS_H

#include <stdint.h>

#include "plenary/error.h"
#include "plenary/store.h"

struct pl_totals {
	int64_t documents, passages, words, bytes;
};

struct pl_count_row {
	const char *value;       /* NULL: documents that have no such key */
	int64_t documents, passages;
	int64_t words;           /* -1 where words are not counted (speaker) */
};

typedef int (*pl_count_fn)(void *ctx, const struct pl_count_row *row);

int pl_stats_totals(struct pl_store *s, struct pl_totals *t, struct pl_err *err);

/* Rows in descending order of passages, then by value. */
int pl_stats_by(struct pl_store *s, const char *key, pl_count_fn fn, void *ctx,
                struct pl_err *err);

struct pl_category_count {
	const char *id, *title, *lexicon;
	int64_t passages, documents;     /* with the tag in force */
	int64_t analyst_added, analyst_removed;
};

typedef int (*pl_category_fn)(void *ctx, const struct pl_category_count *c);

/* Every registered category, in lexicon order, with its counts. */
int pl_stats_categories(struct pl_store *s, pl_category_fn fn, void *ctx, struct pl_err *err);

/* The metadata keys present, each with the documents that have it. */
int pl_stats_keys(struct pl_store *s, pl_count_fn fn, void *ctx, struct pl_err *err);

#endif
