/* fuzz_captions.c - the WebVTT and SubRip readers on decoded bytes. */
#include "common.h"
#include "plenary/read_captions.h"

static void read_captions(const struct pl_decoded *dec, enum pl_doc_format fmt)
{
	struct fuzz_sink fs;
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	fuzz_sink_init(&fs, dec->len);
	pl_captions_sniff(dec->text, dec->len, fmt);
	int rc = pl_read_captions(dec->text, dec->len, fmt, 256, &fs.sink, &notes, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EIO));
	fuzz_notes_release(&notes);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pl_decoded dec = { 0 };
	if (fuzz_decode(data, size, NULL, &dec))
		return 0;
	read_captions(&dec, PL_FMT_VTT);
	read_captions(&dec, PL_FMT_SRT);
	pl_decoded_release(&dec);
	return 0;
}
