/*
 * export.h - reports and data files from the database: Markdown and HTML
 * reports, CSV and JSON Lines, and REFI-QDA projects (.qdpx) for other
 * qualitative data analysis tools.
 *
 * Contract: pl_export() selects passages (a search query and metadata
 * filters through the search module, the analyst's marked excerpts, the
 * categories asked for, or an explicit list of passage ids), optionally
 * picks N representative excerpts per category, and writes them to a FILE
 * in one format. The tags are the ones in force (the passage_tags view, an
 * analyst's decision winning); every report states the tagging runs behind
 * them and the selection, so each number can be reproduced. Document text
 * is escaped for the format: Markdown punctuation and HTML markup made
 * literal, CSV cells that a spreadsheet would evaluate neutralised, JSON
 * strings escaped. A .qdpx is a zip (written with libzip) of project.qde,
 * the coding in REFI-QDA's XML, and sources/GUID.txt, the plain text of
 * each document with a selected passage; see export_qdpx.c for how that
 * text is rebuilt from the passages. A write error on the FILE is PL_EIO;
 * the caller owns the FILE and its atomic replacement. The selection lives in TEMP tables
 * of the connection for the duration of the call, so a read-only database
 * can be exported.
 */
#ifndef PLENARY_EXPORT_H
#define PLENARY_EXPORT_H

#include <stdint.h>
#include <stdio.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/ingest.h"
#include "plenary/store.h"

enum pl_export_format { PL_EXPORT_MD, PL_EXPORT_HTML, PL_EXPORT_CSV, PL_EXPORT_JSONL,
                        PL_EXPORT_QDPX };

struct pl_export_opts {
	enum pl_export_format format;
	const char *const *tags;      /* the categories to report; none: every one */
	size_t ntags;
	const char *query;            /* search query (search.h syntax), or NULL */
	const struct pl_kv *meta;     /* metadata filters (AND) */
	size_t nmeta;
	int excerpts;                 /* only the analyst's marked excerpts */
	const int64_t *ids;           /* an explicit list of passages, in this order: */
	size_t nids;                  /* a flat Markdown list (the TUI's export) */
	int64_t per_category;         /* N representative excerpts per category; 0: all */
	int wide;                     /* CSV: one row per passage, a 0/1 column per category */
	const char *by;               /* crosstab of categories by this metadata key, or NULL */
	const char *version;          /* plenary's version, for the header */
};

/* Parses "md", "markdown", "html", "csv", "jsonl", "qdpx"; PL_OK or PL_EUSAGE. */
int pl_export_format_parse(const char *name, enum pl_export_format *out, struct pl_err *err);

int pl_export(struct pl_store *s, const struct pl_export_opts *opts, FILE *f,
              struct pl_err *err);

/* pl_export() into the file at path, whole or not at all: written to a
 * temporary file beside it, flushed to disk, then renamed over it, so path
 * is either as it was or the complete export. tmp (tmp_size bytes) holds the
 * temporary file's name while it exists and "" otherwise, for a signal
 * handler to remove it. */
int pl_export_file(struct pl_store *s, const struct pl_export_opts *opts, const char *path,
                   char *tmp, size_t tmp_size, struct pl_err *err);

/* ---- escaping, public for the tests ---- */

/* Appends one CSV field (RFC 4180): quoted when it holds a comma, quote, CR
 * or LF, quotes doubled; a cell starting with = + - @ TAB or CR gets a
 * leading single quote so a spreadsheet shows it instead of evaluating it. */
int pl_csv_cell(struct pl_buf *b, const char *s);

/* Appends text for HTML (and XML): & < > " ' as entities, terminal
 * controls and the noncharacters U+FFFE and U+FFFF made visible as with
 * pl_text_escape(). */
int pl_html_escape(struct pl_buf *b, const char *s);

/* Appends text for Markdown: controls made visible, the punctuation that
 * would turn text into markup or HTML backslash-escaped. With `quote`
 * (e.g. "> " for a block quote) each newline is followed by it and a line
 * opening like a list item or heading is escaped; without (NULL), for text
 * inside a line, newlines become spaces. */
int pl_md_escape(struct pl_buf *b, const char *s, const char *quote);

#endif
