/* test_lexicon.c - lexicon parsing and diagnostics, tagging, and the
 * prefilter's equivalence with running every pattern. */
#include "harness.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <dirent.h>
#include <hs.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plenary/buf.h"
#include "plenary/lexicon.h"
#include "plenary/tagger.h"
#include "plenary/text.h"

/* The example of lexicons/README.md, plus a category with its own context. */
static const char readme_lex[] =
	"# The lexicon: an id, a title, a version, a language. Comments start with '#'.\n"
	"lexicon  gcm\n"
	"title    Global Compact for Safe, Orderly and Regular Migration: the 23 objectives\n"
	"version  2026.11\n"
	"language en\n"
	"\n"
	"context  \\bmigra(?:nt|nts|tion|tions|tory)\\b\n"
	"context  \\b(?:diaspora|remittances?|refugees?|displace(?:d|ment))\\b\n"
	"threshold 1\n"
	"\n"
	"category O20  Promote faster, safer and cheaper transfer of remittances\n"
	"pattern  2   \\bremittances?\\b\n"
	"pattern      \\bmoney transfer (?:operators?|services?)\\b\n"
	"pattern  0.5 \\bfinancial inclusion\\b\n"
	"exclude      \\bremittance of (?:taxes|duties)\\b\n"
	"context  none\n"
	"example      Remittances sent home by migrant workers exceed official development aid.\n"
	"counter      The remittance of taxes to the treasury was delayed.\n"
	"\n"
	"category O10  Prevent, combat and eradicate trafficking in persons\n"
	"pattern  \\btrafficking in (?:persons|human beings|women and children)\\b\n"
	"pattern  \\bhuman trafficking\\b\n"
	"pattern  \\btraffick(?:ing|ed|ers?)\\b\n"
	"exclude  \\b(?:drug|drugs|narcotics?|arms|weapons?|wildlife|ivory|timber)[- ]traffick\\w*\n"
	"threshold 1\n"
	"\n"
	"category O5.b  Regular pathways, with its own context\n"
	"threshold 2\n"
	"context \\bworkers?\\b\n"
	"context \\blabou?r\\b\n"
	"pattern \\bvisas?\\b\n"
	"pattern \\bpathways?\\b\n"
	"example Visa pathways for seasonal workers.\n";

static struct pl_lexicon *parse(const char *text, struct pl_buf *diag, int *rc)
{
	struct pl_lexicon *lx = NULL;
	struct pl_err e;
	pl_err_clear(&e);
	pl_buf_clear(diag);
	*rc = pl_lexicon_parse("t.lex", text, strlen(text), &lx, diag, &e);
	return lx;
}

/* ---- parsing ---- */

TEST(lexicon_parse_readme_example)
{
	struct pl_buf d = PL_BUF_INIT;
	int rc;
	struct pl_lexicon *lx = parse(readme_lex, &d, &rc);
	CHECK_INT(rc, PL_OK);
	CHECK_STR(pl_buf_str(&d), "");   /* no warnings either */
	CHECK_STR(pl_lexicon_id(lx), "gcm");
	CHECK_STR(pl_lexicon_title(lx),
	          "Global Compact for Safe, Orderly and Regular Migration: the 23 objectives");
	CHECK_STR(pl_lexicon_version(lx), "2026.11");
	CHECK_STR(pl_lexicon_language(lx), "en");
	CHECK_STR(pl_lexicon_path(lx), "t.lex");
	char hex[65];
	pl_sha256_hex(readme_lex, strlen(readme_lex), hex);
	CHECK_STR(pl_lexicon_hash(lx), hex);

	CHECK_INT(pl_lexicon_ncategories(lx), 3);
	const struct pl_category *c = pl_lexicon_category(lx, 0);
	CHECK_STR(c->id, "O20");
	CHECK_STR(c->title, "Promote faster, safer and cheaper transfer of remittances");
	CHECK_INT(c->context, PL_CTX_NONE);
	CHECK(c->threshold == 1);
	CHECK_INT(c->line, 11);
	CHECK_INT(c->nexamples, 2);
	CHECK_STR(c->examples[0].text,
	          "Remittances sent home by migrant workers exceed official development aid.");
	CHECK_INT(c->examples[0].must_match, 1);
	CHECK_INT(c->examples[0].line, 17);
	CHECK_STR(c->examples[1].text, "The remittance of taxes to the treasury was delayed.");
	CHECK_INT(c->examples[1].must_match, 0);
	c = pl_lexicon_category(lx, 1);
	CHECK_STR(c->id, "O10");
	CHECK_INT(c->context, PL_CTX_LEXICON);
	CHECK_INT(c->nexamples, 0);
	c = pl_lexicon_category(lx, 2);
	CHECK_STR(c->id, "O5.b");
	CHECK_INT(c->context, PL_CTX_OWN);
	CHECK(c->threshold == 2);
	CHECK_INT(c->nexamples, 1);
	CHECK_STR(c->examples[0].text, "Visa pathways for seasonal workers.");
	CHECK(pl_lexicon_category(lx, 3) == NULL);

	CHECK_INT(pl_lexicon_find(lx, "o10"), 1);
	CHECK_INT(pl_lexicon_find(lx, "O5.B"), 2);
	CHECK_INT(pl_lexicon_find(lx, "O1"), -1);

	CHECK_INT(pl_lexicon_npatterns(lx), 14);
	const struct pl_pattern *p = pl_lexicon_pattern(lx, 0);
	CHECK_INT(p->kind, PL_PAT_CONTEXT);
	CHECK_INT(p->category, -1);
	CHECK_STR(p->source, "\\bmigra(?:nt|nts|tion|tions|tory)\\b");
	CHECK_INT(p->line, 7);
	CHECK_INT(p->column, 10);
	p = pl_lexicon_pattern(lx, 2);
	CHECK_INT(p->kind, PL_PAT_HIT);
	CHECK_INT(p->category, 0);
	CHECK(p->weight == 2);
	CHECK_STR(p->source, "\\bremittances?\\b");
	CHECK_INT(p->line, 12);
	CHECK_INT(p->column, 14);
	p = pl_lexicon_pattern(lx, 3);
	CHECK(p->weight == 1);
	CHECK_STR(p->source, "\\bmoney transfer (?:operators?|services?)\\b");
	p = pl_lexicon_pattern(lx, 4);
	CHECK(p->weight == 0.5);
	p = pl_lexicon_pattern(lx, 5);
	CHECK_INT(p->kind, PL_PAT_EXCLUDE);
	CHECK_INT(p->category, 0);
	p = pl_lexicon_pattern(lx, 10);
	CHECK_INT(p->kind, PL_PAT_CONTEXT);
	CHECK_INT(p->category, 2);
	CHECK(pl_lexicon_code(lx, 13) != NULL);
	CHECK(pl_lexicon_pattern(lx, 14) == NULL);
	pl_lexicon_free(lx);
	pl_buf_release(&d);
}

TEST(lexicon_weights_and_numbers)
{
	struct pl_buf d = PL_BUF_INIT;
	int rc;
	struct pl_lexicon *lx = parse("lexicon t\ncategory A x\n"
	                              "pattern 3 per cent\n"        /* weight 3, regex "per cent" */
	                              "pattern 1 3 per cent\n"      /* weight 1, regex "3 per cent" */
	                              "pattern 2\n"                 /* a number alone is a regex */
	                              "pattern 1-2 years\n"         /* not a number: a regex */
	                              "pattern .25 quarter\n"
	                              "pattern\t0\tzero weight  \t\n"
	                              "threshold 0.1\n", &d, &rc);
	CHECK_INT(rc, PL_OK);
	const struct pl_pattern *p = pl_lexicon_pattern(lx, 0);
	CHECK(p->weight == 3);
	CHECK_STR(p->source, "per cent");
	CHECK_INT(p->column, 11);
	p = pl_lexicon_pattern(lx, 1);
	CHECK(p->weight == 1);
	CHECK_STR(p->source, "3 per cent");
	p = pl_lexicon_pattern(lx, 2);
	CHECK(p->weight == 1);
	CHECK_STR(p->source, "2");
	CHECK_STR(pl_lexicon_pattern(lx, 3)->source, "1-2 years");
	CHECK(pl_lexicon_pattern(lx, 4)->weight == 0.25);
	p = pl_lexicon_pattern(lx, 5);
	CHECK(p->weight == 0);
	CHECK_STR(p->source, "zero weight");   /* trailing blanks dropped */
	CHECK(pl_lexicon_category(lx, 0)->threshold == 0.1);
	CHECK(pl_lexicon_category(lx, 0)->title[0] == 'x');
	pl_lexicon_free(lx);
	pl_buf_release(&d);
}

