/*
 * read_parlamint.h - ParlaMint-style parliamentary transcripts.
 *
 * Contract: pl_read_parlamint() reads "utterance-id<TAB>text" lines, one
 * passage per utterance (cut at sentence ends when longer than
 * max_passage), and looks each id up in the sitting's metadata table (the
 * "-meta.tsv" beside the transcript: a header row, then one row per
 * utterance, tab-separated, "-" or empty for unknown). The passage's
 * speaker is the row's Speaker_name; its metadata are "utterance" (the id)
 * and the row's other Speaker_* columns and Party_status, keyed by the
 * column name lowercased without "speaker_" (role, party, party_name,
 * gender...). The other columns describe the sitting (Title, Date, House,
 * Term...): they become document metadata, from the first row, and Title
 * the document's title. Lines without a tab, and ids the table lacks, are
 * passages without a speaker, counted in the notes.
 */
#ifndef PLENARY_READ_PARLAMINT_H
#define PLENARY_READ_PARLAMINT_H

#include <stddef.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/segment.h"

/* Reads text[0..len) with the metadata table meta[0..meta_len) (NULL: none,
 * noted). Returns PL_OK, PL_ENOMEM, PL_EIO (the table has no ID column), or
 * the sink's status. */
int pl_read_parlamint(const char *text, size_t len, const char *meta, size_t meta_len,
                      size_t max_passage, const struct pl_segment_sink *sink,
                      struct pl_buf *notes, struct pl_err *err);

/* Whether the first line looks like "utterance-id<TAB>text": an id of
 * 1-200 bytes without blanks, holding a digit. */
int pl_parlamint_sniff(const char *text, size_t len);

#endif
