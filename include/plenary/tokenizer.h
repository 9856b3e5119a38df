/*
 * tokenizer.h - the `snowball` FTS5 tokenizer and language names.
 *
 * The tokenizer wraps FTS5's `unicode61` (case folded) and stems every
 * token with libstemmer in the language of the text, the way FTS5's own
 * `porter` wraps `unicode61`, then folds the stem's diacritics: the stemmer
 * needs the accents (French "terminée" ~ "terminer"), and a query without
 * them still finds a word whose stem is the same without them ("seance").
 * Tokens over 64 bytes are not stemmed. The index holds stems only, so a prefix query (`emigra*`) alone
 * would miss "emigration" (indexed as "emigr"): every word whose stem
 * differs from it is collected (pl_tokenizer_drain_vocabulary()) into the
 * store's vocabulary table, where search looks up the stems of the words a
 * prefix begins, and asks for them too, marked with PL_STEM_MARK so that
 * they are matched as they are instead of being stemmed again.
 *
 * The language travels with the text: text to index starts with a marker,
 * "\x01" LANG "\x01" (pl_lang_marker()), which the store's content view adds,
 * so that FTS5 can re-tokenise any row (rebuild, delete, snippets) on its own.
 * Query text has no marker: each query word is stemmed in every language set
 * with pl_tokenizer_set_query_langs(), the stems matched as alternatives, so a
 * query finds its matches in every language of the database.
 */
#ifndef PLENARY_TOKENIZER_H
#define PLENARY_TOKENIZER_H

#include <sqlite3.h>

#include "plenary/buf.h"
#include "plenary/error.h"

#define PL_LANG_MAX 8   /* bytes in a language code, with its NUL */

struct pl_tokenizer_ctx;   /* per connection; owned by the caller */

/* Registers the `snowball` tokenizer on `db`. *ctx receives the context to
 * pass to pl_tokenizer_set_query_langs() and to free with
 * pl_tokenizer_ctx_free() after the connection is closed. */
int pl_tokenizer_register(sqlite3 *db, struct pl_tokenizer_ctx **ctx, struct pl_err *err);
void pl_tokenizer_ctx_free(struct pl_tokenizer_ctx *ctx);

/* Sets the languages query words are stemmed in: codes separated by commas
 * ("en,fr"). An empty list means "en". */
int pl_tokenizer_set_query_langs(struct pl_tokenizer_ctx *ctx, const char *codes);

/* Canonical code for a language name or code: "en", "english", "eng" and
 * "EN" all give "en". Codes of languages without a Snowball stemmer (e.g.
 * "zh") are accepted as they are and indexed unstemmed; *stemmed tells which.
 * Returns PL_OK or PL_ELANG for a string that is not a language name/code. */
int pl_lang_canonical(const char *name, char out[PL_LANG_MAX], int *stemmed,
                      struct pl_err *err);

/* The languages with a stemmer, as "en (english), fr (french), ...". */
const char *pl_lang_list(void);

/* First byte of a query string that is a stem, not a word to stem. */
#define PL_STEM_MARK '\x05'

/* Hands each (word, stem) pair collected since the last call to fn (which
 * stores them), then forgets them. With fn NULL they are dropped (their
 * transaction rolled back) and will be collected again when next seen. */
typedef int (*pl_vocabulary_fn)(void *arg, const char *word, const char *stem);
int pl_tokenizer_drain_vocabulary(struct pl_tokenizer_ctx *ctx, pl_vocabulary_fn fn, void *arg);

/* Folds text as the index does (case, diacritics), words separated by one
 * space, into out. */
int pl_tokenizer_fold(struct pl_tokenizer_ctx *ctx, const char *s, size_t n, struct pl_buf *out);

#endif