/* Every error kind: the text, and the first line of its diagnostic. */
static const struct { const char *text, *diag; } error_cases[] = {
	{ "lexicon t\ncategory A x\npattern a\npatern b\n",
	  "t.lex:4:1: unknown directive 'patern' (did you mean 'pattern'?)" },
	{ "lexicon t\ncategory A x\npattern a\n\x1b[2Jfrobnicate_and_a_very_long_name_indeed_yes_really b\n",
	  "t.lex:4:1: unknown directive '\\x1b[2Jfrobnicate_and_a_very_long_name_inde...'" },
	{ "lexicon t\ncategory A\x01 x\npattern a\n",
	  "t.lex:2:11: invalid character '\\x01' in a category id" },
	{ "lexicon t\ncategory A x\npattern a\n  frobnicate b\n",
	  "t.lex:4:3: unknown directive 'frobnicate'" },
	{ "category A x\npattern a\n",
	  "t.lex:1:1: missing 'lexicon ID' line before the first category" },
	{ "lexicon t\nlexicon u\ncategory A x\npattern a\n",
	  "t.lex:2:1: duplicate 'lexicon' line (first at line 1)" },
	{ "lexicon t\ntitle a\ntitle b\ncategory A x\npattern a\n",
	  "t.lex:3:1: duplicate 'title' line (first at line 2)" },
	{ "lexicon t\ncategory A x\npattern a\ntitle T\n",
	  "t.lex:4:1: 'title' belongs in the header, before the first category" },
	{ "lexicon t\ncategory A x\npattern a\nlexicon u\n",
	  "t.lex:4:1: 'lexicon' belongs in the header, before the first category" },
	{ "lexicon t\ncategory A x\npattern a\ncategory a y\npattern b\n",
	  "t.lex:4:10: duplicate category id 'a' (first at line 2)" },
	{ "lexicon t\ncategory A/B x\npattern a\n",
	  "t.lex:2:11: invalid character '/' in a category id (use letters, digits, '_', '-', '.')" },
	{ "lexicon t\ncategory Ü x\npattern a\n",
	  "t.lex:2:10: invalid character 'Ü' in a category id" },
	{ "lexicon my lexicon\ncategory A x\npattern a\n",
	  "t.lex:1:11: the lexicon id must be one word" },
	{ "lexicon t\nthreshold abc\ncategory A x\npattern a\n",
	  "t.lex:2:11: bad number 'abc' for 'threshold' (write it like 2 or 0.5)" },
	{ "lexicon t\ncategory A x\npattern a\nthreshold 1,5\n",
	  "t.lex:4:11: bad number '1,5' for 'threshold'" },
	{ "lexicon t\ncategory A x\npattern 123456789012345678901234 foo\n",
	  "t.lex:3:9: bad number '123456789012345678901234' for the weight" },
	{ "lexicon t\ncategory A x\npattern -1 foo\n",
	  "t.lex:3:9: negative weight" },
	{ "lexicon t\ncategory A x\npattern a\nthreshold -2\n",
	  "t.lex:4:11: negative threshold" },
	{ "lexicon t\ncategory A x\npattern a\nthreshold 1\nthreshold 2\n",
	  "t.lex:5:1: duplicate 'threshold' in a category (first at line 4)" },
	{ "lexicon t\npattern a\ncategory A x\npattern a\n",
	  "t.lex:2:1: 'pattern' outside a category (start one with 'category ID TITLE')" },
	{ "lexicon t\nexclude a\ncategory A x\npattern a\n",
	  "t.lex:2:1: 'exclude' outside a category" },
	{ "lexicon t\nexample a\ncategory A x\npattern a\n",
	  "t.lex:2:1: 'example' outside a category" },
	{ "lexicon t\ncounter a\ncategory A x\npattern a\n",
	  "t.lex:2:1: 'counter' outside a category" },
	{ "lexicon t\ncategory A x\npattern\n",
	  "t.lex:3:8: 'pattern' needs a regular expression" },
	{ "lexicon t\ncategory A x\npattern   \t \n",
	  "t.lex:3:8: 'pattern' needs a regular expression" },
	{ "lexicon t\ncategory\n",
	  "t.lex:2:9: 'category' needs an id and a title" },
	{ "lexicon\ncategory A x\npattern a\n",
	  "t.lex:1:8: 'lexicon' needs an id" },
	{ "lexicon t\ncategory A x\nexclude a\ncategory B y\npattern b\n",
	  "t.lex:2:1: category 'A' has no pattern" },
	{ "lexicon t\ncategory A x\npattern caf\xe9 au lait\n",
	  "t.lex:3:12: invalid UTF-8 (byte 0xE9): a lexicon is UTF-8 text" },
	{ "lexicon t\ncategory A x\npattern a\xc3\xa9\xff\n",
	  "t.lex:3:11: invalid UTF-8 (byte 0xFF)" },
	{ "lexicon t\ncategory A x\npattern (\n",
	  "t.lex:3:10: missing closing parenthesis" },
	{ "lexicon t\ncategory A x\npattern a)\n",
	  "t.lex:3:10: unmatched closing parenthesis" },
	{ "lexicon t\ncategory A x\npattern \xc3\xa9t\xc3\xa9 (\n",   /* columns count characters */
	  "t.lex:3:14: missing closing parenthesis" },
	{ "lexicon t\ncategory A x\npattern [z-a]\n",
	  "t.lex:3:12: range out of order in character class" },
	{ "lexicon t\ncategory A x\npattern a*\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern \\b\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern (?=x)\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern (?=migrants)\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern (*pla:x)|(?=[(])\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern \\bx?(?=y(?=z))\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern x?\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern foo|\n",
	  "t.lex:3:9: pattern can match the empty string" },
	{ "lexicon t\ncategory A x\npattern a\\Cb\n",
	  "t.lex:3:12: using \\C is disabled by the application" },
	{ "lexicon t\ncontext none\ncategory A x\npattern a\n",
	  "t.lex:2:9: 'context none' is for categories" },
	{ "lexicon t\ncategory A x\ncontext \\bx\\b\ncontext none\npattern a\n",
	  "t.lex:4:9: 'context none' in a category that has context patterns" },
	{ "lexicon t\ncategory A x\ncontext none\ncontext \\bx\\b\npattern a\n",
	  "t.lex:4:9: context pattern in a category with 'context none' (line 3)" },
	{ "lexicon t\ncategory A x\npattern a\0b\n",
	  "t.lex:3:10: NUL byte in the line" },
	{ "lexicon t\n",
	  "t.lex:1:1: the lexicon has no category" },
	{ "",
	  "t.lex:1:1: missing 'lexicon ID' line" },
};

