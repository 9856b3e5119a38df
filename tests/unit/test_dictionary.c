/* test_dictionary.c - globs as regexes, and LIWC and quanteda YAML
 * dictionaries converted to lexicons, good and malformed. */
#include "harness.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/buf.h"
#include "plenary/dictionary.h"
#include "plenary/lexicon.h"

/* The regex of a glob, or "refused: WHY". Valid until the next call. */
static const char *glob(const char *g, unsigned flags)
{
	static struct pl_buf b = PL_BUF_INIT;
	static char why_text[128];
	const char *why = NULL;
	pl_buf_clear(&b);
	int rc = pl_glob_regex(g, strlen(g), flags, &b, &why);
	if (rc) {
		snprintf(why_text, sizeof why_text, "refused: %s", why ? why : "?");
		return why_text;
	}
	return pl_buf_str(&b);
}

/* Does the glob's regex, compiled as the lexicon compiles patterns, match
 * somewhere in the subject? */
static int glob_matches(const char *g, unsigned flags, const char *subject)
{
	const char *re = glob(g, flags);
	int ec;
	PCRE2_SIZE eoff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	                                 PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &ec, &eoff, NULL);
	if (!code)
		return -1;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
	int rc = pcre2_match(code, (PCRE2_SPTR)subject, strlen(subject), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return rc > 0;
}

TEST(glob_to_regex)
{
	CHECK_STR(glob("visa", 0), "\\bvisa\\b");
	CHECK_STR(glob("migra*", 0), "\\bmigra\\w*+\\b");
	CHECK_STR(glob("*tion", 0), "\\b\\w*tion\\b");
	CHECK_STR(glob("a**b", 0), "\\ba\\w*b\\b");
	CHECK_STR(glob("asylum  seeker*", 0), "\\basylum\\s+seeker\\w*+\\b");
	CHECK_STR(glob("wo?k", PL_GLOB_QUESTION), "\\bwo\\wk\\b");
	CHECK_STR(glob("wo?k", 0), "\\bwo\\?k\\b");
	CHECK_STR(glob("don't", 0), "\\bdon['\xE2\x80\x99]t\\b");
	CHECK_STR(glob("don\xE2\x80\x99t", 0), "\\bdon['\xE2\x80\x99]t\\b");
	CHECK_STR(glob("C++", 0), "\\bC\\+\\+");
	CHECK_STR(glob(":-)", 0), "\\:\\-\\)");
	CHECK_STR(glob("(i.e.)", 0), "\\(i\\.e\\.\\)");
	CHECK_STR(glob("fronti\xC3\xA8re*", 0), "\\bfronti\xC3\xA8re\\w*+\\b");
	CHECK_STR(glob("\xC2\xABr\xC3\xA9" "fugi\xC3\xA9\xC2\xBB", 0),
	          "\xC2\xABr\xC3\xA9" "fugi\xC3\xA9\xC2\xBB");   /* «réfugié»: no \b by guillemets */
	CHECK_STR(glob("[a-z]$", 0), "\\[a\\-z\\]\\$");
}

TEST(glob_refusals)
{
	CHECK_STR(glob("", 0), "refused: empty entry");
	CHECK_STR(glob("  ", 0), "refused: empty entry");
	CHECK_STR(glob("*", 0), "refused: the entry is only wildcards: it would match any word");
	CHECK_STR(glob("* *", PL_GLOB_QUESTION),
	          "refused: the entry is only wildcards: it would match any word");
	CHECK_STR(glob("a\x01" "b", 0), "refused: control character in the entry");
	char long_entry[1100];
	memset(long_entry, 'a', sizeof long_entry - 1);
	long_entry[sizeof long_entry - 1] = '\0';
	CHECK_STR(glob(long_entry, 0), "refused: entry too long (over 1024 bytes)");
	/* A lone '?' is one character: not empty, so allowed. */
	CHECK_STR(glob("?", PL_GLOB_QUESTION), "\\b\\w\\b");
}

