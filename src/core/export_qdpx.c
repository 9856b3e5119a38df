/*
 * export_qdpx.c - the selection as a REFI-QDA project (.qdpx): the exchange
 * format that NVivo, ATLAS.ti, MAXQDA and other QDA tools import (REFI-QDA
 * Project Exchange 1.0, namespace urn:QDA-XML:project:1.0).
 *
 * The archive is a zip holding project.qde (users, the codebook, document
 * metadata as variables, the sources with their coded selections, and a
 * description of the export) and sources/GUID.txt for each document that
 * has a selected passage.
 *
 * The text of a source: plenary keeps a document's passages, not the file
 * they were cut from (a passage's span is in bytes of the normalised file,
 * whose inner line breaks, Markdown marks and speaker labels are not in the
 * passage's text). So the text is rebuilt from them, as the reader shows
 * it: every passage of the document in order, a blank line between two, a
 * Markdown section heading as a paragraph of its own where the section
 * changes, the speaker's label ("Ms. Pérez (Mexico): ") before a passage
 * whose speaker changes, and a line end at the end. A coded passage is a
 * PlainTextSelection whose positions count characters (Unicode code points,
 * from 0, the end exclusive) in that text, so it covers exactly the
 * passage's text.
 * Characters XML 1.0 does not allow (controls other than tab and LF, CR,
 * U+FFFE, U+FFFF, invalid bytes) become U+FFFD in it, one for one, so the
 * positions stay right; the XML itself is escaped as HTML is.
 *
 * GUIDs are digests (SHA-256) of what names each object: a category's id,
 * a document's id and content hash, a passage's id and text hash. The same
 * database gives the same GUIDs, and with SOURCE_DATE_EPOCH the same bytes.
 */
#include "export_impl.h"
#include "plenary/text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#define GUID_LEN 37   /* 8-4-4-4-12 hex digits and a NUL */

struct qdpx {
	struct pl_buf qde;        /* project.qde, as it is written */
	struct pl_buf desc;       /* the project's description, raw */
	zip_t *zip;
	zip_source_t *out;        /* the archive, in memory */
	time_t mtime;             /* of every member: member_time() */
	char user[GUID_LEN];
	char **keys;              /* document metadata keys: the variables */
	size_t nkeys;
	sqlite3_stmt *doc, *meta, *picks;
	int nomem;                /* an append failed */
};

/* ---- GUIDs and text ---------------------------------------------------------- */

static void put(struct qdpx *q, struct pl_buf *b, const char *s)
{
	if (pl_buf_adds(b, s))
		q->nomem = 1;
}

