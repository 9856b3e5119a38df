/*
 * synthesis_internal.h - what synthesis.c shares with keyness.c: running
 * the counting statements, and small growing arrays. Not a public API.
 */
#ifndef PLENARY_SYNTHESIS_INTERNAL_H
#define PLENARY_SYNTHESIS_INTERNAL_H

#include <sqlite3.h>
#include <stddef.h>

#include "plenary/error.h"
#include "plenary/store.h"

typedef int (*synth_row_fn)(void *ctx, sqlite3_stmt *st);

/* Runs `sql` with ?1 = key, ?2 = lexicon and ?3 = category (those it has),
 * calling fn for each row; fn's non-zero return stops and is returned. */
int synth_each(struct pl_store *s, const char *sql, const char *key, const char *lexicon,
               const char *category, synth_row_fn fn, void *ctx, struct pl_err *err);

/* The same with `select` after the common table expression `tagged(pid,
 * cat, ord, doc, val)`: one row per passage and category in force (of the
 * lexicon, or all when NULL), with its document and value of `key`. Every
 * count of synthesis starts there. */
int synth_each_tagged(struct pl_store *s, const char *key, const char *lexicon,
                      const char *category, const char *select, synth_row_fn fn, void *ctx,
                      struct pl_err *err);

/* Names to indexes: a sorted copy searched with bsearch (NULL sorts first). */
struct synth_name_ix {
	const char *name;
	size_t i;
};
struct synth_name_ix *synth_index_names(char **names, size_t n);   /* NULL: no memory */
long synth_find_name(const struct synth_name_ix *ix, size_t n, const char *name);   /* -1: none */

/* A copy of column i (NULL stays NULL); *oom set when out of memory. */
char *synth_dup_col(sqlite3_stmt *st, int i, int *oom);

/* Makes room for element n in each of k parallel arrays (sizes[] bytes an
 * element, *cap elements now): PL_OK or PL_ENOMEM. */
int synth_grow(void *arrays[], const size_t sizes[], size_t k, size_t n, size_t *cap);

#endif
