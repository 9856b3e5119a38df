/* Unit tests of browse.c: windows of documents and passages, excerpts and their export. */
#include "harness.h"
#include "plenary/browse.h"
#include "plenary/export.h"
#include "plenary/ingest.h"
#include "plenary/tag.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char db_path[512], doc_path[512];

/* A database with one document of three passages, metadata and category O7. */
static struct pl_store *setup(void)
{
	struct pl_store *s = NULL;
	struct pl_err err = { 0 };
	snprintf(db_path, sizeof db_path, "%s/browse.db", harness_tmpdir());
	snprintf(doc_path, sizeof doc_path, "%s/browse.txt", harness_tmpdir());
	unlink(db_path);
	FILE *f = fopen(doc_path, "w");
	if (!f)
		return NULL;
	fputs("First passage on remittances.\n\nSecond passage on return.\n\n"
	      "Third passage, with \x1b[2J in it.\n", f);
	fclose(f);
	if (pl_store_open(db_path, PL_OPEN_CREATE, &s, &err))
		return NULL;
	struct pl_kv meta[] = { { "country", "MEX" }, { "year", "2019" } };
	struct pl_ingest_opts o = { .language = "en", .meta = meta, .nmeta = 2 };
	struct pl_ingest_totals t;
	const char *paths[] = { doc_path };
	sqlite3_exec(pl_store_db(s), "INSERT INTO categories(id, title, lexicon_id, sort_order)"
	             " VALUES('O7', 'Vulnerabilities', 'gcm', 7)", NULL, NULL, NULL);
	if (pl_ingest(s, paths, 1, &o, &t, &err)) {
		pl_store_close(s);
		return NULL;
	}
	return s;
}

struct seen {
	int n;
	int64_t first_id, last_ordinal;
	char text[256], tags[64], meta[128];
	int marked;
};

static int see_passage(void *ctx, const struct pl_passage_row *p)
{
	struct seen *v = ctx;
	if (v->n++ == 0) {
		v->first_id = p->id;
		snprintf(v->text, sizeof v->text, "%s", p->text);
		snprintf(v->tags, sizeof v->tags, "%s", p->tags);
		v->marked = p->marked;
	}
	v->last_ordinal = p->ordinal;
	return 0;
}

static int see_doc(void *ctx, const struct pl_doc_info *d)
{
	struct seen *v = ctx;
	v->n++;
	v->first_id = d->id;
	v->last_ordinal = d->passages;
	snprintf(v->meta, sizeof v->meta, "%s", d->meta);
	return 0;
}

TEST(browse_documents_and_windows)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct seen v = { 0 };
	int64_t n;
	CHECK(s != NULL);
	CHECK_INT(pl_browse_doc_count(s, &n, &err), PL_OK);
	CHECK_INT(n, 1);
	CHECK_INT(pl_browse_docs(s, 0, 10, see_doc, &v, &err), PL_OK);
	CHECK_INT(v.n, 1);
	CHECK_INT(v.last_ordinal, 3);
	CHECK_STR(v.meta, "country=MEX, year=2019");
	int64_t doc = v.first_id;
	memset(&v, 0, sizeof v);
	CHECK_INT(pl_browse_doc_passages(s, doc, 2, 5, see_passage, &v, &err), PL_OK);
	CHECK_INT(v.n, 2);
	CHECK_STR(v.text, "Second passage on return.");
	CHECK_INT(v.last_ordinal, 3);
	memset(&v, 0, sizeof v);
	CHECK_INT(pl_browse_doc_passages(s, doc, 1, -1, see_passage, &v, &err), PL_OK);
	CHECK_INT(v.n, 3);   /* a negative limit: all of them */
	pl_store_close(s);
}

TEST(browse_category_follows_analyst_tags)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct seen v = { 0 };
	int64_t n;
	CHECK(s != NULL);
	CHECK_INT(pl_browse_doc_passages(s, 1, 1, 1, see_passage, &v, &err), PL_OK);
	int64_t id = v.first_id;
	CHECK_INT(pl_tag_decide(s, id, "O7", 1, NULL, &err), PL_OK);
	CHECK_INT(pl_browse_category_count(s, "O7", &n, &err), PL_OK);
	CHECK_INT(n, 1);
	memset(&v, 0, sizeof v);
	CHECK_INT(pl_browse_category(s, "O7", 0, 10, see_passage, &v, &err), PL_OK);
	CHECK_INT(v.n, 1);
	CHECK_STR(v.tags, "O7");
	CHECK_INT(pl_tag_decide(s, id, "O7", 0, NULL, &err), PL_OK);
	CHECK_INT(pl_browse_category_count(s, "O7", &n, &err), PL_OK);
	CHECK_INT(n, 0);
	CHECK_INT(pl_browse_passage(s, 999999, see_passage, &v, &err), PL_EUSAGE);
	pl_store_close(s);
}

TEST(excerpts_mark_and_export)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct seen v = { 0 };
	int64_t n;
	CHECK(s != NULL);
	CHECK_INT(pl_browse_doc_passages(s, 1, 3, 1, see_passage, &v, &err), PL_OK);
	int64_t id = v.first_id;
	CHECK_INT(pl_excerpt_set(s, id, 1, &err), PL_OK);
	CHECK_INT(pl_excerpt_set(s, id, 1, &err), PL_OK);   /* twice is once */
	CHECK_INT(pl_excerpt_count(s, &n, &err), PL_OK);
	CHECK_INT(n, 1);
	memset(&v, 0, sizeof v);
	CHECK_INT(pl_excerpt_list(s, see_passage, &v, &err), PL_OK);
	CHECK_INT(v.n, 1);
	CHECK_INT(v.marked, 1);

	char out[600];
	snprintf(out, sizeof out, "%s/excerpts.md", harness_tmpdir());
	FILE *f = fopen(out, "w+");
	CHECK(f != NULL);
	struct pl_export_opts o = { .format = PL_EXPORT_MD, .ids = &id, .nids = 1 };
	CHECK_INT(pl_export(s, &o, f, &err), PL_OK);
	rewind(f);
	char md[1024] = "";
	size_t got = fread(md, 1, sizeof md - 1, f);
	md[got] = '\0';
	fclose(f);
	CHECK(strstr(md, "# Excerpts\n") != NULL);
	CHECK(strstr(md, "## browse, passage 3") != NULL);
	CHECK(strstr(md, "> Third passage") != NULL);

	CHECK_INT(pl_excerpt_set(s, id, 0, &err), PL_OK);
	CHECK_INT(pl_excerpt_count(s, &n, &err), PL_OK);
	CHECK_INT(n, 0);
	pl_store_close(s);
}
