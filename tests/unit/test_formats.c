/* test_formats.c - the CSV, captions and ParlaMint readers on small strings. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/formats.h"
#include "plenary/read_captions.h"
#include "plenary/read_csv.h"
#include "plenary/read_parlamint.h"
#include "plenary/text.h"

/* Every passage as one line "speaker|text|k=v k=v", and document metadata
 * as "k=v" lines. */
struct got {
	struct pl_buf all, doc;
	size_t n;
};

static int keep_passage(void *ctx, const struct pl_passage *p)
{
	struct got *g = ctx;
	pl_buf_addf(&g->all, "%s|%s|", p->speaker ? p->speaker : "", p->text);
	for (size_t i = 0; i < p->nmeta; i++)
		pl_buf_addf(&g->all, "%s%s=%s", i ? " " : "", p->meta[i].key, p->meta[i].value);
	pl_buf_addc(&g->all, '\n');
	g->n++;
	return PL_OK;
}

static int keep_meta(void *ctx, const char *key, const char *value)
{
	struct got *g = ctx;
	return pl_buf_addf(&g->doc, "%s=%s\n", key, value);
}

static void got_free(struct got *g)
{
	pl_buf_release(&g->all);
	pl_buf_release(&g->doc);
}

static int csv(struct got *g, const char *s, const char *text_cols, const char *meta_cols,
               struct pl_buf *notes, struct pl_err *err)
{
	struct pl_csv_opts o = { ',', text_cols, meta_cols, 0 };
	struct pl_segment_sink sink = { g, keep_passage, keep_meta };
	return pl_read_csv(s, strlen(s), &o, &sink, notes, err);
}

/* A note past 4 KiB (a CSV's column names, listed) is cut between
 * characters: notes once ended in half a character, invalid UTF-8. */
TEST(note_long_is_cut_between_characters)
{
	struct pl_buf notes = PL_BUF_INIT, names = PL_BUF_INIT;
	for (int i = 0; i < 3000; i++)
		pl_buf_adds(&names, "\xC3\xA9");   /* é, 2 bytes */
	CHECK_INT(pl_note(&notes, "%s", names.data), PL_OK);
	CHECK(pl_utf8_valid(notes.data, notes.len));
	CHECK_INT((int)notes.len, 4094);   /* 4095 bytes fit: the last é did not */
	pl_buf_clear(&notes);
	pl_buf_clear(&names);
	for (int i = 0; i < 2000; i++)
		pl_buf_adds(&names, "\xE2\x82\xAC");   /* €, 3 bytes */
	CHECK_INT(pl_note(&notes, "x%s", names.data), PL_OK);
	CHECK(pl_utf8_valid(notes.data, notes.len));
	CHECK_INT((int)notes.len, 1 + 1364 * 3);
	pl_buf_release(&notes);
	pl_buf_release(&names);
}

TEST(csv_quoted_cells_and_meta)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	const char *s = "\xEF\xBB\xBF" "ID , Group,Answer\r\n"
	                "1,ngo,\"Safe, \"\"regular\"\"\r\npathways.\"\r\n"
	                "2,,\"\"\r\n"
	                "3,state,Fair recruitment.\r\n";
	CHECK_INT(csv(&g, s, "answer", NULL, &notes, &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all),
	          "|Safe, \"regular\" pathways.|id=1 group=ngo question=Answer row=1\n"
	          "|Fair recruitment.|id=3 group=state question=Answer row=3\n");
	CHECK_STR(pl_buf_str(&notes), "3 rows; text: Answer; metadata: ID, Group");
	got_free(&g);
	pl_buf_release(&notes);
}

/* Keys are unique in a passage's metadata: a repeated column name, or one the
 * reader sets itself (question, row), gets ".1", ".2"... instead of losing
 * its values to the other. */
TEST(csv_repeated_and_reserved_column_names_keep_their_values)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	const char *s = "Group,group,Question,row,GROUP,Answer\n"
	                "ngo,state,Why migrate?,r7,un,Safe pathways.\n";
	CHECK_INT(csv(&g, s, "answer", NULL, &notes, &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all),
	          "|Safe pathways.|group=ngo group.1=state question.1=Why migrate? row.1=r7 "
	          "group.2=un question=Answer row=1\n");
	CHECK_STR(pl_buf_str(&notes), "1 row; text: Answer; metadata: Group, group, Question, row, "
	                              "GROUP");
	got_free(&g);
	pl_buf_release(&notes);
}

