/* test_office.c - DOCX, ODT and PDF readers on small documents made here. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "plenary/buf.h"
#include "plenary/read_office.h"
#include "plenary/read_pdf.h"
#include "zipmem.h"

/* ---- documents in memory ---- */

/* What a reader reported: "META key=value" and "ordinal section|text|k=v"
 * lines. */
static int got_meta(void *ctx, const char *key, const char *value)
{
	return pl_buf_addf(ctx, "META %s=%s\n", key, value);
}

static int got_passage(void *ctx, const struct pl_passage *p)
{
	int rc = pl_buf_addf(ctx, "%u %s|%s", p->ordinal, p->section ? p->section : "-", p->text);
	for (size_t i = 0; !rc && i < p->nmeta; i++)
		rc = pl_buf_addf(ctx, "|%s=%s", p->meta[i].key, p->meta[i].value);
	return rc ? rc : pl_buf_addc(ctx, '\n');
}

static struct pl_buf got = PL_BUF_INIT;
static struct pl_err err;

/* Reads a zip of the parts as fmt into `got`; returns the status. */
static int read_parts(enum pl_doc_format fmt, const struct part *parts, size_t n)
{
	size_t len = 0;
	char *zip = make_zip(parts, n, 0, &len);
	struct pl_segment_sink sink = { &got, got_passage, got_meta };
	pl_buf_clear(&got);
	pl_err_clear(&err);
	int rc = zip ? pl_read_office(zip, len, fmt, NULL, &sink, &err) : -100;
	free(zip);
	return rc;
}

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define DOCX_BODY(x) "<?xml version=\"1.0\"?><w:document " W_NS "><w:body>" x "</w:body></w:document>"

static int read_docx(const char *document)
{
	struct part p[] = { { "[Content_Types].xml", "<Types/>", 0 },
	                    { "word/document.xml", document, 0 } };
	return read_parts(PL_FMT_DOCX, p, 2);
}

/* ---- DOCX ---- */

TEST(office_docx_blocks)
{
	const char *core = "<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
		" xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:title> A title\n</dc:title>"
		"<dc:creator>Ana</dc:creator><dcterms:created>2024-01-02</dcterms:created>"
		"<dc:subject>not kept</dc:subject></cp:coreProperties>";
	const char *doc = DOCX_BODY(
		"<w:p><w:r><w:t>Before any heading.</w:t></w:r></w:p>"
		"<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Part </w:t></w:r>"
		"<w:r><w:t>one</w:t></w:r></w:p>"
		"<w:p><w:r><w:t>Tab</w:t><w:tab/><w:t>and</w:t><w:br/><w:t>break.</w:t>"
		"<w:instrText>PAGE</w:instrText></w:r><w:del><w:r><w:delText>gone</w:delText>"
		"</w:r></w:del><w:moveFrom><w:r><w:t>moved</w:t></w:r></w:moveFrom></w:p>"
		"<w:p xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
		"<w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Boxed.</w:t>"
		"</w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r>"
		"<w:t>Boxed.</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent>"
		"</w:r></w:p>"
		"<w:p/>"
		"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a1</w:t></w:r></w:p><w:p><w:r><w:t>more</w:t></w:r></w:p></w:tc>"
		"<w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>c1</w:t></w:r></w:p></w:tc></w:tr>"
		"<w:tr><w:tc><w:p><w:r><w:t>a2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
		"<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t>After.</w:t></w:r></w:p>");
	struct part p[] = { { "[Content_Types].xml", "<Types/>", 0 }, { "word/document.xml", doc, 0 },
	                    { "docProps/core.xml", core, 0 } };
	CHECK_INT(read_parts(PL_FMT_DOCX, p, 3), PL_OK);
	/* Field codes, deleted and moved-away text, and the fallback copy of a
	 * text box are not text; an empty cell is dropped. */
	CHECK_STR(pl_buf_str(&got),
	          "META title=A title\nMETA author=Ana\nMETA date=2024-01-02\n"
	          "1 -|Before any heading.\n"
	          "2 Part one|Tab and break.\n"
	          "3 Part one|Boxed.\n"
	          "4 Part one|a1 more | c1|table=1|row=1\n"
	          "5 Part one|a2|table=1|row=2\n"
	          "6 Part one|After.\n");
	pl_buf_release(&got);
}