static void putf(struct qdpx *q, struct pl_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void putf(struct qdpx *q, struct pl_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (pl_buf_vaddf(b, fmt, ap))
		q->nomem = 1;
	va_end(ap);
}

/* The GUID of the object named by the printf-style key; when the key cannot
 * be built, the export fails (q->nomem) rather than give objects one GUID. */
static void guid(struct qdpx *q, char out[GUID_LEN], const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void guid(struct qdpx *q, char out[GUID_LEN], const char *fmt, ...)
{
	struct pl_buf key = PL_BUF_INIT;
	char hex[65];
	va_list ap;
	va_start(ap, fmt);
	int rc = pl_buf_vaddf(&key, fmt, ap);
	va_end(ap);
	if (rc)
		q->nomem = 1;
	pl_sha256_hex(pl_buf_str(&key), key.len, hex);
	pl_buf_release(&key);
	snprintf(out, GUID_LEN, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16,
	         hex + 20);
}

/* Text and attribute values: escaped for XML (the HTML escaper's entities
 * are XML's, and it makes every character XML forbids visible). */
static void xml(struct qdpx *q, const char *s)
{
	if (pl_html_escape(&q->qde, s))
		q->nomem = 1;
}

static void xml_attr(struct qdpx *q, const char *name, const char *value)
{
	put(q, &q->qde, " ");
	put(q, &q->qde, name);
	put(q, &q->qde, "=\"");
	xml(q, value);
	put(q, &q->qde, "\"");
}

static int xml_char(uint32_t cp)
{
	return cp == '\t' || cp == '\n' || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
}

/* Appends s to a source's text, each character XML forbids as U+FFFD, and
 * returns the number of characters appended. */
static int64_t add_text(struct qdpx *q, struct pl_buf *b, const char *s)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	size_t n = strlen(s), run = 0, i = 0;
	int64_t chars = 0;
	while (i < n) {
		uint32_t cp = (unsigned char)s[i];
		size_t k = cp < 0x80 ? 1 : pl_utf8_decode(s + i, n - i, &cp);
		chars++;
		if (k && xml_char(cp)) {
			i += k;
			continue;
		}
		if (pl_buf_add(b, s + run, i - run) || pl_buf_add(b, fffd, 3))
			q->nomem = 1;
		i += k ? k : 1;
		run = i;
	}
	if (pl_buf_add(b, s + run, n - run))
		q->nomem = 1;
	return chars;
}

/* Whether s is an xsd:dateTime as plenary writes them (2026-01-01T00:00:00Z). */
static int is_datetime(const char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
	for (size_t i = 0; i < sizeof shape - 1; i++)
		if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i])
			return 0;
	return s[sizeof shape - 1] == '\0';
}

/* ---- the archive ------------------------------------------------------------- */

static int zip_fail(struct export *x, const char *what, zip_error_t *ze)
{
	return pl_err_set(x->err, PL_EIO, "cannot write the qdpx archive: %s: %s", what,
	                  zip_error_strerror(ze));
}

static int open_zip(struct export *x, struct qdpx *q)
{
	zip_error_t ze;
	zip_error_init(&ze);
	q->out = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (q->out) {
		zip_source_keep(q->out);   /* it outlives the archive: we read it back */
		q->zip = zip_open_from_source(q->out, ZIP_TRUNCATE, &ze);
		if (!q->zip)
			zip_source_free(q->out);   /* the reference kept */
	}
	int rc = q->zip ? PL_OK : zip_fail(x, "cannot create it", &ze);
	zip_error_fini(&ze);
	return rc;
}

/* Adds the buffer's content as the member `name` (the archive owns it). */
static int add_member(struct export *x, struct qdpx *q, const char *name, struct pl_buf *b)
{
	if (q->nomem)
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	size_t len;
	char *data = pl_buf_detach(b, &len);
	zip_source_t *src = data ? zip_source_buffer(q->zip, data, len, 1) : NULL;
	if (!src) {
		free(data);
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	}
	zip_int64_t i = zip_file_add(q->zip, name, src, ZIP_FL_ENC_UTF_8);
	if (i < 0) {
		zip_source_free(src);
		return zip_fail(x, name, zip_get_error(q->zip));
	}
	if (zip_file_set_mtime(q->zip, (zip_uint64_t)i, q->mtime, 0))
		return zip_fail(x, name, zip_get_error(q->zip));
	return PL_OK;
}

/* Writes the archive, then copies its bytes to the export's FILE. */
static int close_zip(struct export *x, struct qdpx *q)
{
	if (zip_close(q->zip)) {
		int rc = zip_fail(x, "cannot compress it", zip_get_error(q->zip));
		zip_discard(q->zip);
		q->zip = NULL;
		return rc;
	}
	q->zip = NULL;
	if (zip_source_open(q->out))
		return zip_fail(x, "cannot read it back", zip_source_error(q->out));
	int rc = PL_OK;
	zip_int64_t n;
	do {
		if (pl_buf_reserve(&x->b, 65536)) {
			rc = pl_err_set(x->err, PL_ENOMEM, "out of memory");
			break;
		}
		n = zip_source_read(q->out, x->b.data + x->b.len, 65536);
		if (n < 0)
			rc = zip_fail(x, "cannot read it back", zip_source_error(q->out));
		else
			x->b.len += (size_t)n;
		if (!rc)
			rc = ex_write_out(x, 0);
	} while (!rc && n > 0);
	zip_source_close(q->out);
	return rc;
}