TEST(glob_matches_whole_words)
{
	CHECK_INT(glob_matches("migra*", 0, "Migration policy"), 1);
	CHECK_INT(glob_matches("migra*", 0, "immigration policy"), 0);
	CHECK_INT(glob_matches("migra*", 0, "migra"), 1);
	CHECK_INT(glob_matches("*migra*", 0, "immigration policy"), 1);
	CHECK_INT(glob_matches("visa", 0, "visas were issued"), 0);
	CHECK_INT(glob_matches("asylum seeker*", 0, "asylum\n  seekers arrived"), 1);
	CHECK_INT(glob_matches("don't", 0, "we don\xE2\x80\x99t know"), 1);
	CHECK_INT(glob_matches("wo?k", PL_GLOB_QUESTION, "they work"), 1);
	CHECK_INT(glob_matches("wo?k", PL_GLOB_QUESTION, "they wok"), 0);
	CHECK_INT(glob_matches(":-)", 0, "fine :-) really"), 1);
	CHECK_INT(glob_matches("fronti\xC3\xA8re*", 0, "les FRONTI\xC3\x88RES"), 1);
	CHECK_INT(glob_matches("C++", 0, "C++ code"), 1);
}

/* ---- whole dictionaries ---- */

struct conv {
	int rc;
	struct pl_buf lex, diag;
	struct pl_lexicon *lx;
};

/* Converts a dictionary and, when that works, parses the lexicon text. */
static void convert(struct conv *c, const char *name, const char *text, size_t len,
                    const struct pl_dict_opts *o)
{
	struct pl_err e = { 0 };
	memset(c, 0, sizeof *c);
	c->rc = pl_dict_convert(name, text, len, o, &c->lex, &c->diag, &e);
	if (!c->rc) {
		struct pl_buf d = PL_BUF_INIT;
		c->rc = pl_lexicon_parse(name, pl_buf_str(&c->lex), c->lex.len, &c->lx, &d, &e);
		if (c->rc)
			pl_buf_add(&c->diag, d.data, d.len);
		pl_buf_release(&d);
	}
}

static void conv_release(struct conv *c)
{
	pl_lexicon_free(c->lx);
	pl_buf_release(&c->lex);
	pl_buf_release(&c->diag);
}

/* The patterns of category `id`, one a line. */
static const char *patterns_of(const struct conv *c, const char *id)
{
	static struct pl_buf b = PL_BUF_INIT;
	pl_buf_clear(&b);
	int cat = pl_lexicon_find(c->lx, id);
	for (size_t i = 0; cat >= 0 && i < pl_lexicon_npatterns(c->lx); i++) {
		const struct pl_pattern *p = pl_lexicon_pattern(c->lx, i);
		if (p->category == cat)
			pl_buf_addf(&b, "%s\n", p->source);
	}
	return cat >= 0 ? pl_buf_str(&b) : "(no such category)";
}

static const char liwc[] =
	"%\n"
	"1\tmigration\n"
	"2\tprotection\n"
	"3\tlabour market\n"
	"04\tlabour_market\n"
	"%\n"
	"migra*\t1\n"
	"asylum seeker*\t1\t2\n"
	"refugee*  1 2\n"
	"work permit* 3 1\n"
	"non-refoulement\tprotection\n"
	"kind\t<of>2/04\n"
	"refugee*\t1\n";

