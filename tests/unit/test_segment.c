/* test_segment.c - paragraphs, lines, Markdown, front matter, speakers, cuts. */
#include "harness.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/segment.h"
#include "plenary/text.h"

/* ---- a sink that keeps what it is given ---- */

#define MAXP 64

struct got {
	size_t n;                 /* passages seen (only the first MAXP kept) */
	char *text[MAXP], *speaker[MAXP], *section[MAXP];
	size_t start[MAXP], end[MAXP], len[MAXP];
	unsigned ordinal[MAXP];
	size_t nmeta;
	char *key[MAXP], *value[MAXP];
	size_t stop_after;        /* return 99 after this many passages (0: never) */
	int stop_meta;            /* return 77 from the first meta entry */
};

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static int keep_passage(void *ctx, const struct pl_passage *p)
{
	struct got *g = ctx;
	if (g->n < MAXP) {
		g->text[g->n] = strdup(p->text);
		g->speaker[g->n] = dup_or_null(p->speaker);
		g->section[g->n] = dup_or_null(p->section);
		g->start[g->n] = p->start;
		g->end[g->n] = p->end;
		g->len[g->n] = p->len;
		g->ordinal[g->n] = p->ordinal;
	}
	g->n++;
	return g->stop_after && g->n >= g->stop_after ? 99 : 0;
}

static int keep_meta(void *ctx, const char *key, const char *value)
{
	struct got *g = ctx;
	if (g->nmeta < MAXP) {
		g->key[g->nmeta] = strdup(key);
		g->value[g->nmeta] = strdup(value);
	}
	g->nmeta++;
	return g->stop_meta ? 77 : 0;
}

static void got_free(struct got *g)
{
	for (size_t i = 0; i < g->n && i < MAXP; i++) {
		free(g->text[i]);
		free(g->speaker[i]);
		free(g->section[i]);
	}
	for (size_t i = 0; i < g->nmeta && i < MAXP; i++) {
		free(g->key[i]);
		free(g->value[i]);
	}
	memset(g, 0, sizeof *g);
}

/* Segments s with the given format and bound into *g; returns the status. */
static int seg(struct got *g, const char *s, enum pl_doc_format fmt, size_t max)
{
	struct pl_segment_opts o = { fmt, max };
	struct pl_segment_sink sink = { g, keep_passage, keep_meta };
	struct pl_err err = { 0, "" };
	return pl_segment(s, strlen(s), &o, &sink, &err);
}

/* The speaker of the only passage of s (in fmt), or "(none)" / "(count N)". */
static char spk_buf[128];
static const char *speaker_of(const char *s, enum pl_doc_format fmt)
{
	struct got g = { 0 };
	seg(&g, s, fmt, 0);
	if (g.n != 1)
		snprintf(spk_buf, sizeof spk_buf, "(count %zu)", g.n);
	else
		snprintf(spk_buf, sizeof spk_buf, "%s", g.speaker[0] ? g.speaker[0] : "(none)");
	got_free(&g);
	return spk_buf;
}

/* Whether text[start..end) equals want. */
static int span_is(const char *text, size_t start, size_t end, const char *want)
{
	return end >= start && strlen(want) == end - start && memcmp(text + start, want, end - start) == 0;
}

/* ---- paragraphs and lines ---- */

TEST(segment_blank_line_paragraphs)
{
	const char *t = "\n  First paragraph,\nwrapped here.\n\n \t\nSecond   one.\n\n\n"
			"Third\twith\ttabs.  \n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.n, 3);
	CHECK_STR(g.text[0], "First paragraph, wrapped here.");
	CHECK_STR(g.text[1], "Second one.");
	CHECK_STR(g.text[2], "Third with tabs.");
	CHECK(span_is(t, g.start[0], g.end[0], "First paragraph,\nwrapped here."));
	CHECK(span_is(t, g.start[1], g.end[1], "Second   one."));
	CHECK(span_is(t, g.start[2], g.end[2], "Third\twith\ttabs."));
	for (unsigned i = 0; i < 3; i++) {
		CHECK_INT(g.ordinal[i], i + 1);
		CHECK_INT(g.len[i], strlen(g.text[i]));
		CHECK(g.speaker[i] == NULL && g.section[i] == NULL);
	}
	got_free(&g);
}

TEST(segment_text_without_final_newline_and_layout_lines)
{
	const char *t = "One.\n\n---\n\n* * *\n\n...\n\nTwo";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.n, 2);   /* punctuation-only paragraphs are layout */
	CHECK_STR(g.text[0], "One.");
	CHECK_STR(g.text[1], "Two");
	CHECK_INT(g.ordinal[1], 2);
	CHECK(span_is(t, g.start[1], g.end[1], "Two"));
	got_free(&g);
}

TEST(segment_lines_ungdc_excerpt)
{
	/* shaped like AFG_73_2018.txt: one paragraph per line, a page-break line
	 * holding a single space, doubled spaces from the PDF */
	const char *t =
		"Allow me to start by extending my congratulations to Ms. Mar\xc3\xad" "a Fernanda "
		"Espinosa Garc\xc3\xa9s and wishing much success to the presidency.\n"
		"The record of accomplishments by this institution over the past 73  years  "
		"demonstrates  that we cannot escape the ripple effect,\n"
		" \n"
		"the climate, international finance or even the cyber and technology arenas.\n"
		"As Albert Einstein once said, \xe2\x80\x9cWe cannot solve our problems with the same "
		"level of thinking that created them\xe2\x80\x9d.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_LINES, 0), PL_OK);
	CHECK_INT(g.n, 4);
	CHECK_STR(g.text[0], "Allow me to start by extending my congratulations to Ms. Mar\xc3\xad"
		  "a Fernanda Espinosa Garc\xc3\xa9s and wishing much success to the presidency.");
	CHECK_STR(g.text[1], "The record of accomplishments by this institution over the past 73 "
		  "years demonstrates that we cannot escape the ripple effect,");
	CHECK_STR(g.text[2], "the climate, international finance or even the cyber and technology "
		  "arenas.");
	CHECK(span_is(t, g.start[2], g.end[2], g.text[2]));
	CHECK(g.speaker[0] == NULL && g.speaker[3] == NULL);
	CHECK_INT(g.ordinal[3], 4);
	/* the same file in TEXT mode is one paragraph per blank-line block */
	got_free(&g);
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.n, 2);
	got_free(&g);
}

