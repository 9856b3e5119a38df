/*
 * segment.h - cutting a decoded document into passages.
 *
 * Contract: pl_segment() reads normalised text (valid UTF-8, LF line ends,
 * as pl_text_decode() makes it) and reports, in order, every passage: a
 * paragraph, or one line of a one-paragraph-per-line file, or a speaker's
 * turn, cut at sentence ends when longer than opts->max_passage bytes. Each
 * passage keeps its byte span [start, end) in the text it was given, so it
 * can be cited and shown in context, and its cleaned words (`text`): inner
 * line breaks become spaces, and in Markdown the markup (heading marks,
 * emphasis, inline HTML tags such as <sup>, link targets) is dropped.
 * Hard-wrapped text (PDF text cut at a fixed width, its blank lines page
 * breaks) has its paragraphs rebuilt from the lines that were cut short;
 * page numbers are dropped and a word split at a line-end hyphen is joined.
 * YAML-style front matter at the very top ("---" / "key: value" / "---") is
 * reported through sink->meta and is not a passage. PDF text (PL_FMT_PDF)
 * is always taken as hard-wrapped: each of its lines is a printed line, and
 * its indentation is layout, not a paragraph's first line.
 *
 * Formats whose markup already tells the blocks apart (DOCX/ODT paragraphs,
 * headings and table rows; CSV cells; caption turns; ParlaMint utterances)
 * give them one by one to a pl_segmenter instead: each block's whitespace
 * is collapsed and it is cut at sentence ends like any paragraph; its
 * speaker, span and metadata are the reader's (struct pl_block), and
 * nothing else is guessed.
 */
#ifndef PLENARY_SEGMENT_H
#define PLENARY_SEGMENT_H

#include <stddef.h>

#include "plenary/error.h"

enum pl_doc_format {
	PL_FMT_AUTO = 0,
	PL_FMT_TEXT,        /* paragraphs separated by blank lines */
	PL_FMT_LINES,       /* one paragraph per line (UN General Debate files) */
	PL_FMT_MARKDOWN,    /* paragraphs, headings as sections, markup removed */
	PL_FMT_TRANSCRIPT,  /* like TEXT, and any "Name Surname:" label is a speaker */
	PL_FMT_CSV,         /* a CSV export: one respondent per row (formats.h) */
	PL_FMT_TSV,         /* the same, tab-separated */
	PL_FMT_VTT,         /* WebVTT captions, cues merged into speaker turns */
	PL_FMT_SRT,         /* SubRip captions, likewise */
	PL_FMT_PARLAMINT,   /* "utterance-id<TAB>text" lines and a -meta.tsv */
	PL_FMT_DOCX,        /* Office Open XML text documents (read_office.h) */
	PL_FMT_ODT,         /* OpenDocument text (read_office.h) */
	PL_FMT_PDF          /* PDF, through pdftotext (read_pdf.h) */
};

#define PL_MAX_PASSAGE_DEFAULT 4096u
#define PL_LABEL_MAX 80    /* longest speaker label, in bytes */

struct pl_kv {
	const char *key, *value;
};

struct pl_passage {
	unsigned ordinal;      /* 1, 2, ... in document order */
	size_t start, end;     /* byte span in the segmented text */
	const char *text;      /* cleaned words, NUL-terminated, valid UTF-8 */
	size_t len;            /* strlen(text) */
	const char *speaker;   /* current speaker label, or NULL */
	const char *section;   /* current Markdown heading, or NULL */
	int cut;               /* a piece of a paragraph longer than the bound */
	const struct pl_kv *meta;   /* the passage's own metadata (a CSV row's */
	size_t nmeta;               /* columns, a cue's times, a PDF page), or none */
};

struct pl_segment_sink {
	void *ctx;
	/* Called for each passage; a non-zero return stops segmentation and is
	 * returned by pl_segment(). Pointers are valid during the call only. */
	int (*passage)(void *ctx, const struct pl_passage *p);
	/* Called for each front-matter entry (may be NULL). Key is lowercased. */
	int (*meta)(void *ctx, const char *key, const char *value);
};

struct pl_segment_opts {
	enum pl_doc_format format;   /* PL_FMT_AUTO: see pl_segment_detect() */
	size_t max_passage;          /* 0 means PL_MAX_PASSAGE_DEFAULT */
};

/* Guesses the format from the file name's extension (.md, .markdown) and
 * the text (no blank line between paragraphs: one per line). */
enum pl_doc_format pl_segment_detect(const char *path, const char *text, size_t len);

/* Parses "auto", "text", "lines", "markdown"/"md", "transcript", "csv",
 * "tsv", "vtt", "srt", "parlamint", "docx", "odt", "pdf". */
int pl_doc_format_parse(const char *name, enum pl_doc_format *out, struct pl_err *err);
const char *pl_doc_format_name(enum pl_doc_format fmt);

/* Segments text[0..len). Returns PL_OK, PL_ENOMEM, or the sink's status. */
int pl_segment(const char *text, size_t len, const struct pl_segment_opts *opts,
               const struct pl_segment_sink *sink, struct pl_err *err);

/* If line[0..n) opens with a speaker label ("Name Surname:", "Mr. X
 * (Mexico):", as PL_FMT_TRANSCRIPT finds them), copies it to label, NUL-
 * terminated, and returns the offset just after its colon; otherwise 0. */
size_t pl_segment_label(const char *line, size_t n, char label[PL_LABEL_MAX + 1]);

/*
 * A block of a structured document. Its passages span their own bytes of
 * text, counted from start (where text stands in the document's text);
 * unless end is not 0: then text is a copy (a CSV cell, a caption turn) and
 * each passage cites all of [start, end), the row or turn it came from.
 */
struct pl_block {
	const char *text;            /* its raw text (valid UTF-8) */
	size_t len;
	size_t start, end;
	int heading;                 /* the section of what follows, not a passage */
	const char *speaker;         /* given to each of its passages, or NULL */
	const struct pl_kv *meta;    /* likewise */
	size_t nmeta;
};

struct pl_segmenter;

/* A segmenter for blocks given one by one: *out, or PL_ENOMEM. The sink and
 * err must outlive it; opts->format is not used. */
int pl_segmenter_new(struct pl_segmenter **out, const struct pl_segment_opts *opts,
                     const struct pl_segment_sink *sink, struct pl_err *err);
/* Reports the block's passages (ordinals go on from block to block; the
 * last heading is their section). Returns PL_OK, PL_ENOMEM, or the sink's
 * status. */
int pl_segmenter_block(struct pl_segmenter *sg, const struct pl_block *b);
void pl_segmenter_free(struct pl_segmenter *sg);

#endif
