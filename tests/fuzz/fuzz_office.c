/*
 * fuzz_office.c - the DOCX and ODT reader. The input is read twice: as the
 * bytes of a zip, held in memory as ingest holds a file it has read; and as
 * the XML inside a well-formed zip (the document part, then after a NUL byte
 * the properties part), stored uncompressed, so that mutations reach the
 * XML reader rather than failing the zip's checksums.
 */
#include <stdlib.h>
#include <string.h>

#include "../unit/zipmem.h"
#include "common.h"
#include "plenary/read_office.h"

static void read_office(const char *data, size_t size, enum pl_doc_format fmt)
{
	struct fuzz_sink fs;
	struct pl_err err = { 0 };
	struct pl_segment_opts so = { fmt, 256 };
	fuzz_sink_init(&fs, 0);   /* spans count in the text taken out, not the zip */
	int rc = pl_read_office(data, size, fmt, &so, &fs.sink, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EFORMAT));
}

/* The input's XML as the parts of a document of format fmt. */
static void read_parts(const uint8_t *data, size_t size, enum pl_doc_format fmt)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t doc = nul ? (size_t)(nul - data) : size;
	int docx = fmt == PL_FMT_DOCX;
	struct part parts[] = {
		{ docx ? "[Content_Types].xml" : "mimetype",
		  docx ? "<Types/>" : "application/vnd.oasis.opendocument.text", 0 },
		{ docx ? "word/document.xml" : "content.xml", (const char *)data, doc },
		{ docx ? "docProps/core.xml" : "meta.xml", nul ? (const char *)nul + 1 : NULL,
		  nul ? size - doc - 1 : 0 },
	};
	/* An empty part is left out (make_zip takes a length of 0 for strlen). */
	size_t n = !doc ? 1 : parts[2].len ? 3 : 2, len = 0;
	char *zip = make_zip(parts, n, 1, &len);
	FUZZ_MUST(zip, "cannot make a zip");
	read_office(zip, len, fmt);
	free(zip);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum pl_doc_format fmt = pl_office_detect("fuzz", (const char *)data, size);
	FUZZ_MUST(fmt == PL_FMT_AUTO || fmt == PL_FMT_DOCX || fmt == PL_FMT_ODT,
	          "detection says DOCX, ODT or neither");
	read_office((const char *)data, size, PL_FMT_DOCX);
	read_office((const char *)data, size, PL_FMT_ODT);
	read_parts(data, size, PL_FMT_DOCX);
	read_parts(data, size, PL_FMT_ODT);
	return 0;
}
