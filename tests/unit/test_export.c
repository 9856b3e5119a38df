/* Unit tests of export.c: escaping for CSV, HTML and Markdown, the
 * choice of representative excerpts on a built database, and the REFI-QDA
 * project's character positions (export_qdpx.c). */
#include "harness.h"
#include "plenary/export.h"
#include "plenary/ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

static const char *csv(const char *s)
{
	static struct pl_buf b = PL_BUF_INIT;
	pl_buf_clear(&b);
	pl_csv_cell(&b, s);
	return pl_buf_str(&b);
}

TEST(export_csv_cells)
{
	CHECK_STR(csv("plain text"), "plain text");
	CHECK_STR(csv(""), "");
	CHECK_STR(csv("a,b"), "\"a,b\"");
	CHECK_STR(csv("say \"hi\""), "\"say \"\"hi\"\"\"");
	CHECK_STR(csv("two\nlines"), "\"two\nlines\"");
	CHECK_STR(csv("cr\rhere"), "\"cr\rhere\"");
	/* what a spreadsheet would evaluate gets a leading quote */
	CHECK_STR(csv("=SUM(A1)"), "\"'=SUM(A1)\"");
	CHECK_STR(csv("+1 remittances"), "\"'+1 remittances\"");
	CHECK_STR(csv("-2"), "\"'-2\"");
	CHECK_STR(csv("@MEX"), "\"'@MEX\"");
	CHECK_STR(csv("\tindented"), "\"'\tindented\"");
	CHECK_STR(csv("\rx"), "\"'\rx\"");
	CHECK_STR(csv("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
	CHECK_STR(csv("a=b+c"), "a=b+c");   /* only the first character counts */
}

static const char *html(const char *s)
{
	static struct pl_buf b = PL_BUF_INIT;
	pl_buf_clear(&b);
	pl_html_escape(&b, s);
	return pl_buf_str(&b);
}

TEST(export_html_escaping)
{
	CHECK_STR(html("<script>alert('x') & \"y\"</script>"),
	          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
	CHECK_STR(html("caf\xc3\xa9 &amp;"), "caf\xc3\xa9 &amp;amp;");
	CHECK_STR(html("esc \x1b[2J here"), "esc \\x1b[2J here");
	CHECK_STR(html("line\nbreak\tand tab"), "line\nbreak\tand tab");
	/* noncharacters, which XML forbids */
	CHECK_STR(html("a\xef\xbf\xbe b\xef\xbf\xbf"), "a\\ufffe b\\uffff");
}

static const char *md(const char *s, const char *quote)
{
	static struct pl_buf b = PL_BUF_INIT;
	pl_buf_clear(&b);
	pl_md_escape(&b, s, quote);
	return pl_buf_str(&b);
}

TEST(export_markdown_escaping)
{
	CHECK_STR(md("<b>*bold*</b> & [link](x) `code` #1 a|b", NULL),
	          "\\<b\\>\\*bold\\*\\</b\\> \\& \\[link\\](x) \\`code\\` \\#1 a\\|b");
	CHECK_STR(md("snake_case _emphasis_", NULL), "snake_case \\_emphasis\\_");
	CHECK_STR(md("two\nlines", NULL), "two lines");
	CHECK_STR(md("1. first\n- second\n+3\n2026.11 x", "> "),
	          "1\\. first\n> \\- second\n> \\+3\n> 2026\\.11 x");
	CHECK_STR(md("version 2026.11", "> "), "version 2026.11");
	CHECK_STR(md("=SUM(A1)", "> "), "\\=SUM(A1)");
	CHECK_STR(md("esc \x1b]0;title\x07", NULL), "esc \\\\x1b\\]0;title\\\\x07");
}

/* ---- representative excerpts ---- */

static char db_path[512];

/* Four documents tagged O20 with chosen scores and speakers:
 * a1 5 (X), a2 4 (X), a3 1 (Y), b1 3 (Z), c1 2.5 (Z), d1 2 (W). */
static struct pl_store *build(void)
{
	static const char *const docs[] = { "a", "b", "c", "d" };
	static const int passages[] = { 3, 1, 1, 1 };
	struct pl_store *s = NULL;
	struct pl_err err = { 0 };
	snprintf(db_path, sizeof db_path, "%s/export.db", harness_tmpdir());
	unlink(db_path);
	if (pl_store_open(db_path, PL_OPEN_CREATE, &s, &err))
		return NULL;
	for (int i = 0; i < 4; i++) {
		char path[600];
		snprintf(path, sizeof path, "%s/%s.txt", harness_tmpdir(), docs[i]);
		FILE *f = fopen(path, "w");
		if (!f)
			return NULL;
		for (int p = 1; p <= passages[i]; p++)
			fprintf(f, "Passage %s%d on remittances.\n\n", docs[i], p);
		fclose(f);
		const char *paths[] = { path };
		struct pl_ingest_opts o = { .language = "en" };
		struct pl_ingest_totals t;
		if (pl_ingest(s, paths, 1, &o, &t, &err))
			return NULL;
	}
	static const char sql[] =
		"INSERT INTO categories VALUES('O20', 'Remittances', 'gcm', 20);"
		"INSERT INTO categories VALUES('O10', 'Trafficking', 'gcm', 10);"
		"CREATE TEMP TABLE setup(name, score, speaker);"
		"INSERT INTO setup VALUES('a1', 5, 'X'), ('a2', 4, 'X'), ('a3', 1, 'Y'), ('b1', 3, 'Z'),"
		" ('c1', 2.5, 'Z'), ('d1', 2, 'W');"
		"UPDATE passages SET speaker = (SELECT speaker FROM setup"
		" WHERE passages.text LIKE '%' || name || ' %');"
		"INSERT INTO tags(passage_id, category_id, source, score, created_at)"
		" SELECT p.id, 'O20', 'lexicon', s.score, 'now' FROM passages p JOIN setup s"
		" ON p.text LIKE '%' || s.name || ' %';"
		"INSERT INTO tag_spans(passage_id, category_id, span_start, span_end, kind, pattern)"
		" SELECT passage_id, 'O20', 0, 7, 'hit', 'x' FROM tags;"
		"DROP TABLE setup;";
	if (sqlite3_exec(pl_store_db(s), sql, NULL, NULL, NULL) != SQLITE_OK)
		return NULL;
	return s;
}

/* The Markdown report's excerpt headings ("a, passage 2" -> "a2"), in order. */
static int picks(struct pl_store *s, int64_t n, char *out, size_t size)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct pl_err err = { 0 };
	const char *tags[] = { "O20" };
	struct pl_export_opts o = { .format = PL_EXPORT_MD, .tags = tags, .ntags = 1,
	                            .per_category = n };
	int rc = f ? pl_export(s, &o, f, &err) : PL_EIO;
	if (f)
		fclose(f);
	out[0] = '\0';
	for (const char *p = text; p && (p = strstr(p, "\n### ")); p++) {
		char doc;
		int ordinal;
		if (sscanf(p, "\n### %c, passage %d", &doc, &ordinal) == 2)
			snprintf(out + strlen(out), size - strlen(out), "%s%c%d", *out ? " " : "", doc,
			         ordinal);
	}
	free(text);
	return rc;
}

TEST(export_per_category_spreads)
{
	struct pl_store *s = build();
	char got[128];
	CHECK(s != NULL);
	/* a1 first; a2 waits for the other documents; c1 for a new speaker (d1) */
	CHECK_INT(picks(s, 3, got, sizeof got), PL_OK);
	CHECK_STR(got, "a1 b1 d1");
	CHECK_INT(picks(s, 4, got, sizeof got), PL_OK);
	CHECK_STR(got, "a1 b1 d1 c1");
	CHECK_INT(picks(s, 6, got, sizeof got), PL_OK);
	CHECK_STR(got, "a1 b1 d1 c1 a2 a3");
	CHECK_INT(picks(s, 100, got, sizeof got), PL_OK);
	CHECK_STR(got, "a1 b1 d1 c1 a2 a3");
	/* an analyst's removal takes a passage out of the category */
	CHECK_INT(sqlite3_exec(pl_store_db(s), "INSERT INTO tags(passage_id, category_id, source,"
	                       " applied, created_at) SELECT passage_id, 'O20', 'analyst', 0, 'now'"
	                       " FROM tags WHERE score = 5", NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(picks(s, 2, got, sizeof got), PL_OK);
	CHECK_STR(got, "a2 b1");
	pl_store_close(s);
}

TEST(export_unknown_category_is_usage_error)
{
	struct pl_store *s = build();
	struct pl_err err = { 0 };
	CHECK(s != NULL);
	const char *tags[] = { "O99" };
	struct pl_export_opts o = { .format = PL_EXPORT_CSV, .tags = tags, .ntags = 1 };
	FILE *f = fopen("/dev/null", "w");
	CHECK(f != NULL);
	CHECK_INT(pl_export(s, &o, f, &err), PL_EUSAGE);
	fclose(f);
	CHECK(strstr(err.msg, "unknown category 'O99'") != NULL);
	pl_store_close(s);
}

TEST(export_write_error_is_reported)
{
	struct pl_store *s = build();
	struct pl_err err = { 0 };
	CHECK(s != NULL);
	FILE *f = fopen("/dev/full", "w");
	if (!f) {
		pl_store_close(s);
		return;   /* no /dev/full here: the e2e test covers a full disk */
	}
	struct pl_export_opts o = { .format = PL_EXPORT_JSONL };
	CHECK_INT(pl_export(s, &o, f, &err), PL_EIO);
	fclose(f);
	CHECK(strstr(err.msg, "cannot write the export") != NULL);
	pl_store_close(s);
}

/* ---- REFI-QDA ---- */

/* The member `name` of the zip in data[0..len), NUL-terminated, or NULL. */
static char *zip_member(const char *data, size_t len, const char *name)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	zip_error_fini(&ze);
	if (!z) {
		zip_source_free(src);
		return NULL;
	}
	zip_stat_t st;
	zip_file_t *f = zip_stat(z, name, 0, &st) ? NULL : zip_fopen(z, name, 0);
	char *out = f ? calloc(1, st.size + 1) : NULL;
	if (out && zip_fread(f, out, st.size) != (zip_int64_t)st.size) {
		free(out);
		out = NULL;
	}
	if (f)
		zip_fclose(f);
	zip_close(z);
	return out;
}

/* The characters [from, to) of UTF-8 text s (code points, not bytes). */
static const char *chars(const char *s, long from, long to)
{
	static char out[256];
	long i = 0;
	const char *start = NULL, *p = s;
	for (; *p; p++) {
		if (((unsigned char)*p & 0xC0) == 0x80)
			continue;
		if (i == from)
			start = p;
		if (i++ == to)
			break;
	}
	if (!start || i < to || p - start >= (long)sizeof out)
		return "";
	memcpy(out, start, (size_t)(p - start));
	out[p - start] = '\0';
	return out;
}

TEST(export_qdpx_positions_are_characters)
{
	struct pl_store *s = build();
	struct pl_err err = { 0 };
	CHECK(s != NULL);
	/* two-byte, three-byte and forbidden characters before a2's text */
	CHECK_INT(sqlite3_exec(pl_store_db(s), "UPDATE passages SET text = 'Caf\xc3\xa9 \xe2\x82\xac"
	                       " \x01 \xef\xbf\xbe ' || text WHERE text LIKE '%a1 %'", NULL, NULL,
	                       NULL), SQLITE_OK);
	char *zip = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&zip, &len);
	CHECK(f != NULL);
	struct pl_export_opts o = { .format = PL_EXPORT_QDPX, .version = "test" };
	CHECK_INT(pl_export(s, &o, f, &err), PL_OK);
	fclose(f);
	char *qde = zip_member(zip, len, "project.qde");
	CHECK(qde != NULL);
	const char *src = qde ? strstr(qde, "<TextSource guid=\"") : NULL;
	CHECK(src != NULL && strstr(src, "name=\"a\""));
	char member[64] = "";
	if (src)
		snprintf(member, sizeof member, "sources/%.36s.txt", src + 18);
	char *text = zip_member(zip, len, member);
	CHECK(text != NULL);
	/* the forbidden characters are U+FFFD, one for one */
	CHECK(text && strstr(text, "X: Caf\xc3\xa9 \xe2\x82\xac \xef\xbf\xbd \xef\xbf\xbd Passage a1"));
	static const char *const want[] = { "a1", "a2", "a3" };
	for (int i = 0; qde && text && i < 3; i++) {
		char name[32], passage[64];
		long from = -1, to = -1;
		snprintf(name, sizeof name, "name=\"a, passage %d\"", i + 1);
		const char *sel = strstr(qde, name);
		CHECK(sel && sscanf(sel + strlen(name), " startPosition=\"%ld\" endPosition=\"%ld\"",
		                    &from, &to) == 2);
		snprintf(passage, sizeof passage, "%sPassage %s on remittances.",
		         i ? "" : "Caf\xc3\xa9 \xe2\x82\xac \xef\xbf\xbd \xef\xbf\xbd ", want[i]);
		CHECK_STR(chars(text, from, to), passage);
	}
	/* a new speaker's label comes before its passage, a repeated one not */
	CHECK(text && strstr(text, "Passage a1 on remittances.\n\nPassage a2"));
	CHECK(text && strstr(text, "\n\nY: Passage a3"));
	free(text);
	free(qde);
	free(zip);
	pl_store_close(s);
}
