/* Unit tests of synthesis.c on a small database whose counts are worked
 * out by hand below. */
#include "harness.h"
#include "plenary/ingest.h"
#include "plenary/synthesis.h"
#include "plenary/tag.h"

#include <stdio.h>
#include <unistd.h>

/*
 * Four documents, their passages, and the tags in force:
 *   a.txt  stakeholder=ngo    a1 O1 O2 | a2 (O1 removed by the analyst) | a3 O1 (analyst)
 *   b.txt  stakeholder=state  b1 O1    | b2 O2, its own stakeholder=ngo
 *   c.txt  (no stakeholder)   c1 O2
 *   d.txt  stakeholder=academia  d1 P1 (lexicon gcmp)
 * O3 is never tagged.
 */
static const struct {
	const char *name, *stakeholder, *text;
} docs[] = {
	{ "a", "ngo", "Remittances sent home support families.\n\n"
	              "Border management needs cooperation.\n\n"
	              "Remittance costs must fall for migrant workers.\n" },
	{ "b", "state", "Remittances and diaspora investment.\n\n"
	                "Return and reintegration of migrants.\n" },
	{ "c", NULL, "Data on migration is scarce.\n" },
	{ "d", "academia", "Children deserve protection.\n" },
};

static char db_path[512];

static int64_t passage(struct pl_store *s, const char *doc, int ordinal)
{
	sqlite3_stmt *st;
	int64_t id = -1;
	if (sqlite3_prepare_v2(pl_store_db(s), "SELECT p.id FROM passages p JOIN documents d"
	                       " ON d.id = p.document_id WHERE d.title = ?1 AND p.ordinal = ?2",
	                       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, ordinal);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return id;
}

static int exec(struct pl_store *s, const char *sql)
{
	return sqlite3_exec(pl_store_db(s), sql, NULL, NULL, NULL) != SQLITE_OK;
}

static int lexicon_tag(struct pl_store *s, const char *doc, int ordinal, const char *cat)
{
	char sql[256];
	snprintf(sql, sizeof sql, "INSERT INTO tags(passage_id, category_id, source, created_at)"
	         " VALUES(%lld, '%s', 'lexicon', 'now')", (long long)passage(s, doc, ordinal), cat);
	return exec(s, sql);
}

static int ingest_doc(struct pl_store *s, int i)
{
	char path[600];
	struct pl_err err = { 0 };
	snprintf(path, sizeof path, "%s/%s.txt", harness_tmpdir(), docs[i].name);
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fputs(docs[i].text, f);
	fclose(f);
	struct pl_kv meta[] = { { "stakeholder", docs[i].stakeholder } };
	struct pl_ingest_opts o = { .language = "en", .meta = meta, .nmeta = docs[i].stakeholder != NULL };
	struct pl_ingest_totals t;
	const char *paths[] = { path };
	return pl_ingest(s, paths, 1, &o, &t, &err);
}

static struct pl_store *setup(void)
{
	struct pl_store *s = NULL;
	struct pl_err err = { 0 };
	snprintf(db_path, sizeof db_path, "%s/synthesis.db", harness_tmpdir());
	unlink(db_path);
	if (pl_store_open(db_path, PL_OPEN_CREATE, &s, &err))
		return NULL;
	int bad = exec(s, "INSERT INTO categories(id, title, lexicon_id, sort_order) VALUES"
	               " ('O2', 'Two', 'gcm', 2), ('O1', 'One', 'gcm', 1),"
	               " ('O3', 'Three', 'gcm', 3), ('P1', 'Principle', 'gcmp', 1)");
	for (int i = 0; i < 4; i++)
		bad |= ingest_doc(s, i) != PL_OK;
	char sql[256];
	snprintf(sql, sizeof sql, "INSERT INTO passage_meta VALUES(%lld, 'stakeholder', 'ngo')",
	         (long long)passage(s, "b", 2));
	bad |= exec(s, sql);
	bad |= lexicon_tag(s, "a", 1, "O1") | lexicon_tag(s, "a", 1, "O2") |
	       lexicon_tag(s, "a", 2, "O1") | lexicon_tag(s, "b", 1, "O1") |
	       lexicon_tag(s, "b", 2, "O2") | lexicon_tag(s, "c", 1, "O2") |
	       lexicon_tag(s, "d", 1, "P1");
	bad |= pl_tag_decide(s, passage(s, "a", 2), "O1", 0, NULL, &err) != PL_OK;
	bad |= pl_tag_decide(s, passage(s, "a", 3), "O1", 1, NULL, &err) != PL_OK;
	if (bad) {
		pl_store_close(s);
		return NULL;
	}
	return s;
}

#define CELL(x, r, c, what) ((x).what[(r) * (x).ncols + (c)])

TEST(crosstab_counts_tags_in_force_by_key)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct pl_crosstab x;
	CHECK(s != NULL);
	CHECK_INT(pl_crosstab(s, "stakeholder", "gcm", &x, &err), PL_OK);
	CHECK_INT(x.nrows, 3);
	CHECK_STR(x.row_ids[0], "O1");    /* lexicon order, not insertion order */
	CHECK_STR(x.row_ids[1], "O2");
	CHECK_STR(x.row_ids[2], "O3");
	CHECK_STR(x.row_titles[0], "One");
	CHECK_STR(x.row_lexicons[0], "gcm");
	/* ngo: a1 a3 b2 (its own value); state: b1; academia: raised only P1. */
	CHECK_INT(x.ncols, 4);
	CHECK_STR(x.col_values[0], "ngo");
	CHECK_STR(x.col_values[1], "state");
	CHECK_STR(x.col_values[2], "academia");
	CHECK(x.col_values[3] == NULL);
	CHECK_INT(x.col_passages[0], 3);
	CHECK_INT(x.col_documents[0], 2);
	CHECK_INT(x.col_passages[2], 0);
	CHECK_INT(x.col_passages[3], 1);
	CHECK_INT(CELL(x, 0, 0, passages), 2);    /* O1 ngo: a1 a3 */
	CHECK_INT(CELL(x, 0, 0, documents), 1);
	CHECK_INT(CELL(x, 0, 1, passages), 1);    /* O1 state: b1 */
	CHECK_INT(CELL(x, 1, 0, passages), 2);    /* O2 ngo: a1 b2 */
	CHECK_INT(CELL(x, 1, 0, documents), 2);
	CHECK_INT(CELL(x, 1, 3, passages), 1);    /* O2 (none): c1 */
	CHECK_INT(CELL(x, 2, 0, passages), 0);
	CHECK_INT(x.row_passages[0], 3);
	CHECK_INT(x.row_documents[0], 2);
	CHECK_INT(x.row_passages[1], 3);
	CHECK_INT(x.row_documents[1], 3);
	CHECK_INT(x.row_passages[2], 0);
	CHECK_INT(x.total_passages, 5);           /* a1 counts once */
	CHECK_INT(x.total_documents, 3);
	CHECK_INT(pl_crosstab_row_values(&x, 0), 2);
	CHECK_INT(pl_crosstab_row_values(&x, 1), 1);
	CHECK_INT(pl_crosstab_row_values(&x, 2), 0);
	pl_crosstab_release(&x);

	CHECK_INT(pl_crosstab(s, "stakeholder", NULL, &x, &err), PL_OK);
	CHECK_INT(x.nrows, 4);
	CHECK_STR(x.row_ids[0], "O1");            /* sort_order 1, then id */
	CHECK_STR(x.row_ids[1], "P1");
	CHECK_INT(x.total_passages, 6);
	CHECK_STR(x.col_values[1], "academia");   /* ties by value */
	CHECK_INT(x.col_passages[1], 1);
	pl_crosstab_release(&x);

	CHECK_INT(pl_crosstab(s, "language", "gcm", &x, &err), PL_OK);
	CHECK_INT(x.ncols, 1);
	CHECK_STR(x.col_values[0], "en");
	CHECK_INT(x.col_passages[0], 5);
	pl_crosstab_release(&x);
	pl_store_close(s);
}
