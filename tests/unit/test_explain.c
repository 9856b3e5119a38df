/* test_explain.c - the evidence pl_explain() gathers and the report it writes. */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#include "plenary/explain.h"
#include "plenary/text.h"

static const char lex[] =
	"lexicon  t\n"
	"context  \\bmigrants?\\b\n"
	"category A  Remittances\n"
	"pattern  2   \\bremittances?\\b\n"
	"pattern  0.5 \\btransfer costs?\\b\n"
	"exclude      \\bremittance of\\s+taxes\\b\n"
	"threshold 2\n"
	"category B  Trafficking\n"
	"pattern      \\btrafficking\\b\n"
	"category C  Never hit\n"
	"pattern      \\bzzzz\\b\n";

static void raw(void *ctx, struct pl_buf *b, const char *s, size_t n)
{
	(void)ctx;
	pl_text_escape(b, s, n, PL_ESC_NEWLINE);
}

TEST(explain_scores_hits_exclusions_and_context)
{
	struct pl_lexicon *lx = NULL;
	struct pl_tagger *tg = NULL;
	struct pl_err err;
	pl_err_clear(&err);
	CHECK(pl_lexicon_parse("t.lex", lex, strlen(lex), &lx, NULL, &err) == PL_OK);
	CHECK(pl_tagger_new(lx, &tg, &err) == PL_OK);
	const char *text = "The remittance of\ntaxes, transfer costs and trafficking.";
	struct pl_explanation x = { 0 };
	CHECK_INT(pl_explain(lx, tg, text, strlen(text), &x, &err), PL_OK);
	CHECK_INT(x.n, 2);   /* C has no hit */
	struct pl_explain_category *a = &x.categories[0], *b = &x.categories[1];
	CHECK_STR(a->category->id, "A");
	CHECK(!a->tagged);
	CHECK(a->score == 0.5);
	CHECK_INT(a->nhits, 2);
	CHECK(a->hits[0].suppressed && a->hits[0].exclusion);
	CHECK_INT(a->hits[0].ex_start, 4);
	CHECK(!a->hits[1].suppressed);
	CHECK_STR(b->category->id, "B");
	CHECK(!b->tagged && !b->context);   /* no "migrant" in the text */

	struct pl_buf out = PL_BUF_INIT;
	pl_explain_format(&out, &x, text, raw, NULL);
	const char *s = pl_buf_str(&out);
	CHECK(strstr(s, "not tagged: score 0.5 < threshold 2"));
	/* The quote function saw the matched text: the newline is escaped. */
	CHECK(strstr(s, "suppressed by exclude line 6: \"remittance of\\ntaxes\" at 4-23"));
	CHECK(strstr(s, "NO CONTEXT"));
	pl_buf_release(&out);

	/* Appending: a second text adds to the same list. */
	const char *more = "Migrants and trafficking.";
	CHECK_INT(pl_explain(lx, tg, more, strlen(more), &x, &err), PL_OK);
	CHECK_INT(x.n, 3);
	CHECK(x.categories[2].tagged && x.categories[2].context);
	pl_explanation_release(&x);
	pl_tagger_free(tg);
	pl_lexicon_free(lx);
}
