/*
 * fuzz_parlamint.c - the ParlaMint reader: the input is the transcript, then
 * a NUL byte and the speaker table (no NUL: no table). Each part is decoded
 * as ingest decodes the two files.
 */
#include <string.h>

#include "common.h"
#include "plenary/read_parlamint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t text_size = nul ? (size_t)(nul - data) : size;
	struct pl_decoded text = { 0 }, table = { 0 };
	if (fuzz_decode(data, text_size, NULL, &text))
		return 0;
	if (nul && fuzz_decode(nul + 1, size - text_size - 1, NULL, &table)) {
		pl_decoded_release(&text);
		return 0;
	}
	struct fuzz_sink fs;
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	fuzz_sink_init(&fs, text.len);
	pl_parlamint_sniff(text.text, text.len);
	int rc = pl_read_parlamint(text.text, text.len, table.text, table.len, 256, &fs.sink,
	                           &notes, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EIO));
	fuzz_notes_release(&notes);
	pl_decoded_release(&table);
	pl_decoded_release(&text);
	return 0;
}