TEST(segment_auto_uses_detect)
{
	struct got g = { 0 };
	CHECK_INT(seg(&g, "a b\nc d\n", PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 2);   /* no blank line: one passage per line */
	got_free(&g);
	CHECK_INT(seg(&g, "A b\nc d\n\nE f\n", PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.text[0], "A b c d");
	got_free(&g);
}

TEST(segment_detect)
{
	char long_line[300];
	memset(long_line, 'x', sizeof long_line);
	memcpy(long_line, "Para", 4);
	long_line[sizeof long_line - 1] = '\0';
	char buf[2048];

	CHECK_INT(pl_segment_detect("a/b/notes.md", "x", 1), PL_FMT_MARKDOWN);
	CHECK_INT(pl_segment_detect("NOTES.MarkDown", "x", 1), PL_FMT_MARKDOWN);
	CHECK_INT(pl_segment_detect("notes.mdx", "x\n\ny", 4), PL_FMT_TEXT);
	CHECK_INT(pl_segment_detect(NULL, "a\n\nb\n", 5), PL_FMT_TEXT);
	CHECK_INT(pl_segment_detect(NULL, "a\n \t\nb\n", 7), PL_FMT_TEXT);
	CHECK_INT(pl_segment_detect(NULL, "a\nb\nc\n", 6), PL_FMT_LINES);
	CHECK_INT(pl_segment_detect(NULL, "\n\na\nb\n\n\n", 8), PL_FMT_LINES);
	CHECK_INT(pl_segment_detect(NULL, "", 0), PL_FMT_LINES);
	/* long one-paragraph lines with a stray page-break blank line: LINES */
	snprintf(buf, sizeof buf, "%s\n%s\n \n%s\n%s\n", long_line, long_line, long_line, long_line);
	CHECK_INT(pl_segment_detect("x.txt", buf, strlen(buf)), PL_FMT_LINES);
	/* ... but blank lines between each of them: TEXT */
	snprintf(buf, sizeof buf, "%s\n\n%s\n\n%s\n", long_line, long_line, long_line);
	CHECK_INT(pl_segment_detect("x.txt", buf, strlen(buf)), PL_FMT_TEXT);
	/* hard-wrapped prose (lines continue in lowercase), no blank line: TEXT */
	const char *wrapped = "I should like at the\n"
			      "outset to congratulate Mr. Julian Hunte on his election\n"
			      "to the high post of President of the General Assembly\n"
			      "at its fifty-eighth session. I should also like to pay\n"
			      "tribute to his predecessor, Mr. Jan Kavan, for his\n"
			      "professionalism and very fruitful work at the helm of\n"
			      "the General Assembly during the previous session.\n"
			      "Three years ago here at United Nations\n"
			      "Headquarters we solemnly adopted the Millennium\n"
			      "Declaration, which embodied our hopes and\n";
	CHECK_INT(pl_segment_detect(NULL, wrapped, strlen(wrapped)), PL_FMT_TEXT);
	/* short answers, one per line, are not wrapped prose */
	const char *answers = "More shelters\nFaster visas\nyes\nLanguage classes\nJobs\n";
	CHECK_INT(pl_segment_detect(NULL, answers, strlen(answers)), PL_FMT_LINES);
}

TEST(segment_format_names)
{
	enum pl_doc_format f = PL_FMT_TEXT;
	struct pl_err err = { 0, "" };
	CHECK_INT(pl_doc_format_parse("auto", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_AUTO);
	CHECK_INT(pl_doc_format_parse("Text", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_TEXT);
	CHECK_INT(pl_doc_format_parse("lines", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_LINES);
	CHECK_INT(pl_doc_format_parse("md", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_MARKDOWN);
	CHECK_INT(pl_doc_format_parse("markdown", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_MARKDOWN);
	CHECK_INT(pl_doc_format_parse("CSV", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_CSV);
	CHECK_INT(pl_doc_format_parse("parlamint", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_PARLAMINT);
	CHECK_INT(pl_doc_format_parse("DOCX", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_DOCX);
	CHECK_INT(pl_doc_format_parse("pdf", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_PDF);
	CHECK_INT(pl_doc_format_parse("transcript", &f, &err), PL_OK);
	CHECK_INT(f, PL_FMT_TRANSCRIPT);
	CHECK_INT(pl_doc_format_parse("rtf", &f, &err), PL_EUSAGE);
	CHECK_INT(err.code, PL_EUSAGE);
	CHECK(strstr(err.msg, "'rtf'") != NULL);
	CHECK(strstr(err.msg, "(use auto, text, lines, markdown, transcript, csv, tsv, vtt, srt, "
	                      "parlamint, docx, odt or pdf)") != NULL);
	CHECK_INT(pl_doc_format_parse("tex", &f, &err), PL_EUSAGE);
	CHECK_INT(pl_doc_format_parse("", &f, &err), PL_EUSAGE);
	CHECK_INT(f, PL_FMT_TRANSCRIPT);   /* untouched on error */
	CHECK_STR(pl_doc_format_name(PL_FMT_AUTO), "auto");
	CHECK_STR(pl_doc_format_name(PL_FMT_LINES), "lines");
	CHECK_STR(pl_doc_format_name(PL_FMT_MARKDOWN), "markdown");
	CHECK_STR(pl_doc_format_name(PL_FMT_TRANSCRIPT), "transcript");
	CHECK_STR(pl_doc_format_name((enum pl_doc_format)42), "unknown");
}

/* ---- Markdown ---- */

TEST(segment_markdown_unnm_shape)
{
	/* shaped like the UN Network on Migration remarks: leading blank lines,
	 * a bold title over two lines with a two-space hard break, italics,
	 * <sup>, a bold date with a colon, then plain paragraphs */
	const char *t =
		"\n\n"
		"**United Nations  \n"
		"Network on Migration**  \n"
		"*Working Better Together*\n"
		"\n"
		"4<sup>th</sup> Annual Meeting\n"
		"\n"
		"**Wednesday, 19 October 2022: 15h**\n"
		"\n"
		"## Session V \xe2\x80\x93 the Way Forward ##\n"
		"\n"
		"Excellencies, ladies and gentlemen, colleagues,\n"
		"\n"
		"This is the reason why our actions need to foster an *inclusive* approach, "
		"where **migrants** are part of the decision_making process.\n"
		"\n"
		"Thank you.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_MARKDOWN, 0), PL_OK);
	CHECK_INT(g.n, 6);
	CHECK_STR(g.text[0], "United Nations Network on Migration Working Better Together");
	CHECK(span_is(t, g.start[0], g.end[0],
		      "**United Nations  \nNetwork on Migration**  \n*Working Better Together*"));
	CHECK_STR(g.text[1], "4th Annual Meeting");
	CHECK_STR(g.text[2], "Wednesday, 19 October 2022: 15h");
	CHECK(g.speaker[2] == NULL);
	CHECK(g.section[2] == NULL);
	CHECK_STR(g.text[3], "Excellencies, ladies and gentlemen, colleagues,");
	CHECK_STR(g.section[3], "Session V \xe2\x80\x93 the Way Forward");
	CHECK_STR(g.text[4], "This is the reason why our actions need to foster an inclusive "
		  "approach, where migrants are part of the decision_making process.");
	CHECK_STR(g.section[5], "Session V \xe2\x80\x93 the Way Forward");
	CHECK_INT(g.ordinal[5], 6);
	got_free(&g);
}

TEST(segment_markdown_real_file)
{
	/* the real file, if the corpus is there: headings of bold only, no
	 * markup left in any passage */
	FILE *f = fopen("/work/shared/corpora/unnm/2022-10-19-network-annual-meeting-coordinator-remarks.md", "rb");
	if (!f)
		return;
	static char buf[65536];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	struct got g = { 0 };
	CHECK_INT(seg(&g, buf, PL_FMT_MARKDOWN, 0), PL_OK);
	CHECK(g.n > 30 && g.n < MAXP);
	CHECK_STR(g.text[2], "4th Annual Meeting");
	for (size_t i = 0; i < g.n; i++) {
		CHECK(!strstr(g.text[i], "**") && !strstr(g.text[i], "<sup>"));
		CHECK(g.speaker[i] == NULL);
		CHECK(g.end[i] <= n && g.start[i] < g.end[i]);
	}
	got_free(&g);
}

TEST(segment_markdown_headings_and_blocks)
{
	const char *t =
		"# Objective 23: International cooperation\n"
		"Text under the heading.\n"
		"#hashtag is text\n"
		"\n"
		"Setext heading\n"
		"===\n"
		"Para two.\n"
		"\n"
		"Another *setext*\n"
		"---\n"
		"\n"
		"> Quoted text\n"
		"> on two lines.\n"
		">\n"
		"> Second quote paragraph.\n"
		"\n"
		"- first item\n"
		"- second item\n"
		"  continues here\n"
		"1. numbered\n"
		"2) numbered too\n"
		"***\n"
		"####### seven hashes is text\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_MARKDOWN, 0), PL_OK);
	CHECK_INT(g.n, 9);
	CHECK_STR(g.text[0], "Text under the heading. #hashtag is text");
	CHECK_STR(g.section[0], "Objective 23: International cooperation");
	CHECK(g.speaker[0] == NULL);   /* a heading is never a label */
	CHECK_STR(g.text[1], "Para two.");
	CHECK_STR(g.section[1], "Setext heading");
	CHECK_STR(g.text[2], "Quoted text on two lines.");
	CHECK_STR(g.section[2], "Another setext");
	CHECK(span_is(t, g.start[2], g.end[2], "> Quoted text\n> on two lines."));
	CHECK_STR(g.text[3], "Second quote paragraph.");
	CHECK_STR(g.text[4], "first item");
	CHECK_STR(g.text[5], "second item continues here");
	CHECK(span_is(t, g.start[5], g.end[5], "- second item\n  continues here"));
	CHECK_STR(g.text[6], "numbered");
	CHECK_STR(g.text[7], "numbered too");
	CHECK_STR(g.text[8], "####### seven hashes is text");
	got_free(&g);
}

TEST(segment_markdown_inline_markup)
{
	const char *t =
		"Read [the report](https://example.org/a_b.pdf \"t\") and ![a chart](c.png).\n"
		"Keep snake_case, 2*3, a * b and (*) but drop __strong__ and _em_.\n"
		"Tags: x<br>y, 4<sup>th</sup>, H<sub>2</sub>O, <span class=\"k\">kept</span>, "
		"a<!-- hidden\ncomment -->b, 3 < 5 and 5 > 3.\n"
		"Escapes: \\*not em\\*, \\[not a link\\], C:\\path, line end\\\n"
		"next. Code `a **b** <i>` and ``x ` y`` stay; `unclosed stays.\n"
		"[not a link] (x) and [dangling\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_MARKDOWN, 0), PL_OK);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.text[0],
		  "Read the report and a chart. "
		  "Keep snake_case, 2*3, a * b and (*) but drop strong and em. "
		  "Tags: x y, 4th, H2O, kept, ab, 3 < 5 and 5 > 3. "
		  "Escapes: *not em*, [not a link], C:\\path, line end next. "
		  "Code a **b** <i> and x ` y stay; `unclosed stays. "
		  "[not a link] (x) and [dangling");
	got_free(&g);
}

TEST(segment_markdown_fenced_code)
{
	const char *t =
		"Before.\n"
		"```c\n"
		"int *p = **q; /* [x](y) */\n"
		"\n"
		"~~~ not a close\n"
		"```\n"
		"After.\n"
		"~~~~\n"
		"unclosed _fence_\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_MARKDOWN, 0), PL_OK);
	CHECK_INT(g.n, 4);
	CHECK_STR(g.text[0], "Before.");
	CHECK_STR(g.text[1], "int *p = **q; /* [x](y) */ ~~~ not a close");
	CHECK(span_is(t, g.start[1], g.end[1],
		      "```c\nint *p = **q; /* [x](y) */\n\n~~~ not a close\n```"));
	CHECK_STR(g.text[2], "After.");
	CHECK_STR(g.text[3], "unclosed _fence_");
	got_free(&g);
}

TEST(segment_markdown_unmatched_openers_linear)
{
	/* 2 MB of openers that never close must not be quadratic */
	size_t n = 2u << 20;
	char *t = malloc(n + 1);
	CHECK(t != NULL);
	for (size_t i = 0; i < n; i++)
		t[i] = "[<`!_*a \\<!--"[i % 13];
	t[n] = '\0';
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_MARKDOWN, 0), PL_OK);
	CHECK(g.n > 100);
	for (size_t i = 0; i < g.n && i < MAXP; i++)
		CHECK(g.len[i] <= PL_MAX_PASSAGE_DEFAULT);
	got_free(&g);
	free(t);
}

/* ---- front matter ---- */

TEST(segment_front_matter)
{
	const char *t =
		"---\n"
		"Title: \"Submission by Civil Society\"\n"
		"  Country : MEX\n"
		"stakeholder group: 'migrant organisations'\n"
		"\n"
		"# a comment\n"
		"empty:\n"
		"url: https://example.org/x\n"
		"---\n"
		"\n"
		"Body text.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	/* "  Country : MEX" is indented: not a key line, so no front matter */
	CHECK_INT(g.nmeta, 0);
	CHECK(g.n >= 2);
	got_free(&g);

	const char *ok =
		"---\n"
		"Title: \"Submission by Civil Society\"\n"
		"Country : MEX\n"
		"stakeholder group: 'migrant organisations'\n"
		"\n"
		"# a comment\n"
		"empty:\n"
		"url: https://example.org/x\n"
		"...\n"
		"\n"
		"Body text.\n";
	for (int fmt = PL_FMT_TEXT; fmt <= PL_FMT_TRANSCRIPT; fmt++) {
		CHECK_INT(seg(&g, ok, (enum pl_doc_format)fmt, 0), PL_OK);
		CHECK_INT(g.nmeta, 5);
		CHECK_STR(g.key[0], "title");
		CHECK_STR(g.value[0], "Submission by Civil Society");
		CHECK_STR(g.key[1], "country");
		CHECK_STR(g.value[1], "MEX");
		CHECK_STR(g.key[2], "stakeholder group");
		CHECK_STR(g.value[2], "migrant organisations");
		CHECK_STR(g.key[3], "empty");
		CHECK_STR(g.value[3], "");
		CHECK_STR(g.key[4], "url");
		CHECK_STR(g.value[4], "https://example.org/x");
		CHECK_INT(g.n, 1);
		CHECK_STR(g.text[0], "Body text.");
		CHECK(span_is(ok, g.start[0], g.end[0], "Body text."));
		got_free(&g);
	}
}

TEST(segment_not_front_matter)
{
	struct got g = { 0 };
	/* prose between the rules */
	CHECK_INT(seg(&g, "---\nkey: value\nThis is prose, not a key.\n---\n\nBody.\n",
		      PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.nmeta, 0);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.text[0], "--- key: value This is prose, not a key. ---");
	got_free(&g);
	/* never closed */
	CHECK_INT(seg(&g, "---\nkey: value\n\nBody.\n", PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.nmeta, 0);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.text[0], "--- key: value");
	got_free(&g);
	/* not on the first line */
	CHECK_INT(seg(&g, "\n---\nkey: value\n---\n", PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.nmeta, 0);
	got_free(&g);
	/* a colon must be followed by a space: "http://" is no key */
	CHECK_INT(seg(&g, "---\nhttp://x.org\n---\nBody.\n", PL_FMT_LINES, 0), PL_OK);
	CHECK_INT(g.nmeta, 0);
	CHECK_INT(g.n, 2);
	got_free(&g);
	/* an empty block is front matter with nothing in it */
	CHECK_INT(seg(&g, "---\n---\nBody.\n", PL_FMT_LINES, 0), PL_OK);
	CHECK_INT(g.nmeta, 0);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.text[0], "Body.");
	got_free(&g);
}

TEST(segment_meta_status_stops)
{
	struct got g = { 0 };
	g.stop_meta = 1;
	CHECK_INT(seg(&g, "---\na: 1\nb: 2\n---\nBody.\n", PL_FMT_TEXT, 0), 77);
	CHECK_INT(g.nmeta, 1);
	CHECK_INT(g.n, 0);
	got_free(&g);
}

/* ---- speakers ---- */

TEST(segment_speaker_all_caps)
{
	const char *t = "THE CHAIR: I open the meeting.\n\nMR. SMITH:  Thank you.\n\n"
			"PRESIDENT MACRON: Merci.\n\nMINISTER OF FOREIGN AFFAIRS (FRANCE): Oui.\n\n"
			"MR. GUTERRES, SECRETARY-GENERAL: Welcome.\n\nM. PÉREZ-LÓPEZ: Gracias.\n\n"
			"Q: Any migrants?\n\nA: Many.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.n, 8);
	CHECK_STR(g.speaker[0], "THE CHAIR");
	CHECK_STR(g.text[0], "I open the meeting.");
	CHECK_STR(g.speaker[1], "MR. SMITH");
	CHECK_STR(g.text[1], "Thank you.");
	CHECK_STR(g.speaker[2], "PRESIDENT MACRON");
	CHECK_STR(g.speaker[3], "MINISTER OF FOREIGN AFFAIRS (FRANCE)");
	CHECK_STR(g.speaker[4], "MR. GUTERRES, SECRETARY-GENERAL");
	CHECK_STR(g.speaker[5], "M. PÉREZ-LÓPEZ");
	CHECK_STR(g.speaker[6], "Q");
	CHECK_STR(g.speaker[7], "A");
	CHECK_STR(g.text[7], "Many.");
	CHECK(span_is(t, g.start[7], g.end[7], "A: Many."));   /* the label is source */
	got_free(&g);
}

TEST(segment_speaker_honorifics)
{
	CHECK_STR(speaker_of("Mr. P\xc3\xa9rez (Mexico): We support Objective 23.", PL_FMT_TEXT),
		  "Mr. P\xc3\xa9rez (Mexico)");
	CHECK_STR(speaker_of("Ms. Amina J. Mohammed: Thank you.", PL_FMT_TEXT),
		  "Ms. Amina J. Mohammed");
	CHECK_STR(speaker_of("H.E. Mr. Ban Ki-moon: Thank you.", PL_FMT_TEXT), "H.E. Mr. Ban Ki-moon");
	CHECK_STR(speaker_of("Dr. O'Brien: Yes.", PL_FMT_TEXT), "Dr. O'Brien");
	CHECK_STR(speaker_of("Mr. de Mistura: Yes.", PL_FMT_TEXT), "Mr. de Mistura");
	CHECK_STR(speaker_of("Mme Dupont : Oui.", PL_FMT_TEXT), "Mme Dupont");
	CHECK_STR(speaker_of("Sra. Mar\xc3\xad" "a Gonz\xc3\xa1lez: S\xc3\xad.", PL_FMT_TEXT),
		  "Sra. Mar\xc3\xad" "a Gonz\xc3\xa1lez");
	CHECK_STR(speaker_of("Mr.  Guterres,  Secretary-General of the United Nations:\tWelcome.",
			     PL_FMT_TEXT), "Mr. Guterres, Secretary-General of the United Nations");
	CHECK_STR(speaker_of("Г-н Лавров (Российская Федерация): Спасибо.", PL_FMT_TEXT),
		  "Г-н Лавров (Российская Федерация)");
	CHECK_STR(speaker_of("Prof. Ζαχαρίου: Ναι.", PL_FMT_TEXT), "Prof. Ζαχαρίου");
	/* a salutation names no one */
	CHECK_STR(speaker_of("Mr. President: It gives me great pleasure.", PL_FMT_TEXT), "(none)");
	CHECK_STR(speaker_of("MR. PRESIDENT, DISTINGUISHED DELEGATES: Permit me.", PL_FMT_TEXT),
		  "(none)");
	CHECK_STR(speaker_of("Mr. President, Excellencies: We are convened.", PL_FMT_TEXT), "(none)");
}

TEST(segment_speaker_roles)
{
	CHECK_STR(speaker_of("Chair: Welcome.", PL_FMT_TEXT), "Chair");
	CHECK_STR(speaker_of("Co-Chair: Welcome.", PL_FMT_TEXT), "Co-Chair");
	CHECK_STR(speaker_of("The President: The meeting is open.", PL_FMT_TEXT), "The President");
	CHECK_STR(speaker_of("The Chair: Yes.", PL_FMT_TEXT), "The Chair");
	CHECK_STR(speaker_of("Speaker 2: I agree.", PL_FMT_TEXT), "Speaker 2");
	CHECK_STR(speaker_of("Participant 14: I agree.", PL_FMT_TEXT), "Participant 14");
	CHECK_STR(speaker_of("Participant A: I agree.", PL_FMT_TEXT), "Participant A");
	CHECK_STR(speaker_of("Moderator: Next question.", PL_FMT_TEXT), "Moderator");
	CHECK_STR(speaker_of("Interviewer: Why?", PL_FMT_TEXT), "Interviewer");
	CHECK_STR(speaker_of("Respondent: Because.", PL_FMT_TEXT), "Respondent");
	CHECK_STR(speaker_of("Secretary-General: Thank you.", PL_FMT_TEXT), "Secretary-General");
	CHECK_STR(speaker_of("Vice-President: Thank you.", PL_FMT_TEXT), "Vice-President");
	CHECK_STR(speaker_of("President Macron: Merci.", PL_FMT_TEXT), "President Macron");
	CHECK_STR(speaker_of("Delegate of Mexico: Gracias.", PL_FMT_TEXT), "Delegate of Mexico");
	CHECK_STR(speaker_of("Rapporteur (IOM): Done.", PL_FMT_TEXT), "Rapporteur (IOM)");
	CHECK_STR(speaker_of("President Al-Bashir (spoke in Arabic): It gives me pleasure.",
			     PL_FMT_LINES), "President Al-Bashir (spoke in Arabic)");
}

TEST(segment_speaker_markdown_bold)
{
	const char *t = "**Chair:** Welcome all.\n\n__Mr. Smith__: Thanks.\n\n"
			"**Ms. Ito (Japan)**: Yes.\n\n*Moderator:* Go.\n\n"
			"**Note:** not a speaker.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_MARKDOWN, 0), PL_OK);
	CHECK_INT(g.n, 5);
	CHECK_STR(g.speaker[0], "Chair");
	CHECK_STR(g.text[0], "Welcome all.");
	CHECK(span_is(t, g.start[0], g.end[0], "**Chair:** Welcome all."));
	CHECK_STR(g.speaker[1], "Mr. Smith");
	CHECK_STR(g.text[1], "Thanks.");
	CHECK_STR(g.speaker[2], "Ms. Ito (Japan)");
	CHECK_STR(g.speaker[3], "Moderator");
	CHECK_STR(g.speaker[4], "Moderator");   /* Note: is not a label */
	CHECK_STR(g.text[4], "Note: not a speaker.");
	got_free(&g);
}

TEST(segment_speaker_transcript_names)
{
	CHECK_STR(speaker_of("Maria Lopez: We need regular pathways.", PL_FMT_TRANSCRIPT),
		  "Maria Lopez");
	CHECK_STR(speaker_of("Jean-Pierre van der Berg: Oui.", PL_FMT_TRANSCRIPT),
		  "Jean-Pierre van der Berg");
	CHECK_STR(speaker_of("Amina: Yes.", PL_FMT_TRANSCRIPT), "Amina");
	/* capitalised names are speakers only in transcripts */
	CHECK_STR(speaker_of("Maria Lopez: We need regular pathways.", PL_FMT_TEXT), "(none)");
	CHECK_STR(speaker_of("Key Messages: none.", PL_FMT_TRANSCRIPT), "(none)");
	CHECK_STR(speaker_of("One Two Three Four Five: too many.", PL_FMT_TRANSCRIPT), "(none)");
	CHECK_STR(speaker_of("Wednesday, 19 October 2022: 15h", PL_FMT_TRANSCRIPT), "(none)");
}

TEST(segment_not_speakers)
{
	static const char *const cases[] = {
		"Objective 1: Collect and utilize accurate data.",
		"Note that: this matters.",
		"In 2022: we adopted it.",
		"NOTE: the figures are provisional.",
		"WARNING: draft.",
		"KEY MESSAGES: three.",
		"SECTION II: Scope.",
		"DISTINGUISHED LADIES AND GENTLEMEN: welcome.",
		"REFORMING GLOBAL GOVERNANCE: A CALL FOR JUSTICE",
		"At 10:30 the Chair: opened it.",
		"Mr. Smith said: we agree.",
		"The meeting: was long.",
		"In short, the workplan will focus on four key areas:",
		"Mr.Smith:no space after the colon",
		"Chair:no space",
		"See http://example.org: a site.",
		"GCM 2018: a milestone.",
		"A very long label that goes on and on past the eighty byte limit for labels "
		"THE CHAIR: no.",
		"\xe4\xb8\xbb\xe5\xb8\xad: Chinese has no capitals.",
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (strcmp(speaker_of(cases[i], PL_FMT_TEXT), "(none)") != 0) {
			harness_fail(__FILE__, __LINE__, "'%s' gave speaker '%s'", cases[i], spk_buf);
			return;
		}
	}
}

TEST(segment_speaker_label_alone_and_persisting)
{
	const char *t = "THE CHAIR:\n\nI open the meeting.\n\nWe have a long list.\n\n"
			"Mr. P\xc3\xa9rez (Mexico):\nThank you, Chair.\n\nSecond paragraph of Mexico.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.n, 4);
	CHECK_STR(g.speaker[0], "THE CHAIR");
	CHECK_STR(g.text[0], "I open the meeting.");
	CHECK_STR(g.speaker[1], "THE CHAIR");
	CHECK_STR(g.speaker[2], "Mr. P\xc3\xa9rez (Mexico)");
	CHECK_STR(g.text[2], "Thank you, Chair.");
	CHECK(span_is(t, g.start[2], g.end[2], "Mr. P\xc3\xa9rez (Mexico):\nThank you, Chair."));
	CHECK_STR(g.speaker[3], "Mr. P\xc3\xa9rez (Mexico)");
	CHECK_INT(g.ordinal[0], 1);
	got_free(&g);

	/* LINES: a label alone on its line, even after an unfinished sentence */
	CHECK_INT(seg(&g, "THE PRESIDENT:\nI give the floor to Mexico\nMr. Ruiz (Mexico):\n"
		      "Thank you.\nWe support the Compact.\n", PL_FMT_LINES, 0), PL_OK);
	CHECK_INT(g.n, 3);
	CHECK_STR(g.speaker[0], "THE PRESIDENT");
	CHECK_STR(g.speaker[1], "Mr. Ruiz (Mexico)");
	CHECK_STR(g.text[1], "Thank you.");
	CHECK_STR(g.speaker[2], "Mr. Ruiz (Mexico)");
	got_free(&g);
}

TEST(segment_speaker_turns_within_a_paragraph)
{
	/* turns on consecutive lines start new passages; a label-looking line
	 * that continues a wrapped sentence does not */
	const char *t = "Q: Do you send money home?\nA: Yes, every month.\nQ: How?\n\n"
			"We support the package as a whole. I appeal to all\n"
			"Member States: let us not talk it to shreds.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.n, 4);
	CHECK_STR(g.speaker[0], "Q");
	CHECK_STR(g.text[0], "Do you send money home?");
	CHECK_STR(g.speaker[1], "A");
	CHECK_STR(g.text[1], "Yes, every month.");
	CHECK(span_is(t, g.start[1], g.end[1], "A: Yes, every month."));
	CHECK_STR(g.speaker[2], "Q");
	CHECK_STR(g.speaker[3], "Q");
	CHECK_STR(g.text[3], "We support the package as a whole. I appeal to all Member States: "
		  "let us not talk it to shreds.");
	got_free(&g);
}

TEST(segment_mid_paragraph_colons_ignored)
{
	struct got g = { 0 };
	CHECK_INT(seg(&g, "We heard the Chair: THE CHAIR: no. Then Mr. Smith (UK): yes.\n",
		      PL_FMT_TRANSCRIPT, 0), PL_OK);
	CHECK_INT(g.n, 1);
	CHECK(g.speaker[0] == NULL);
	CHECK_STR(g.text[0], "We heard the Chair: THE CHAIR: no. Then Mr. Smith (UK): yes.");
	got_free(&g);
}

/* ---- long passages ---- */

/* Checks the pieces of one long paragraph: within the bound, each span is its
 * own text (the input is single-spaced), and joined with spaces they give
 * the whole text back. */
static int pieces_cover(const struct got *g, const char *t, size_t max)
{
	size_t off = 0;
	for (size_t i = 0; i < g->n; i++) {
		if (g->len[i] > max || !span_is(t, g->start[i], g->end[i], g->text[i]))
			return 0;
		if (g->start[i] != off || memcmp(t + off, g->text[i], g->len[i]) != 0)
			return 0;
		off = g->end[i];
		if (t[off] == ' ')
			off++;
	}
	return t[off] == '\0' || t[off] == '\n';
}

TEST(segment_cut_at_sentence_ends)
{
	static const char *const sentences[] = {
		"Mr. Smith met Dr. Jones and Ms. J. Doe of the U.S. delegation on the 5th.",
		"They discussed remittances, e.g. their cost, i.e. fees (see No. 5 and para. 12).",
		"Is the cost falling?",
		"It is!",
		"\xe2\x80\x9cWe must act now.\xe2\x80\x9d",
		"Prof. Lee agreed\xe2\x80\xa6",
		"The end of a longer sentence about safe, orderly and regular migration.",
	};
	char t[6000] = "";
	size_t n = 0;
	for (int r = 0; n < 5000; r++) {
		const char *s = sentences[r % 7];
		n += (size_t)snprintf(t + n, sizeof t - n, "%s%s", n ? " " : "", s);
	}
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 200), PL_OK);
	CHECK(g.n > 25 && g.n < MAXP);
	CHECK(pieces_cover(&g, t, 200));
	for (size_t i = 0; i < g.n; i++) {
		const char *x = g.text[i];
		size_t l = g.len[i];
		CHECK_INT(g.ordinal[i], i + 1);
		/* every cut is after a sentence end, never after an abbreviation */
		CHECK(x[l - 1] == '.' || x[l - 1] == '?' || x[l - 1] == '!' || x[l - 1] == ')' ||
		      !strcmp(x + l - 3, "\xe2\x80\x9d") || !strcmp(x + l - 3, "\xe2\x80\xa6"));
		CHECK(l < 4 || (strcmp(x + l - 3, "Mr.") && strcmp(x + l - 3, "Dr.") &&
				strcmp(x + l - 3, "No.") && strcmp(x + l - 4, "e.g.") &&
				strcmp(x + l - 4, "i.e.") && strcmp(x + l - 2, "J.") &&
				strcmp(x + l - 4, "U.S.") && strcmp(x + l - 5, "para.")));
	}
	got_free(&g);
}

TEST(segment_cut_sentence_closest_to_bound)
{
	/* sentences of 10 bytes; bound 35: three fit (32 bytes with spaces) */
	const char *t = "Aaaa bbbb. Cccc dddd. Eeee ffff. Gggg hhhh. Iiii jjjj. Kkkk llll.";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 35), PL_OK);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.text[0], "Aaaa bbbb. Cccc dddd. Eeee ffff.");
	CHECK_STR(g.text[1], "Gggg hhhh. Iiii jjjj. Kkkk llll.");
	CHECK(pieces_cover(&g, t, 35));
	got_free(&g);
}

TEST(segment_cut_at_space_without_sentence_end)
{
	char t[3000];
	size_t n = 0;
	for (int i = 0; n < 2500; i++)
		n += (size_t)snprintf(t + n, sizeof t - n, "%sword%d", i ? " " : "", i);
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_LINES, 100), PL_OK);
	CHECK(g.n >= 25 && g.n < MAXP);
	CHECK(pieces_cover(&g, t, 100));
	for (size_t i = 0; i + 1 < g.n; i++)
		CHECK(g.len[i] > 100 - 10);   /* cut at the last space that fits */
	got_free(&g);
}

TEST(segment_cut_giant_word_at_code_points)
{
	/* é (2 bytes), € (3), 𝄞 (4), a (1), no spaces */
	static const char *const cps[] = { "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9d\x84\x9e", "a" };
	char t[12000];
	size_t n = 0;
	for (int i = 0; n < 10000; i++)
		n += (size_t)snprintf(t + n, sizeof t - n, "%s", cps[(i * 7 + i / 3) % 4]);
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_LINES, 100), PL_OK);
	CHECK(g.n > 100);
	size_t off = 0;
	for (size_t i = 0; i < g.n && i < MAXP; i++) {
		CHECK(g.len[i] <= 100 && g.len[i] > 96);
		CHECK(pl_utf8_valid(g.text[i], g.len[i]));
		CHECK_INT(g.start[i], off);
		CHECK(span_is(t, g.start[i], g.end[i], g.text[i]));
		off = g.end[i];
	}
	got_free(&g);
}

