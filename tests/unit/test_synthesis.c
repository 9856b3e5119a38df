/* Unit tests of synthesis.c on a small database whose counts are worked
 * out by hand below. */
#include "harness.h"
#include "plenary/ingest.h"
#include "plenary/synthesis.h"
#include "plenary/tag.h"

#include <math.h>
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
	{ "d", "academia", "Children — deserve protection.\n" },
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

TEST(count_by_counts_distinct_speakers)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct pl_crosstab x;
	CHECK(s != NULL);
	/* O1: a1 a3 (Ana) b1 (Bo); O2: a1 (Ana), b2 and c1 without a speaker. */
	CHECK(!exec(s, "UPDATE passages SET speaker = 'Ana' WHERE document_id ="
	               " (SELECT id FROM documents WHERE title = 'a')"));
	CHECK(!exec(s, "UPDATE passages SET speaker = 'Bo' WHERE ordinal = 1 AND document_id ="
	               " (SELECT id FROM documents WHERE title = 'b')"));
	CHECK_INT(pl_crosstab(s, "speaker", "gcm", &x, &err), PL_OK);
	CHECK_INT(pl_crosstab_row_values(&x, 0), 2);
	CHECK_INT(pl_crosstab_row_values(&x, 1), 1);
	CHECK_INT(x.row_passages[1], 3);
	CHECK(x.col_values[x.ncols - 1] == NULL);
	CHECK_INT(x.col_passages[x.ncols - 1], 2);   /* b2 and c1 */
	pl_crosstab_release(&x);
	pl_store_close(s);
}

struct pairs {
	int n;
	char first[32];
	int64_t first_both;
	double j[4];
};

static int see_pair(void *ctx, const struct pl_cooccur *c)
{
	struct pairs *p = ctx;
	if (!p->n) {
		snprintf(p->first, sizeof p->first, "%s+%s", c->a, c->b);
		p->first_both = c->both;
	}
	if (p->n < 4)
		p->j[p->n] = c->jaccard;
	p->n++;
	return 0;
}

TEST(cooccur_pairs_by_jaccard)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct pairs p = { 0 };
	CHECK(s != NULL);
	/* O1+O2 share a1 (1 of 3 + 3: 1/5); O3 on c1 with O2 (1 of 3 + 1: 1/3). */
	CHECK(!lexicon_tag(s, "c", 1, "O3"));
	CHECK_INT(pl_cooccur(s, NULL, 1, see_pair, &p, &err), PL_OK);
	CHECK_INT(p.n, 2);
	CHECK_STR(p.first, "O2+O3");
	CHECK_INT(p.first_both, 1);
	CHECK(fabs(p.j[0] - 1.0 / 3) < 1e-9);
	CHECK(fabs(p.j[1] - 0.2) < 1e-9);
	memset(&p, 0, sizeof p);
	CHECK_INT(pl_cooccur(s, "gcm", 2, see_pair, &p, &err), PL_OK);
	CHECK_INT(p.n, 0);
	pl_store_close(s);
}

TEST(keyness_log_likelihood)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct pl_keyness k;
	CHECK(s != NULL);
	CHECK_INT(pl_keyness(s, "O1", &k, &err), PL_OK);
	/* O1 is a1 a3 b1: 5 + 7 + 4 words; the other four passages 4 + 5 + 5 + 3. */
	CHECK_INT(k.in_passages, 3);
	CHECK_INT(k.in_tokens, 16);
	CHECK_INT(k.out_tokens, 17);
	CHECK(k.n > 1);
	CHECK_STR(k.terms[0].term, "remitt");   /* the only stem twice or more in O1 */
	CHECK_INT(k.terms[0].in, 3);
	CHECK_INT(k.terms[0].out, 0);
	CHECK_INT(k.terms[0].in_passages, 3);
	/* G2 = 2 * 3 * ln(3 / (16 * 3 / 33)) */
	CHECK(fabs(k.terms[0].g2 - 6 * log(33.0 / 16)) < 1e-9);
	CHECK(k.terms[1].g2 < 0);                /* then the under-used */
	for (size_t i = 0; i < k.n; i++) {
		CHECK(strcmp(k.terms[i].term, "and") != 0);   /* a function word */
		CHECK(strcmp(k.terms[i].term, "migrant") != 0 || k.terms[i].in == 1);
	}
	pl_keyness_release(&k);
	struct pl_buf w = PL_BUF_INIT;
	CHECK_INT(pl_stem_word(s, "remitt", &w, &err), PL_OK);
	CHECK_STR(pl_buf_str(&w), "remittance");   /* the shorter of remittance(s) */
	CHECK_INT(pl_stem_word(s, "home", &w, &err), PL_OK);
	CHECK_INT(w.len, 0);                       /* a word that is its own stem */
	pl_buf_release(&w);
	CHECK_INT(pl_keyness(s, "O3", &k, &err), PL_EUSAGE);
	CHECK_INT(pl_keyness(s, "O99", &k, &err), PL_EUSAGE);
	pl_store_close(s);
}

