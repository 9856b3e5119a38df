/*
 * read_office.c - DOCX and ODT documents (see read_office.h).
 *
 * Both formats are a zip of XML parts: the body (word/document.xml,
 * content.xml) and the properties (docProps/core.xml, meta.xml). Each part
 * is inflated into memory, within limits checked before and while
 * inflating, and walked once with libxml2's streaming reader, so no tree of
 * a big document is ever built. A table says, per format, what each element
 * means (paragraph, heading, text run, table row...): one walker serves
 * both formats.
 */
#define _GNU_SOURCE   /* memmem */
#include "plenary/read_office.h"

#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "plenary/buf.h"

#define NS_W      "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_MC     "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_META   "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define NS_DC     "http://purl.org/dc/elements/1.1/"
#define NS_DCTERMS "http://purl.org/dc/terms/"
#define ODT_MIME  "application/vnd.oasis.opendocument.text"
#define RATIO_FROM ((zip_uint64_t)1 << 20)   /* smaller entries cannot harm */

enum role {
	R_NONE, R_PARA, R_HEADING, R_TEXT, R_TAB, R_BREAK, R_TABLE, R_ROW, R_CELL,
	R_STYLE, R_SKIP
};

struct elem {
	const char *ns, *name;
	enum role role;
};

/* A document property: the element holding it, and its rank among the
 * elements that may hold the same key (the higher wins). */
struct prop {
	const char *ns, *name, *key;
	int rank;
};

enum { P_TITLE, P_AUTHOR, P_DATE, NPROPS };
static const char *const prop_keys[NPROPS] = { "title", "author", "date" };

struct layout {
	const char *what;               /* "DOCX", "ODT" */
	const char *body, *props;       /* zip entries */
	const struct elem *elems;
	size_t nelems;
	int loose_text;                 /* any text in a paragraph counts (ODT); */
	                                /* else only inside R_TEXT (DOCX w:t) */
	const struct prop *propv;
	size_t nprops;
};

static const struct elem docx_elems[] = {
	{ NS_W, "p", R_PARA }, { NS_W, "t", R_TEXT }, { NS_W, "tab", R_TAB },
	{ NS_W, "br", R_BREAK }, { NS_W, "cr", R_BREAK }, { NS_W, "tbl", R_TABLE },
	{ NS_W, "tr", R_ROW }, { NS_W, "tc", R_CELL }, { NS_W, "pStyle", R_STYLE },
	/* text moved away from here, and the copy of a text box kept for old
	 * readers: the text is elsewhere too */
	{ NS_W, "moveFrom", R_SKIP }, { NS_MC, "Fallback", R_SKIP },
};

static const struct elem odt_elems[] = {
	{ NS_TEXT, "p", R_PARA }, { NS_TEXT, "h", R_HEADING }, { NS_TEXT, "s", R_TAB },
	{ NS_TEXT, "tab", R_TAB }, { NS_TEXT, "line-break", R_BREAK },
	{ NS_TABLE, "table", R_TABLE }, { NS_TABLE, "table-row", R_ROW },
	{ NS_TABLE, "table-cell", R_CELL },
	/* footnotes sit inside the paragraph that cites them; change marks
	 * and comments are not the text */
	{ NS_TEXT, "note", R_SKIP }, { NS_TEXT, "tracked-changes", R_SKIP },
	{ NS_OFFICE, "annotation", R_SKIP },
};

static const struct prop docx_props[] = {
	{ NS_DC, "title", "title", 1 }, { NS_DC, "creator", "author", 1 },
	{ NS_DCTERMS, "created", "date", 1 },
};

/* meta.xml's dc:creator is whoever saved last; the author is the first. */
static const struct prop odt_props[] = {
	{ NS_DC, "title", "title", 1 }, { NS_META, "initial-creator", "author", 2 },
	{ NS_DC, "creator", "author", 1 }, { NS_META, "creation-date", "date", 2 },
	{ NS_DC, "date", "date", 1 },
};

#define N(a) (sizeof a / sizeof a[0])