TEST(lexicon_errors_each_kind)
{
	struct pl_buf d = PL_BUF_INIT;
	for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
		struct pl_lexicon *lx = (struct pl_lexicon *)1;
		struct pl_err e;
		pl_err_clear(&e);
		pl_buf_clear(&d);
		const char *text = error_cases[i].text;
		/* the NUL case: its length goes past the NUL */
		size_t len = strlen(text);
		if (strstr(error_cases[i].diag, "NUL"))
			len += 1 + strlen(text + len + 1);
		int rc = pl_lexicon_parse("t.lex", text, len, &lx, &d, &e);
		if (rc != PL_EUSAGE || lx != NULL ||
		    strncmp(pl_buf_str(&d), error_cases[i].diag, strlen(error_cases[i].diag)) != 0) {
			harness_fail(__FILE__, __LINE__, "case %zu: rc %d, diagnostics:\n%s\nexpected:\n%s",
			             i, rc, pl_buf_str(&d), error_cases[i].diag);
			pl_lexicon_free(lx == (struct pl_lexicon *)1 ? NULL : lx);
			break;
		}
		CHECK(strncmp(e.msg, "'t.lex': ", 9) == 0);
		CHECK(strstr(e.msg, " error") != NULL);
	}
	pl_buf_release(&d);
}

TEST(lexicon_lookaheads_that_consume_are_fine)
{
	struct pl_buf d = PL_BUF_INIT;
	int rc;
	struct pl_lexicon *lx = parse("lexicon t\ncategory A x\n"
	                              "pattern \\bfoo(?=bar)\n"
	                              "pattern (?=\\w)x\n"
	                              "pattern (?!x)y\n"
	                              "pattern (?<=a)b\n"
	                              "pattern [(?=]\n"
	                              "pattern \\Q(?=\\E\n"
	                              "pattern \\(?=x\\)\n", &d, &rc);
	CHECK_INT(rc, PL_OK);
	CHECK_INT(pl_lexicon_npatterns(lx), 7);
	pl_lexicon_free(lx);
	pl_buf_release(&d);
}

TEST(lexicon_error_format_and_caret)
{
	struct pl_buf d = PL_BUF_INIT;
	int rc;
	struct pl_lexicon *lx = parse("lexicon t\ncategory A x\npattern (\n", &d, &rc);
	CHECK(lx == NULL);
	CHECK_INT(rc, PL_EUSAGE);
	CHECK_STR(pl_buf_str(&d), "t.lex:3:10: missing closing parenthesis\n"
	                          "  pattern (\n"
	                          "           ^\n");
	/* A tab in the line is repeated in the caret line, so they line up. */
	parse("lexicon t\ncategory A x\npattern\t\xc3\xa9(\n", &d, &rc);
	CHECK_STR(pl_buf_str(&d), "t.lex:3:11: missing closing parenthesis\n"
	                          "  pattern\t\xc3\xa9(\n"
	                          "         \t  ^\n");
	/* Control characters are shown escaped, and the caret follows. */
	parse("lexicon t\ncategory A x\npattern \x01" "a(\n", &d, &rc);
	CHECK_STR(pl_buf_str(&d), "t.lex:3:12: missing closing parenthesis\n"
	                          "  pattern \\x01a(\n"
	                          "                ^\n");
	pl_buf_release(&d);
}

TEST(lexicon_all_errors_collected_in_order)
{
	struct pl_buf d = PL_BUF_INIT;
	struct pl_lexicon *lx = NULL;
	struct pl_err e;
	const char *text = "lexicon t\n"
	                   "category A x\n"
	                   "exclude (\n"
	                   "bogus 1\n"
	                   "category A y\n"
	                   "pattern a*\n";
	int rc = pl_lexicon_parse("t.lex", text, strlen(text), &lx, &d, &e);
	CHECK_INT(rc, PL_EUSAGE);
	CHECK(lx == NULL);
	CHECK_STR(e.msg, "'t.lex': 5 errors");
	const char *s = pl_buf_str(&d);
	const char *a = strstr(s, "t.lex:2:1: category 'A' has no pattern");
	const char *b = strstr(s, "t.lex:3:10: missing closing parenthesis");
	const char *c = strstr(s, "t.lex:4:1: unknown directive 'bogus'");
	const char *f = strstr(s, "t.lex:5:10: duplicate category id 'A' (first at line 2)");
	const char *g = strstr(s, "t.lex:6:9: pattern can match the empty string");
	CHECK(a && b && c && f && g);
	CHECK(a < b && b < c && c < f && f < g);
	pl_buf_release(&d);
}

TEST(lexicon_pcre2_error_columns)
{
	struct pl_buf d = PL_BUF_INIT;
	struct pl_buf text = PL_BUF_INIT;
	int rc;
	/* 1000 nested groups: PCRE2 stops at the nest limit, and the column
	 * points where it stopped, past the pattern's start. */
	pl_buf_adds(&text, "lexicon t\ncategory A x\npattern ");
	for (int i = 0; i < 1000; i++)
		pl_buf_addc(&text, '(');
	pl_buf_adds(&text, "a");
	for (int i = 0; i < 1000; i++)
		pl_buf_addc(&text, ')');
	pl_buf_addc(&text, '\n');
	struct pl_lexicon *lx = parse(pl_buf_str(&text), &d, &rc);
	CHECK(lx == NULL);
	CHECK_INT(rc, PL_EUSAGE);
	int line = 0, col = 0;
	CHECK(sscanf(pl_buf_str(&d), "t.lex:%d:%d:", &line, &col) == 2);
	CHECK_INT(line, 3);
	CHECK(col > 9 && col <= 9 + 1000);
	CHECK(strstr(pl_buf_str(&d), "parentheses are too deeply nested") != NULL);
	/* The long line is shown as a window around the column. */
	CHECK(strstr(pl_buf_str(&d), "\n  ...((((") != NULL);

	/* Too long a pattern: our own message, at the pattern's column. */
	pl_buf_clear(&text);
	pl_buf_adds(&text, "lexicon t\ncategory A x\npattern ");
	for (unsigned i = 0; i <= PL_MAX_PATTERN; i++)
		pl_buf_addc(&text, 'a');
	pl_buf_addc(&text, '\n');
	parse(pl_buf_str(&text), &d, &rc);
	CHECK_INT(rc, PL_EUSAGE);
	CHECK(strncmp(pl_buf_str(&d), "t.lex:3:9: pattern too long (16385 bytes; the limit is 16384)",
	              61) == 0);
	/* Exactly at the limit is fine. */
	pl_buf_clear(&text);
	pl_buf_adds(&text, "lexicon t\ncategory A x\npattern ");
	for (unsigned i = 0; i < PL_MAX_PATTERN; i++)
		pl_buf_addc(&text, 'a');
	pl_buf_addc(&text, '\n');
	lx = parse(pl_buf_str(&text), &d, &rc);
	CHECK_INT(rc, PL_OK);
	pl_lexicon_free(lx);
	pl_buf_release(&text);
	pl_buf_release(&d);
}

TEST(lexicon_bom_and_crlf)
{
	struct pl_buf d = PL_BUF_INIT;
	int rc;
	struct pl_lexicon *lx = parse("\xef\xbb\xbflexicon t\r\n"
	                              "title T  \r\n"
	                              "\r\n"
	                              "# comment\r\n"
	                              "category A x\r\n"
	                              "pattern \\bfoo$\r\n", &d, &rc);
	CHECK_INT(rc, PL_OK);
	CHECK_STR(pl_lexicon_id(lx), "t");
	CHECK_STR(pl_lexicon_title(lx), "T");
	CHECK_STR(pl_lexicon_pattern(lx, 0)->source, "\\bfoo$");
	CHECK_INT(pl_lexicon_pattern(lx, 0)->line, 6);
	pl_lexicon_free(lx);
	/* Columns on the first line do not count the BOM. */
	lx = parse("\xef\xbb\xbflexicon t\r\ncategory A x\r\npattern (\r\n", &d, &rc);
	CHECK(lx == NULL);
	CHECK_STR(pl_buf_str(&d), "t.lex:3:10: missing closing parenthesis\n"
	                          "  pattern (\n"
	                          "           ^\n");
	parse("\xef\xbb\xbflexiconx t\r\n", &d, &rc);
	CHECK(strncmp(pl_buf_str(&d), "t.lex:1:1: unknown directive 'lexiconx'", 39) == 0);
	pl_buf_release(&d);
}