TEST(csv_guesses_text_columns)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT, s = PL_BUF_INIT;
	struct pl_err err = { 0 };
	pl_buf_adds(&s, "when,url,comment\n");
	for (int i = 0; i < 8; i++)   /* a quarter of the answers are long */
		pl_buf_addf(&s, "Tue Aug 30 17:21:%02d WIB 2016,https://example.org/a/very/long/"
		            "path/to/somewhere/%d,%s\n", i, i,
		            i % 4 ? "Yes I agree" : "Migrant workers need portable social "
		            "protection and fair recruitment.");
	CHECK_INT(csv(&g, s.data, NULL, NULL, &notes, &err), PL_OK);
	CHECK_INT(g.n, 8);
	CHECK_STR(pl_buf_str(&notes), "8 rows; text: comment; metadata: when, url");
	got_free(&g);
	pl_buf_release(&notes);
	pl_buf_release(&s);
}

TEST(csv_no_text_column_is_noted)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	CHECK_INT(csv(&g, "a,b\n1,2\n3,4\n", NULL, NULL, &notes, &err), PL_OK);
	CHECK_INT(g.n, 0);
	CHECK(strstr(pl_buf_str(&notes), "no free-text column") != NULL);
	got_free(&g);
	pl_buf_release(&notes);
}

TEST(csv_ragged_rows_are_counted)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	CHECK_INT(csv(&g, "k,t\na,one\n\nb\nc,three,extra\nd,four\ne,five\n", "t", "k", &notes,
	              &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all), "|one|k=a question=t row=1\n|three|k=c question=t row=3\n"
	                              "|four|k=d question=t row=4\n|five|k=e question=t row=5\n");
	CHECK(strstr(pl_buf_str(&notes), "2 rows (first at line 4) have not the header's 2 cells"));
	got_free(&g);
	pl_buf_release(&notes);
}

TEST(csv_bad_inputs_fail_clearly)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	CHECK_INT(csv(&g, "a,b\n1,\"open\n2,3\n", "b", NULL, &notes, &err), PL_EIO);
	CHECK_STR(err.msg, "unclosed quote: the quoted cell in the row that starts at line 2 "
	                   "never ends");
	CHECK_INT(csv(&g, "a,b\n1,\"x\"y\n", "b", NULL, &notes, &err), PL_EIO);
	CHECK(strstr(err.msg, "malformed quoting at line 2") != NULL);
	CHECK_INT(csv(&g, "a,b\n1,x\n", "c", NULL, &notes, &err), PL_EUSAGE);
	CHECK_STR(err.msg, "--text-columns: no column 'c' in the header (columns: a, b)");
	CHECK_INT(csv(&g, " , \n1,x\n", "c", NULL, &notes, &err), PL_EIO);
	CHECK_STR(err.msg, "the header row (line 1) names no column");
	CHECK_INT(csv(&g, "", NULL, NULL, &notes, &err), PL_OK);
	CHECK_INT(g.n, 0);
	got_free(&g);
	pl_buf_release(&notes);
}

TEST(tsv_quotes_inside_cells_are_text)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	struct pl_csv_opts o = { '\t', "t", NULL, 0 };
	struct pl_segment_sink sink = { &g, keep_passage, keep_meta };
	const char *s = "k\tt\na\tA 5\" screen\nb\t\"tab\there\"\n";
	CHECK_INT(pl_read_csv(s, strlen(s), &o, &sink, &notes, &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all), "|A 5\" screen|k=a question=t row=1\n"
	                              "|tab here|k=b question=t row=2\n");
	got_free(&g);
	pl_buf_release(&notes);
}

static int captions(struct got *g, const char *s, enum pl_doc_format fmt, size_t max,
                    struct pl_buf *notes, struct pl_err *err)
{
	struct pl_segment_sink sink = { g, keep_passage, keep_meta };
	return pl_read_captions(s, strlen(s), fmt, max, &sink, notes, err);
}

TEST(vtt_voices_merge_into_turns)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	const char *s = "WEBVTT\n\nNOTE a comment\n\n"
	                "a\n00:01.000 --> 00:02.500 align:start\n<v.loud Ana>Hello &lt;all&gt;</v>\n\n"
	                "00:00:02.500 --> 00:00:03.000\n<v Ana><i>again</i> <00:00:02.700>now\n\n"
	                "00:00:03.000 --> 01:00:04.000\n<v Bo>Yes.\nSecond line.\n\n"
	                "00:00:05.000 -> 00:00:06.000\nbroken\n";
	CHECK_INT(captions(&g, s, PL_FMT_VTT, 0, &notes, &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all),
	          "Ana|Hello <all> again now|start=00:00:01.000 end=00:00:03.000\n"
	          "Bo|Yes. Second line.|start=00:00:03.000 end=01:00:04.000\n");
	CHECK_STR(pl_buf_str(&notes), "1 block (first at line 16) with no readable timing "
	                              "line skipped; 3 cues");
	got_free(&g);
	pl_buf_release(&notes);
}

