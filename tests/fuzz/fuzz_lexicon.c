/*
 * fuzz_lexicon.c - the lexicon parser and pattern compiler on the text of a
 * lexicon file; a lexicon that loads is then run over a sample passage and
 * over its own text, as tagging runs it over stored passages.
 */
#include <string.h>

#include "common.h"
#include "plenary/lexicon.h"
#include "plenary/tagger.h"

static const char sample[] =
	"Remittances sent home by migrant workers exceed official development aid; "
	"drug trafficking and human trafficking are not the same. Xenophobia against "
	"migrants must end, said the d\xC3\xA9l\xC3\xA9gation (\xE2\x80\x9C" "aaaaaaaaaaaaaaaaaaaaaaa!\xE2\x80\x9D).";

static void tag(struct pl_tagger *t, const struct pl_lexicon *lx, const char *text, size_t len)
{
	struct pl_tagging out = { 0 };
	struct pl_err err = { 0 };
	int rc = pl_tagger_run(t, text, len, &out, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM));
	if (!rc) {
		FUZZ_MUST(out.ncategories == pl_lexicon_ncategories(lx), "one result per category");
		for (size_t i = 0; i < out.nspans; i++) {
			const struct pl_span *sp = &out.spans[i];
			FUZZ_MUST(sp->start <= sp->end && sp->end <= len, "span within the text");
			FUZZ_MUST(sp->pattern >= 0 && (size_t)sp->pattern < pl_lexicon_npatterns(lx),
			          "span names a pattern");
		}
	}
	pl_tagging_release(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pl_lexicon *lx;
	struct pl_buf diag = PL_BUF_INIT;
	struct pl_err err = { 0 };
	int rc = pl_lexicon_parse("fuzz.lex", (const char *)data, size, &lx, &diag, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EUSAGE));
	FUZZ_MUST(rc != PL_EUSAGE || diag.len, "a refused lexicon says why");
	pl_buf_release(&diag);
	if (rc)
		return 0;
	for (size_t i = 0; i < pl_lexicon_ncategories(lx); i++) {
		const struct pl_category *c = pl_lexicon_category(lx, i);
		FUZZ_MUST(pl_lexicon_find(lx, c->id) >= 0, "a category is found by its id");
	}
	struct pl_tagger *t;
	rc = pl_tagger_new(lx, &t, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM));
	if (!rc) {
		tag(t, lx, sample, sizeof sample - 1);
		struct pl_decoded dec = { 0 };
		if (!fuzz_decode(data, size, NULL, &dec)) {
			tag(t, lx, dec.text, dec.len);
			pl_decoded_release(&dec);
		}
		pl_tagger_free(t);
	}
	pl_lexicon_free(lx);
	return 0;
}
