/*
 * read_pdf.h - PDF documents, through pdftotext.
 *
 * Contract: pl_read_pdf() runs `pdftotext -layout -enc UTF-8 PATH -`
 * (poppler-utils) as a child process with an argument vector, never a
 * shell, killed after PL_PDF_TIMEOUT seconds. From its output it drops the
 * running headers and footers (a line found at the top, or the bottom, of
 * more than half of the pages, or of two when it holds a number; numbers
 * themselves are not compared) and page numbers, then segments the pages
 * as hard-wrapped text (PL_FMT_PDF: paragraphs rebuilt from line widths and
 * gaps, never from the layout's indentation; words split at a line-end
 * hyphen joined). Each passage carries the
 * metadata "page": the page it starts on, or "4-5" when it runs on. The
 * number of pages goes to sink->meta as "pages". Passage spans count bytes
 * in that cleaned text.
 *
 * Failures: PL_EFORMAT when pdftotext is missing (install poppler-utils),
 * fails (its message quoted), times out or writes too much; PL_ESKIP for a
 * PDF with (almost) no text, most likely a scan that needs OCR.
 */
#ifndef PLENARY_READ_PDF_H
#define PLENARY_READ_PDF_H

#include "plenary/error.h"
#include "plenary/segment.h"

#define PL_PDF_TIMEOUT 60                   /* seconds */
#define PL_PDF_MAX_TEXT ((size_t)256 << 20)  /* bytes of pdftotext output */
#define PL_PDF_MIN_CHARS 16                 /* per page, else no text layer */

/* PL_FMT_PDF when data starts with "%PDF-" or the path ends in ".pdf",
 * else PL_FMT_AUTO. */
enum pl_doc_format pl_pdf_detect(const char *path, const char *data, size_t len);

/* Reads the PDF file at path. Returns PL_OK, PL_EFORMAT, PL_ESKIP,
 * PL_ENOMEM, or the sink's status. */
int pl_read_pdf(const char *path, const struct pl_segment_opts *opts,
                const struct pl_segment_sink *sink, struct pl_err *err);

#endif
