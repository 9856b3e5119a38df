/*
 * read_csv.h - CSV and TSV exports of consultation platforms.
 *
 * Contract: pl_read_csv() reads decoded text (valid UTF-8) as one document:
 * a header row naming the columns, then one respondent per row. Each non-
 * empty cell of a text column becomes a passage (cut at sentence ends when
 * longer than max_passage), spanning its row, with metadata: every meta
 * column's non-empty value of that row (key: the column name, trimmed and
 * lowercased), "question" (the text column's name) and "row" (the data row's
 * number, from 1). Without o->text_columns a column is text when it holds
 * free text: a quarter or more of its non-empty values (the first 500) are
 * over 40 bytes long (UTF-8: a CJK character counts 3), and half or more
 * hold a space or a non-ASCII character (so long ids, hashes and URLs stay
 * metadata). Answers are often short ("Yes I agree"), so the median would
 * miss them; dates and categories are never that long. Without
 * o->meta_columns every other column is metadata.
 *
 * Parsing is libcsv's, strict: quoted cells may hold separators, doubled
 * quotes and line breaks; a quote that is never closed, or (CSV only: TSV
 * is often written without quoting) a quote inside an unquoted cell or
 * text after a closing quote, fails the file with the line of the row. Rows with more
 * or fewer cells than the header are read (missing cells empty, extra cells
 * dropped) and counted in the notes, unless most rows are so (the header is
 * then unusable: likely another separator). The notes say which columns
 * were taken as text and which as metadata.
 */
#ifndef PLENARY_READ_CSV_H
#define PLENARY_READ_CSV_H

#include <stddef.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/segment.h"

struct pl_csv_opts {
	char delim;                 /* ',' (0 means ',') or '\t' */
	const char *text_columns;   /* "a,b": the free-text columns; NULL: guessed */
	const char *meta_columns;   /* "c,d": the metadata columns; NULL: all others */
	size_t max_passage;         /* 0: PL_MAX_PASSAGE_DEFAULT */
};

/* Reads text[0..len). Notes are appended to notes ("; "-separated). Returns
 * PL_OK, PL_ENOMEM, PL_EIO (malformed: the message says where and why),
 * PL_EUSAGE (a named column is not in the header), or the sink's status. */
int pl_read_csv(const char *text, size_t len, const struct pl_csv_opts *o,
                const struct pl_segment_sink *sink, struct pl_buf *notes, struct pl_err *err);

#endif