TEST(dictionary_liwc)
{
	struct conv c;
	struct pl_dict_opts o = { PL_DICT_LIWC, NULL, "1.0", "en" };
	convert(&c, "dir/gcm-words.dic", liwc, strlen(liwc), &o);
	CHECK_INT(c.rc, PL_OK);
	CHECK_STR(pl_buf_str(&c.diag), "");
	CHECK_STR(pl_lexicon_id(c.lx), "gcm-words");
	CHECK_STR(pl_lexicon_version(c.lx), "1.0");
	CHECK_STR(pl_lexicon_language(c.lx), "en");
	CHECK_INT(pl_lexicon_ncategories(c.lx), 4);
	/* A name made an id keeps its name as the title; a clash gets -2. */
	CHECK_STR(pl_lexicon_category(c.lx, 2)->id, "labour_market");
	CHECK_STR(pl_lexicon_category(c.lx, 2)->title, "labour market");
	CHECK_STR(pl_lexicon_category(c.lx, 3)->id, "labour_market-2");
	CHECK_INT(pl_lexicon_category(c.lx, 0)->threshold, 1);
	CHECK_INT(pl_lexicon_category(c.lx, 0)->context, PL_CTX_NONE);
	/* A word listed twice gives one pattern; a phrase is found without a TAB. */
	CHECK_STR(patterns_of(&c, "migration"),
	          "\\bmigra\\w*+\\b\n\\basylum\\s+seeker\\w*+\\b\n\\brefugee\\w*+\\b\n"
	          "\\bwork\\s+permit\\w*+\\b\n");
	CHECK_STR(patterns_of(&c, "protection"),
	          "\\basylum\\s+seeker\\w*+\\b\n\\brefugee\\w*+\\b\n\\bnon\\-refoulement\\b\n"
	          "\\bkind\\b(?=\\s+\\bof\\b)\n");
	CHECK_STR(patterns_of(&c, "labour_market-2"), "\\bkind\\b(?!\\s+\\bof\\b)\n");
	conv_release(&c);
}

/* The diagnostics of a dictionary that must be refused. */
static const char *refused(const char *name, const char *text, size_t len)
{
	static struct pl_buf out = PL_BUF_INIT;
	struct conv c;
	struct pl_dict_opts o = { pl_dict_format_of(name), NULL, NULL, NULL };
	convert(&c, name, text, len, &o);
	pl_buf_clear(&out);
	pl_buf_adds(&out, c.rc == PL_EFORMAT && !c.lx ? "" : "NOT REFUSED ");
	pl_buf_adds(&out, pl_buf_str(&c.diag));
	conv_release(&c);
	return pl_buf_str(&out);
}
#define REFUSED(text) refused("x.dic", text, strlen(text))

TEST(dictionary_liwc_malformed)
{
	CHECK_STR(REFUSED("word\t1\n"), "x.dic:1: a LIWC dictionary starts with a '%' line, then "
	          "its categories, then another '%' line\n");
	CHECK_STR(REFUSED("%\n1\ta\n"),
	          "x.dic:1: the list of categories opened here is not closed with a '%' line\n");
	CHECK_STR(REFUSED("%\n1 a\n2 b\n%\nfoo\t1\n"), "x.dic:3: the category 'b' has no entries\n");
	CHECK_STR(REFUSED("%\n1 a\n1 b\n%\nfoo\t1\n"),
	          "x.dic:3: duplicate category number 1 (first at line 2)\n");
	CHECK_STR(REFUSED("%\n1 a\nb\n%\nfoo\t1\n"),
	          "x.dic:3: expected a category as 'NUMBER NAME' (or '%' to end the list), not 'b'\n");
	CHECK_STR(REFUSED("%\n1 a\n%\nfoo\t7\nbar\n*\t1\nk\t<>1\n"),
	          "x.dic:4: unknown category '7' (not in the list between the '%' lines)\n"
	          "x.dic:5: the entry 'bar' has no category\n"
	          "x.dic:6: the entry is only wildcards: it would match any word: '*'\n"
	          "x.dic:7: expected '<WORD>CATEGORY' or '<WORD>CATEGORY/CATEGORY', not '<>1'\n");
	CHECK_STR(REFUSED("%\n1 a\n%\nlike\t(02 134)1/1\t1\n"),
	          "x.dic:4: '(02 134)1/1' depends on the categories of the word before, which a "
	          "pattern cannot express: edit the line to give plain category numbers\n");
	static const char bad[] = "%\n1 a\n%\nna\xEFve\t1\nnul\0x\t1\n";
	CHECK_STR(refused("x.dic", bad, sizeof bad - 1),
	          "x.dic:4: invalid UTF-8: convert the file first (for example iconv -f "
	          "WINDOWS-1252 -t UTF-8)\nx.dic:5: NUL byte in the line: a dictionary is text\n");
	CHECK_STR(REFUSED(""), "x.dic:1: empty dictionary\n");
	CHECK_STR(REFUSED("%\n%"), "x.dic:1: the dictionary has no category\n");
}