TEST(segment_cut_cjk_full_stops)
{
	/* "移民。" is 9 bytes; Chinese has no spaces, so cut right after 。 */
	char t[400] = "";
	for (int i = 0; i < 30; i++)
		strcat(t, "\xe7\xa7\xbb\xe6\xb0\x91\xe3\x80\x82");
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_LINES, 40), PL_OK);
	CHECK_INT(g.n, 8);   /* 270 bytes, 36 per piece (four sentences) */
	for (size_t i = 0; i < g.n; i++) {
		CHECK(g.len[i] <= 40);
		CHECK(!strcmp(g.text[i] + g.len[i] - 3, "\xe3\x80\x82"));
	}
	CHECK_INT(g.len[0], 36);
	CHECK_INT(g.start[1], 36);
	got_free(&g);
}

TEST(segment_cut_keeps_speaker_and_ordinals)
{
	const char *t = "THE CHAIR: One two three. Four five six. Seven eight nine.\n\nNext.\n";
	struct got g = { 0 };
	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 20), PL_OK);
	CHECK_INT(g.n, 4);
	for (size_t i = 0; i < 4; i++) {
		CHECK_STR(g.speaker[i], "THE CHAIR");
		CHECK_INT(g.ordinal[i], i + 1);
	}
	CHECK_STR(g.text[0], "One two three.");
	CHECK_INT(g.start[0], 0);   /* the first piece's span includes the label */
	CHECK(span_is(t, g.start[1], g.end[1], "Four five six."));
	CHECK(span_is(t, g.start[2], g.end[2], "Seven eight nine."));
	got_free(&g);
}