/* ---- project.qde ------------------------------------------------------------- */

static int begin(struct export *x, struct qdpx *q)
{
	const char *db = pl_store_path(x->s), *slash = strrchr(db, '/');
	struct pl_buf name = PL_BUF_INIT;
	putf(q, &name, "plenary: %s", slash ? slash + 1 : db);
	put(q, &q->qde, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                "<Project xmlns=\"urn:QDA-XML:project:1.0\"");
	xml_attr(q, "name", pl_buf_str(&name));
	pl_buf_clear(&name);
	putf(q, &name, "plenary %s", x->o->version ? x->o->version : "");
	xml_attr(q, "origin", pl_buf_str(&name));
	xml_attr(q, "creatingUserGUID", q->user);
	xml_attr(q, "creationDateTime", x->now);
	put(q, &q->qde, ">\n<Users>\n<User");
	xml_attr(q, "guid", q->user);
	xml_attr(q, "name", "plenary");
	put(q, &q->qde, "/>\n</Users>\n");
	pl_buf_release(&name);
	return PL_OK;
}

struct code_ctx {
	struct qdpx *q;
	char *lexicon;      /* of the parent code open, or NULL */
	int any;
};

static void close_parent(struct code_ctx *c)
{
	if (c->lexicon)
		put(c->q, &c->q->qde, "</Code>\n");
	free(c->lexicon);
	c->lexicon = NULL;
}

/* One category (id, title, lexicon): a code, under a parent code per
 * lexicon, which is a heading and not codable itself. */
static int code_row(struct export *x, sqlite3_stmt *st, void *ctx)
{
	struct code_ctx *c = ctx;
	struct qdpx *q = c->q;
	const char *id = ex_col(st, 0), *title = ex_col(st, 1);
	const char *lexicon = (const char *)sqlite3_column_text(st, 2);
	char g[GUID_LEN];
	if (!c->any)
		put(q, &q->qde, "<CodeBook>\n<Codes>\n");
	c->any = 1;
	if (!lexicon || !c->lexicon || strcmp(lexicon, c->lexicon)) {
		close_parent(c);
		if (lexicon) {
			if (!(c->lexicon = strdup(lexicon)))
				return pl_err_set(x->err, PL_ENOMEM, "out of memory");
			guid(q, g, "lexicon:%s", lexicon);
			put(q, &q->qde, "<Code");
			xml_attr(q, "guid", g);
			xml_attr(q, "name", lexicon);
			put(q, &q->qde, " isCodable=\"false\">\n<Description>The categories of the lexicon ");
			xml(q, lexicon);
			put(q, &q->qde, "</Description>\n");
		}
	}
	struct pl_buf name = PL_BUF_INIT;
	put(q, &name, id);
	if (strcmp(title, id))
		putf(q, &name, ": %s", title);
	guid(q, g, "code:%s", id);
	put(q, &q->qde, "<Code");
	xml_attr(q, "guid", g);
	xml_attr(q, "name", pl_buf_str(&name));
	put(q, &q->qde, " isCodable=\"true\">\n<Description>");
	xml(q, title);
	put(q, &q->qde, "</Description>\n</Code>\n");
	pl_buf_release(&name);
	return PL_OK;
}

/* The categories in scope, grouped by lexicon (the codes need at least
 * one: no codebook when nothing was ever tagged). */
