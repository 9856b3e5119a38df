/*
 * fuzz_dictionary.c - the LIWC and quanteda YAML dictionary readers on the
 * text of a dictionary, read as each format in turn; whatever a reader
 * accepts must be a lexicon the lexicon parser loads, as `lexicon import`
 * promises.
 */
#include "common.h"
#include "plenary/dictionary.h"
#include "plenary/lexicon.h"

static void convert(const uint8_t *data, size_t size, enum pl_dict_format format)
{
	struct pl_dict_opts opts = { .format = format, .id = "fuzz", .version = "1" };
	struct pl_buf text = PL_BUF_INIT, diag = PL_BUF_INIT;
	struct pl_err err = { 0 };
	int rc = pl_dict_convert("fuzz.dic", (const char *)data, size, &opts, &text, &diag, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EFORMAT));
	FUZZ_MUST(rc != PL_EFORMAT || diag.len, "a refused dictionary says why");
	if (!rc) {
		struct pl_lexicon *lx;
		struct pl_buf why = PL_BUF_INIT;
		rc = pl_lexicon_parse("fuzz.lex", pl_buf_str(&text), text.len, &lx, &why, &err);
		fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM));
		if (!rc)
			pl_lexicon_free(lx);
		pl_buf_release(&why);
	}
	pl_buf_release(&text);
	pl_buf_release(&diag);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	convert(data, size, PL_DICT_LIWC);
	convert(data, size, PL_DICT_YAML);
	return 0;
}