/* A sink for huge inputs: checks bound and validity, keeps counts only. */
struct big {
	const char *t;
	size_t n, bytes, max, bad, next_start;
};

static int check_big(void *ctx, const struct pl_passage *p)
{
	struct big *b = ctx;
	b->n++;
	b->bytes += p->len;
	if (p->len > b->max || p->start < b->next_start || p->end <= p->start ||
	    !pl_utf8_valid(p->text, p->len))
		b->bad++;
	b->next_start = p->end;
	return 0;
}

static int run_big(struct big *b, size_t n, enum pl_doc_format fmt)
{
	struct pl_segment_opts o = { fmt, 0 };
	struct pl_segment_sink sink = { b, check_big, NULL };
	struct pl_err err = { 0, "" };
	b->max = PL_MAX_PASSAGE_DEFAULT;
	return pl_segment(b->t, n, &o, &sink, &err);
}

TEST(segment_20mb_line_with_sentences)
{
	static const char sentence[] = "Migrants contribute to sustainable development. ";
	size_t n = 20u << 20, k = sizeof sentence - 1;
	char *t = malloc(n);
	CHECK(t != NULL);
	for (size_t i = 0; i < n; i++)
		t[i] = sentence[i % k];
	struct big b = { t, 0, 0, 0, 0, 0 };
	CHECK_INT(run_big(&b, n, PL_FMT_AUTO), PL_OK);
	CHECK_INT(b.bad, 0);
	CHECK(b.n > n / PL_MAX_PASSAGE_DEFAULT && b.n < 2 * n / (PL_MAX_PASSAGE_DEFAULT - k));
	free(t);
}

