/*
 * formats.h - choosing a document's format and reading it into passages.
 *
 * Contract: pl_format_read() is the one entry point ingest uses for decoded
 * text: it hands the text to the reader of its format (read_csv.h,
 * read_captions.h, read_parlamint.h) or to pl_segment() for plain text,
 * Markdown and transcripts, all reporting through the same sink. Readers
 * append what the analyst should know (columns chosen, rows or cues that
 * were odd) to notes, "; "-separated, for the file's verdict.
 */
#ifndef PLENARY_FORMATS_H
#define PLENARY_FORMATS_H

#include <stddef.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/segment.h"

struct pl_format_opts {
	enum pl_doc_format format;   /* resolved: not PL_FMT_AUTO */
	size_t max_passage;          /* 0: PL_MAX_PASSAGE_DEFAULT */
	const char *text_columns;    /* CSV/TSV: see read_csv.h */
	const char *meta_columns;
};

/*
 * Picks a format by extension (.csv, .tsv, .vtt, .srt, .md) and content: a
 * "WEBVTT" first line, an SRT cue ("1" then "00:00:01,000 --> ..."), or
 * "utterance-id<TAB>text" lines with a "-meta.tsv" file beside them
 * (ParlaMint); otherwise as pl_segment_detect().
 */
enum pl_doc_format pl_format_detect(const char *path, const char *text, size_t len);

/*
 * Reads text[0..len), the decoded content of the file at path, in format
 * o->format. Returns PL_OK, PL_ESKIP (the file is read with another one, as
 * a ParlaMint -meta.tsv: the message says which; ingest's verdict is then
 * "companion"), PL_ENOMEM, PL_EIO or
 * PL_EUSAGE with a message for the file's verdict, or the sink's status.
 */
int pl_format_read(const char *path, const char *text, size_t len,
                   const struct pl_format_opts *o, const struct pl_segment_sink *sink,
                   struct pl_buf *notes, struct pl_err *err);

/* Appends "; " to notes unless it is empty, then the formatted note. */
int pl_note(struct pl_buf *notes, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
