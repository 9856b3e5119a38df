/*
 * store.h - the plenary database: one SQLite file.
 *
 * Contract: pl_store_open() checks at open that the file is a plenary
 * database of a schema this build knows (application_id, user_version),
 * creates it when asked, and refuses random files, other applications'
 * databases and newer schemas with a clear message. The connection runs in
 * WAL mode with a busy timeout; every write happens between pl_store_begin()
 * (BEGIN IMMEDIATE) and pl_store_commit(), so a failure or an interrupt
 * leaves the database as it was at the last commit. SQLite errors are mapped
 * to plenary statuses with messages a user can act on (pl_store_error()).
 * The schema is documented in README.md ("The database").
 */
#ifndef PLENARY_STORE_H
#define PLENARY_STORE_H

#include <sqlite3.h>
#include <stdint.h>

#include "plenary/error.h"
#include "plenary/segment.h"

#define PL_APPLICATION_ID 0x706c6e79   /* "plny" */
#define PL_SCHEMA_VERSION 1
/* Bytes of the file a connection maps: searches read index pages in place. */
#define PL_STORE_MMAP_SIZE "1073741824"

enum {
	PL_OPEN_READONLY = 1u << 0,   /* read commands: never write */
	PL_OPEN_CREATE   = 1u << 1    /* create the file and schema if missing */
};

struct pl_store;

int pl_store_open(const char *path, unsigned flags, struct pl_store **out, struct pl_err *err);
void pl_store_close(struct pl_store *s);

sqlite3 *pl_store_db(struct pl_store *s);
const char *pl_store_path(const struct pl_store *s);
void pl_store_set_busy_timeout(struct pl_store *s, int ms);

/* Maps the connection's last SQLite error (rc) to a status and message,
 * prefixed by `what` ("cannot add 'x.txt'"). */
int pl_store_error(struct pl_store *s, int rc, const char *what, struct pl_err *err);

/* Prepares a statement on the store's connection, reporting failures. */
int pl_store_prepare(struct pl_store *s, const char *sql, sqlite3_stmt **st, struct pl_err *err);

int pl_store_begin(struct pl_store *s, struct pl_err *err);     /* BEGIN IMMEDIATE */
int pl_store_commit(struct pl_store *s, struct pl_err *err);
void pl_store_rollback(struct pl_store *s);                     /* no-op outside a transaction */

/* The tokenizer's context, for folding query words (search.c). */
struct pl_tokenizer_ctx *pl_store_tokenizer(struct pl_store *s);

/* Maps the file into memory (on, the default: searches read index pages
 * in place) or not (off: a long write or a scan of every row goes through
 * SQLite's bounded page cache, so the process does not keep the whole file
 * resident). */
void pl_store_map(struct pl_store *s, int on);

/* How counts treat campaigns (form letters, see campaign.h): the view
 * counted_tags, which every count of categories reads, holds the tags in
 * force (passage_tags) of every passage, or with `once` only those of the
 * passages in passage_counted (one per campaign). Exports follow
 * pl_store_counts_once(). Fails on a database with no campaign tables. */
int pl_store_count_once(struct pl_store *s, int once, struct pl_err *err);
int pl_store_counts_once(const struct pl_store *s);

/* Re-reads the set of document languages, which query words are stemmed in. */
int pl_store_refresh_languages(struct pl_store *s, struct pl_err *err);

/* The current time as ISO 8601 UTC ("2026-11-27T08:34:58Z"), or the time
 * SOURCE_DATE_EPOCH says, for reproducible output. */
void pl_now_iso(char out[32]);

/* ---- writing documents (used by ingest, inside a transaction) ---- */

struct pl_doc_row {
	const char *path;          /* canonical path, escaped if not plain UTF-8 */
	const char *title;
	const char *format;        /* pl_doc_format_name() */
	const char *language;      /* canonical code */
	const char *encoding;      /* pl_encoding_name() of the input */
	const char *content_hash;  /* SHA-256 of the file's bytes */
	const char *notes;         /* what decoding did, or NULL */
	int64_t size, mtime;
};

/* Looks a document up by path: returns 1 and fills *id and hash[65] if it
 * exists, 0 if not, or a negative status. */
int pl_store_doc_find(struct pl_store *s, const char *path, int64_t *id, char hash[65],
                      struct pl_err *err);

/* Removes a document, its passages and their index entries. Analyst tags of
 * its passages are kept aside and re-attached by pl_store_doc_finish() to
 * new passages with the same text. */
int pl_store_doc_remove(struct pl_store *s, int64_t id, struct pl_err *err);

int pl_store_doc_add(struct pl_store *s, const struct pl_doc_row *row, int64_t *id,
                     struct pl_err *err);
int pl_store_doc_meta(struct pl_store *s, int64_t doc, const char *key, const char *value,
                      struct pl_err *err);
int pl_store_passage_add(struct pl_store *s, int64_t doc, const char *language,
                         const struct pl_passage *p, struct pl_err *err);
/* Records the document's counts and re-attaches kept analyst tags. */
int pl_store_doc_finish(struct pl_store *s, int64_t doc, int64_t passages, int64_t words,
                        struct pl_err *err);

#endif