TEST(segment_20mb_line_without_spaces)
{
	size_t n = 20u << 20;
	char *t = malloc(n);
	CHECK(t != NULL);
	for (size_t i = 0; i + 3 <= n; i += 3)
		memcpy(t + i, i % 2 ? "\xe2\x82\xac" : "ab-", 3);
	n -= n % 3;
	struct big b = { t, 0, 0, 0, 0, 0 };
	CHECK_INT(run_big(&b, n, PL_FMT_LINES), PL_OK);
	CHECK_INT(b.bad, 0);
	CHECK_INT(b.bytes, n);   /* nothing lost, nothing added */
	CHECK(b.n >= n / PL_MAX_PASSAGE_DEFAULT && b.n <= n / (PL_MAX_PASSAGE_DEFAULT - 3) + 1);
	CHECK_INT(run_big(&b, n, PL_FMT_MARKDOWN), PL_OK);
	free(t);
}

/* ---- invariants on random input ---- */

struct inv {
	const char *t;
	size_t len, max, prev_end, n, bad;
	unsigned ordinal;
};

static int check_inv(void *ctx, const struct pl_passage *p)
{
	struct inv *v = ctx;
	const char *x = p->text;
	int ok = p->len > 0 && p->len <= v->max && strlen(x) == p->len &&
		 pl_utf8_valid(x, p->len) && x[0] != ' ' && x[p->len - 1] != ' ' &&
		 !strstr(x, "  ") && !strchr(x, '\n') && !strchr(x, '\t') &&
		 p->ordinal == ++v->ordinal && p->start < p->end && p->end <= v->len &&
		 p->start >= v->prev_end;
	v->bad += !ok;
	v->prev_end = p->end;
	v->n++;
	return 0;
}

TEST(segment_random_invariants)
{
	static const char *const frags[] = {
		"Mr. ", "THE CHAIR: ", "\n", "\n\n", " ", "**", "*", "_", "`", "```\n", "# ",
		"> ", "- ", "1. ", "[", "](", ")", "<sup>", "</sup>", "<br>", "<!--", "-->",
		"\\", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9d\x84\x9e", "\xe3\x80\x82", "word",
		"Word.", "?", "! ", "---\n", "===\n", "key: value\n", "\t", "Q: ", ":", "...",
		"e.g. ", "migration", "  \n", "~~~\n", "(Mexico): ",
	};
	uint32_t r = 2024;
	char t[4096];
	for (int iter = 0; iter < 3000; iter++) {
		size_t n = 0;
		r = r * 1103515245u + 12345u;
		int parts = (int)(r >> 16) % 120;
		if (iter % 3 == 0)
			n += (size_t)snprintf(t, sizeof t, "---\ntitle: x\n---\n");
		for (int i = 0; i < parts; i++) {
			r = r * 1103515245u + 12345u;
			const char *f = frags[(r >> 16) % (sizeof frags / sizeof frags[0])];
			if (n + strlen(f) >= sizeof t)
				break;
			memcpy(t + n, f, strlen(f));
			n += strlen(f);
		}
		t[n] = '\0';
		for (int fmt = PL_FMT_AUTO; fmt <= PL_FMT_TRANSCRIPT; fmt++) {
			static const size_t maxes[] = { 0, 4, 7, 16, 64 };
			struct inv v = { t, n, 0, 0, 0, 0, 0 };
			v.max = maxes[iter % 5] ? maxes[iter % 5] : PL_MAX_PASSAGE_DEFAULT;
			struct pl_segment_opts o = { (enum pl_doc_format)fmt, maxes[iter % 5] };
			struct pl_segment_sink sink = { &v, check_inv, NULL };
			struct pl_err err = { 0, "" };
			CHECK_INT(pl_segment(t, n, &o, &sink, &err), PL_OK);
			if (v.bad) {
				harness_fail(__FILE__, __LINE__, "iteration %d format %d: bad passage in \"%s\"",
					     iter, fmt, t);
				return;
			}
		}
	}
}

