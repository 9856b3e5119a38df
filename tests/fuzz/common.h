/*
 * common.h - what every fuzz target shares: a segment sink that checks the
 * contract of each passage it is given, and the decoding step ingest puts
 * before every text reader.
 *
 * A broken contract (a passage that is not valid UTF-8, a span outside the
 * text, an error without a message) aborts, so libFuzzer reports it like a
 * crash, with the input that caused it.
 */
#ifndef PLENARY_FUZZ_COMMON_H
#define PLENARY_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "plenary/segment.h"
#include "plenary/text.h"

/* The entry point libFuzzer calls with each input. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts with `what` when cond is false. */
#define FUZZ_MUST(cond, what) fuzz_must((cond) != 0, (what), __FILE__, __LINE__)
void fuzz_must(int ok, const char *what, const char *file, int line);

struct fuzz_sink {
	struct pl_segment_sink sink;   /* give &fs.sink to the reader */
	size_t text_len;               /* spans must end within it; 0: not checked */
	unsigned last_ordinal;
};

/* A sink checking each passage and front-matter entry against segment.h. */
void fuzz_sink_init(struct fuzz_sink *fs, size_t text_len);

/* Decodes bytes as ingest does (opts NULL: detected encoding) and checks
 * the result against text.h. Returns the status; out->text is NULL on failure. */
int fuzz_decode(const uint8_t *data, size_t size, const struct pl_decode_opts *opts,
                struct pl_decoded *out);

/* Checks a reader's notes (valid UTF-8) and releases them. */
void fuzz_notes_release(struct pl_buf *notes);

/* A reader's status must be one it documents, with a message if it failed. */
void fuzz_status(int rc, const struct pl_err *err, int allowed_mask);
#define FUZZ_ALLOW(code) (1 << -(code))

#endif
