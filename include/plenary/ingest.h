/*
 * ingest.h - reading files and directories into the store.
 *
 * Contract: pl_ingest() walks the given paths (directories recurse, in name
 * order; hidden entries and symlinked directories are passed over), and gives
 * every file one verdict: ingested, replaced (its content changed), unchanged
 * (same path, same bytes: nothing is written), skipped (not a regular file,
 * binary, too large), failed (unreadable, invalid under --strict-utf8) or
 * companion (read with another file, as a ParlaMint table with its
 * transcript: formats.h).
 * Documents are written in batches, each one transaction; verdicts of a batch
 * are reported once it is committed, so a reported "ingested" is on disk. An
 * interrupt (opts->interrupted set, e.g. by SIGINT) rolls back the batch in
 * flight and returns PL_EINTR; earlier batches stay. A database error (disk
 * full, locked) stops the run with that error.
 */
#ifndef PLENARY_INGEST_H
#define PLENARY_INGEST_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "plenary/error.h"
#include "plenary/segment.h"
#include "plenary/store.h"
#include "plenary/text.h"

enum pl_verdict_kind {
	PL_V_INGESTED, PL_V_REPLACED, PL_V_UNCHANGED, PL_V_SKIPPED, PL_V_FAILED,
	PL_V_COMPANION   /* read with another file (a ParlaMint -meta.tsv): not a document */
};

struct pl_verdict {
	const char *path;          /* as found, escaped for display */
	enum pl_verdict_kind kind;
	int64_t passages;          /* ingested/replaced: passages written */
	const char *message;       /* why skipped/failed, or notes; may be "" */
};

struct pl_ingest_totals {
	int64_t files, ingested, replaced, unchanged, skipped, failed;
	int64_t passages, bytes;
	int64_t companions;
};

struct pl_ingest_opts {
	const char *language;            /* canonical code; NULL means "en" */
	enum pl_doc_format format;       /* PL_FMT_AUTO by default */
	const char *text_columns;        /* CSV/TSV: "a,b" (read_csv.h); NULL: guessed */
	const char *meta_columns;        /* CSV/TSV: "c,d"; NULL: all other columns */
	struct pl_decode_opts decode;
	size_t max_passage;              /* 0: PL_MAX_PASSAGE_DEFAULT */
	int64_t max_file_size;           /* 0: PL_MAX_FILE_SIZE_DEFAULT */
	const struct pl_kv *meta;        /* document metadata for every file */
	size_t nmeta;
	volatile sig_atomic_t *interrupted;   /* polled; may be NULL */
	void *ctx;                       /* passed to the callbacks */
	void (*verdict)(void *ctx, const struct pl_verdict *v);
	void (*progress)(void *ctx, const struct pl_ingest_totals *t, const char *path);
};

#define PL_MAX_FILE_SIZE_DEFAULT ((int64_t)256 << 20)

/* Returns PL_OK when every path was visited (file failures are counted in
 * totals, not returned), PL_EINTR when interrupted, or a database error. */
int pl_ingest(struct pl_store *s, const char *const *paths, size_t npaths,
              const struct pl_ingest_opts *opts, struct pl_ingest_totals *totals,
              struct pl_err *err);

#endif