TEST(office_docx_without_properties)
{
	CHECK_INT(read_docx(DOCX_BODY("<w:p><w:r><w:t>Only text.</w:t></w:r></w:p>")), PL_OK);
	CHECK_STR(pl_buf_str(&got), "1 -|Only text.\n");
	pl_buf_release(&got);
}

/* ---- ODT ---- */

TEST(office_odt_blocks)
{
	const char *ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
		"xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
		"xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
		"xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
		"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
	char content[2048], meta[1024];
	snprintf(content, sizeof content, "<office:document-content %s><office:body><office:text>"
		"<text:h>Intro</text:h>"
		"<text:p>A<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d "
		"<text:span>é</text:span><text:note><text:note-body><text:p>a footnote</text:p>"
		"</text:note-body></text:note>.</text:p>"
		"<table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell>"
		"<table:table-cell><text:p>y</text:p></table:table-cell></table:table-row></table:table>"
		"</office:text></office:body></office:document-content>", ns);
	/* dc:creator is the last to save it; meta:initial-creator the author. */
	snprintf(meta, sizeof meta, "<office:document-meta %s><office:meta>"
		"<dc:creator>Editor</dc:creator><meta:initial-creator>Author</meta:initial-creator>"
		"<dc:date>2024-05-06</dc:date></office:meta></office:document-meta>", ns);
	struct part p[] = { { "mimetype", "application/vnd.oasis.opendocument.text", 0 },
	                    { "content.xml", content, 0 }, { "meta.xml", meta, 0 } };
	CHECK_INT(read_parts(PL_FMT_ODT, p, 3), PL_OK);
	CHECK_STR(pl_buf_str(&got),
	          "META author=Author\nMETA date=2024-05-06\n"
	          "1 Intro|A b c d é.\n"
	          "2 Intro|x | y|table=1|row=1\n");
	pl_buf_release(&got);
}

/* ---- bad input ---- */

TEST(office_refuses_dtd)
{
	CHECK_INT(read_docx("<?xml version=\"1.0\"?><!DOCTYPE w:document><w:document " W_NS "/>"),
	          PL_EFORMAT);
	CHECK(strstr(err.msg, "word/document.xml declares a DTD") != NULL);
	CHECK_STR(pl_buf_str(&got), "");
	pl_buf_release(&got);
}

TEST(office_refuses_xml_bombs)
{
	struct pl_buf x = PL_BUF_INIT;
	/* billion laughs: nested entities */
	pl_buf_adds(&x, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a0 \"lol\">");
	for (int i = 1; i < 10; i++) {
		pl_buf_addf(&x, "<!ENTITY a%d \"", i);
		for (int k = 0; k < 10; k++)
			pl_buf_addf(&x, "&a%d;", i - 1);
		pl_buf_adds(&x, "\">");
	}
	pl_buf_adds(&x, "]><w:document " W_NS "><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p>"
	            "</w:body></w:document>");
	CHECK_INT(read_docx(x.data), PL_EFORMAT);
	CHECK_STR(pl_buf_str(&got), "");
	/* quadratic blowup: one big entity, used many times */
	pl_buf_clear(&x);
	pl_buf_adds(&x, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"");
	for (int i = 0; i < 20000; i++)
		pl_buf_adds(&x, "aaaaa");
	pl_buf_adds(&x, "\">]><w:document " W_NS "><w:body><w:p><w:r><w:t>");
	for (int i = 0; i < 20000; i++)
		pl_buf_adds(&x, "&a;");
	pl_buf_adds(&x, "</w:t></w:r></w:p></w:body></w:document>");
	CHECK_INT(read_docx(x.data), PL_EFORMAT);
	CHECK(strstr(err.msg, "word/document.xml") != NULL);
	CHECK_STR(pl_buf_str(&got), "");
	pl_buf_release(&x);
	pl_buf_release(&got);
}