static int codebook(struct export *x, struct qdpx *q)
{
	struct code_ctx c = { .q = q };
	int rc = ex_query(x, "SELECT c.id, coalesce(k.title, c.id), k.lexicon_id FROM export_cat c"
	                     " LEFT JOIN categories k ON k.id = c.id"
	                     " ORDER BY k.lexicon_id IS NULL, k.lexicon_id, c.ord",
	                  NULL, 0, code_row, &c);
	close_parent(&c);
	if (c.any)
		put(q, &q->qde, "</Codes>\n</CodeBook>\n");
	return rc;
}

#define SELECTED_DOCS \
	"(SELECT p.document_id FROM export_sel s JOIN passages p ON p.id = s.passage_id)"

static int key_row(struct export *x, sqlite3_stmt *st, void *ctx)
{
	struct qdpx *q = ctx;
	char **k = realloc(q->keys, (q->nkeys + 1) * sizeof *k);
	if (!k || !(k[q->nkeys] = strdup(ex_col(st, 0)))) {
		if (k)
			q->keys = k;
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	}
	q->keys = k;
	q->nkeys++;
	char g[GUID_LEN];
	guid(q, g, "variable:%s", k[q->nkeys - 1]);
	put(q, &q->qde, q->nkeys == 1 ? "<Variables>\n<Variable" : "<Variable");
	xml_attr(q, "guid", g);
	xml_attr(q, "name", k[q->nkeys - 1]);
	put(q, &q->qde, " typeOfVariable=\"Text\"/>\n");
	return PL_OK;
}

/* The documents' metadata keys, as text variables. */
static int variables(struct export *x, struct qdpx *q)
{
	int rc = ex_query(x, "SELECT DISTINCT key FROM document_meta WHERE document_id IN "
	                     SELECTED_DOCS " ORDER BY 1", NULL, 0, key_row, q);
	if (q->nkeys)
		put(q, &q->qde, "</Variables>\n");
	return rc;
}

/* ---- sources ------------------------------------------------------------------ */

/* The document being written: its text and its selections. */
struct source {
	int64_t id;
	char guid[GUID_LEN];
	char *hash;                      /* its content hash */
	struct pl_buf text;              /* sources/GUID.txt */
	int64_t chars;                   /* in text */
	int started;                     /* a passage is in text */
	struct pl_buf speaker, section;  /* of the last passage */
	int has_speaker, has_section;
};

/* Starts the TextSource of document id (its title, path, language). */
static int source_begin(struct export *x, struct qdpx *q, struct source *src, int64_t id)
{
	sqlite3_stmt *st = q->doc;
	sqlite3_bind_int64(st, 1, id);
	int step = sqlite3_step(st);
	if (step != SQLITE_ROW) {
		sqlite3_reset(st);
		return pl_store_error(x->s, step, "cannot read a document", x->err);
	}
	src->id = id;
	free(src->hash);
	if (!(src->hash = strdup(ex_col(st, 2)))) {
		sqlite3_reset(st);
		return pl_err_set(x->err, PL_ENOMEM, "out of memory");
	}
	guid(q, src->guid, "source:%lld:%s", (long long)id, src->hash);
	char path[GUID_LEN + 32];
	snprintf(path, sizeof path, "internal://%s.txt", src->guid);
	put(q, &q->qde, "<TextSource");
	xml_attr(q, "guid", src->guid);
	xml_attr(q, "name", ex_col(st, 0));
	xml_attr(q, "plainTextPath", path);
	xml_attr(q, "creatingUser", q->user);
	xml_attr(q, "creationDateTime", x->now);
	put(q, &q->qde, ">\n<Description>");
	xml(q, ex_col(st, 1));
	put(q, &q->qde, " (");
	xml(q, ex_col(st, 3));
	put(q, &q->qde, ", ");
	xml(q, ex_col(st, 4));
	put(q, &q->qde, ")</Description>\n");
	sqlite3_reset(st);
	pl_buf_clear(&src->text);
	src->chars = 0;
	src->started = 0;
	src->has_speaker = src->has_section = 0;
	return PL_OK;
}