TEST(srt_labels_and_continuations)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	const char *s = "1\n00:00:01,000 --> 00:00:02,000\nTHE CHAIR: Welcome.\n\n"
	                "2\n00:00:02,000 --> 00:00:03,000\nPlease sit.\n\n"
	                "3\n00:00:03,000 --> 00:00:04,000\nMs. Ana Pérez (Mexico): Thank you.\n";
	CHECK(pl_captions_sniff(s, strlen(s), PL_FMT_SRT));
	CHECK(!pl_captions_sniff(s, strlen(s), PL_FMT_VTT));
	CHECK_INT(captions(&g, s, PL_FMT_SRT, 0, &notes, &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all),
	          "THE CHAIR|Welcome. Please sit.|start=00:00:01.000 end=00:00:03.000\n"
	          "Ms. Ana Pérez (Mexico)|Thank you.|start=00:00:03.000 end=00:00:04.000\n");
	got_free(&g);
	pl_buf_release(&notes);
}

TEST(captions_turns_stay_bounded)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT, s = PL_BUF_INIT;
	struct pl_err err = { 0 };
	pl_buf_adds(&s, "WEBVTT\n");
	for (int i = 0; i < 20; i++)
		pl_buf_addf(&s, "\n00:00:%02d.000 --> 00:00:%02d.000\n<v A>Sentence number %d "
		            "of one long turn.\n", i, i + 1, i);
	CHECK_INT(captions(&g, s.data, PL_FMT_VTT, 256, &notes, &err), PL_OK);
	CHECK(g.n > 1);
	for (const char *l = g.all.data; l && *l; l = strchr(l, '\n') + 1)
		CHECK((size_t)(strchr(l, '\n') - l) < 256 + 64);
	got_free(&g);
	pl_buf_release(&notes);
	pl_buf_release(&s);
}

TEST(captions_bad_inputs)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	CHECK_INT(captions(&g, "hello\n", PL_FMT_VTT, 0, &notes, &err), PL_EIO);
	CHECK_STR(err.msg, "not WebVTT: the first line must be 'WEBVTT'");
	CHECK_INT(captions(&g, "some text\nno cues\n", PL_FMT_SRT, 0, &notes, &err), PL_EIO);
	CHECK(strstr(err.msg, "not SRT: no cue found") != NULL);
	CHECK_INT(captions(&g, "1\n00:00:61,000 --> 00:00:62,000\nx\n", PL_FMT_SRT, 0, &notes,
	                   &err), PL_EIO);
	CHECK_INT(captions(&g, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n", PL_FMT_VTT, 0, &notes,
	                   &err), PL_OK);
	CHECK_INT(g.n, 0);
	got_free(&g);
	pl_buf_release(&notes);
}

/* A voice name over the label limit is cut between characters, never in one. */
TEST(vtt_long_voice_stays_valid_utf8)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT, s = PL_BUF_INIT;
	struct pl_err err = { 0 };
	pl_buf_adds(&s, "WEBVTT\n\n00:01.000 --> 00:02.000\n<v X");
	for (int i = 0; i < PL_LABEL_MAX; i++)
		pl_buf_adds(&s, "\xC3\xA9");   /* é: two bytes, the odd one at the limit */
	pl_buf_adds(&s, ">Remittances.\n");
	CHECK_INT(captions(&g, s.data, PL_FMT_VTT, 0, &notes, &err), PL_OK);
	CHECK_INT(g.n, 1);
	const char *bar = strchr(pl_buf_str(&g.all), '|');
	CHECK(bar && bar - g.all.data <= PL_LABEL_MAX);
	CHECK(bar && pl_utf8_valid(g.all.data, (size_t)(bar - g.all.data)));
	got_free(&g);
	pl_buf_release(&notes);
	pl_buf_release(&s);
}

