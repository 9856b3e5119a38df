/*
 * synthesis.h - what an analyst's report is built from: categories crossed
 * with a metadata key, co-occurrence of categories, coverage.
 *
 * Contract: a passage counts for a category when the tag is in force (the
 * view passage_tags: an analyst's decision wins over the lexicon's). The
 * value of a key for a passage is "speaker", "language" (its document's), or
 * a metadata value: the passage's own (passage_meta) wins over its
 * document's (document_meta). Totals are distinct counts, so a passage
 * tagged with two categories counts once in a column or grand total.
 */
#ifndef PLENARY_SYNTHESIS_H
#define PLENARY_SYNTHESIS_H

#include <stddef.h>
#include <stdint.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/store.h"

struct pl_crosstab {
	size_t nrows, ncols;       /* rows: categories in lexicon order (categories.sort_order); cols: values of the key, by descending passages, the "(none)" column (value NULL) last */
	char **row_ids, **row_titles, **row_lexicons;
	char **col_values;         /* NULL: passages whose document/passage has no such key */
	int64_t *passages, *documents;   /* nrows * ncols cells, row-major */
	int64_t *row_passages, *row_documents, *col_passages, *col_documents;
	int64_t total_passages, total_documents;   /* distinct tagged passages / documents */
};

/* Categories (of `lexicon`, or all when NULL) by the values of `key`. Every
 * category is a row, tagged or not; every value the key has on any passage
 * is a column, so a zero cell means "this value never raised it". Columns
 * whose values never raised anything come after the others, by value. */
int pl_crosstab(struct pl_store *s, const char *key, const char *lexicon /* NULL: all categories */, struct pl_crosstab *out, struct pl_err *err);
void pl_crosstab_release(struct pl_crosstab *x);

/* The number of distinct values (the NULL column aside) that raised row r. */
int64_t pl_crosstab_row_values(const struct pl_crosstab *x, size_t r);

/* Two categories in force on the same passages. */
struct pl_cooccur {
	const char *a, *b;           /* category ids, a first in lexicon order */
	int64_t both;                /* passages with both */
	int64_t a_passages, b_passages;
	double jaccard;              /* both / passages with either: frequency-corrected */
};

typedef int (*pl_cooccur_fn)(void *ctx, const struct pl_cooccur *c);

/* Every pair of categories (of `lexicon`, or all) found together on at
 * least `min` passages, by descending Jaccard index, then count. */
int pl_cooccur(struct pl_store *s, const char *lexicon, int64_t min, pl_cooccur_fn fn,
               void *ctx, struct pl_err *err);

/* A stem's use in the passages of a category against the rest. */
struct pl_key_term {
	char *term;                  /* the stem, as the index holds it */
	int64_t in, out;             /* occurrences in the category's passages, in the rest */
	int64_t in_passages;         /* the category's passages that have it */
	double g2;                   /* log-likelihood; negative when under-used */
};

struct pl_keyness {
	struct pl_key_term *terms;   /* by descending g2: over-used first, under-used last */
	size_t n;
	int64_t in_tokens, out_tokens;   /* the sizes of the two parts */
	int64_t in_passages;         /* passages of the category */
};

/* The stems most distinctive of the passages tagged `category`, by Dunning's
 * log-likelihood (G2) against all other passages. Left out as carrying no
 * topic: function words (English, French, Spanish), stems found in more than
 * half the passages, those of one character or all digits, and those found
 * fewer than twice in the category. PL_EUSAGE when the category is unknown or has no passages. */
int pl_keyness(struct pl_store *s, const char *category, struct pl_keyness *out,
               struct pl_err *err);
void pl_keyness_release(struct pl_keyness *k);

/* A word that the index stems to `stem` (the shortest, for people to read
 * "remitt" as "remittances"), into out; out stays empty when the stem is
 * the word itself. */
int pl_stem_word(struct pl_store *s, const char *stem, struct pl_buf *out, struct pl_err *err);

/* Keyword in context: every match of a search query (FTS5 syntax, stemmed,
 * the matched words found by FTS5 itself) or of a PCRE2 pattern (caseless,
 * UTF-8), with the text around it on one line. */
struct pl_kwic_opts {
	const char *query;           /* a search query, or NULL with regex */
	const char *regex;           /* a PCRE2 pattern */
	const char *const *tags;     /* only passages with every one of these categories */
	size_t ntags;
	int64_t limit;               /* lines; 0: 50 */
	int width;                   /* characters of context each side; 0: 40 */
};

struct pl_kwic_line {
	int64_t passage_id, ordinal;
	const char *title, *speaker;         /* speaker NULL when none */
	const char *left, *keyword, *right;  /* whitespace as single spaces, never a cut character */
};

typedef int (*pl_kwic_fn)(void *ctx, const struct pl_kwic_line *l);

/* Query matches come best passage first (bm25), regex ones in document
 * order. PL_EQUERY for a malformed query or pattern. */
int pl_kwic(struct pl_store *s, const struct pl_kwic_opts *o, pl_kwic_fn fn, void *ctx,
            struct pl_err *err);

#endif