static const char yaml[] =
	"# quanteda's as.yaml() output, by hand\n"
	"---\n"
	"mobility:\n"
	"  labour:\n"
	"    - migrant worker*\n"
	"    - 'work permit?'   # one character\n"
	"  forced:\n"
	"  - refugee*\n"
	"  - \"asylum seeker\\u0073\"\n"
	"  __:\n"
	"    - migra*\n"
	"\"border control\": [border*, 'visa', \"it's\" ]\n"
	"Mobility: x\n";

TEST(dictionary_yaml)
{
	struct conv c;
	convert(&c, "migration.yaml", yaml, strlen(yaml), NULL);
	CHECK_INT(c.rc, PL_OK);
	CHECK_STR(pl_buf_str(&c.diag), "");
	CHECK_STR(pl_lexicon_id(c.lx), "migration");
	CHECK_INT(pl_lexicon_ncategories(c.lx), 5);
	CHECK_STR(pl_lexicon_category(c.lx, 0)->id, "mobility.labour");
	CHECK_STR(pl_lexicon_category(c.lx, 1)->id, "mobility.forced");
	CHECK_STR(pl_lexicon_category(c.lx, 2)->id, "mobility");   /* its '__' values */
	CHECK_STR(pl_lexicon_category(c.lx, 3)->id, "border_control");
	CHECK_STR(pl_lexicon_category(c.lx, 3)->title, "border control");
	CHECK_STR(pl_lexicon_category(c.lx, 4)->id, "Mobility-2");
	CHECK_STR(patterns_of(&c, "mobility.labour"),
	          "\\bmigrant\\s+worker\\w*+\\b\n\\bwork\\s+permit\\w\\b\n");
	CHECK_STR(patterns_of(&c, "mobility.forced"),
	          "\\brefugee\\w*+\\b\n\\basylum\\s+seekers\\b\n");
	CHECK_STR(patterns_of(&c, "border_control"),
	          "\\bborder\\w*+\\b\n\\bvisa\\b\n\\bit['\xE2\x80\x99]s\\b\n");
	conv_release(&c);
}

#define YREFUSED(text) refused("x.yml", text, strlen(text))

TEST(dictionary_yaml_malformed)
{
	CHECK_STR(YREFUSED("a: *foo\n"), "x.yml:1: '*foo' starts an alias, which a dictionary "
	          "does not use here: quote the value ('...')\n");
	CHECK_STR(YREFUSED("a:\n  - &x foo\n"), "x.yml:2: '&x foo' starts an anchor, which a "
	          "dictionary does not use here: quote the value ('...')\n");
	CHECK_STR(YREFUSED("a: |\n  x\n"), "x.yml:1: '|' starts a block scalar, which a "
	          "dictionary does not use here: quote the value ('...')\n");
	CHECK_STR(YREFUSED("a: [x, y\n"), "x.yml:1: expected ',' or ']' in the list\n");
	CHECK_STR(YREFUSED("- a\n"), "x.yml:1: a list at the top: a dictionary maps category "
	          "names to lists of patterns ('category:' first)\n");
	CHECK_STR(YREFUSED("a:\nb:\n  c: []\n  d: ~\n  e:\n    - x\n"),
	          "x.yml:1: the category 'a' has no entries\n"
	          "x.yml:3: the category 'b.c' has no entries\n"
	          "x.yml:4: the category 'b.d' has no entries\n");
	CHECK_STR(YREFUSED("a:\n\t- x\n"),
	          "x.yml:2: a tab in the indentation (YAML indents with spaces)\n");
	CHECK_STR(YREFUSED("a:\n    b: [x]\n  c: [y]\n"),
	          "x.yml:3: bad indentation: 2 spaces here, 4 for the keys above\n");
	CHECK_STR(YREFUSED("a:\n  - x\n  b: [y]\n"), "x.yml:3: a key inside a list: a category "
	          "holds either a list of patterns or categories, not both\n");
	CHECK_STR(YREFUSED("a:\n  - b: c\n"), "x.yml:2: a key ('b') where a value was expected: "
	          "a list item or a list holds patterns, not categories\n");
	CHECK_STR(YREFUSED("a:\n  - 'open\n"), "x.yml:2: unterminated quoted string (strings "
	          "over several lines are not supported)\n");
	CHECK_STR(YREFUSED("a: [\"x\\q\"]\n"),
	          "x.yml:1: unsupported escape '\\q' in a quoted string\n");
	CHECK_STR(YREFUSED("a: [x]\na: [y]\n"), "x.yml:2: duplicate category 'a' (first at line 1)\n");
	CHECK_STR(YREFUSED("a: [\"*\", \"nl\\nx\", ok]\n"),
	          "x.yml:1: the entry is only wildcards: it would match any word: '*'\n"
	          "x.yml:1: control character in the entry: 'nl\\nx'\n");
	CHECK_STR(YREFUSED("a: [x]\n---\nb: [y]\n"),
	          "x.yml:2: a second YAML document (one dictionary a file)\n");
	CHECK_STR(YREFUSED("# nothing\n"), "x.yml:1: empty dictionary: no 'category:' line\n");
}