/* Ends the TextSource with its metadata, and adds its text to the archive. */
static int source_end(struct export *x, struct qdpx *q, struct source *src)
{
	sqlite3_stmt *st = q->meta;
	sqlite3_bind_int64(st, 1, src->id);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char g[GUID_LEN];
		guid(q, g, "variable:%s", ex_col(st, 0));
		put(q, &q->qde, "<VariableValue>\n<VariableRef");
		xml_attr(q, "targetGUID", g);
		put(q, &q->qde, "/>\n<TextValue>");
		xml(q, ex_col(st, 1));
		put(q, &q->qde, "</TextValue>\n</VariableValue>\n");
	}
	sqlite3_reset(st);
	if (step != SQLITE_DONE)
		return pl_store_error(x->s, step, "cannot read the metadata", x->err);
	put(q, &q->qde, "</TextSource>\n");
	put(q, &src->text, "\n");   /* a text file's last line ends too */
	char name[GUID_LEN + 16];
	snprintf(name, sizeof name, "sources/%s.txt", src->guid);
	return add_member(x, q, name, &src->text);
}

/* Whether a passage's speaker or section (s, or NULL) differs from the
 * last one, which becomes s; none ("" or NULL) is no change. */
static int changed(struct qdpx *q, struct pl_buf *last, int *has, const char *s)
{
	if (!s || !*s)
		return 0;
	if (*has && !strcmp(pl_buf_str(last), s))
		return 0;
	pl_buf_clear(last);
	put(q, last, s);
	*has = 1;
	return 1;
}

/* A coded passage: a selection of its characters [start, end), with one
 * coding per category in scope; its description says where each came from. */
static int selection(struct export *x, struct qdpx *q, struct source *src, sqlite3_stmt *p,
                     int64_t start, int64_t end)
{
	int64_t id = sqlite3_column_int64(p, 1);
	const char *speaker = (const char *)sqlite3_column_text(p, 3);
	struct pl_buf desc = PL_BUF_INIT, codings = PL_BUF_INIT;
	char g[GUID_LEN], code[GUID_LEN];
	putf(q, &desc, "Passage %lld (id %lld)", (long long)sqlite3_column_int64(p, 2),
	            (long long)id);
	if (speaker)
		putf(q, &desc, ", %s", speaker);
	put(q, &desc, ". Tags:");
	sqlite3_stmt *t = q->picks;
	sqlite3_bind_int64(t, 1, id);
	int step, n = 0;
	while ((step = sqlite3_step(t)) == SQLITE_ROW) {
		const char *cat = ex_col(t, 0), *source = ex_col(t, 1), *at = ex_col(t, 4);
		putf(q, &desc, "%s %s from %s", n++ ? ";" : "", cat,
		            strcmp(source, "analyst") ? "the lexicon" : "an analyst");
		if (sqlite3_column_type(t, 2) != SQLITE_NULL && strcmp(source, "analyst"))
			putf(q, &desc, ", score %.2f, run %lld", sqlite3_column_double(t, 2),
			            (long long)sqlite3_column_int64(t, 3));
		if (sqlite3_column_type(t, 5) != SQLITE_NULL)
			putf(q, &desc, ": %s", ex_col(t, 5));
		guid(q, g, "coding:%lld:%lld:%s:%s", (long long)id, (long long)sqlite3_column_int64(p, 6),
		     cat, source);
		guid(q, code, "code:%s", cat);
		putf(q, &codings, "<Coding guid=\"%s\" creatingUser=\"%s\"", g, q->user);
		if (is_datetime(at))
			putf(q, &codings, " creationDateTime=\"%s\"", at);
		putf(q, &codings, ">\n<CodeRef targetGUID=\"%s\"/>\n</Coding>\n", code);
	}
	sqlite3_reset(t);
	int rc = step == SQLITE_DONE ? PL_OK : pl_store_error(x->s, step, "cannot read the tags", x->err);
	guid(q, g, "selection:%lld:%lld:%s", (long long)id, (long long)sqlite3_column_int64(p, 6),
	     src->hash);
	struct pl_buf name = PL_BUF_INIT;
	putf(q, &name, "%s, passage %lld", ex_col(p, 7), (long long)sqlite3_column_int64(p, 2));
	put(q, &q->qde, "<PlainTextSelection");
	xml_attr(q, "guid", g);
	xml_attr(q, "name", pl_buf_str(&name));
	putf(q, &q->qde, " startPosition=\"%lld\" endPosition=\"%lld\"", (long long)start,
	            (long long)end);
	xml_attr(q, "creatingUser", q->user);
	put(q, &q->qde, ">\n<Description>");
	xml(q, pl_buf_str(&desc));
	put(q, &q->qde, "</Description>\n");
	put(q, &q->qde, pl_buf_str(&codings));
	put(q, &q->qde, "</PlainTextSelection>\n");
	pl_buf_release(&name);
	pl_buf_release(&desc);
	pl_buf_release(&codings);
	return rc;
}