/* ---- hard-wrapped text ---- */

/* UKR_58_2003.txt, lines 23-71: PDF text wrapped at about 55 characters, a
 * page number and a page break in mid-sentence */
static const char ukr_excerpt[] =
	"It is a sad and disturbing fact that during recent\n"
	"years United Nations staff have been facing growing\n"
	"insecurity. This makes it all the more urgent for all\n"
	"members of the international community to fully\n"
	"comply with the relevant international treaties, first and\n"
	"foremost, the Convention on the Safety of United\n"
	"Nations and Associated Personnel. As one of the\n"
	"initiators of that Convention, Ukraine decisively calls\n"
	"upon all States that have not yet done so to accede to\n"
	"the treaty.\n"
	"Our country joined the anti-terrorist coalition at\n"
	"the very outset and has made a significant contribution\n"
	"to its activities. We are determined to remain in the\n"
	"ranks of the coalition until international terrorism as a\n"
	"global threat can be taken off the world's agenda. I\n"
	"believe, however, that not everything has been done to\n"
	"date to prevent terrorist activities.\n"
	"I have in mind first of all effective measures to\n"
	"counter the proliferation of weapons of mass\n"
	"destruction. Ukraine unreservedly stands for a\n"
	"comprehensive strengthening of the system of universal\n"
	"9\n"
	"\n"
	"international treaties aimed at preventing the nuclear\n"
	"threat.\n"
	"An effective response to new challenges requires\n"
	"urgent action to reform the United Nations, first and\n"
	"foremost the Security Council. I am confident that\n"
	"further delay in the long-overdue reforms could result\n"
	"in a serious crisis of confidence for the United Nations.\n"
	"We cannot let that happen. There can be no viable\n"
	"alternative to the United Nations as a unique global\n"
	"Organization. As for the task of reforming the United\n"
	"Nations, we must admit that today there are more\n"
	"questions than there are answers.\n"
	"In this context, the successful reforms in the area\n"
	"of United Nations activities for peacekeeping and\n"
	"conflict prevention can serve as a good example for all\n"
	"of us. In many situations of armed conflict, the United\n"
	"Nations now acts flexibly, rapidly and effectively. I am\n"
	"pleased to note that over the past several years Ukraine\n"
	"has been playing a leading role among the countries\n"
	"contributing troops to United Nations peacekeeping\n"
	"operations. I believe that conflict prevention should\n"
	"become a key element of the philosophy of the work of\n"
	"the United Nations in the new millennium. Ukraine\n"
	"fully supports the Secretary-General's efforts aimed at\n"
	"strengthening that component of United Nations\n"
	"activities.\n";

static const char *const ukr_paragraphs[] = {
	"It is a sad and disturbing fact that during recent years United Nations staff have "
	"been facing growing insecurity. This makes it all the more urgent for all members of "
	"the international community to fully comply with the relevant international treaties, "
	"first and foremost, the Convention on the Safety of United Nations and Associated "
	"Personnel. As one of the initiators of that Convention, Ukraine decisively calls upon "
	"all States that have not yet done so to accede to the treaty.",
	"Our country joined the anti-terrorist coalition at the very outset and has made a "
	"significant contribution to its activities. We are determined to remain in the ranks "
	"of the coalition until international terrorism as a global threat can be taken off "
	"the world's agenda. I believe, however, that not everything has been done to date to "
	"prevent terrorist activities.",
	"I have in mind first of all effective measures to counter the proliferation of "
	"weapons of mass destruction. Ukraine unreservedly stands for a comprehensive "
	"strengthening of the system of universal international treaties aimed at preventing "
	"the nuclear threat.",
	"An effective response to new challenges requires urgent action to reform the United "
	"Nations, first and foremost the Security Council. I am confident that further delay "
	"in the long-overdue reforms could result in a serious crisis of confidence for the "
	"United Nations. We cannot let that happen. There can be no viable alternative to the "
	"United Nations as a unique global Organization. As for the task of reforming the "
	"United Nations, we must admit that today there are more questions than there are "
	"answers.",
	"In this context, the successful reforms in the area of United Nations activities for "
	"peacekeeping and conflict prevention can serve as a good example for all of us. In "
	"many situations of armed conflict, the United Nations now acts flexibly, rapidly and "
	"effectively. I am pleased to note that over the past several years Ukraine has been "
	"playing a leading role among the countries contributing troops to United Nations "
	"peacekeeping operations. I believe that conflict prevention should become a key "
	"element of the philosophy of the work of the United Nations in the new millennium. "
	"Ukraine fully supports the Secretary-General's efforts aimed at strengthening that "
	"component of United Nations activities.",
};

/* Whether text[start..end) starts with head and ends with tail. */
static int span_has(const char *text, size_t start, size_t end, const char *head, const char *tail)
{
	size_t h = strlen(head), n = strlen(tail);
	return end >= start + h && end - start >= n && memcmp(text + start, head, h) == 0 &&
	       memcmp(text + end - n, tail, n) == 0;
}

TEST(segment_hard_wrapped_ungdc_excerpt)
{
	const char *t = ukr_excerpt;
	struct got g = { 0 };

	CHECK_INT(pl_segment_detect("UKR_58_2003.txt", t, strlen(t)), PL_FMT_TEXT);
	CHECK_INT(seg(&g, t, PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 5);
	for (unsigned i = 0; i < 5; i++) {
		CHECK_STR(g.text[i], ukr_paragraphs[i]);
		CHECK_INT(g.ordinal[i], i + 1);
		CHECK(g.speaker[i] == NULL);
	}
	/* a span runs from the start of the first line to the end of the
	 * last, over the page number and the page break */
	CHECK(span_has(t, g.start[0], g.end[0], "It is a sad", "to accede to\nthe treaty."));
	CHECK(span_has(t, g.start[1], g.end[1], "Our country", "terrorist activities."));
	CHECK(span_has(t, g.start[2], g.end[2], "I have in mind",
		       "universal\n9\n\ninternational treaties aimed at preventing the nuclear\nthreat."));
	CHECK(span_has(t, g.start[4], g.end[4], "In this context", "United Nations\nactivities."));
	CHECK_INT(g.start[0], 0);
	CHECK_INT(g.end[4], strlen(t) - 1);
	for (unsigned i = 1; i < 5; i++)
		CHECK_INT(g.start[i], g.end[i - 1] + 1);
	got_free(&g);
}

TEST(segment_hard_wrapped_cut_at_bound)
{
	/* long paragraphs are still cut at sentence ends within the bound, the
	 * pieces' spans inside their paragraph's, ordinals consecutive */
	const char *t = ukr_excerpt;
	struct got g = { 0 };
	size_t para = 0, at = 0;

	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 200), PL_OK);
	CHECK(g.n > 10 && g.n <= MAXP);
	for (size_t i = 0; i < g.n; i++) {
		const char *want = ukr_paragraphs[para];
		CHECK_INT(g.ordinal[i], i + 1);
		CHECK(g.len[i] <= 200 && g.start[i] < g.end[i]);
		CHECK(i == 0 || g.start[i] > g.end[i - 1]);
		CHECK(strncmp(want + at, g.text[i], g.len[i]) == 0);
		at += g.len[i];
		if (want[at] == ' ') {
			at++;
		} else {
			CHECK_INT(want[at], '\0');
			para++;
			at = 0;
		}
	}
	CHECK_INT(para, 5);
	CHECK_STR(g.text[0], "It is a sad and disturbing fact that during recent years United "
		  "Nations staff have been facing growing insecurity.");
	CHECK(span_is(t, g.start[0], g.end[0], "It is a sad and disturbing fact that during recent\n"
		      "years United Nations staff have been facing growing\ninsecurity."));
	got_free(&g);
}