static const struct layout layouts[] = {
	{ "DOCX", "word/document.xml", "docProps/core.xml", docx_elems, N(docx_elems), 0,
	  docx_props, N(docx_props) },
	{ "ODT", "content.xml", "meta.xml", odt_elems, N(odt_elems), 1,
	  odt_props, N(odt_props) },
};

static int nomem(struct pl_err *err)
{
	return pl_err_set(err, PL_ENOMEM, "out of memory reading a document");
}

/* ---- detection ---- */

static int has_suffix(const char *path, const char *ext)
{
	size_t n = path ? strlen(path) : 0, m = strlen(ext);
	return n > m && !strcasecmp(path + n - m, ext);
}

static unsigned le16(const char *p)
{
	return (unsigned char)p[0] | (unsigned)(unsigned char)p[1] << 8;
}

enum pl_doc_format pl_office_detect(const char *path, const char *data, size_t len)
{
	if (len >= 30 && !memcmp(data, "PK\3\4", 4)) {
		/* ODT stores "mimetype" first and uncompressed, to be sniffed so */
		size_t name = le16(data + 26), body = 30 + name + le16(data + 28);
		if (name == 8 && body <= len && !memcmp(data + 30, "mimetype", 8) &&
		    body + strlen(ODT_MIME) <= len && !memcmp(data + body, ODT_MIME, strlen(ODT_MIME)))
			return PL_FMT_ODT;
		if (memmem(data, len, "word/document.xml", 17))
			return PL_FMT_DOCX;
	}
	if (has_suffix(path, ".docx"))
		return PL_FMT_DOCX;
	if (has_suffix(path, ".odt"))
		return PL_FMT_ODT;
	return PL_FMT_AUTO;
}

/* ---- the zip ---- */

/* Inflates entry `name` into out. Returns PL_OK, 1 when there is no such
 * entry, or PL_EFORMAT / PL_ENOMEM. */
static int read_entry(zip_t *z, const char *name, struct pl_buf *out, struct pl_err *err)
{
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat(z, name, 0, &st) != 0)
		return 1;
	if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
		return pl_err_set(err, PL_EFORMAT, "%s: its size is unknown", name);
	if (st.size > PL_OFFICE_MAX_ENTRY)
		return pl_err_set(err, PL_EFORMAT, "%s inflates to %llu MiB, over the %zu MiB limit: "
		                  "refused (a zip bomb?)", name, (unsigned long long)(st.size >> 20),
		                  PL_OFFICE_MAX_ENTRY >> 20);
	if (st.size > RATIO_FROM && st.size / (st.comp_size ? st.comp_size : 1) > PL_OFFICE_MAX_RATIO)
		return pl_err_set(err, PL_EFORMAT, "%s inflates %llu times (%llu bytes to %llu), "
		                  "over %d times: refused (a zip bomb?)", name,
		                  (unsigned long long)(st.size / (st.comp_size ? st.comp_size : 1)),
		                  (unsigned long long)st.comp_size, (unsigned long long)st.size,
		                  PL_OFFICE_MAX_RATIO);
	pl_buf_clear(out);
	if (pl_buf_reserve(out, (size_t)st.size + 1))
		return nomem(err);
	zip_file_t *f = zip_fopen_index(z, st.index, 0);
	if (!f)
		return pl_err_set(err, PL_EFORMAT, "cannot open %s in the zip: %s", name,
		                  zip_strerror(z));
	int rc = PL_OK;
	/* Read one byte more than declared: an entry that lies is caught. */
	for (;;) {
		zip_int64_t n = zip_fread(f, out->data + out->len, out->cap - out->len);
		if (n < 0) {
			rc = pl_err_set(err, PL_EFORMAT, "cannot inflate %s: %s", name,
			                zip_file_strerror(f));
			break;
		}
		if (n == 0)
			break;
		out->len += (size_t)n;
		if (out->len > st.size) {
			rc = pl_err_set(err, PL_EFORMAT, "%s inflates to more than the %llu bytes "
			                "it declares: refused", name, (unsigned long long)st.size);
			break;
		}
	}
	zip_fclose(f);
	if (!rc)
		out->data[out->len] = '\0';
	return rc;
}

