/* Unit tests of the store, ingest and search, through the library only. */
#include "harness.h"
#include "plenary/ingest.h"
#include "plenary/search.h"
#include "plenary/stats.h"
#include "plenary/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *path_in_tmp(const char *name)
{
	static char path[4][512];
	static int next;
	char *p = path[next++ % 4];
	snprintf(p, 512, "%s/%s", harness_tmpdir(), name);
	return p;
}

static int write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

static struct pl_store *fresh_store(const char *name)
{
	struct pl_store *s = NULL;
	struct pl_err err = { 0 };
	const char *db = path_in_tmp(name);
	unlink(db);
	pl_store_open(db, PL_OPEN_CREATE, &s, &err);
	return s;
}

static int ingest(struct pl_store *s, const char *path, const char *lang,
                  struct pl_ingest_totals *t)
{
	struct pl_err err = { 0 };
	struct pl_ingest_opts o = { .language = lang };
	const char *paths[] = { path };
	return pl_ingest(s, paths, 1, &o, t, &err);
}

static int64_t scalar(struct pl_store *s, const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(pl_store_db(s), sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

struct hits {
	int n;
	char first[256];
};

static int count_hit(void *ctx, const struct pl_hit *h)
{
	struct hits *hs = ctx;
	if (hs->n++ == 0)
		snprintf(hs->first, sizeof hs->first, "%s", h->snippet);
	return PL_OK;
}

static int search(struct pl_store *s, const char *q, struct hits *hs, struct pl_err *err)
{
	struct pl_search_opts o = { .query = q };
	memset(hs, 0, sizeof *hs);
	return pl_search(s, &o, count_hit, hs, NULL, err);
}

TEST(store_refuses_what_is_not_plenary)
{
	struct pl_store *s = NULL;
	struct pl_err err = { 0 };
	const char *junk = path_in_tmp("junk.db");
	write_file(junk, "this is not a database, just some text that is long enough......"
	           "................................................................");
	CHECK(pl_store_open(junk, 0, &s, &err) != PL_OK);
	CHECK(s == NULL);
	CHECK(strstr(err.msg, "junk.db") != NULL);
	CHECK(pl_store_open(path_in_tmp("missing.db"), PL_OPEN_READONLY, &s, &err) == PL_ENOTDB);
	CHECK(strstr(err.msg, "no database at") != NULL);
	CHECK(access(path_in_tmp("missing.db"), F_OK) != 0);
}

TEST(store_creates_and_reopens)
{
	struct pl_store *s = fresh_store("new.db");
	struct pl_err err = { 0 };
	CHECK(s != NULL);
	CHECK_INT(scalar(s, "PRAGMA application_id"), PL_APPLICATION_ID);
	CHECK_INT(scalar(s, "PRAGMA user_version"), PL_SCHEMA_VERSION);
	pl_store_close(s);
	CHECK_INT(pl_store_open(path_in_tmp("new.db"), PL_OPEN_READONLY, &s, &err), PL_OK);
	pl_store_close(s);
}

TEST(ingest_search_and_reingest)
{
	struct pl_store *s = fresh_store("ingest.db");
	struct pl_ingest_totals t;
	struct pl_err err = { 0 };
	struct hits hs;
	const char *doc = path_in_tmp("speech.txt");
	CHECK(s != NULL);
	write_file(doc, "Remittances sent home by migrant workers matter.\n\n"
	                "Emigration of the young is a concern.\n\nNothing else here.\n");
	CHECK_INT(ingest(s, doc, "en", &t), PL_OK);
	CHECK_INT(t.ingested, 1);
	CHECK_INT(t.passages, 3);
	CHECK_INT(search(s, "remittance", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK(strstr(hs.first, "\x02Remittances\x03") != NULL);
	/* Prefix longer than the stem ("emigr"): found through the vocabulary. */
	CHECK_INT(search(s, "emigra*", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(search(s, "EMIGRATION", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);

	/* An analyst's tag on an unchanged passage survives a re-ingest. */
	sqlite3_exec(pl_store_db(s), "INSERT INTO tags(passage_id, category_id, source, created_at)"
	             " SELECT id, 'O20', 'analyst', 'now' FROM passages WHERE ordinal = 1",
	             NULL, NULL, NULL);
	CHECK_INT(ingest(s, doc, "en", &t), PL_OK);
	CHECK_INT(t.unchanged, 1);
	write_file(doc, "Remittances sent home by migrant workers matter.\n\nA new paragraph.\n");
	CHECK_INT(ingest(s, doc, "en", &t), PL_OK);
	CHECK_INT(t.replaced, 1);
	CHECK_INT(scalar(s, "SELECT count(*) FROM passages"), 2);
	CHECK_INT(scalar(s, "SELECT count(*) FROM tags t JOIN passages p ON p.id = t.passage_id"
	                 " WHERE p.ordinal = 1 AND t.category_id = 'O20'"), 1);
	CHECK_INT(search(s, "emigration", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 0);   /* the old passage left the index too */
	CHECK_INT(search(s, "paragraph", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	pl_store_close(s);
}

TEST(search_filters_and_languages)
{
	struct pl_store *s = fresh_store("filters.db");
	struct pl_ingest_totals t;
	struct pl_err err = { 0 };
	struct hits hs;
	const char *fr = path_in_tmp("fr.md"), *en = path_in_tmp("en.md");
	write_file(fr, "---\ncountry: FRA\n---\nLes travailleurs migrants envoient des fonds.\n");
	write_file(en, "---\ncountry: MEX\ntitle: Statement\n---\n"
	               "THE CHAIR: Migrant workers send remittances.\n");
	CHECK_INT(ingest(s, fr, "fr", &t), PL_OK);
	CHECK_INT(ingest(s, en, "en", &t), PL_OK);
	CHECK_INT(search(s, "travailleur", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(search(s, "worker", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(search(s, "migrants", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 2);
	CHECK_INT(search(s, "migrants country:mex", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(search(s, "migrants lang:fr", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(search(s, "speaker:chair", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(search(s, "speaker:\"the chair\" remittances", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(scalar(s, "SELECT count(*) FROM documents WHERE title = 'Statement'"), 1);
	pl_store_close(s);
}

TEST(search_malformed_queries_are_errors_not_empty)
{
	struct pl_store *s = fresh_store("malformed.db");
	struct pl_ingest_totals t;
	struct pl_err err = { 0 };
	struct hits hs;
	const char *doc = path_in_tmp("m.txt");
	write_file(doc, "Don't forget COVID-19 and the migrants.\n");
	CHECK_INT(ingest(s, doc, "en", &t), PL_OK);
	static const char *bad[] = { "\"unbalanced", "NOT migrants", "migrants AND", "(migrants",
	                             "*migrants", "NEAR(a b, x)", "migrants OR OR workers", "" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		pl_err_clear(&err);
		CHECK_INT(search(s, bad[i], &hs, &err), PL_EQUERY);
		CHECK(err.msg[0] != '\0');
		CHECK(strstr(err.msg, "fts5") == NULL);
	}
	/* Words FTS5 would misread are searched as phrases. */
	CHECK_INT(search(s, "don't", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	CHECK_INT(search(s, "COVID-19", &hs, &err), PL_OK);
	CHECK_INT(hs.n, 1);
	struct pl_search_opts lit = { .query = "migrants AND", .literal = 1 };
	memset(&hs, 0, sizeof hs);
	CHECK_INT(pl_search(s, &lit, count_hit, &hs, NULL, &err), PL_OK);
	CHECK_INT(hs.n, 1);   /* both words, "and" as a word */
	lit.query = "\"unbalanced migrants";
	memset(&hs, 0, sizeof hs);
	CHECK_INT(pl_search(s, &lit, count_hit, &hs, NULL, &err), PL_OK);
	CHECK_INT(hs.n, 0);
	pl_store_close(s);
}

static int add_row(void *ctx, const struct pl_count_row *r)
{
	int64_t *sum = ctx;
	sum[0] += r->documents;
	sum[1] += r->passages;
	return PL_OK;
}

TEST(stats_rows_add_up)
{
	struct pl_store *s = fresh_store("stats.db");
	struct pl_ingest_totals t;
	struct pl_err err = { 0 };
	const char *a = path_in_tmp("a.md"), *b = path_in_tmp("b.txt");
	write_file(a, "---\ncountry: MEX\n---\nOne.\n\nTwo.\n");
	write_file(b, "Three.\n");
	CHECK_INT(ingest(s, a, "en", &t), PL_OK);
	CHECK_INT(ingest(s, b, "en", &t), PL_OK);
	struct pl_totals tot;
	CHECK_INT(pl_stats_totals(s, &tot, &err), PL_OK);
	CHECK_INT(tot.documents, 2);
	CHECK_INT(tot.passages, 3);
	int64_t sum[2] = { 0, 0 };
	CHECK_INT(pl_stats_by(s, "country", add_row, sum, &err), PL_OK);
	CHECK_INT(sum[0], 2);
	CHECK_INT(sum[1], 3);
	pl_store_close(s);
}