/* A lexicon without a single example loads, its categories with none
 * (their example arrays once pointed at an offset from a null pointer). */
TEST(lexicon_without_examples)
{
	struct pl_buf d = PL_BUF_INIT;
	int rc;
	struct pl_lexicon *lx = parse("lexicon t\ncategory A x\npattern \\bmigrants?\\b\n"
	                              "category B y\npattern \\brefugees?\\b\n", &d, &rc);
	CHECK_INT(rc, PL_OK);
	CHECK_INT((int)pl_lexicon_ncategories(lx), 2);
	for (size_t i = 0; i < 2; i++) {
		CHECK_INT((int)pl_lexicon_category(lx, i)->nexamples, 0);
		CHECK(pl_lexicon_category(lx, i)->examples == NULL);
	}
	pl_lexicon_free(lx);
	pl_buf_release(&d);
}

TEST(lexicon_load_file)
{
	char path[512];
	snprintf(path, sizeof path, "%s/gcm.lex", harness_tmpdir());
	FILE *f = fopen(path, "wb");
	CHECK(f != NULL);
	fputs(readme_lex, f);
	fclose(f);
	struct pl_lexicon *lx = NULL;
	struct pl_buf d = PL_BUF_INIT;
	struct pl_err e;
	CHECK_INT(pl_lexicon_load(path, &lx, &d, &e), PL_OK);
	CHECK_STR(pl_lexicon_path(lx), path);
	char hex[65];
	pl_sha256_hex(readme_lex, strlen(readme_lex), hex);
	CHECK_STR(pl_lexicon_hash(lx), hex);
	pl_lexicon_free(lx);

	snprintf(path, sizeof path, "%s/missing.lex", harness_tmpdir());
	CHECK_INT(pl_lexicon_load(path, &lx, &d, &e), PL_EIO);
	CHECK(lx == NULL);
	CHECK(strstr(e.msg, "cannot open") != NULL);
	CHECK(strstr(e.msg, "missing.lex") != NULL);

	/* Errors name the file by its path. */
	snprintf(path, sizeof path, "%s/bad.lex", harness_tmpdir());
	f = fopen(path, "wb");
	fputs("lexicon t\ncategory A x\npattern (\n", f);
	fclose(f);
	pl_buf_clear(&d);
	CHECK_INT(pl_lexicon_load(path, &lx, &d, &e), PL_EUSAGE);
	char want[600];
	snprintf(want, sizeof want, "%s:3:10: missing closing parenthesis", path);
	CHECK(strncmp(pl_buf_str(&d), want, strlen(want)) == 0);
	snprintf(want, sizeof want, "'%s': 1 error", path);
	CHECK_STR(e.msg, want);
	pl_buf_release(&d);
}

TEST(lexicon_catastrophic_pattern_warns)
{
	struct pl_buf d = PL_BUF_INIT;
	int rc;
	struct pl_lexicon *lx = parse("lexicon t\ncategory A x\npattern \\bfine\\b\n"
	                              "pattern (a+)+$\n"
	                              "pattern (\\w+\\s?)+$\n", &d, &rc);
	CHECK_INT(rc, PL_OK);   /* a warning, not an error */
	CHECK(lx != NULL);
	const char *s = pl_buf_str(&d);
	CHECK(strncmp(s, "t.lex:4:9: warning: pattern may backtrack catastrophically (",
	              60) == 0);
	CHECK(strstr(s, "t.lex:5:9: warning: pattern may backtrack catastrophically") != NULL);
	CHECK(strstr(s, "t.lex:3:") == NULL);
	CHECK_INT(pl_lexicon_npatterns(lx), 3);
	pl_lexicon_free(lx);
	pl_buf_release(&d);
}

/* ---- tagging ---- */

struct fixture {
	struct pl_lexicon *lx;
	struct pl_tagger *t;
	struct pl_tagging out;
};

static int fixture_open(struct fixture *fx, const char *text)
{
	struct pl_buf d = PL_BUF_INIT;
	struct pl_err e;
	memset(fx, 0, sizeof *fx);
	int rc = pl_lexicon_parse("t.lex", text, strlen(text), &fx->lx, &d, &e);
	if (rc)
		printf("  # %s\n%s", e.msg, pl_buf_str(&d));
	pl_buf_release(&d);
	if (!rc)
		rc = pl_tagger_new(fx->lx, &fx->t, &e);
	return rc;
}

static void fixture_close(struct fixture *fx)
{
	pl_tagging_release(&fx->out);
	pl_tagger_free(fx->t);
	pl_lexicon_free(fx->lx);
}

static const struct pl_category_result *tag(struct fixture *fx, const char *text, size_t cat)
{
	struct pl_err e;
	if (pl_tagger_run(fx->t, text, strlen(text), &fx->out, &e) != PL_OK)
		return NULL;
	return &fx->out.categories[cat];
}

TEST(tagger_weights_and_threshold)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, "lexicon t\ncategory A x\nthreshold 2\ncontext none\n"
	                            "pattern \\balpha\\b\npattern \\bbeta\\b\n"
	                            "pattern 0.5 \\bgamma\\b\n"
	                            "category B y\ncontext none\npattern 0 \\balpha\\b\n"
	                            "threshold 0\n"), PL_OK);
	const struct pl_category_result *r = tag(&fx, "alpha", 0);
	CHECK(r && r->score == 1 && !r->tagged && r->context_ok);
	r = tag(&fx, "ALPHA and Beta", 0);
	CHECK(r && r->score == 2 && r->tagged);
	/* a pattern counts once however often it matches; every match is a span */
	r = tag(&fx, "alpha gamma gamma alpha", 0);
	CHECK(r && r->score == 1.5 && !r->tagged);
	CHECK_INT(fx.out.nspans, 6);   /* 2 alpha, 2 gamma, and B's 2 alpha */
	CHECK_INT(fx.out.spans[0].pattern, 0);
	CHECK_INT(fx.out.spans[0].start, 0);
	CHECK_INT(fx.out.spans[0].end, 5);
	CHECK_INT(fx.out.spans[1].pattern, 0);
	CHECK_INT(fx.out.spans[1].start, 18);
	CHECK_INT(fx.out.spans[2].pattern, 2);
	CHECK_INT(fx.out.spans[2].start, 6);
	CHECK_INT(fx.out.spans[3].start, 12);
	CHECK_INT(fx.out.spans[4].pattern, 3);
	/* weight 0 and threshold 0: a score of 0 never tags */
	r = tag(&fx, "alpha", 1);
	CHECK(r && r->score == 0 && !r->tagged);
	r = tag(&fx, "nothing here", 0);
	CHECK(r && r->score == 0 && !r->tagged);
	CHECK_INT(fx.out.nspans, 0);
	CHECK_INT(fx.out.ncategories, 2);
	fixture_close(&fx);
}