/* ---- the XML ---- */

struct xml_err {
	int seen;
	int line;
	char msg[256];
};

static void on_xml_error(void *ctx, xmlErrorPtr e)
{
	struct xml_err *x = ctx;
	if (!e || e->level < XML_ERR_ERROR || x->seen++)
		return;
	x->line = e->line;
	snprintf(x->msg, sizeof x->msg, "%s", e->message ? e->message : "malformed XML");
	size_t n = strlen(x->msg);
	while (n && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
		x->msg[--n] = '\0';
}

/* Called for every node; returns PL_OK, 1 to skip the node's subtree, or a
 * failure status. */
typedef int (*node_fn)(xmlTextReaderPtr r, void *ctx);

/* Walks the XML in xml[0..len) (the part `name`). */
static int walk_xml(const struct pl_buf *xml, const char *name, node_fn fn, void *ctx,
                    struct pl_err *err)
{
	struct xml_err x = { 0 };
	xmlTextReaderPtr r = xmlReaderForMemory(xml->data, (int)xml->len, name, NULL, XML_PARSE_NONET);
	if (!r)
		return nomem(err);
	xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, &x);
	int rc = PL_OK, more = xmlTextReaderRead(r);
	while (more == 1 && !x.seen) {
		if (xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE) {
			rc = pl_err_set(err, PL_EFORMAT, "%s declares a DTD, which documents of this "
			                "kind never do: refused (an XML bomb?)", name);
			break;
		}
		rc = fn(r, ctx);
		if (rc < 0)
			break;
		more = rc == 1 ? xmlTextReaderNext(r) : xmlTextReaderRead(r);
		rc = PL_OK;
	}
	if (!rc && (more < 0 || x.seen))
		rc = pl_err_set(err, PL_EFORMAT, "malformed XML in %s, line %d: %s", name, x.line,
		                x.seen ? x.msg : "unreadable");
	xmlFreeTextReader(r);
	return rc;
}

static int is_ns(xmlTextReaderPtr r, const char *ns)
{
	const xmlChar *uri = xmlTextReaderConstNamespaceUri(r);
	return uri && !strcmp((const char *)uri, ns);
}

static int is_elem(xmlTextReaderPtr r, const char *ns, const char *name)
{
	return is_ns(r, ns) && !strcmp((const char *)xmlTextReaderConstLocalName(r), name);
}

/* ---- properties ---- */

struct props {
	const struct layout *lay;
	char *value[NPROPS];
	int rank[NPROPS];
	struct pl_err *err;
};

static int on_prop(xmlTextReaderPtr r, void *ctx)
{
	struct props *p = ctx;
	if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
		return PL_OK;
	for (size_t i = 0; i < p->lay->nprops; i++) {
		const struct prop *d = &p->lay->propv[i];
		if (!is_elem(r, d->ns, d->name))
			continue;
		size_t k = 0;
		while (strcmp(prop_keys[k], d->key))
			k++;
		if (p->rank[k] >= d->rank)
			return PL_OK;
		xmlChar *v = xmlTextReaderReadString(r);
		if (!v)
			return PL_OK;
		const char *s = (const char *)v, *e = s + strlen(s);
		s += strspn(s, " \t\r\n");
		while (e > s && strchr(" \t\r\n", e[-1]))
			e--;
		char *copy = e > s ? strndup(s, (size_t)(e - s)) : NULL;
		xmlFree(v);
		if (e > s && !copy)
			return nomem(p->err);
		if (copy) {
			free(p->value[k]);
			p->value[k] = copy;
			p->rank[k] = d->rank;
		}
		return PL_OK;
	}
	return PL_OK;
}