struct lines {
	int n;
	char first_kw[64], first_left[64], first_right[64];
	int64_t first_ordinal;
};

static int see_line(void *ctx, const struct pl_kwic_line *l)
{
	struct lines *v = ctx;
	if (!v->n++) {
		snprintf(v->first_kw, sizeof v->first_kw, "%s", l->keyword);
		snprintf(v->first_left, sizeof v->first_left, "%s", l->left);
		snprintf(v->first_right, sizeof v->first_right, "%s", l->right);
		v->first_ordinal = l->ordinal;
	}
	return 0;
}

TEST(kwic_query_and_regex)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct lines v = { 0 };
	CHECK(s != NULL);
	struct pl_kwic_opts o = { .query = "remittance" };   /* stemmed: remittances too */
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_OK);
	CHECK_INT(v.n, 3);
	CHECK(!strncmp(v.first_kw, "Remittance", 10));
	memset(&v, 0, sizeof v);
	o = (struct pl_kwic_opts){ .regex = "MIG\\w+", .width = 10 };
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_OK);
	CHECK_INT(v.n, 3);                       /* migrant, migrants, migration */
	CHECK_STR(v.first_kw, "migrant");         /* document order: a3 first */
	CHECK_STR(v.first_left, " fall for ");
	CHECK_STR(v.first_right, " workers.");
	memset(&v, 0, sizeof v);
	const char *tags[] = { "O2" };
	o = (struct pl_kwic_opts){ .regex = "mig\\w+", .tags = tags, .ntags = 1, .limit = 5 };
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_OK);
	CHECK_INT(v.n, 2);                        /* b2, c1 */
	memset(&v, 0, sizeof v);
	o = (struct pl_kwic_opts){ .regex = "protection", .width = 10 };
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_OK);
	CHECK_STR(v.first_left, "— deserve ");   /* ten characters, the dash whole */
	memset(&v, 0, sizeof v);
	o = (struct pl_kwic_opts){ .regex = "(" };
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_EQUERY);
	o = (struct pl_kwic_opts){ .query = "remittance", .limit = 1 };
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_OK);
	CHECK_INT(v.n, 1);
	pl_store_close(s);
}

/* \C matches one byte of a character: kwic lines would hold half characters. */
TEST(kwic_regex_refuses_single_bytes)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct lines v = { 0 };
	CHECK(s != NULL);
	struct pl_kwic_opts o = { .regex = "n \\C" };   /* "n \xE2" of "Children —" */
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_EQUERY);
	CHECK_INT(v.n, 0);
	pl_store_close(s);
}

/* A pattern that backtracks a few hundred thousand steps on one passage is
 * stopped by kwic's match limit and reported, as the tagger's would be. */
TEST(kwic_regex_has_a_match_limit)
{
	struct pl_store *s = setup();
	struct pl_err err = { 0 };
	struct lines v = { 0 };
	CHECK(s != NULL);
	struct pl_kwic_opts o = { .regex = "^Data (\\w+\\s?)*\\w*$" };
	CHECK_INT(pl_kwic(s, &o, see_line, &v, &err), PL_EQUERY);
	CHECK(strstr(err.msg, "gave up") != NULL);
	pl_store_close(s);
}
