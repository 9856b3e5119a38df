/*
 * hs_cache.h - the tagger's compiled prefilter, kept on disk between runs.
 *
 * Compiling the shipped lexicons' ~500 patterns into one Hyperscan database
 * takes seconds; scanning a corpus with it takes less. A file named by a
 * digest of everything the compile depends on (the rewritten patterns, the
 * Hyperscan version, the CPU's features) holds the serialised database and
 * which patterns were left out of it. The cache is only ever a shortcut: a
 * missing, unreadable or damaged file means compiling again, and a failure
 * to write one is not an error.
 */
#ifndef PLENARY_HS_CACHE_H
#define PLENARY_HS_CACHE_H

#include <hs.h>
#include <stddef.h>

/* The cache directory set with pl_tagger_cache_dir(), or NULL. */
const char *pl_hs_cache_dir(void);

/* The digest naming the database compiled from exprs[i] (NULL: pattern i
 * is left out) with `flags`. */
void pl_hs_cache_key(const char *const *exprs, size_t n, unsigned flags, char key[65]);

/* The cached database for key, with left_out[0..n) as it was saved; NULL
 * when there is none usable. */
hs_database_t *pl_hs_cache_load(const char *key, unsigned char *left_out, size_t n);

/* Saves db and left_out[0..n) under key, atomically; silently gives up. */
void pl_hs_cache_save(const char *key, const hs_database_t *db, const unsigned char *left_out,
                      size_t n);

#endif
