/*
 * fuzz_csv.c - the CSV and TSV reader on decoded bytes: columns guessed,
 * and named (the Polis export's, as analysts name them with --text).
 */
#include "common.h"
#include "plenary/read_csv.h"

static void read_csv(const struct pl_decoded *dec, char delim, const char *text_cols,
                     const char *meta_cols)
{
	struct fuzz_sink fs;
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	struct pl_csv_opts o = { delim, text_cols, meta_cols, 256 };
	fuzz_sink_init(&fs, dec->len);
	int rc = pl_read_csv(dec->text, dec->len, &o, &fs.sink, &notes, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EIO) | FUZZ_ALLOW(PL_EUSAGE));
	fuzz_notes_release(&notes);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pl_decoded dec = { 0 };
	if (fuzz_decode(data, size, NULL, &dec))
		return 0;
	read_csv(&dec, ',', NULL, NULL);
	read_csv(&dec, '\t', NULL, NULL);
	read_csv(&dec, ',', "comment-body", "author-id,agrees");
	pl_decoded_release(&dec);
	return 0;
}