TEST(tagger_exclusion_and_context)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, readme_lex), PL_OK);
	/* O10 (index 1) uses the header's context */
	const struct pl_category_result *r = tag(&fx, "Drug trafficking across the border "
	                                              "worries migrants.", 1);
	CHECK(r && r->score == 0 && !r->tagged && r->context_ok);
	int suppressed = 0;
	for (size_t i = 0; i < fx.out.nspans; i++)
		if (fx.out.spans[i].pattern == 8) {
			CHECK(fx.out.spans[i].suppressed);
			suppressed++;
		}
	CHECK_INT(suppressed, 1);
	r = tag(&fx, "Human trafficking and drug trafficking harm migrants.", 1);
	CHECK(r && r->score == 2 && r->tagged);
	r = tag(&fx, "Trafficking in persons affects migrants.", 1);
	CHECK(r && r->score == 2 && r->tagged && r->context_ok);
	r = tag(&fx, "Trafficking in persons is a crime.", 1);
	CHECK(r && r->score == 2 && !r->tagged && !r->context_ok);
	r = tag(&fx, "Trafficked refugees.", 1);
	CHECK(r && r->score == 1 && r->tagged);
	/* O20 (index 0): context none */
	r = tag(&fx, "Remittances matter.", 0);
	CHECK(r && r->score == 2 && r->tagged && r->context_ok);
	r = tag(&fx, "The remittance of taxes was late.", 0);
	CHECK(r && r->score == 0 && !r->tagged);
	/* O5.b (index 2): its own context, threshold 2 */
	r = tag(&fx, "Visa pathways for migrants.", 2);
	CHECK(r && r->score == 2 && !r->context_ok && !r->tagged);
	r = tag(&fx, "Visa pathways for labor.", 2);
	CHECK(r && r->score == 2 && r->context_ok && r->tagged);
	r = tag(&fx, "A visa for workers.", 2);
	CHECK(r && r->score == 1 && r->context_ok && !r->tagged);

	/* the examples and counters of the lexicon hold */
	for (size_t c = 0; c < pl_lexicon_ncategories(fx.lx); c++) {
		const struct pl_category *cat = pl_lexicon_category(fx.lx, c);
		for (size_t k = 0; k < cat->nexamples; k++) {
			r = tag(&fx, cat->examples[k].text, c);
			CHECK(r && r->tagged == cat->examples[k].must_match);
		}
	}
	fixture_close(&fx);
}

TEST(tagger_no_header_context_means_no_requirement)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, "lexicon t\ncategory A x\npattern \\bborders?\\b\n"), PL_OK);
	const struct pl_category_result *r = tag(&fx, "Open borders.", 0);
	CHECK(r && r->context_ok && r->tagged);
	fixture_close(&fx);
}

TEST(tagger_unicode_caseless)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, "lexicon t\n"
	                            "category A x\ncontext none\npattern \\b\xc3\x89migration\\b\n"
	                            "category B x\ncontext none\npattern \\bstra\xc3\x9f" "e\\b\n"
	                            "category C x\ncontext none\npattern \\bkelvin\\b\n"
	                            "category D x\ncontext none\npattern \xcf\x83\n"
	                            "category E x\ncontext none\npattern \\bsmuggl\\w*\n"), PL_OK);
	const struct pl_category_result *r = tag(&fx, "l'\xc3\xa9migration", 0);   /* émigration */
	CHECK(r && r->tagged);
	r = tag(&fx, "L'\xc3\x89MIGRATION", 0);
	CHECK(r && r->tagged);
	r = tag(&fx, "l'emigration", 0);
	CHECK(r && !r->tagged);
	r = tag(&fx, "STRA\xe1\xba\x9e" "E", 1);   /* capital sharp s U+1E9E */
	CHECK(r && r->tagged);
	r = tag(&fx, "STRASSE", 1);                /* PCRE2 folds one character to one */
	CHECK(r && !r->tagged);
	r = tag(&fx, "\xe2\x84\xaa" "ELVIN", 2);   /* KELVIN SIGN */
	CHECK(r && r->tagged);
	r = tag(&fx, "\xce\xa3", 3);               /* capital sigma */
	CHECK(r && r->tagged);
	r = tag(&fx, "\xcf\x82", 3);               /* final sigma */
	CHECK(r && r->tagged);
	r = tag(&fx, "\xc5\xbfmuggling", 4);       /* long s */
	CHECK(r && r->tagged);
	fixture_close(&fx);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

TEST(tagger_catastrophic_pattern_is_skipped)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, "lexicon t\ncategory A x\ncontext none\npattern (a+)+$\n"
	                            "category B x\ncontext none\npattern \\bzzz\\b\n"
	                            "category C x\ncontext none\npattern a{3}!\n"), PL_OK);
	struct pl_buf text = PL_BUF_INIT;
	for (int i = 0; i < 10000; i++)
		pl_buf_addc(&text, 'a');
	/* The match at the end lets the text through the prefilter; PCRE2
	 * gives up long before it, in the run of a's. */
	pl_buf_adds(&text, "! zzz aaa");
	double t0 = now_s();
	struct pl_err e;
	CHECK_INT(pl_tagger_run(fx.t, text.data, text.len, &fx.out, &e), PL_OK);
	double dt = now_s() - t0;
	CHECK(dt < 2.0);
	CHECK_INT(pl_tagger_limit_hits(fx.t, 0), 1);
	CHECK_INT(pl_tagger_limit_hits(fx.t, 1), 0);
	CHECK(!fx.out.categories[0].tagged);
	CHECK(fx.out.categories[1].tagged);
	CHECK(fx.out.categories[2].tagged);
	for (size_t i = 0; i < fx.out.nspans; i++)
		CHECK(fx.out.spans[i].pattern != 0);
	/* counted per text */
	CHECK_INT(pl_tagger_run(fx.t, text.data, text.len, &fx.out, &e), PL_OK);
	CHECK_INT(pl_tagger_limit_hits(fx.t, 0), 2);
	/* and a text where it is harmless still matches */
	CHECK_INT(pl_tagger_run(fx.t, "aaa", 3, &fx.out, &e), PL_OK);
	CHECK(fx.out.categories[0].tagged);
	CHECK_INT(pl_tagger_limit_hits(fx.t, 0), 2);
	pl_buf_release(&text);
	fixture_close(&fx);
}

/* Does Hyperscan itself refuse this pattern in prefilter mode? */
static int hyperscan_refuses(const char *pattern)
{
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	unsigned flags = HS_FLAG_PREFILTER | HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP |
	                 HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY;
	if (hs_compile(pattern, flags, HS_MODE_BLOCK, NULL, &db, &ce) != HS_SUCCESS) {
		hs_free_compile_error(ce);
		return 1;
	}
	hs_free_database(db);
	return 0;
}

TEST(tagger_patterns_hyperscan_refuses_run_with_pcre2)
{
	CHECK(hyperscan_refuses("\\bdrug \\Ktrafficking"));
	CHECK(hyperscan_refuses("(?|(migrants)|(refugees))\\b"));
	CHECK(hyperscan_refuses("(\\w)(?1)\\b"));
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, "lexicon t\n"
	                            "category A x\ncontext none\npattern \\bdrug \\Ktrafficking\n"
	                            "category B x\ncontext none\npattern (?|(migrants)|(refugees))\\b\n"
	                            "category C x\ncontext none\npattern \\b(\\w+) \\1\\b\n"
	                            "category D x\ncontext none\n"
	                            "pattern (?x) climate \\s+ change  # spaces do not count\n"
	                            "category E x\ncontext none\npattern \\b(?<=the )world\\b\n"
	                            "category F x\ncontext none\npattern \\bxa(?1)(b)\n"), PL_OK);
	const struct pl_category_result *r = tag(&fx, "Against drug trafficking.", 0);
	CHECK(r && r->tagged);
	CHECK_INT(fx.out.nspans, 1);
	CHECK_INT(fx.out.spans[0].start, 13);   /* \K moved the start */
	CHECK_INT(fx.out.spans[0].end, 24);
	r = tag(&fx, "Refugees and migrants.", 1);
	CHECK(r && r->tagged);
	CHECK_INT(fx.out.nspans, 2);
	r = tag(&fx, "We we must act.", 2);
	CHECK(r && r->tagged);
	r = tag(&fx, "We must act.", 2);
	CHECK(r && !r->tagged);
	r = tag(&fx, "Climate   change.", 3);
	CHECK(r && r->tagged);
	r = tag(&fx, "Across the world.", 4);
	CHECK(r && r->tagged);
	r = tag(&fx, "A world.", 4);
	CHECK(r && !r->tagged);
	r = tag(&fx, "xabb", 5);
	CHECK(r && r->tagged);
	fixture_close(&fx);
}

