/* Unit tests of the snowball FTS5 tokenizer, on an in-memory table. */
#include "harness.h"
#include "plenary/tokenizer.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

struct fixture {
	sqlite3 *db;
	struct pl_tokenizer_ctx *ctx;
};

static int setup(struct fixture *f, const char *langs)
{
	struct pl_err err = { 0 };
	if (sqlite3_open(":memory:", &f->db) != SQLITE_OK)
		return -1;
	if (pl_tokenizer_register(f->db, &f->ctx, &err))
		return -1;
	pl_tokenizer_set_query_langs(f->ctx, langs);
	return sqlite3_exec(f->db, "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='snowball')",
	                    NULL, NULL, NULL);
}

static void teardown(struct fixture *f)
{
	sqlite3_close(f->db);
	pl_tokenizer_ctx_free(f->ctx);
}

static void add(struct fixture *f, int id, const char *lang, const char *text)
{
	char *sql = sqlite3_mprintf("INSERT INTO t(rowid, text) VALUES(%d, '\x01%q\x01%q')",
	                            id, lang, text);
	sqlite3_exec(f->db, sql, NULL, NULL, NULL);
	sqlite3_free(sql);
}

/* The rowids matching q, as "1,3", or "error: ..." */
static const char *match(struct fixture *f, const char *q)
{
	static char out[256];
	sqlite3_stmt *st;
	out[0] = '\0';
	if (sqlite3_prepare_v2(f->db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1,
	                       &st, NULL) != SQLITE_OK) {
		snprintf(out, sizeof out, "error: %s", sqlite3_errmsg(f->db));
		return out;
	}
	sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
	size_t n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		n += (size_t)snprintf(out + n, sizeof out - n, "%s%lld", n ? "," : "",
		                      sqlite3_column_int64(st, 0));
	if (rc != SQLITE_DONE)
		snprintf(out, sizeof out, "error: %s", sqlite3_errmsg(f->db));
	sqlite3_finalize(st);
	return out;
}

TEST(tokenizer_stems_english)
{
	struct fixture f;
	CHECK(setup(&f, "en") == SQLITE_OK);
	add(&f, 1, "en", "Remittances sent by migrant workers");
	add(&f, 2, "en", "The migration of people");
	add(&f, 3, "en", "He migrated in 2019");
	CHECK_STR(match(&f, "remittance"), "1");
	CHECK_STR(match(&f, "migrants"), "1");
	CHECK_STR(match(&f, "WORKER"), "1");
	CHECK_STR(match(&f, "migrate"), "2,3");   /* Snowball: migration ~ migrate */
	teardown(&f);
}

static int collect(void *arg, const char *word, const char *stem)
{
	struct pl_buf *b = arg;
	return pl_buf_addf(b, "%s>%s ", word, stem);
}

TEST(tokenizer_collects_words_whose_stem_differs)
{
	struct fixture f;
	struct pl_buf got = PL_BUF_INIT;
	CHECK(setup(&f, "en") == SQLITE_OK);
	add(&f, 1, "en", "Emigration of emigrants, and migrant");
	CHECK_INT(pl_tokenizer_drain_vocabulary(f.ctx, collect, &got), PL_OK);
	CHECK(strstr(pl_buf_str(&got), "emigration>emigr ") != NULL);
	CHECK(strstr(pl_buf_str(&got), "emigrants>emigr ") != NULL);
	CHECK(strstr(pl_buf_str(&got), "migrant>") == NULL);   /* its own stem */
	CHECK(strstr(pl_buf_str(&got), "of>") == NULL);
	/* Drained: a second call has nothing. */
	pl_buf_clear(&got);
	CHECK_INT(pl_tokenizer_drain_vocabulary(f.ctx, collect, &got), PL_OK);
	CHECK_INT(got.len, 0);
	/* Dropped pairs (a rollback) are collected again when next seen. */
	add(&f, 2, "en", "emigration");
	CHECK_INT(pl_tokenizer_drain_vocabulary(f.ctx, collect, &got), PL_OK);
	CHECK_INT(got.len, 0);   /* cached: not seen as new */
	add(&f, 3, "en", "nations");
	pl_tokenizer_drain_vocabulary(f.ctx, NULL, NULL);
	add(&f, 4, "en", "nations");
	CHECK_INT(pl_tokenizer_drain_vocabulary(f.ctx, collect, &got), PL_OK);
	CHECK_STR(pl_buf_str(&got), "nations>nation ");
	pl_buf_release(&got);
	teardown(&f);
}

TEST(tokenizer_prefix_and_stem_mark)
{
	struct fixture f;
	char q[16];
	CHECK(setup(&f, "en") == SQLITE_OK);
	add(&f, 1, "en", "Emigration has grown");
	add(&f, 2, "en", "emigrants and emigres");
	/* The index holds stems: a prefix finds stems that start with it... */
	CHECK_STR(match(&f, "grow*"), "1");
	CHECK_STR(match(&f, "emigra*"), "");
	/* ...and a marked stem is matched as it is, not stemmed again. */
	snprintf(q, sizeof q, "\"%cemigr\"", PL_STEM_MARK);
	CHECK_STR(match(&f, q), "1,2");
	teardown(&f);
}

