/*
 * search.h - ranked full-text search over passages, with filters.
 *
 * Contract: the query is FTS5 syntax (phrases, NEAR, prefix *, AND/OR/NOT,
 * parentheses) plus filters written as key:value words outside quotes:
 * tag:O20 (the passage's category), speaker:chair (speaker contains it),
 * lang:fr, and any document metadata key (country:MEX, exact, ASCII case
 * ignored). Words that FTS5 would misread (COVID-19, don't, @unhcr, 38.5)
 * are searched as phrases. Results come best first (bm25); snippets are
 * built only for the rows returned. A query FTS5 cannot parse fails with
 * PL_EQUERY and a message that says what is wrong, never an empty result.
 */
#ifndef PLENARY_SEARCH_H
#define PLENARY_SEARCH_H

#include <stdint.h>

#include "plenary/error.h"
#include "plenary/ingest.h"
#include "plenary/store.h"

/* Snippets mark matched words with these bytes; front ends render them. */
#define PL_HL_START '\x02'
#define PL_HL_END   '\x03'

struct pl_search_opts {
	const char *query;
	int literal;                  /* every word as written: no operators */
	int64_t limit;                /* 0: 20 */
	int64_t offset;
	const struct pl_kv *meta;     /* more document-metadata filters (AND) */
	size_t nmeta;
	const char *const *tags;      /* more category filters (AND) */
	size_t ntags;
	const char *speaker;          /* another speaker filter, or NULL */
	int snippet_words;            /* 0: 24; negative: the whole text, every match marked */
	int no_snippet;               /* hits carry no snippet (NULL): faster */
	int ids_only;                 /* hits carry rank, passage_id and score only */
};

struct pl_hit {
	int64_t rank;                 /* 1, 2, ... including the offset */
	int64_t passage_id, document_id, ordinal, span_start, span_end;
	const char *path, *title, *language;
	const char *speaker, *section;   /* NULL when none */
	double score;                 /* -bm25: higher is better; 0 without a query */
	const char *snippet;          /* with PL_HL_START/PL_HL_END, "…" at cuts */
	const char *text;
};

typedef int (*pl_hit_fn)(void *ctx, const struct pl_hit *hit);

/* Calls fn (if not NULL) for each result in order; a non-zero return from
 * fn stops the search and is returned. If total is not NULL it receives the number of
 * passages matching (all of them, not just the page shown). */
int pl_search(struct pl_store *s, const struct pl_search_opts *opts, pl_hit_fn fn, void *ctx,
              int64_t *total, struct pl_err *err);

/* One passage by id, as a hit without score or snippet: PL_OK and fn
 * called once, or PL_EUSAGE when there is no such passage. */
/* Reports ids[0..n) (an earlier ids_only search's, say) as hits of the
 * query, in that order, ranked from first_rank: a window of a long result
 * list, read without ranking it all again. Score is 0. */
int pl_search_window(struct pl_store *s, const struct pl_search_opts *o, const int64_t *ids,
                     size_t n, int64_t first_rank, pl_hit_fn fn, void *ctx, struct pl_err *err);

int pl_search_passage(struct pl_store *s, int64_t id, pl_hit_fn fn, void *ctx,
                      struct pl_err *err);

#endif