TEST(parlamint_speakers_from_the_table)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	const char *text = "S.u2\tSecond speech.\nS.u1\tFirst speech.\nS.u9\tNobody knows.\n";
	const char *meta = "ID\tTitle\tHouse\tSpeaker_role\tSpeaker_party\tParty_status\tSpeaker_name\n"
	                   "S.u1\tSitting 1\tLower house\tChairperson\t-\t\tDoe, Jane\n"
	                   "S.u2\tSitting 1\tLower house\tRegular\tLAB\tOpposition\tRoe, Rick\n";
	struct pl_segment_sink sink = { &g, keep_passage, keep_meta };
	CHECK(pl_parlamint_sniff(text, strlen(text)));
	CHECK(!pl_parlamint_sniff("Mr Smith\tsaid\n", 14));
	CHECK_INT(pl_read_parlamint(text, strlen(text), meta, strlen(meta), 0, &sink, &notes,
	                            &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all),
	          "Roe, Rick|Second speech.|utterance=S.u2 role=Regular party=LAB "
	          "party_status=Opposition\n"
	          "Doe, Jane|First speech.|utterance=S.u1 role=Chairperson\n"
	          "|Nobody knows.|utterance=S.u9\n");
	CHECK_STR(pl_buf_str(&g.doc), "title=Sitting 1\nhouse=Lower house\n");
	CHECK_STR(pl_buf_str(&notes), "1 of 3 utterances not in the metadata table (no speaker)");
	CHECK_INT(pl_read_parlamint(text, strlen(text), "Name\tID\n", 8, 0, &sink, &notes, &err),
	          PL_EIO);
	got_free(&g);
	pl_buf_release(&notes);
}

/* A table with its header and no row: every utterance is read, without a
 * speaker (an empty row list was once sorted through a null pointer). */
TEST(parlamint_table_without_rows)
{
	struct got g = { 0 };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	const char *text = "S.u1\tFirst speech.\n";
	const char *meta = "ID\tSpeaker_name\n";
	struct pl_segment_sink sink = { &g, keep_passage, keep_meta };
	CHECK_INT(pl_read_parlamint(text, strlen(text), meta, strlen(meta), 0, &sink, &notes,
	                            &err), PL_OK);
	CHECK_STR(pl_buf_str(&g.all), "|First speech.|utterance=S.u1\n");
	CHECK_STR(pl_buf_str(&notes), "1 of 1 utterances not in the metadata table (no speaker)");
	got_free(&g);
	pl_buf_release(&notes);
}

TEST(formats_detect_by_extension_and_content)
{
	CHECK_INT(pl_format_detect("a/b.CSV", "x", 1), PL_FMT_CSV);
	CHECK_INT(pl_format_detect("a/b.tsv", "x\ty", 3), PL_FMT_TSV);
	CHECK_INT(pl_format_detect("a/b.txt", "WEBVTT\n\n", 8), PL_FMT_VTT);
	CHECK_INT(pl_format_detect("a/b.txt", "1\n00:00:01,000 --> 00:00:02,000\nx\n", 34),
	          PL_FMT_SRT);
	CHECK_INT(pl_format_detect("a.v/b", "Hello.\n\nWorld.\n", 15), PL_FMT_TEXT);
	CHECK_INT(pl_format_detect("a/b.md", "# Hi\n", 5), PL_FMT_MARKDOWN);

	char dir[256], path[300], cmd[1024];
	snprintf(dir, sizeof dir, "%s/parlamint", harness_tmpdir());
	snprintf(cmd, sizeof cmd, "mkdir -p '%s' && printf 'ID\\n' >'%s/S-meta.tsv' && "
	         ": >'%s/S.txt'", dir, dir, dir);
	CHECK_INT(system(cmd), 0);
	snprintf(path, sizeof path, "%s/S.txt", dir);
	CHECK_INT(pl_format_detect(path, "S.u1\tText.\n", 11), PL_FMT_PARLAMINT);
	snprintf(path, sizeof path, "%s/S-meta.tsv", dir);
	CHECK_INT(pl_format_detect(path, "ID\n", 3), PL_FMT_PARLAMINT);
	struct pl_format_opts o = { PL_FMT_PARLAMINT, 0, NULL, NULL };
	struct got g = { 0 };
	struct pl_segment_sink sink = { &g, keep_passage, keep_meta };
	struct pl_buf notes = PL_BUF_INIT;
	struct pl_err err = { 0 };
	CHECK_INT(pl_format_read(path, "ID\n", 3, &o, &sink, &notes, &err), PL_ESKIP);
	CHECK(strstr(err.msg, "S.txt', read with it") != NULL);
	snprintf(path, sizeof path, "%s/T.txt", dir);
	CHECK_INT(pl_format_detect(path, "S.u1\tText.\n", 11), PL_FMT_LINES);
}