TEST(dictionary_options_and_names)
{
	CHECK_INT(pl_dict_format_of("a/b.DIC"), PL_DICT_LIWC);
	CHECK_INT(pl_dict_format_of("b.yml"), PL_DICT_YAML);
	CHECK_INT(pl_dict_format_of("b.yaml"), PL_DICT_YAML);
	CHECK_INT(pl_dict_format_of("b.lex"), PL_DICT_AUTO);
	CHECK_INT(pl_dict_format_of("x.dic/b"), PL_DICT_AUTO);
	enum pl_dict_format f;
	struct pl_err e = { 0 };
	CHECK_INT(pl_dict_format_parse("yaml", &f, &e), PL_OK);
	CHECK_INT(f, PL_DICT_YAML);
	CHECK_INT(pl_dict_format_parse("json", &f, &e), PL_EUSAGE);
	struct pl_buf out = PL_BUF_INIT;
	struct pl_dict_opts o = { PL_DICT_AUTO, "bad id", NULL, NULL };
	CHECK_INT(pl_dict_convert("x", "a: [b]\n", 7, &o, &out, NULL, &e), PL_EUSAGE);
	o = (struct pl_dict_opts){ PL_DICT_AUTO, NULL, NULL, "en\nlexicon x" };
	CHECK_INT(pl_dict_convert("x", "a: [b]\n", 7, &o, &out, NULL, &e), PL_EUSAGE);
	CHECK_INT(out.len, 0);
	/* AUTO: a first '%' line is LIWC, whatever the name. */
	o = (struct pl_dict_opts){ PL_DICT_AUTO, "d", NULL, NULL };
	CHECK_INT(pl_dict_convert("x.txt", "\n%\n1 a\n%\nb 1\n", 13, &o, &out, NULL, &e), PL_OK);
	CHECK(strstr(pl_buf_str(&out), "(LIWC dictionary)") != NULL);
	pl_buf_release(&out);
}

/* Random bytes and mangled dictionaries: refused or converted, never a
 * crash, and what converts always loads as a lexicon. */
TEST(dictionary_garbage)
{
	unsigned seed = 12345;
	char text[512];
	const char *seeds[] = { liwc, yaml };
	for (int round = 0; round < 2000; round++) {
		const char *base = seeds[round % 2];
		size_t n = strlen(base);
		memcpy(text, base, n);
		for (int k = 0; k < 1 + round % 8; k++) {
			seed = seed * 1103515245u + 12345u;
			size_t at = (seed >> 8) % n;
			seed = seed * 1103515245u + 12345u;
			text[at] = round % 3 ? (char)(seed >> 16) : "\t\n :-[]'\"*#%"[(seed >> 16) % 12];
		}
		struct conv c;
		convert(&c, round % 2 ? "g.yml" : "g.dic", text, n, NULL);
		CHECK(c.rc == PL_OK || c.rc == PL_EFORMAT);
		CHECK(c.rc != PL_OK || c.lx != NULL);
		CHECK(c.rc == PL_OK || c.diag.len > 0);
		conv_release(&c);
	}
}