TEST(tokenizer_fold)
{
	struct fixture f;
	struct pl_buf out = PL_BUF_INIT;
	CHECK(setup(&f, "en") == SQLITE_OK);
	CHECK_INT(pl_tokenizer_fold(f.ctx, "Émigra", 7, &out), PL_OK);
	CHECK_STR(pl_buf_str(&out), "emigra");
	CHECK_INT(pl_tokenizer_fold(f.ctx, "COVID-19", 8, &out), PL_OK);
	CHECK_STR(pl_buf_str(&out), "covid 19");
	pl_buf_release(&out);
	teardown(&f);
}

TEST(tokenizer_each_language_stemmed_its_own_way)
{
	struct fixture f;
	CHECK(setup(&f, "en,fr,es") == SQLITE_OK);
	add(&f, 1, "fr", "Les travailleurs migrants et leurs familles");
	add(&f, 2, "es", "Las remesas de los trabajadores migratorios");
	add(&f, 3, "en", "workers abroad");
	CHECK_STR(match(&f, "travailleur"), "1");
	CHECK_STR(match(&f, "famille"), "1");
	CHECK_STR(match(&f, "remesa"), "2");
	CHECK_STR(match(&f, "trabajador"), "2");
	CHECK_STR(match(&f, "worker"), "3");
	teardown(&f);
}

TEST(tokenizer_folds_case_and_diacritics)
{
	struct fixture f;
	CHECK(setup(&f, "fr") == SQLITE_OK);
	add(&f, 1, "fr", "L'ÉMIGRATION des réfugiés");
	add(&f, 2, "fr", "La séance est terminée.");
	CHECK_STR(match(&f, "emigration"), "1");
	CHECK_STR(match(&f, "émigrations"), "1");
	CHECK_STR(match(&f, "réfugié"), "1");
	CHECK_STR(match(&f, "\"des réfugiés\""), "1");
	/* The stemmer reads the accents; the stems are compared without them. */
	CHECK_STR(match(&f, "terminer"), "2");
	CHECK_STR(match(&f, "seance"), "2");
	CHECK_STR(match(&f, "SÉANCES"), "2");
	teardown(&f);
}

TEST(tokenizer_phrase_and_near_with_stems)
{
	struct fixture f;
	CHECK(setup(&f, "en") == SQLITE_OK);
	add(&f, 1, "en", "the Global Compacts for Migration were adopted");
	add(&f, 2, "en", "a compact that is global");
	CHECK_STR(match(&f, "\"global compact\""), "1");
	CHECK_STR(match(&f, "NEAR(compact global, 3)"), "1,2");
	teardown(&f);
}

TEST(tokenizer_long_tokens_pass_unstemmed)
{
	struct fixture f;
	char text[400], word[201];
	CHECK(setup(&f, "en") == SQLITE_OK);
	memset(word, 'a', 200);
	word[200] = '\0';
	snprintf(text, sizeof text, "x %ss y", word);
	add(&f, 1, "en", text);
	char q[220];
	snprintf(q, sizeof q, "%ss", word);
	CHECK_STR(match(&f, q), "1");
	teardown(&f);
}

TEST(tokenizer_unknown_language_is_unstemmed)
{
	struct fixture f;
	CHECK(setup(&f, "en,zh") == SQLITE_OK);
	add(&f, 1, "zh", "migrants 移民");
	CHECK_STR(match(&f, "migrants"), "1");
	CHECK_STR(match(&f, "移民"), "1");
	teardown(&f);
}

TEST(tokenizer_rebuild_reproduces_the_index)
{
	struct fixture f;
	CHECK(setup(&f, "en,fr") == SQLITE_OK);
	add(&f, 1, "fr", "Les migrants");
	add(&f, 2, "en", "Migrants");
	CHECK(sqlite3_exec(f.db, "INSERT INTO t(t) VALUES('integrity-check')", NULL, NULL, NULL)
	      == SQLITE_OK);
	CHECK(sqlite3_exec(f.db, "INSERT INTO t(t) VALUES('rebuild')", NULL, NULL, NULL) == SQLITE_OK);
	CHECK_STR(match(&f, "migrant"), "1,2");
	teardown(&f);
}

TEST(lang_canonical_names)
{
	char code[PL_LANG_MAX];
	int stemmed = -1;
	struct pl_err err = { 0 };
	CHECK_INT(pl_lang_canonical("English", code, &stemmed, &err), PL_OK);
	CHECK_STR(code, "en");
	CHECK_INT(stemmed, 1);
	CHECK_INT(pl_lang_canonical("fra", code, &stemmed, &err), PL_OK);
	CHECK_STR(code, "fr");
	CHECK_INT(pl_lang_canonical("AR", code, &stemmed, &err), PL_OK);
	CHECK_STR(code, "ar");
	CHECK_INT(pl_lang_canonical("zh", code, &stemmed, &err), PL_OK);
	CHECK_STR(code, "zh");
	CHECK_INT(stemmed, 0);
	CHECK_INT(pl_lang_canonical("klingon", code, &stemmed, &err), PL_ELANG);
	CHECK(strstr(err.msg, "klingon") != NULL);
	CHECK_INT(pl_lang_canonical("", code, &stemmed, &err), PL_ELANG);
}