/* One passage of the document (a row of passages_sql): its place in the
 * text, and a selection if it is coded. */
static int passage(struct export *x, struct qdpx *q, struct source *src, sqlite3_stmt *p)
{
	const char *speaker = (const char *)sqlite3_column_text(p, 3);
	const char *section = (const char *)sqlite3_column_text(p, 4);
	if (src->started)
		src->chars += add_text(q, &src->text, "\n\n");
	src->started = 1;
	if (changed(q, &src->section, &src->has_section, section)) {
		src->chars += add_text(q, &src->text, section);
		src->chars += add_text(q, &src->text, "\n\n");
	}
	if (changed(q, &src->speaker, &src->has_speaker, speaker)) {
		src->chars += add_text(q, &src->text, speaker);
		src->chars += add_text(q, &src->text, ": ");
	}
	int64_t start = src->chars;
	src->chars += add_text(q, &src->text, ex_col(p, 5));
	if (!sqlite3_column_int(p, 8))
		return PL_OK;
	return selection(x, q, src, p, start, src->chars);
}

/* Every passage of each document with a selected passage, in order. */
static const char passages_sql[] =
	"SELECT p.document_id, p.id, p.ordinal, p.speaker, p.section, p.text, p.text_hash, d.title,"
	" p.id IN (SELECT passage_id FROM export_pick)"
	" FROM passages p JOIN documents d ON d.id = p.document_id"
	" WHERE p.document_id IN " SELECTED_DOCS " ORDER BY p.document_id, p.ordinal";

static int sources(struct export *x, struct qdpx *q)
{
	struct source src = { .text = PL_BUF_INIT, .speaker = PL_BUF_INIT, .section = PL_BUF_INIT };
	sqlite3_stmt *p;
	int rc = pl_store_prepare(x->s, passages_sql, &p, x->err), step, open = 0;
	while (!rc && (step = sqlite3_step(p)) == SQLITE_ROW) {
		int64_t doc = sqlite3_column_int64(p, 0);
		if (!open || doc != src.id) {
			if (open)
				rc = source_end(x, q, &src);
			else
				put(q, &q->qde, "<Sources>\n");
			if (!rc)
				rc = source_begin(x, q, &src, doc);
			open = 1;
		}
		if (!rc)
			rc = passage(x, q, &src, p);
	}
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(x->s, step, "cannot read the passages", x->err);
	if (!rc && open) {
		rc = source_end(x, q, &src);
		put(q, &q->qde, "</Sources>\n");
	}
	sqlite3_finalize(p);
	free(src.hash);
	pl_buf_release(&src.text);
	pl_buf_release(&src.speaker);
	pl_buf_release(&src.section);
	return rc;
}

/* ---- the description ------------------------------------------------------- */

