/*
 * fuzz_text.c - the decoder (every encoding, NULs allowed or not) and the
 * segmenter of plain text, one-per-line text, Markdown, transcripts with
 * speaker turns and pdftotext output, on the same bytes.
 */
#include <stdlib.h>

#include "common.h"

static const enum pl_encoding encodings[] = {
	PL_ENC_UTF8, PL_ENC_UTF16LE, PL_ENC_UTF16BE, PL_ENC_CP1252, PL_ENC_LATIN1
};

static const enum pl_doc_format formats[] = {
	PL_FMT_TEXT, PL_FMT_LINES, PL_FMT_MARKDOWN, PL_FMT_TRANSCRIPT, PL_FMT_PDF
};

/* The CLI's smallest --max-passage, so that long paragraphs are cut. */
#define SMALL_PASSAGE 256

static void segment(const struct pl_decoded *dec, enum pl_doc_format fmt, size_t max)
{
	struct fuzz_sink fs;
	struct pl_err err = { 0 };
	struct pl_segment_opts so = { fmt, max };
	fuzz_sink_init(&fs, dec->len);
	int rc = pl_segment(dec->text, dec->len, &so, &fs.sink, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pl_decoded dec = { 0 };
	for (size_t i = 0; i < sizeof encodings / sizeof *encodings; i++) {
		struct pl_decode_opts o = { encodings[i], 0, 1 };
		if (!fuzz_decode(data, size, &o, &dec))
			pl_decoded_release(&dec);
	}
	struct pl_decode_opts strict = { PL_ENC_AUTO, 1, 0 };
	if (!fuzz_decode(data, size, &strict, &dec))
		pl_decoded_release(&dec);

	if (fuzz_decode(data, size, NULL, &dec))
		return 0;
	segment(&dec, pl_segment_detect("fuzz.txt", dec.text, dec.len), 0);
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
		segment(&dec, formats[i], SMALL_PASSAGE);
	pl_decoded_release(&dec);
	return 0;
}