TEST(tagger_reuses_its_arrays)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, "lexicon t\ncategory A x\ncontext none\npattern \\bthe\\b\n"),
	          PL_OK);
	struct pl_buf text = PL_BUF_INIT;
	for (int i = 0; i < 1000; i++)
		pl_buf_adds(&text, "the ");
	struct pl_err e;
	CHECK_INT(pl_tagger_run(fx.t, text.data, text.len, &fx.out, &e), PL_OK);
	CHECK_INT(fx.out.nspans, 1000);
	struct pl_span *spans = fx.out.spans;
	struct pl_category_result *cats = fx.out.categories;
	size_t cap = fx.out.cap;
	for (int k = 0; k < 100; k++)
		CHECK_INT(pl_tagger_run(fx.t, text.data, text.len / 2, &fx.out, &e), PL_OK);
	CHECK_INT(fx.out.nspans, 500);
	CHECK(fx.out.spans == spans && fx.out.categories == cats && fx.out.cap == cap);
	pl_buf_release(&text);
	fixture_close(&fx);
}

/* ---- the prefilter gives what running every pattern gives ---- */

/* Patterns of many shapes: word lists, alternations, endings, classes,
 * Unicode properties, look-arounds, references, quoting, anchors, options. */
static const char equiv_lex[] =
	"lexicon eq\n"
	"context \\bmigra(?:nt|nts|tion|tions|tory)\\b\n"
	"context \\b(?:refugees?|displace(?:d|ment)|asylum)\\b\n"
	"category MIG migration\n"
	"pattern 2 \\bmigra\\w*\n"
	"pattern \\brefugees?\\b\n"
	"pattern \\b(?:asylum|border|borders|diaspora|remittances?)\\b\n"
	"pattern \\btraffick\\w*\n"
	"exclude \\b(?:drug|drugs|arms|weapons?)[- ]traffick\\w*\n"
	"pattern \\bsmuggl(?:e|ed|er|ers|ing)\\b\n"
	"threshold 2\n"
	"category DEV development\n"
	"context none\n"
	"pattern \\bsustainable development\\b\n"
	"pattern \\bdevelop(?:ment|ing|ed)\\b\n"
	"pattern 0.5 \\b(?:poverty|hunger)\\b\n"
	"exclude \\bdeveloped countries\\b\n"
	"threshold 1.5\n"
	"category PEACE peace and security\n"
	"context \\b(?:peace|security|conflict)\\b\n"
	"pattern \\bpeace\\w*+\n"
	"pattern \\bsecurity council\\b\n"
	"pattern \\bnuclear\\b\n"
	"exclude \\bnuclear[- ]free\\b\n"
	"pattern \\bterror(?:ism|ist|ists)?\\b\n"
	"pattern \\bweapons? of mass destruction\\b\n"
	"category SHAPES regex shapes\n"
	"context none\n"
	"pattern \\b\\d{4}\\b\n"
	"pattern \\b[A-Z]{3,}\\b\n"
	"pattern (?-i)\\b[A-Z][a-z]+ Nations\\b\n"
	"pattern \\p{Lu}\\p{Ll}+ian\\b\n"
	"pattern [[:punct:]]{2}\n"
	"pattern \\bco-?operation\\b\n"
	"pattern \\b(\\w+) \\1\\b\n"
	"pattern (?<=the )world\\b\n"
	"pattern (?<!\\w)global(?! warming)\\b\n"
	"pattern (?>\\w+)ism\\b\n"
	"pattern \\bnon-\\w+\n"
	"pattern \\x{2019}s\\b\n"
	"pattern \\Qe.g.\\E|\\Qi.e.\\E\n"
	"pattern \\$\\s?\\d+|\\bdollars?\\b\n"
	"pattern \\bper cent\\b|%\n"
	"pattern ^The\\b\n"
	"pattern \\.$\n"
	"pattern \\bAfrica\\b.*\\bEurope\\b\n"
	"pattern \\bwom[ae]n\\b\n"
	"pattern \\bchild(?:ren)?\\b\n"
	"pattern \\s{3,}\n"
	"pattern \\b\\w+tion\\b\n"
	"pattern \\bthe\\b\n"
	"pattern (?i:ASYLUM)\n"
	"pattern \\bxenophob\\w*|\\bracis[mt]\\b\n"
	"pattern \\b(?<name>ha)\\k<name>\n"
	"pattern \\bsec\\w{2,}ty\\b\n"
	"pattern (?x) climate \\s+ change\n"
	"pattern \\bdrug \\Ktrafficking\n"
	"pattern \\R\n"
	"pattern \\bX\\N\n"
	"pattern \\X\\x{301}\n"
	"category UNI unicode\n"
	"context none\n"
	"pattern \\b\xc3\xa9migr\\w*\n"
	"pattern [\xc3\xa9\xc3\xa8\xc3\xaa]\\w\n"
	"pattern \\x{e9}t\\x{e9}\n"
	"pattern \\p{Han}+\n"
	"pattern \\p{Arabic}+\n"
	"pattern [[:cntrl:]]\n"
	"pattern x\\wy\n"
	"pattern \\d\\b\n"
	"pattern \\x{10D0}\n"
	"pattern \\bstra\xc3\x9f" "e\\b\n"
	"pattern \\bkelvin\\b\n"
	"pattern \xcf\x83\\w\n"
	"pattern \\p{Greek}{3}\n"
	"pattern [^\\W\\d_]{20,}\n"
	"pattern \\w\\x{300}\n"
	"pattern (?-i)x[^\\x00-\\x7F]y\n"       /* matches the Kelvin sign only case-sensitively */
	"pattern (?-i:x[^kKsS]y)\n";

/* Passages that exercise Unicode tables: characters Hyperscan 5.4 and
 * PCRE2 10.42 classify differently, caseless pairs, combining marks. */
static const char *const unicode_passages[] = {
	"La migration irr\xc3\xa9guli\xc3\xa8re et l'\xc3\xa9migration des \xc3\xa9t\xc3\xa9s.",
	"L'\xc3\x89MIGRATION \xc3\x89T\xc3\x89 ",
	"STRA\xe1\xba\x9e" "E und Stra\xc3\x9f" "e",
	"\xe2\x84\xaa" "ELVIN and \xc5\xbfmuggling",
	"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x8a\xce\xa3\xce\xa5",
	"x\xd5\xa0y Armenian letter added in Unicode 11",
	"digit \xf0\x90\xb4\xb0 Hanifi Rohingya",
	"\xe7\xa7\xbb\xe6\xb0\x91\xe3\x80\x81\xe9\x9b\xa3\xe6\xb0\x91",
	"\xe3\x80\x81",
	"\xd9\x85\xd9\x87\xd8\xa7\xd8\xac\xd8\xb1\xd8\x8c \xd9\x84\xd8\xa7\xd8\xac\xd8\xa6",
	"\xd8\x8c",
	"next line\xc2\x85there",
	"Georgian \xe1\xb2\x90 Mtavruli",
	"Cherokee \xe1\x8f\xb5 small",
	"e\xcc\x81t\xc3\xa9 combining",
	"X\xcc\x81 and X\xe2\x80\x8d",
	"line\r\nbreak",
	"Ha ha HAHA",
	"\xd0\x9c\xd0\xb8\xd0\xb3\xd1\x80\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8f \xd0\xbc\xd0\xb8\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbd\xd1\x82\xd0\xbe\xd0\xb2",
	"Supercalifragilisticexpialidocious\xe2\x80\x99s",
	"x\xe2\x84\xaay and x\xc5\xbfy",
};

struct naive_span {
	size_t start, end;
	int pattern, suppressed;
};