static void raw(struct export *x, const char *s)
{
	struct qdpx *q = x->writer;
	put(q, &x->b, s);
}

/* A tagging run's line, written by ex_run_line() into x->b (empty until
 * the archive is copied out) and moved to the description. */
static int run_line(struct export *x, const struct ex_run *r)
{
	struct qdpx *q = x->writer;
	ex_run_line(x, r, raw, raw);
	put(q, &q->desc, "\n");
	put(q, &q->desc, pl_buf_str(&x->b));
	pl_buf_clear(&x->b);
	return PL_OK;
}

/* What was exported, from what, and how the source texts were made. */
static int description(struct export *x, struct qdpx *q)
{
	putf(q, &q->desc, "Exported %s by plenary %s from %s.\nSelection: ", x->now,
	            x->o->version ? x->o->version : "", pl_store_path(x->s));
	ex_selection(x, &q->desc);
	putf(q, &q->desc, ".\nPassages selected: %lld in %lld documents; analyst decisions among"
	            " them: %lld.\nTagging runs:", (long long)x->passages, (long long)x->documents,
	            (long long)x->decisions);
	int rc = ex_each_run(x, run_line);
	put(q, &q->desc, x->runs ? "\n" : " none\n");
	put(q, &q->desc, "Each source is its document's passages in order, a blank line between"
	            " two, with section headings and speaker labels where they change; each coded"
	            " passage is one selection, coded with its tags in force (an analyst's decision"
	            " wins over the lexicon's).");
	put(q, &q->qde, "<Description>");
	xml(q, pl_buf_str(&q->desc));
	put(q, &q->qde, "</Description>\n</Project>\n");
	return rc;
}

/* ---- the driver ---------------------------------------------------------- */

/* The members' time: the export's date (x->now, UTC). A zip stores local
 * time without a zone, and libzip converts with localtime(), so the time is
 * shifted by the zone's offset: every machine writes the same UTC fields,
 * and the same bytes. */
static time_t member_time(const char *now)
{
	struct tm tm = { 0 };
	if (sscanf(now, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
	           &tm.tm_min, &tm.tm_sec) != 6)
		return time(NULL);
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm);
	struct tm local;
	return localtime_r(&t, &local) ? t - local.tm_gmtoff : t;
}

int ex_qdpx(struct export *x)
{
	struct qdpx q = { .qde = PL_BUF_INIT, .desc = PL_BUF_INIT, .mtime = member_time(x->now) };
	guid(&q, q.user, "user:plenary");
	x->writer = &q;
	int rc = open_zip(x, &q);
	if (!rc)
		rc = pl_store_prepare(x->s, "SELECT title, path, content_hash, language, format"
		                      " FROM documents WHERE id = ?1", &q.doc, x->err);
	if (!rc)
		rc = pl_store_prepare(x->s, "SELECT key, value FROM document_meta WHERE document_id = ?1"
		                      " ORDER BY key", &q.meta, x->err);
	if (!rc)
		rc = pl_store_prepare(x->s, ex_picks_sql, &q.picks, x->err);
	if (!rc)
		rc = begin(x, &q);
	if (!rc)
		rc = codebook(x, &q);
	if (!rc)
		rc = variables(x, &q);
	if (!rc)
		rc = sources(x, &q);
	if (!rc)
		rc = description(x, &q);
	if (!rc)
		rc = add_member(x, &q, "project.qde", &q.qde);
	if (!rc)
		rc = close_zip(x, &q);
	if (q.zip)
		zip_discard(q.zip);
	zip_source_free(q.out);
	sqlite3_finalize(q.doc);
	sqlite3_finalize(q.meta);
	sqlite3_finalize(q.picks);
	for (size_t i = 0; i < q.nkeys; i++)
		free(q.keys[i]);
	free(q.keys);
	pl_buf_release(&q.qde);
	pl_buf_release(&q.desc);
	x->writer = NULL;
	return rc;
}