TEST(office_refuses_zip_bomb)
{
	size_t n = 8u << 20;
	char *zeros = calloc(1, n);
	CHECK(zeros != NULL);
	memset(zeros, 'a', n);
	struct part p[] = { { "word/document.xml", zeros, n } };
	int rc = read_parts(PL_FMT_DOCX, p, 1);
	free(zeros);
	CHECK_INT(rc, PL_EFORMAT);
	CHECK(strstr(err.msg, "word/document.xml inflates") != NULL);
	CHECK(strstr(err.msg, "zip bomb") != NULL);
	pl_buf_release(&got);
}

TEST(office_bad_files)
{
	struct pl_segment_sink sink = { &got, got_passage, got_meta };
	const char junk[] = "PK\3\4 this is no zip at all";
	CHECK_INT(pl_read_office(junk, sizeof junk - 1, PL_FMT_ODT, NULL, &sink, &err), PL_EFORMAT);
	CHECK(strstr(err.msg, "not a readable ODT file") != NULL);

	const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 encrypted package";
	CHECK_INT(pl_read_office(ole, sizeof ole - 1, PL_FMT_DOCX, NULL, &sink, &err), PL_EFORMAT);
	CHECK(strstr(err.msg, "password-protected or old-style (.doc) document; save it as DOCX") != NULL);

	struct part other[] = { { "xl/workbook.xml", "<workbook/>", 0 } };
	CHECK_INT(read_parts(PL_FMT_DOCX, other, 1), PL_EFORMAT);
	CHECK_STR(err.msg, "no word/document.xml in the zip: not a DOCX document");

	CHECK_INT(read_docx(DOCX_BODY("<w:p><w:r><w:t>unclosed</w:r></w:p>")), PL_EFORMAT);
	CHECK(strstr(err.msg, "malformed XML in word/document.xml, line 1: ") != NULL);

	/* truncated: the central directory is gone */
	size_t len = 0;
	struct part p[] = { { "word/document.xml", DOCX_BODY("<w:p/>"), 0 } };
	char *zip = make_zip(p, 1, 0, &len);
	CHECK(zip != NULL);
	int rc = pl_read_office(zip, len / 2, PL_FMT_DOCX, NULL, &sink, &err);
	free(zip);
	CHECK_INT(rc, PL_EFORMAT);
	CHECK(strstr(err.msg, "damaged or truncated") != NULL);
	pl_buf_release(&got);
}

TEST(office_detect)
{
	size_t len = 0;
	struct part docx[] = { { "[Content_Types].xml", "<Types/>", 0 },
	                       { "word/document.xml", DOCX_BODY(""), 0 } };
	struct part odt[] = { { "mimetype", "application/vnd.oasis.opendocument.text", 0 },
	                      { "content.xml", "<x/>", 0 } };
	struct part other[] = { { "data.csv", "a,b", 0 } };
	char *z = make_zip(docx, 2, 0, &len);
	CHECK_INT(pl_office_detect("no-extension", z, len), PL_FMT_DOCX);
	free(z);
	z = make_zip(odt, 2, 0, &len);
	CHECK_INT(pl_office_detect("x.bin", z, len), PL_FMT_ODT);
	free(z);
	z = make_zip(other, 1, 0, &len);
	CHECK_INT(pl_office_detect("x.zip", z, len), PL_FMT_AUTO);
	CHECK_INT(pl_office_detect("X.DOCX", z, len), PL_FMT_DOCX);   /* the name says so */
	free(z);
	CHECK_INT(pl_office_detect("notes.txt", "PK", 2), PL_FMT_AUTO);
	CHECK_INT(pl_office_detect("a.odt", "", 0), PL_FMT_ODT);
	CHECK_INT(pl_pdf_detect("scan", "%PDF-1.7\n", 9), PL_FMT_PDF);
	CHECK_INT(pl_pdf_detect("a.Pdf", "", 0), PL_FMT_PDF);
	CHECK_INT(pl_pdf_detect("a.txt", "%PD", 3), PL_FMT_AUTO);
}

/* A zip's first header cut short after its fixed part: detection reads no
 * byte past the data (the 8 bytes of "mimetype" were once compared there). */
TEST(office_detect_truncated_header)
{
	static const char head[30] = "PK\3\4\24\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\b\0\0";
	for (size_t len = 30; len < 38; len++) {
		char *data = malloc(len);   /* exactly len bytes, so ASan sees an over-read */
		CHECK(data != NULL);
		memset(data, 'm', len);
		memcpy(data, head, sizeof head);
		CHECK_INT(pl_office_detect("x.bin", data, len), PL_FMT_AUTO);
		free(data);
	}
}