/* Reports the document's title, author and date, where it has them. */
static int read_props(zip_t *z, const struct layout *lay, struct pl_buf *xml,
                      const struct pl_segment_sink *sink, struct pl_err *err)
{
	struct props p = { .lay = lay, .err = err };
	int rc = read_entry(z, lay->props, xml, err);
	if (rc == 1)
		return PL_OK;   /* no properties: the file name will do */
	if (!rc)
		rc = walk_xml(xml, lay->props, on_prop, &p, err);
	for (size_t k = 0; k < NPROPS; k++) {
		if (!rc && p.value[k] && sink->meta)
			rc = sink->meta(sink->ctx, prop_keys[k], p.value[k]);
		free(p.value[k]);
	}
	return rc;
}

/* ---- the body ---- */

struct body {
	const struct layout *lay;
	struct pl_segmenter *seg;
	struct pl_buf par;          /* the paragraph being read */
	struct pl_buf row;          /* the table row: its cells joined by " | " */
	size_t offset;              /* of the next block in the document's text */
	int paras, texts, tables;   /* open paragraphs, text runs, tables */
	int heading;                /* the open paragraph is a heading */
	unsigned table_no, row_no;
	size_t sep_at, cell_at;     /* where the open cell's " | " and text start */
	struct pl_err *err;
};

static enum role role_of(xmlTextReaderPtr r, const struct layout *lay)
{
	for (size_t i = 0; i < lay->nelems; i++)
		if (is_elem(r, lay->elems[i].ns, lay->elems[i].name))
			return lay->elems[i].role;
	return R_NONE;
}

/* DOCX heading styles: "Title", "Heading1" to "Heading9". */
static int heading_style(const char *v)
{
	return v && (!strcasecmp(v, "Title") ||
	             (!strncasecmp(v, "Heading", 7) && v[7] >= '1' && v[7] <= '9' && !v[8]));
}

static int block(struct body *b, struct pl_buf *text, int heading, const struct pl_kv *meta,
                 size_t nmeta)
{
	if (!text->len)
		return PL_OK;
	struct pl_block blk = { .text = text->data, .len = text->len, .start = b->offset,
	                        .heading = heading, .meta = meta, .nmeta = nmeta };
	b->offset += text->len + 2;
	return pl_segmenter_block(b->seg, &blk);
}

static int end_row(struct body *b)
{
	char table[24], row[24];
	snprintf(table, sizeof table, "%u", b->table_no);
	snprintf(row, sizeof row, "%u", b->row_no);
	struct pl_kv meta[] = { { "table", table }, { "row", row } };
	return block(b, &b->row, 0, meta, 2);
}

/* A cell with nothing but whitespace is dropped with its separator. */
static void end_cell(struct body *b)
{
	for (size_t i = b->cell_at; i < b->row.len; i++)
		if (!strchr(" \t\n", b->row.data[i]))
			return;
	b->row.len = b->sep_at;
}

static int start_elem(struct body *b, xmlTextReaderPtr r, enum role role)
{
	struct pl_buf *out = b->tables ? &b->row : &b->par;
	int top = b->tables == 1;

	switch (role) {
	case R_PARA:
	case R_HEADING:
		if (!b->paras && !b->tables) {
			pl_buf_clear(&b->par);
			b->heading = role == R_HEADING;
		}
		b->paras++;
		break;
	case R_TEXT:
		b->texts++;
		break;
	case R_TAB:
		return b->paras && pl_buf_addc(out, ' ') ? nomem(b->err) : PL_OK;
	case R_BREAK:
		return b->paras && pl_buf_addc(out, '\n') ? nomem(b->err) : PL_OK;
	case R_STYLE: {
		xmlChar *v = xmlTextReaderGetAttributeNs(r, BAD_CAST "val", BAD_CAST NS_W);
		if (b->paras == 1 && !b->tables && heading_style((const char *)v))
			b->heading = 1;
		xmlFree(v);
		break;
	}
	case R_TABLE:
		if (!b->tables++) {
			b->table_no++;
			b->row_no = 0;
		}
		break;
	case R_ROW:
		if (top) {
			pl_buf_clear(&b->row);
			b->row_no++;
		}
		break;
	case R_CELL:
		if (top) {
			b->sep_at = b->row.len;
			if (b->row.len && pl_buf_adds(&b->row, " | "))
				return nomem(b->err);
			b->cell_at = b->row.len;
		}
		break;
	case R_SKIP:
		return 1;
	case R_NONE:
		break;
	}
	return PL_OK;
}

