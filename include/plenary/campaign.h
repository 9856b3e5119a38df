/*
 * campaign.h - form letters: the same text sent by many respondents.
 *
 * Contract: pl_campaigns_detect() groups the passages of the whole database
 * whose words are the same (case, punctuation and spacing aside: "exact")
 * or nearly the same (estimated Jaccard similarity of their 3-word shingles
 * at least opts->threshold, by MinHash with locality-sensitive hashing:
 * "near"), and replaces the tables `campaigns` and `campaign_members` with
 * the groups, in one transaction. Passages shorter than opts->min_words are
 * left out, so that "Thank you, Mr. President." is no campaign. Each group's
 * representative is its earliest passage (lowest id): counting a campaign
 * once means counting its representative only (view `passage_counted`).
 */
#ifndef PLENARY_CAMPAIGN_H
#define PLENARY_CAMPAIGN_H

#include <stdint.h>

#include "plenary/error.h"
#include "plenary/store.h"

struct pl_campaign_opts {
	double threshold;      /* 0: PL_CAMPAIGN_THRESHOLD */
	unsigned min_words;    /* 0: PL_CAMPAIGN_MIN_WORDS */
};

#define PL_CAMPAIGN_THRESHOLD 0.6
#define PL_CAMPAIGN_MIN_WORDS 8

struct pl_campaign_totals {
	int64_t campaigns, members;      /* groups, and passages in them */
	int64_t passages_scanned;
};

int pl_campaigns_detect(struct pl_store *s, const struct pl_campaign_opts *opts,
                        struct pl_campaign_totals *t, struct pl_err *err);

struct pl_campaign {
	int64_t id, size, documents;
	int64_t representative;          /* passage id */
	const char *kind;                /* "exact": every member has the same words */
	const char *text;                /* the representative's text */
	const char *title;               /* its document's title */
};

typedef int (*pl_campaign_fn)(void *ctx, const struct pl_campaign *c);

/* Groups of at least min_size passages, largest first. Returns PL_OK (no
 * rows) on a database where detection never ran. */
int pl_campaigns_list(struct pl_store *s, int64_t min_size, pl_campaign_fn fn, void *ctx,
                      struct pl_err *err);

#endif