TEST(segment_hard_wrapped_hyphens)
{
	/* a compound split at its hyphen stays whole; a word broken before a
	 * bare suffix is joined, also over a page break; a suspended hyphen
	 * and a dash keep their space */
	const char *t =
		"The international community has yet to find a settle-\n"
		"ment that would be acceptable to all. At the high-\n"
		"level meeting convened by the Secretary-\n"
		"General, a number of short-\n"
		"and long-term measures were agreed upon -- and the\n"
		"question of migra-\n"
		"12\n"
		"\n"
		"tion was discussed by all of the delegations present -\n"
		"that is, by the Member States and by the observers.\n";
	struct got g = { 0 };

	CHECK_INT(seg(&g, t, PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.text[0], "The international community has yet to find a settlement that would be "
		  "acceptable to all. At the high-level meeting convened by the Secretary-General, a "
		  "number of short- and long-term measures were agreed upon -- and the question of "
		  "migration was discussed by all of the delegations present - that is, by the Member "
		  "States and by the observers.");
	CHECK_INT(g.start[0], 0);
	CHECK_INT(g.end[0], strlen(t) - 1);
	got_free(&g);
}

TEST(segment_hard_wrapped_indented_paragraphs)
{
	/* AFG_62_2007.txt, lines 1-29: paragraphs start indented, trailing
	 * spaces; a short line ending a sentence ("...surging ahead.") does
	 * not end a paragraph when the text marks them by indentation */
	const char *t =
		"Over the 62 years of its \n"
		"existence, the General Assembly has witnessed many \n"
		"moments of historical reckoning. It was one such \n"
		"moment, five years ago, when Afghanistan returned to \n"
		"the Assembly as a country emerging out of a long, dark \n"
		"era of war, violence and terror. As I stood before the \n"
		"Assembly in September 2002, the challenges of \n"
		"restoring security to the lives of the Afghan people and \n"
		"of rebuilding Afghanistan into a stable and democratic \n"
		"country seemed all but insuperable. The fate of a \n"
		"nation swayed between the promise of a safer and more \n"
		"prosperous future, on the one hand, and the enormity of \n"
		"the tasks, on the other hand. \n"
		" Today, efforts in support of stability and \n"
		"reconstruction in Afghanistan are proceeding resolutely \n"
		"apace. The Afghan people continue to make the best of \n"
		"the new opportunities. Our economy is surging ahead. \n"
		"The legitimacy of our newly founded institutions is \n"
		"gradually taking root. Our society is brimming with \n"
		"freedom and activity. \n"
		" For too long, Afghanistan was in an unenviable \n"
		"position in terms of most human development \n"
		"indicators. That situation is no longer acceptable, and \n"
		"is changing rapidly. Today more Afghans enjoy access \n"
		"to health and education than ever before in our history. \n"
		"We have very fortunately cut our child mortality rate, \n"
		"which was one of the highest in the world just two \n"
		"years ago, by 25 per cent. As a result, over 85,000 \n"
		"more children have a chance to live today. \n";
	struct got g = { 0 };

	CHECK_INT(seg(&g, t, PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 3);
	CHECK(span_has(t, g.start[0], g.end[0], "Over the 62", "on the other hand."));
	CHECK(span_has(t, g.start[1], g.end[1], "Today, efforts", "freedom and activity."));
	CHECK(span_has(t, g.start[2], g.end[2], "For too long", "to live today."));
	CHECK_STR(g.text[1], "Today, efforts in support of stability and reconstruction in "
		  "Afghanistan are proceeding resolutely apace. The Afghan people continue to make "
		  "the best of the new opportunities. Our economy is surging ahead. The legitimacy "
		  "of our newly founded institutions is gradually taking root. Our society is "
		  "brimming with freedom and activity.");
	got_free(&g);

	/* KAZ_60_2005.txt, lines 53-77: a page footer ("16 05-51226") between
	 * whitespace-only lines, in mid-sentence */
	t = " International trade is an important factor for \n"
	    "development. Accession to the World Trade \n"
	    "Organization (WTO) is a priority for Kazakhstan. We \n"
	    "consider further liberalization of trade and WTO \n"
	    "membership as key elements of our country\xe2\x80\x99s general \n"
	    "development strategy. In 2003 Kazakhstan hosted the \n"
	    "International Ministerial Conference on Transit \n"
	    "Transport Cooperation. We attach great importance to \n"
	    "  \n"
	    " \n"
	    "16 05-51226 \n"
	    " \n"
	    "that forum and believe that the special needs of \n"
	    "landlocked developing countries should be fully taken \n"
	    "into account in accordance with the decisions and \n"
	    "recommendations emanating from the Almaty \n"
	    "Programme of Action. The integration of Kazakhstan \n"
	    "and other Central Asian States into the world economy \n"
	    "is of exceptional importance both for the social and \n"
	    "economic development of our region and for the world \n"
	    "economy in general. Our country is committed to \n"
	    "comprehensive cooperation with the other States of \n"
	    "Central Asia. That is our consistent policy, unswayed \n"
	    "by political exigencies. \n"
	    " Since the early years of its independence, \n";
	CHECK_INT(seg(&g, t, PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 2);
	CHECK(span_has(t, g.start[0], g.end[0], "International trade", "political exigencies."));
	CHECK(strstr(g.text[0], "We attach great importance to that forum and believe") != NULL);
	CHECK(strstr(g.text[0], "16") == NULL && strstr(g.text[0], "51226") == NULL);
	CHECK_STR(g.text[1], "Since the early years of its independence,");
	got_free(&g);
}

TEST(segment_hard_wrapped_blank_line_paragraphs)
{
	/* CAN_68_2013.txt, lines 1-17 (then a salutation and a paragraph of
	 * ours): blank lines between paragraphs, a paragraph ending on a short
	 * line without one, a short line before a blank line stands alone */
	const char *t =
		"As we gather near Ground \n"
		"Zero, site of the World Trade Center mass murder, I \n"
		"wish first to honour the victims of terrorism. I honour \n"
		"all victims everywhere, including those killed and \n"
		"wounded at the Westgate Shopping Mall in Nairobi.\n"
		"\n"
		"Tragically, we lost two Canadians in Nairobi, including \n"
		"one of our diplomats. There is no more fitting venue to \n"
		"honour the life of Annemarie Desloges and her service \n"
		"than right here at the United Nations. The crime of \n"
		"terror is an assault on all people. In its wake, the human \n"
		"family is one \xe2\x80\x94 united in pain, mourning and our \n"
		"resolve that we will never allow evil to triumph.\n"
		"\n"
		"At this moment of grief, the oneness of humankind is \n"
		"the theme of my remarks today.\n"
		"Allow me to begin with an observation drawn from \n"
		"the Canadian experience.\n"
		"\n"
		"Excellencies,\n"
		"\n"
		"The province of Newfoundland and Labrador was the\n"
		"last province to join Canada.\n";
	struct got g = { 0 };

	CHECK_INT(seg(&g, t, PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 6);
	CHECK(span_has(t, g.start[0], g.end[0], "As we gather", "in Nairobi."));
	CHECK(span_has(t, g.start[1], g.end[1], "Tragically", "evil to triumph."));
	CHECK_STR(g.text[2], "At this moment of grief, the oneness of humankind is the theme of my "
		  "remarks today.");
	CHECK_STR(g.text[3], "Allow me to begin with an observation drawn from the Canadian "
		  "experience.");
	CHECK_STR(g.text[4], "Excellencies,");
	CHECK_STR(g.text[5], "The province of Newfoundland and Labrador was the last province to "
		  "join Canada.");
	got_free(&g);
}

TEST(segment_hard_wrapped_speakers)
{
	const char *t =
		"The PRESIDENT: The Assembly will now hear an address by\n"
		"the Minister for Foreign Affairs of Ukraine, to whom I give\n"
		"the floor.\n"
		"Mr. Zlenko (Ukraine): I should like at the outset to\n"
		"congratulate Mr. Julian Hunte on his election to the high\n"
		"post of President of the General Assembly. I wish to thank\n"
		"all Member States: we owe them a great deal.\n";
	struct got g = { 0 };

	CHECK_INT(seg(&g, t, PL_FMT_TEXT, 0), PL_OK);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.speaker[0], "The PRESIDENT");
	CHECK_STR(g.text[0], "The Assembly will now hear an address by the Minister for Foreign "
		  "Affairs of Ukraine, to whom I give the floor.");
	CHECK_STR(g.speaker[1], "Mr. Zlenko (Ukraine)");
	CHECK(span_has(t, g.start[1], g.end[1], "Mr. Zlenko", "a great deal."));
	got_free(&g);
}

TEST(segment_lines_file_unchanged)
{
	/* MEX_77_2022.txt, lines 1-3: one paragraph per line */
	const char *lines[] = {
		"I share the warm greetings of President Andres Manuel Lopez Obrador and the entire "
		"population of Mexico.",
		"In 2022, we are facing one of the most serious crises in recent times, which has had"
		" an impact on the global order, international peace and security, the economy, the "
		"supply of basic commodities and essential services. Humanitarian assistance needs "
		"have multiplied, inequality has unfortunately grown, and the negative effects of "
		"climate change have also increased. In addition to health security, which has been "
		"weakened by the pandemic, there is a serious threat posed to food security for large"
		" segments of the populations in the poorest and most marginalized countries. "
		"Furthermore, the current situation is marked by an increase in geopolitical tensions"
		" among the major Powers.",
		"Just as it seemed that we were recovering from the grave effects of the coronavirus "
		"disease (COVID-19) pandemic, the war in Ukraine erupted, bringing with it the risk "
		"of a nuclear accident and its potentially catastrophic consequences. In addition to "
		"its high cost in terms of human lives and impact on millions of internally displaced"
		" persons and refugees in third countries, the war in Ukraine has affected the "
		"availability of food and fuel throughout the world.",
	};
	char t[2048];
	struct got g = { 0 };

	snprintf(t, sizeof t, "%s\n%s\n%s\n", lines[0], lines[1], lines[2]);
	CHECK_INT(pl_segment_detect("MEX_77_2022.txt", t, strlen(t)), PL_FMT_LINES);
	CHECK_INT(seg(&g, t, PL_FMT_AUTO, 0), PL_OK);
	CHECK_INT(g.n, 3);
	for (unsigned i = 0; i < 3; i++) {
		CHECK_STR(g.text[i], lines[i]);
		CHECK(span_is(t, g.start[i], g.end[i], lines[i]));
	}
	got_free(&g);
}

TEST(segment_hard_wrapped_random_invariants)
{
	/* wrapped-looking lines with page numbers, blank lines, indents,
	 * hyphens, labels and long words: passages stay well formed */
#define W1 "the people of the world and the Organization have\n"
#define W2 "continued the work of peace and of development in all\n"
	static const char *const frags[] = {
		W1, W2, W1, W2, W1, W2, W1, W2, "settle-\nment ",
		"high-\nlevel ", "work.\n", "Work. ", "settle-", "\n", "\n",
		"\n\n", "\n12\n\n", "\n- 7 -\n", "\n 03-52110 9 \n\n", "\n  ", "Mr. ", "THE CHAIR: ",
		"\xe2\x80\x9cquoted.\xe2\x80\x9d ", "\xc3\xa9t\xc3\xa9 ", "-", " -\n", "? ", ": ",
		"e.g. ", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "\t", "9\n",
	};
#undef W1
#undef W2
	uint32_t r = 58;
	char t[4096];
	int wrapped_seen = 0;
	for (int iter = 0; iter < 2000; iter++) {
		size_t n = 0;
		r = r * 1103515245u + 12345u;
		int parts = 20 + (int)(r >> 16) % 150;
		for (int i = 0; i < parts; i++) {
			r = r * 1103515245u + 12345u;
			const char *f = frags[(r >> 16) % (sizeof frags / sizeof frags[0])];
			if (n + strlen(f) >= sizeof t)
				break;
			memcpy(t + n, f, strlen(f));
			n += strlen(f);
		}
		t[n] = '\0';
		struct got g = { 0 };
		seg(&g, t, PL_FMT_TEXT, 0);
		for (size_t i = 0; i < g.n && i < MAXP; i++)
			wrapped_seen += strstr(g.text[i], "settlement") != NULL;   /* only joined so */
		got_free(&g);
		static const enum pl_doc_format fmts[] = { PL_FMT_TEXT, PL_FMT_TRANSCRIPT };
		for (int fmt = 0; fmt < 2; fmt++) {
			static const size_t maxes[] = { 0, 4, 7, 16, 64 };
			struct inv v = { t, n, 0, 0, 0, 0, 0 };
			v.max = maxes[iter % 5] ? maxes[iter % 5] : PL_MAX_PASSAGE_DEFAULT;
			struct pl_segment_opts o = { fmts[fmt], maxes[iter % 5] };
			struct pl_segment_sink sink = { &v, check_inv, NULL };
			struct pl_err err = { 0, "" };
			CHECK_INT(pl_segment(t, n, &o, &sink, &err), PL_OK);
			if (v.bad) {
				harness_fail(__FILE__, __LINE__, "iteration %d format %d: bad passage in \"%s\"",
					     iter, fmts[fmt], t);
				return;
			}
		}
	}
	CHECK(wrapped_seen > 200);   /* the text was often taken as hard-wrapped */
}

/* ---- edges ---- */

TEST(segment_empty_and_blank_input)
{
	static const char *const inputs[] = { "", "\n", " \n\t\n  \n", "\n\n\n", "   " };
	for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		for (int fmt = PL_FMT_AUTO; fmt <= PL_FMT_TRANSCRIPT; fmt++) {
			struct got g = { 0 };
			CHECK_INT(seg(&g, inputs[i], (enum pl_doc_format)fmt, 0), PL_OK);
			CHECK_INT(g.n, 0);
			CHECK_INT(g.nmeta, 0);
		}
	}
	struct pl_err err = { 0, "" };
	CHECK_INT(pl_segment(NULL, 0, NULL, NULL, &err), PL_OK);
	CHECK_INT(pl_segment("text", 4, NULL, NULL, &err), PL_OK);
}

TEST(segment_sink_status_stops)
{
	struct got g = { 0 };
	g.stop_after = 2;
	CHECK_INT(seg(&g, "a\nb\nc\nd\n", PL_FMT_LINES, 0), 99);
	CHECK_INT(g.n, 2);
	got_free(&g);
	/* also between the pieces of one cut paragraph */
	g.stop_after = 1;
	CHECK_INT(seg(&g, "One. Two. Three. Four.", PL_FMT_TEXT, 10), 99);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.text[0], "One. Two.");
	got_free(&g);
}

TEST(segment_control_characters_kept)
{
	struct got g = { 0 };
	CHECK_INT(seg(&g, "Red \x1b[31mtext\x1b[0m and \x07 bell\x7f.\n", PL_FMT_LINES, 0), PL_OK);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.text[0], "Red \x1b[31mtext\x1b[0m and \x07 bell\x7f.");
	got_free(&g);
}