static int end_elem(struct body *b, enum role role)
{
	int top = b->tables == 1;

	switch (role) {
	case R_PARA:
	case R_HEADING:
		if (--b->paras)
			break;
		if (b->tables)   /* paragraphs of a cell: one space apart */
			return pl_buf_addc(&b->row, ' ') ? nomem(b->err) : PL_OK;
		return block(b, &b->par, b->heading, NULL, 0);
	case R_TEXT:
		b->texts--;
		break;
	case R_TABLE:
		b->tables--;
		break;
	case R_CELL:
		if (top)
			end_cell(b);
		break;
	case R_ROW:
		if (top)
			return end_row(b);
		break;
	default:
		break;
	}
	return PL_OK;
}

static int on_body(xmlTextReaderPtr r, void *ctx)
{
	struct body *b = ctx;
	int type = xmlTextReaderNodeType(r);

	if (type == XML_READER_TYPE_ELEMENT) {
		enum role role = role_of(r, b->lay);
		int rc = start_elem(b, r, role);
		if (rc == PL_OK && xmlTextReaderIsEmptyElement(r))
			rc = end_elem(b, role);
		return rc;
	}
	if (type == XML_READER_TYPE_END_ELEMENT)
		return end_elem(b, role_of(r, b->lay));
	if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
	     type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
	    b->paras && (b->texts || b->lay->loose_text)) {
		const char *v = (const char *)xmlTextReaderConstValue(r);
		if (v && pl_buf_adds(b->tables ? &b->row : &b->par, v))
			return nomem(b->err);
	}
	return PL_OK;
}

static int read_body(zip_t *z, const struct layout *lay, struct pl_buf *xml,
                     const struct pl_segment_opts *opts, const struct pl_segment_sink *sink,
                     struct pl_err *err)
{
	struct body b = { .lay = lay, .err = err };
	int rc = read_entry(z, lay->body, xml, err);
	if (rc == 1)
		return pl_err_set(err, PL_EFORMAT, "no %s in the zip: not a %s document",
		                  lay->body, lay->what);
	if (!rc)
		rc = pl_segmenter_new(&b.seg, opts, sink, err);
	if (!rc)
		rc = walk_xml(xml, lay->body, on_body, &b, err);
	pl_segmenter_free(b.seg);
	pl_buf_release(&b.par);
	pl_buf_release(&b.row);
	return rc;
}

int pl_read_office(const char *data, size_t len, enum pl_doc_format fmt,
                   const struct pl_segment_opts *opts, const struct pl_segment_sink *sink,
                   struct pl_err *err)
{
	static const struct pl_segment_sink no_sink;
	const struct layout *lay = &layouts[fmt == PL_FMT_ODT];
	zip_error_t ze;

	if (!sink)
		sink = &no_sink;
	if (len >= 8 && !memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return pl_err_set(err, PL_EFORMAT, "not a zip but an OLE file: a password-protected "
		                  "or old-style (.doc) document; save it as %s without a password",
		                  lay->what);
	xmlInitParser();
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	if (!z) {
		int rc = pl_err_set(err, src ? PL_EFORMAT : PL_ENOMEM, "not a readable %s file: "
		                    "the zip is damaged or truncated (%s)", lay->what,
		                    zip_error_strerror(&ze));
		zip_source_free(src);
		zip_error_fini(&ze);
		return rc;
	}
	zip_error_fini(&ze);
	struct pl_buf xml = PL_BUF_INIT;
	int rc = read_props(z, lay, &xml, sink, err);
	if (!rc)
		rc = read_body(z, lay, &xml, opts, sink, err);
	zip_discard(z);
	pl_buf_release(&xml);
	return rc;
}