/* ---- PDF, with a pdftotext of our own on PATH ---- */

/* Installs a fake pdftotext that prints `text` and exits with `status`
 * (stderr: `msg`), first on PATH; returns the old PATH to restore. */
static char *fake_pdftotext(const char *text, const char *msg, int status)
{
	char dir[512], path[600], data[600];
	snprintf(dir, sizeof dir, "%s/fakebin", harness_tmpdir());
	mkdir(dir, 0755);
	snprintf(data, sizeof data, "%s/out.txt", dir);
	FILE *f = fopen(data, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	snprintf(path, sizeof path, "%s/pdftotext", dir);
	f = fopen(path, "w");
	if (f) {
		fprintf(f, "#!/bin/sh\ncat '%s'\necho '%s' >&2\nexit %d\n", data, msg, status);
		fclose(f);
	}
	chmod(path, 0755);
	char *old = strdup(getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	snprintf(path, sizeof path, "%s:%s", dir, old);
	setenv("PATH", path, 1);
	return old;
}

static int read_pdf(const char *text, const char *msg, int status)
{
	struct pl_segment_sink sink = { &got, got_passage, got_meta };
	char *old = fake_pdftotext(text, msg, status);
	pl_buf_clear(&got);
	int rc = pl_read_pdf("-odd name.pdf", NULL, &sink, &err);
	setenv("PATH", old, 1);
	free(old);
	return rc;
}

TEST(pdf_heads_feet_and_pages)
{
	/* Three pages: a running head with a changing number, a chapter's head
	 * on two pages, page numbers in three styles, a running foot, a row of
	 * figures that is no page number, and a paragraph running on across the
	 * second page break. */
	const char *text =
		"   ANNUAL REPORT 2023 - Page 1\n\n"
		"   2019     2020     2021\n\n"
		"Remittances matter.\n\n"
		"Fees are still too high in many corridors, and the costs of sending\n"
		"money are not published.\n\n"
		"     - 1 -\n"
		"Confidential draft\f"
		"   ANNUAL REPORT 2023 - Page 2\n"
		"   Chapter 2: Fees                         2\n\n"
		"Recruitment fees must be banned, and migrant workers should keep their\n"
		"passports in every country where they\n\n"
		"     - 2 -\n"
		"Confidential draft\f"
		"   ANNUAL REPORT 2023 - Page 3\n"
		"   Chapter 2: Fees                         3\n"
		"work, without exception.\n"
		"Page 3 of 3\n"
		"Confidential draft\f";
	CHECK_INT(read_pdf(text, "", 0), PL_OK);
	CHECK_STR(pl_buf_str(&got),
	          "META pages=3\n"
	          "1 -|2019 2020 2021|page=1\n"
	          "2 -|Remittances matter.|page=1\n"
	          "3 -|Fees are still too high in many corridors, and the costs of sending "
	          "money are not published.|page=1\n"
	          "4 -|Recruitment fees must be banned, and migrant workers should keep their "
	          "passports in every country where they work, without exception.|page=2-3\n");
	pl_buf_release(&got);
}

TEST(pdf_failures)
{
	CHECK_INT(read_pdf("", "Syntax Error: Could not read xref table", 1), PL_EFORMAT);
	CHECK_STR(err.msg, "pdftotext cannot read it (exit 1): Syntax Error: Could not read xref table");
	CHECK_INT(read_pdf("\f\f   7\f", "", 0), PL_ESKIP);
	CHECK(strstr(err.msg, "no text layer (0 characters on 3 pages)") != NULL);
	CHECK_STR(pl_buf_str(&got), "");

	struct pl_segment_sink sink = { &got, got_passage, got_meta };
	char *old = strdup(getenv("PATH") ? getenv("PATH") : "");
	setenv("PATH", harness_tmpdir(), 1);
	int rc = pl_read_pdf("x.pdf", NULL, &sink, &err);
	setenv("PATH", old, 1);
	free(old);
	CHECK_INT(rc, PL_EFORMAT);
	CHECK(strstr(err.msg, "install poppler-utils") != NULL);
	pl_buf_release(&got);
}
