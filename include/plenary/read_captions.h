/*
 * read_captions.h - WebVTT and SRT captions of hybrid meetings.
 *
 * Contract: pl_read_captions() reads decoded text as cues (an optional
 * identifier line, "start --> end [settings]", then the cue's text up to a
 * blank line; WebVTT times use '.', SRT's ','; hours may be left out) and
 * merges consecutive cues of one speaker into one passage, a turn, while it
 * fits in max_passage bytes (a single longer cue is cut at sentence ends).
 * A cue names its speaker with a WebVTT voice span (<v Name>, <v.loud
 * Name>) or a "Name:" label at its start; a cue that names none continues
 * the turn before it. Other tags (<i>, <b>, <c.x>, <font ...>, timestamps
 * inside cues) are dropped and the entities &amp; &lt; &gt; &nbsp;
 * decoded. WebVTT's header and NOTE, STYLE and REGION blocks are skipped.
 * Each passage has the speaker and metadata "start" and "end", the times of
 * its first and last cue as hh:mm:ss.mmm. A block whose timing line cannot
 * be read is skipped and counted in the notes; a file with no cue fails.
 */
#ifndef PLENARY_READ_CAPTIONS_H
#define PLENARY_READ_CAPTIONS_H

#include <stddef.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/segment.h"

/* Reads text[0..len) as fmt, PL_FMT_VTT or PL_FMT_SRT. Returns PL_OK,
 * PL_ENOMEM, PL_EIO (not captions: the message says why), or the sink's
 * status. */
int pl_read_captions(const char *text, size_t len, enum pl_doc_format fmt, size_t max_passage,
                     const struct pl_segment_sink *sink, struct pl_buf *notes,
                     struct pl_err *err);

/* Whether text opens like fmt: "WEBVTT", or an SRT cue's index and timing. */
int pl_captions_sniff(const char *text, size_t len, enum pl_doc_format fmt);

#endif