/* Every pattern run on its own with pcre2_match, no prefilter, no limits,
 * and the README's scoring written out plainly. */
static int naive_run(const struct pl_lexicon *lx, pcre2_match_data *md,
                     pcre2_match_context *mc, const char *text, size_t len,
                     struct naive_span **spans, size_t *nspans, size_t *cap,
                     struct pl_category_result *res)
{
	size_t npat = pl_lexicon_npatterns(lx), ncat = pl_lexicon_ncategories(lx);
	*nspans = 0;
	for (size_t p = 0; p < npat; p++) {
		const pcre2_code *re = (const pcre2_code *)pl_lexicon_code(lx, p);
		size_t off = 0;
		uint32_t opts = 0;
		for (;;) {
			int rc = pcre2_match(re, (PCRE2_SPTR)text, len, off, opts, md, mc);
			if (rc == PCRE2_ERROR_NOMATCH) {
				if (!opts || off >= len)
					break;
				off++;
				while (off < len && (text[off] & 0xC0) == 0x80)
					off++;
				opts = 0;
				continue;
			}
			if (rc < 0)
				return -1;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			if (*nspans == *cap) {
				*cap = *cap ? *cap * 2 : 256;
				*spans = realloc(*spans, *cap * sizeof **spans);
			}
			size_t s = ov[0] > ov[1] ? ov[1] : ov[0];
			(*spans)[(*nspans)++] = (struct naive_span){ s, ov[1], (int)p, 0 };
			if (ov[1] > off) {
				off = ov[1];
				opts = 0;
			} else {
				opts = PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED;
			}
		}
	}
	for (size_t i = 0; i < *nspans; i++) {
		struct naive_span *h = &(*spans)[i];
		const struct pl_pattern *hp = pl_lexicon_pattern(lx, (size_t)h->pattern);
		if (hp->kind != PL_PAT_HIT)
			continue;
		for (size_t j = 0; j < *nspans; j++) {
			const struct naive_span *x = &(*spans)[j];
			const struct pl_pattern *xp = pl_lexicon_pattern(lx, (size_t)x->pattern);
			if (xp->kind == PL_PAT_EXCLUDE && xp->category == hp->category &&
			    h->start < x->end && x->start < h->end)
				h->suppressed = 1;
		}
	}
	for (size_t c = 0; c < ncat; c++) {
		const struct pl_category *cat = pl_lexicon_category(lx, c);
		double score = 0;
		int own = 0, header = 0, header_pats = 0;
		for (size_t p = 0; p < npat; p++) {
			const struct pl_pattern *pp = pl_lexicon_pattern(lx, p);
			if (pp->kind == PL_PAT_CONTEXT && pp->category == -1)
				header_pats++;
			int live = 0, any = 0;
			for (size_t i = 0; i < *nspans; i++)
				if ((*spans)[i].pattern == (int)p) {
					any = 1;
					live |= !(*spans)[i].suppressed;
				}
			if (pp->kind == PL_PAT_HIT && pp->category == (int)c && live)
				score += pp->weight;
			if (pp->kind == PL_PAT_CONTEXT && pp->category == (int)c && any)
				own = 1;
			if (pp->kind == PL_PAT_CONTEXT && pp->category == -1 && any)
				header = 1;
		}
		int ok = cat->context == PL_CTX_NONE ? 1 : cat->context == PL_CTX_OWN ? own
		         : (header || !header_pats);
		res[c].score = score;
		res[c].context_ok = ok;
		res[c].tagged = ok && score >= cat->threshold && score > 0;
	}
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted entries of a directory (not . and ..); NULL if it cannot be read. */
static char **list_dir(const char *path, size_t *n)
{
	DIR *d = opendir(path);
	if (!d)
		return NULL;
	char **names = NULL;
	size_t cap = 0;
	*n = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			names = realloc(names, cap * sizeof *names);
		}
		names[(*n)++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, *n, sizeof *names, cmp_names);
	return names;
}

static void free_list(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* Up to `max` passages (non-empty lines) from the UN General Debate corpus
 * beside the repository, one file from each session in turn. */
static size_t read_corpus(struct pl_buf *lines, size_t max)
{
	char root[1024];
	const char *top = getenv("PLENARY_TOP");
	snprintf(root, sizeof root, "%s/../shared/corpora/ungdc/txt", top ? top : ".");
	size_t nsess = 0, count = 0;
	char **sessions = list_dir(root, &nsess);
	if (!sessions)
		return 0;
	for (size_t round = 0; round < 8 && count < max; round++) {
		for (size_t s = 0; s < nsess && count < max; s++) {
			char dir[1400], path[1800];
			snprintf(dir, sizeof dir, "%s/%s", root, sessions[s]);
			size_t nfiles = 0;
			char **files = list_dir(dir, &nfiles);
			if (files && round * 17 < nfiles) {
				snprintf(path, sizeof path, "%s/%s", dir, files[round * 17]);
				FILE *f = fopen(path, "rb");
				char line[65536];
				while (f && count < max && fgets(line, sizeof line, f)) {
					size_t n = strcspn(line, "\n");
					if (n == 0 || !pl_utf8_valid(line, n))
						continue;
					pl_buf_add(lines, line, n);
					pl_buf_addc(lines, '\n');
					count++;
				}
				if (f)
					fclose(f);
			}
			free_list(files, nfiles);
		}
	}
	free_list(sessions, nsess);
	return count;
}

static size_t all_limit_hits(const struct fixture *fx)
{
	size_t n = 0;
	for (size_t i = 0; i < pl_lexicon_npatterns(fx->lx); i++)
		n += pl_tagger_limit_hits(fx->t, i);
	return n;
}

/* Compares the tagger with the naive run on one text; returns 0 if equal
 * (or when a limit stopped either: then there is nothing to compare). */
static int compare_one(struct fixture *fx, pcre2_match_data *md, pcre2_match_context *mc,
                       const char *text, size_t len, struct naive_span **ns, size_t *cap,
                       struct pl_category_result *res, size_t *total_spans)
{
	struct pl_err e;
	size_t nn = 0, limits = all_limit_hits(fx);
	if (pl_tagger_run(fx->t, text, len, &fx->out, &e) != PL_OK)
		return -1;
	if (all_limit_hits(fx) != limits || naive_run(fx->lx, md, mc, text, len, ns, &nn, cap, res))
		return 0;
	*total_spans += nn;
	if (nn != fx->out.nspans) {
		printf("  # %zu spans, naive %zu, in: %.*s\n", fx->out.nspans, nn, (int)len, text);
		for (size_t i = 0; i < nn; i++) {
			size_t j;
			for (j = 0; j < fx->out.nspans; j++)
				if (fx->out.spans[j].pattern == (*ns)[i].pattern &&
				    fx->out.spans[j].start == (*ns)[i].start)
					break;
			if (j == fx->out.nspans)
				printf("  # missing: pattern %d '%s' at %zu\n", (*ns)[i].pattern,
				       pl_lexicon_pattern(fx->lx, (size_t)(*ns)[i].pattern)->source,
				       (*ns)[i].start);
		}
		return 1;
	}
	for (size_t i = 0; i < nn; i++) {
		const struct pl_span *a = &fx->out.spans[i];
		const struct naive_span *b = &(*ns)[i];
		if (a->start != b->start || a->end != b->end || a->pattern != b->pattern ||
		    a->suppressed != b->suppressed) {
			printf("  # span %zu differs in: %.*s\n", i, (int)len, text);
			return 1;
		}
	}
	for (size_t c = 0; c < fx->out.ncategories; c++) {
		const struct pl_category_result *a = &fx->out.categories[c];
		if (a->score != res[c].score || a->context_ok != res[c].context_ok ||
		    a->tagged != res[c].tagged) {
			printf("  # category %zu differs in: %.*s\n", c, (int)len, text);
			return 1;
		}
	}
	return 0;
}

TEST(tagger_prefilter_equals_running_every_pattern)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, equiv_lex), PL_OK);
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	struct naive_span *ns = NULL;
	size_t cap = 0, total_spans = 0, tagged = 0;
	struct pl_category_result res[16];
	CHECK(pl_lexicon_ncategories(fx.lx) <= 16);

	for (size_t i = 0; i < sizeof unicode_passages / sizeof unicode_passages[0]; i++) {
		const char *s = unicode_passages[i];
		if (compare_one(&fx, md, NULL, s, strlen(s), &ns, &cap, res, &total_spans)) {
			harness_fail(__FILE__, __LINE__, "unicode passage %zu differs", i);
			goto out;
		}
	}
	size_t unicode_spans = total_spans;
	CHECK(unicode_spans > 40);

	struct pl_buf lines = PL_BUF_INIT;
	size_t n = read_corpus(&lines, 2000);
	if (n == 0) {
		printf("  # ../shared/corpora/ungdc/txt not found: corpus check skipped\n");
	} else {
		const char *p = lines.data, *end = lines.data + lines.len;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t len = (size_t)(nl - p);
			if (compare_one(&fx, md, NULL, p, len, &ns, &cap, res, &total_spans)) {
				harness_fail(__FILE__, __LINE__, "a corpus passage differs");
				break;
			}
			for (size_t c = 0; c < fx.out.ncategories; c++)
				tagged += fx.out.categories[c].tagged;
			p = nl + 1;
		}
		CHECK_INT(n, 2000);
		CHECK(total_spans - unicode_spans > 20000);   /* the check is not vacuous */
		CHECK(tagged > 1000);
	}
	for (size_t i = 0; i < pl_lexicon_npatterns(fx.lx); i++)
		CHECK_INT(pl_tagger_limit_hits(fx.t, i), 0);
	pl_buf_release(&lines);
