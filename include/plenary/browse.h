/*
 * browse.h - what a browsing front end (the TUI) reads and writes besides
 * search: documents with their metadata, a document's passages by ordinal,
 * a category's passages, the lexicon hits stored for a passage, the
 * analyst's excerpts (export.h writes them out).
 *
 * Contract: every list is read a window at a time (offset, limit), so a
 * front end never loads a whole database. Strings handed to callbacks live
 * only for the duration of the call; a negative limit means no limit. Passage rows carry the passage's tags
 * in force (the passage_tags view) as "O1 O20", and whether it is marked.
 */
#ifndef PLENARY_BROWSE_H
#define PLENARY_BROWSE_H

#include <stdint.h>

#include "plenary/error.h"
#include "plenary/store.h"

struct pl_doc_info {
	int64_t id, passages, words;
	const char *path, *title, *language, *format;
	const char *meta;        /* "country=MEX, year=2019", or "" */
};

struct pl_passage_row {
	int64_t id, document_id, ordinal;
	const char *title;       /* the document's */
	const char *speaker;     /* NULL when none */
	const char *text;
	const char *tags;        /* "O1 O20", or "" */
	int marked;              /* in the excerpts table */
};

struct pl_span_row {
	int64_t start, end;      /* byte offsets in the passage text */
	const char *category, *kind, *pattern;   /* kind: hit, excluded, context */
	double weight;
};

typedef int (*pl_doc_fn)(void *ctx, const struct pl_doc_info *d);
typedef int (*pl_passage_fn)(void *ctx, const struct pl_passage_row *p);
typedef int (*pl_span_fn)(void *ctx, const struct pl_span_row *sp);

int pl_browse_doc_count(struct pl_store *s, int64_t *n, struct pl_err *err);
/* One document by id: PL_EUSAGE when there is none. */
int pl_browse_doc(struct pl_store *s, int64_t id, pl_doc_fn fn, void *ctx, struct pl_err *err);
/* Documents ordered by id. */
int pl_browse_docs(struct pl_store *s, int64_t offset, int64_t limit, pl_doc_fn fn, void *ctx,
                   struct pl_err *err);

/* Passages of a document with ordinals from..from+limit-1 (ordinals start at 1). */
int pl_browse_doc_passages(struct pl_store *s, int64_t doc, int64_t from, int64_t limit,
                           pl_passage_fn fn, void *ctx, struct pl_err *err);

/* Passages with a category in force, by document then ordinal. */
int pl_browse_category_count(struct pl_store *s, const char *category, int64_t *n,
                             struct pl_err *err);
int pl_browse_category(struct pl_store *s, const char *category, int64_t offset, int64_t limit,
                       pl_passage_fn fn, void *ctx, struct pl_err *err);

/* One passage by id: PL_EUSAGE when there is none. */
int pl_browse_passage(struct pl_store *s, int64_t id, pl_passage_fn fn, void *ctx,
                      struct pl_err *err);

/* The lexicon spans stored for a passage by the last tagging runs, by start. */
int pl_browse_spans(struct pl_store *s, int64_t passage, pl_span_fn fn, void *ctx,
                    struct pl_err *err);

/* Marks (on = 1) or unmarks a passage as an excerpt. */
int pl_excerpt_set(struct pl_store *s, int64_t passage, int on, struct pl_err *err);
int pl_excerpt_count(struct pl_store *s, int64_t *n, struct pl_err *err);
/* The marked passages, by document then ordinal. */
int pl_excerpt_list(struct pl_store *s, pl_passage_fn fn, void *ctx, struct pl_err *err);

#endif