TEST(segment_tiny_bound)
{
	struct got g = { 0 };
	CHECK_INT(seg(&g, "\xf0\x9d\x84\x9e\xf0\x9d\x84\x9e ab", PL_FMT_LINES, 1), PL_OK);
	CHECK_INT(g.n, 3);   /* the bound is raised to 4: one code point */
	CHECK_STR(g.text[0], "\xf0\x9d\x84\x9e");
	CHECK_STR(g.text[2], "ab");
	got_free(&g);
}

/* ---- blocks given one by one (DOCX, ODT) ---- */

/* Records "ordinal start-end section|text|key=value" lines. */
static int block_line(void *ctx, const struct pl_passage *p)
{
	char meta[64] = "";
	if (p->nmeta)
		snprintf(meta, sizeof meta, "|%s=%s", p->meta[0].key, p->meta[0].value);
	return pl_buf_addf(ctx, "%u %zu-%zu %s|%s%s\n", p->ordinal, p->start, p->end,
			   p->section ? p->section : "-", p->text, meta);
}

TEST(segmenter_blocks)
{
	struct pl_buf out = PL_BUF_INIT;
	struct pl_segment_sink sink = { &out, block_line, NULL };
	struct pl_segment_opts o = { PL_FMT_AUTO, 40 };
	struct pl_err err = { 0, "" };
	struct pl_segmenter *sg = NULL;
	struct pl_kv row = { "row", "1" };
	const char *head = "  Key   *messages*  ", *par = "First sentence here.  Second\n"
		"sentence, a longer one that must be cut.", *cells = "A | B";
	struct pl_block b[] = {
		{ .text = par, .len = strlen(par) },            /* before any heading */
		{ .text = head, .len = strlen(head), .start = 100, .heading = 1 },
		{ .text = "   ", .len = 3, .start = 130 },      /* no words: no passage */
		{ .text = par, .len = 20, .start = 140 },
		{ .text = cells, .len = strlen(cells), .start = 200, .meta = &row, .nmeta = 1 },
	};
	CHECK_INT(pl_segmenter_new(&sg, &o, &sink, &err), PL_OK);
	for (size_t i = 0; i < sizeof b / sizeof b[0]; i++)
		CHECK_INT(pl_segmenter_block(sg, &b[i]), PL_OK);
	pl_segmenter_free(sg);
	/* Spans are offset by each block's place; the heading, markup kept, is
	 * the section after it; the long paragraph is cut at its sentence end,
	 * then at a space. */
	CHECK_STR(pl_buf_str(&out),
		  "1 0-20 -|First sentence here.\n"
		  "2 22-61 -|Second sentence, a longer one that must\n"
		  "3 62-69 -|be cut.\n"
		  "4 140-160 Key *messages*|First sentence here.\n"
		  "5 200-205 Key *messages*|A | B|row=1\n");
	pl_buf_release(&out);
}

/* Records "ordinal start-end speaker|text" lines. */
static int turn_line(void *ctx, const struct pl_passage *p)
{
	return pl_buf_addf(ctx, "%u %zu-%zu %s|%s\n", p->ordinal, p->start, p->end,
			   p->speaker ? p->speaker : "-", p->text);
}

TEST(segmenter_block_with_its_own_span)
{
	struct pl_buf out = PL_BUF_INIT;
	struct pl_segment_sink sink = { &out, turn_line, NULL };
	struct pl_segment_opts o = { PL_FMT_TEXT, 40 };
	struct pl_err err = { 0, "" };
	struct pl_segmenter *sg = NULL;
	const char *turn = "We agree.  The fees must fall for every family that sends money.";
	struct pl_block b[] = {
		{ .text = turn, .len = strlen(turn), .start = 500, .end = 620, .speaker = "Ana Ruiz" },
		{ .text = "Next.", .len = 5, .start = 620, .end = 640 },
	};
	CHECK_INT(pl_segmenter_new(&sg, &o, &sink, &err), PL_OK);
	for (size_t i = 0; i < sizeof b / sizeof b[0]; i++)
		CHECK_INT(pl_segmenter_block(sg, &b[i]), PL_OK);
	pl_segmenter_free(sg);
	/* A copied turn: every piece cites the whole turn, with its speaker. */
	CHECK_STR(pl_buf_str(&out),
		  "1 500-620 Ana Ruiz|We agree.\n"
		  "2 500-620 Ana Ruiz|The fees must fall for every family that\n"
		  "3 500-620 Ana Ruiz|sends money.\n"
		  "4 620-640 -|Next.\n");
	pl_buf_release(&out);
}
