/*
 * read_office.h - DOCX and ODT documents, read from memory.
 *
 * Contract: pl_read_office() opens the zip held in data[0..len) (libzip,
 * never an external unzip), parses its XML parts with a streaming reader
 * (libxml2: no network, no DTD, no entity expansion) and reports through the
 * sink, in document order: each paragraph as passages cut at sentence ends
 * (pl_segmenter), each heading as the section of what follows, and each
 * table row as one passage of its cells joined by " | " with passage
 * metadata "table" and "row" (1, 2, ...). The document properties title,
 * author and date go to sink->meta. Passage spans count bytes in the text of
 * the blocks laid end to end, two bytes apart.
 *
 * A damaged or hostile file is refused with PL_EFORMAT and a message naming
 * the problem: not a zip or truncated, a missing part, an entry whose size
 * is absurd or that inflates more than 100 times (a zip bomb), malformed
 * XML, or a DTD (DOCX and ODT never have one; "billion laughs" XML bombs
 * need it). Nothing is expanded before it is refused.
 */
#ifndef PLENARY_READ_OFFICE_H
#define PLENARY_READ_OFFICE_H

#include <stddef.h>

#include "plenary/error.h"
#include "plenary/segment.h"

#define PL_OFFICE_MAX_ENTRY ((size_t)256 << 20)   /* uncompressed bytes */
#define PL_OFFICE_MAX_RATIO 100                   /* uncompressed : compressed */

/* PL_FMT_DOCX or PL_FMT_ODT when data is such a zip (by its content, or the
 * path's extension when the zip is too damaged to tell), else PL_FMT_AUTO. */
enum pl_doc_format pl_office_detect(const char *path, const char *data, size_t len);

/* Reads a PL_FMT_DOCX or PL_FMT_ODT document. Returns PL_OK, PL_EFORMAT,
 * PL_ENOMEM, or the sink's status. */
int pl_read_office(const char *data, size_t len, enum pl_doc_format fmt,
                   const struct pl_segment_opts *opts, const struct pl_segment_sink *sink,
                   struct pl_err *err);

#endif
