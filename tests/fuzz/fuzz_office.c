/*
 * fuzz_office.c - the DOCX and ODT reader on the bytes of a zip, held in
 * memory as ingest holds a file it has read.
 */
#include "common.h"
#include "plenary/read_office.h"

static void read_office(const uint8_t *data, size_t size, enum pl_doc_format fmt)
{
	struct fuzz_sink fs;
	struct pl_err err = { 0 };
	struct pl_segment_opts so = { fmt, 256 };
	fuzz_sink_init(&fs, 0);   /* spans count in the text taken out, not the zip */
	int rc = pl_read_office((const char *)data, size, fmt, &so, &fs.sink, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EFORMAT));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum pl_doc_format fmt = pl_office_detect("fuzz", (const char *)data, size);
	FUZZ_MUST(fmt == PL_FMT_AUTO || fmt == PL_FMT_DOCX || fmt == PL_FMT_ODT,
	          "detection says DOCX, ODT or neither");
	read_office(data, size, PL_FMT_DOCX);
	read_office(data, size, PL_FMT_ODT);
	return 0;
}