out:
	free(ns);
	pcre2_match_data_free(md);
	fixture_close(&fx);
}

TEST(tagger_invalid_utf8_text_still_matches)
{
	struct fixture fx;
	CHECK_INT(fixture_open(&fx, "lexicon t\ncategory A x\ncontext none\npattern \\bfoo\\b\n"),
	          PL_OK);
	struct pl_err e;
	CHECK_INT(pl_tagger_run(fx.t, "\xff foo \xc3", 7, &fx.out, &e), PL_OK);
	CHECK(fx.out.categories[0].tagged);
	CHECK_INT(fx.out.nspans, 1);
	CHECK_INT(fx.out.spans[0].start, 2);
	fixture_close(&fx);
}

/* Random patterns built from the constructs the prefilter rewrites, on
 * random texts full of characters the two libraries' Unicode tables
 * disagree about: the tagger must give what PCRE2 alone gives. */
static uint32_t rnd_state = 2024;
static uint32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return rnd_state >> 8;
}

#define PICK(a) a[rnd() % (sizeof a / sizeof a[0])]

static const char *const rnd_atoms[] = {
	"a", "k", "s", "e", "t", "1", " ", "-", "\\.", "\xc3\xa9", "\xc3\x9f", "\xe2\x84\xaa",
	"\xc5\xbf", "\xcf\x83", "\xe1\x83\x90", "\xe7\xa7\xbb", "[a-z]", "[^a-z]", "[\xc3\xa9" "a]",
	"[[:alpha:]]", "[[:punct:]]", "[[:cntrl:]]", "\\w", "\\W", "\\d", "\\s", "\\S", "\\p{L}",
	"\\p{Han}", "\\P{L}", ".", "\\x{e9}", "[k]", "[^k]", "\\h", "\\N", "\\X", "\\R",
	"\\QA.b\\E", "\\Q\xc3\xa9k\\E", "[\xc3\xa0-\xc3\xbf]", "\\x{10D0}", "[]a]", "\\cA",
	"\\o{351}", "(?#c)", "\\b", "\\B", "[^\\x00-\\x7F]", "[^kKsS]",
};

static void rnd_pattern(struct pl_buf *b, int depth)
{
	static const char *const opens[] = {
		"(", "(?:", "(?=", "(?!", "(?>", "(?-i:", "(?i:", "(?s:",
	};
	static const char *const quants[] = { "", "", "", "?", "*", "+", "{1,3}", "+?", "*+", "{2}" };
	int n = 1 + (int)(rnd() % 4);
	for (int i = 0; i < n; i++) {
		unsigned r = rnd() % 16;
		if (r < 11 || depth > 1) {
			const char *a = PICK(rnd_atoms);
			pl_buf_adds(b, a);
			if (a[0] == '\\' && (a[1] == 'b' || a[1] == 'B'))
				continue;
		} else if (r == 11) {
			pl_buf_adds(b, "(?<=");
			pl_buf_adds(b, PICK(rnd_atoms));
			pl_buf_adds(b, ")");
			continue;
		} else {
			pl_buf_adds(b, PICK(opens));
			rnd_pattern(b, depth + 1);
			if (rnd() % 2) {
				pl_buf_addc(b, '|');
				rnd_pattern(b, depth + 1);
			}
			pl_buf_addc(b, ')');
		}
		pl_buf_adds(b, PICK(quants));
	}
}

TEST(tagger_prefilter_random_patterns)
{
	static const char *const chars[] = {
		"a", "k", "K", "s", "S", "e", "t", "x", "1", " ", " ", "-", ".", "\n",
		"\xc3\xa9", "\xc3\x89", "\xc3\x9f", "\xe1\xba\x9e", "\xe2\x84\xaa", "\xc5\xbf",
		"\xcf\x83", "\xcf\x82", "\xce\xa3", "\xe1\x83\x90", "\xe1\xb2\x90", "\xe7\xa7\xbb",
		"\xe3\x80\x81", "\xd5\xa0", "\xf0\x90\xb4\xb0", "\xc2\x85", "\xcc\x81", "\x01",
	};
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mc, 1000000);
	struct naive_span *ns = NULL;
	size_t cap = 0, total_spans = 0;
	struct pl_category_result res[1];
	struct pl_buf lex = PL_BUF_INIT, pat = PL_BUF_INIT, d = PL_BUF_INIT;
	for (int round = 0; round < 3; round++) {
		pl_buf_clear(&lex);
		pl_buf_adds(&lex, "lexicon r\ncategory A x\ncontext none\n");
		for (int k = 0; k < 40; k++) {
			/* keep the patterns a lexicon accepts */
			pl_buf_clear(&pat);
			pl_buf_adds(&pat, "lexicon r\ncategory A x\npattern ");
			size_t at = pat.len;
			rnd_pattern(&pat, 0);
			pl_buf_addc(&pat, '\n');
			struct pl_lexicon *one = NULL;
			struct pl_err e;
			if (pl_lexicon_parse("r", pat.data, pat.len, &one, &d, &e) == PL_OK) {
				pl_buf_adds(&lex, "pattern ");
				pl_buf_add(&lex, pat.data + at, pat.len - at);
			}
			pl_lexicon_free(one);
		}
		struct fixture fx;
		CHECK_INT(fixture_open(&fx, lex.data), PL_OK);
		for (int k = 0; k < 150; k++) {
			char text[256] = "";
			int len = (int)(rnd() % 30);
			for (int i = 0; i < len; i++)
				strcat(text, PICK(chars));
			if (compare_one(&fx, md, mc, text, strlen(text), &ns, &cap, res, &total_spans)) {
				harness_fail(__FILE__, __LINE__, "round %d text %d differs", round, k);
				fixture_close(&fx);
				goto out;
			}
		}
		fixture_close(&fx);
	}
	CHECK(total_spans > 5000);
out:
	pl_buf_release(&lex);
	pl_buf_release(&pat);
	pl_buf_release(&d);
	free(ns);
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
}
