/*
 * store.c - the SQLite connection: open and check, schema, transactions,
 * error mapping, and the statements ingest writes documents with.
 */
#include "plenary/store.h"
#include "plenary/buf.h"
#include "plenary/tokenizer.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "schema.h"

/* How long opening waits for another process (a command may set more). */
#define PL_OPEN_BUSY_MS 5000

/* Statements ingest runs for every document or passage, prepared once. */
enum {
	ST_DOC_FIND, ST_DOC_ADD, ST_DOC_META, ST_DOC_FINISH, ST_PASSAGE_ADD, ST_FTS_ADD,
	ST_KEEP_TAGS, ST_KEEP_EXCERPTS, ST_FTS_DELETE, ST_DOC_DELETE, ST_PASSAGE_META,
	ST_RESTORE_TAGS, ST_RESTORE_EXCERPTS, ST_VOCABULARY, ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
	[ST_DOC_FIND] = "SELECT id, content_hash FROM documents WHERE path = ?1",
	[ST_DOC_ADD] = "INSERT INTO documents(path, title, format, language, encoding,"
	               " content_hash, size, mtime, ingested_at, notes)"
	               " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[ST_DOC_META] = "INSERT OR REPLACE INTO document_meta(document_id, key, value)"
	                " VALUES(?1, ?2, ?3)",
	[ST_DOC_FINISH] = "UPDATE documents SET passage_count = ?2, word_count = ?3 WHERE id = ?1",
	[ST_PASSAGE_META] = "INSERT OR REPLACE INTO passage_meta(passage_id, key, value)"
	                    " VALUES (?1, ?2, ?3)",
	[ST_PASSAGE_ADD] = "INSERT INTO passages(document_id, ordinal, speaker, section,"
	                   " span_start, span_end, text_hash, text)"
	                   " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[ST_FTS_ADD] = "INSERT INTO passage_fts(rowid, text) VALUES(?1, ?2)",
	[ST_KEEP_TAGS] = "INSERT INTO temp.kept_tags SELECT p.text_hash, p.text, t.category_id,"
	                 " t.applied, t.created_at, t.note FROM tags t JOIN passages p"
	                 " ON p.id = t.passage_id WHERE p.document_id = ?1 AND t.source = 'analyst'",
	[ST_KEEP_EXCERPTS] = "INSERT INTO temp.kept_excerpts SELECT p.text_hash, p.text,"
	                     " e.marked_at, e.note FROM excerpts e JOIN passages p"
	                     " ON p.id = e.passage_id WHERE p.document_id = ?1",
	[ST_FTS_DELETE] = "INSERT INTO passage_fts(passage_fts, rowid, text)"
	                  " SELECT 'delete', s.id, s.text FROM passage_fts_source s"
	                  " WHERE s.id IN (SELECT id FROM passages WHERE document_id = ?1)",
	[ST_DOC_DELETE] = "DELETE FROM documents WHERE id = ?1",
	[ST_RESTORE_TAGS] = "INSERT OR IGNORE INTO tags(passage_id, category_id, source, applied,"
	                    " created_at, note) SELECT p.id, k.category_id, 'analyst', k.applied,"
	                    " k.created_at, k.note FROM temp.kept_tags k JOIN passages p"
	                    " ON p.text_hash = k.text_hash AND p.text = k.text WHERE p.document_id = ?1",
	[ST_VOCABULARY] = "INSERT OR IGNORE INTO vocabulary(word, stem) VALUES(?1, ?2)",
	[ST_RESTORE_EXCERPTS] = "INSERT OR IGNORE INTO excerpts(passage_id, marked_at, note)"
	                        " SELECT p.id, k.marked_at, k.note FROM temp.kept_excerpts k"
	                        " JOIN passages p ON p.text_hash = k.text_hash AND p.text = k.text"
	                        " WHERE p.document_id = ?1",
};

struct pl_store {
	sqlite3 *db;
	char *path;
	int readonly;
	struct pl_tokenizer_ctx *tok;
	sqlite3_stmt *stmts[ST_COUNT];
	struct pl_buf fts_text;    /* marker + passage text, reused */
	int kept_tables;           /* temp tables for analyst work exist */
	int count_once;            /* counted_tags leaves out campaign copies */
};

sqlite3 *pl_store_db(struct pl_store *s)
{
	return s->db;
}

const char *pl_store_path(const struct pl_store *s)
{
	return s->path;
}

void pl_store_set_busy_timeout(struct pl_store *s, int ms)
{
	sqlite3_busy_timeout(s->db, ms);
}

void pl_now_iso(char out[32])
{
	time_t t = time(NULL);
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch)
		t = (time_t)strtoll(epoch, NULL, 10);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int pl_store_error(struct pl_store *s, int rc, const char *what, struct pl_err *err)
{
	const char *msg = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
	const char *path = s ? s->path : "";
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return pl_err_set(err, PL_EBUSY, "%s: database is locked (another plenary or sqlite3 "
		                  "process is writing '%s'); try again when it has finished",
		                  what, path);
	case SQLITE_FULL:
		return pl_err_set(err, PL_EFULL, "%s: database or disk is full ('%s'); free some space "
		                  "and run the command again", what, path);
	case SQLITE_READONLY:
		return pl_err_set(err, PL_ERDONLY, "%s: attempt to write a readonly database ('%s')",
		                  what, path);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return pl_err_set(err, PL_ENOTDB, "%s: database disk image is malformed ('%s'): %s",
		                  what, path, msg);
	case SQLITE_NOMEM:
		return pl_err_set(err, PL_ENOMEM, "%s: out of memory", what);
	case SQLITE_INTERRUPT:
		return pl_err_set(err, PL_EINTR, "%s: interrupted", what);
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
		return pl_err_set(err, PL_EIO, "%s: cannot read or write '%s': %s", what, path, msg);
	}
	return pl_err_set(err, PL_EDB, "%s: %s", what, msg);
}

int pl_store_prepare(struct pl_store *s, const char *sql, sqlite3_stmt **st, struct pl_err *err)
{
	int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
	if (rc != SQLITE_OK)
		return pl_store_error(s, rc, "cannot prepare a query", err);
	return PL_OK;
}

static int exec(struct pl_store *s, const char *sql, const char *what, struct pl_err *err)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? PL_OK : pl_store_error(s, rc, what, err);
}

int pl_store_begin(struct pl_store *s, struct pl_err *err)
{
	return exec(s, "BEGIN IMMEDIATE", "cannot start writing", err);
}

static int stmt(struct pl_store *s, int which, sqlite3_stmt **st, struct pl_err *err);
static int run(struct pl_store *s, sqlite3_stmt *st, const char *what, struct pl_err *err);

struct vocab_ctx {
	struct pl_store *s;
	struct pl_err *err;
};

static int add_vocabulary(void *arg, const char *word, const char *stem)
{
	struct vocab_ctx *v = arg;
	sqlite3_stmt *st;
	int rc = stmt(v->s, ST_VOCABULARY, &st, v->err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, word, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, stem, -1, SQLITE_STATIC);
	return run(v->s, st, "cannot store the vocabulary", v->err);
}

int pl_store_commit(struct pl_store *s, struct pl_err *err)
{
	/* The words indexed in this transaction commit with it. */
	struct vocab_ctx v = { s, err };
	int rc = pl_tokenizer_drain_vocabulary(s->tok, add_vocabulary, &v);
	if (!rc)
		rc = exec(s, "COMMIT", "cannot commit", err);
	if (rc)
		pl_store_rollback(s);
	return rc;
}

void pl_store_rollback(struct pl_store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	if (s->tok)
		pl_tokenizer_drain_vocabulary(s->tok, NULL, NULL);
	s->kept_tables = 0;   /* created in the transaction, gone with it */
}

struct pl_tokenizer_ctx *pl_store_tokenizer(struct pl_store *s)
{
	return s->tok;
}

/* Runs a one-row integer query. */
static int query_int(struct pl_store *s, const char *sql, int64_t *out, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int64(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_OK ? PL_OK : pl_store_error(s, rc, "cannot read the database", err);
}

/* Creates the schema in an empty database, or checks the one that is there. */
static int check_schema(struct pl_store *s, unsigned flags, struct pl_err *err)
{
	int64_t app, version, objects;
	int rc;
	if ((rc = query_int(s, "SELECT count(*) FROM sqlite_schema", &objects, err)) ||
	    (rc = query_int(s, "PRAGMA application_id", &app, err)) ||
	    (rc = query_int(s, "PRAGMA user_version", &version, err)))
		return pl_err_prefix(err, "cannot open '%s'", s->path);
	if (app == 0 && objects == 0) {
		if (!(flags & PL_OPEN_CREATE) || s->readonly)
			return pl_err_set(err, PL_ENOTDB, "'%s' is an empty database; create it with "
			                  "'plenary init' or 'plenary ingest'", s->path);
		if ((rc = pl_store_begin(s, err)))
			return rc;
		/* Another process may have created it while we waited for the lock. */
		if ((rc = query_int(s, "SELECT count(*) FROM sqlite_schema", &objects, err))) {
			pl_store_rollback(s);
			return rc;
		}
		if (objects == 0) {
			char pragmas[96];
			snprintf(pragmas, sizeof pragmas, "PRAGMA application_id = %d; PRAGMA user_version = %d;",
			         PL_APPLICATION_ID, PL_SCHEMA_VERSION);
			if ((rc = exec(s, schema_v1, "cannot create the schema", err)) ||
			    (rc = exec(s, pragmas, "cannot create the schema", err))) {
				pl_store_rollback(s);
				return rc;
			}
		}
		if ((rc = pl_store_commit(s, err)))
			return rc;
		return check_schema(s, 0, err);
	}
	if (app != PL_APPLICATION_ID)
		return pl_err_set(err, PL_ENOTDB, "'%s' is not a plenary database (application_id "
		                  "0x%08llx); give another --db", s->path, (unsigned long long)app);
	if (version > PL_SCHEMA_VERSION)
		return pl_err_set(err, PL_ENOTDB, "'%s' has schema version %lld, newer than this "
		                  "plenary (%d); use a newer plenary", s->path, (long long)version,
		                  PL_SCHEMA_VERSION);
	if (version < 1)
		return pl_err_set(err, PL_ENOTDB, "'%s' has an unknown schema version %lld",
		                  s->path, (long long)version);
	return PL_OK;
}

int pl_store_refresh_languages(struct pl_store *s, struct pl_err *err)
{
	sqlite3_stmt *st;
	/* A skip-scan of the language index: a few lookups, not a table scan,
	 * since every command that searches runs it at open. */
	int rc = pl_store_prepare(s, "WITH RECURSIVE l(code) AS (SELECT min(language) FROM documents"
	                          " UNION ALL SELECT (SELECT min(language) FROM documents"
	                          " WHERE language > code) FROM l WHERE code IS NOT NULL)"
	                          " SELECT code FROM l WHERE code IS NOT NULL", &st, err);
	if (rc)
		return rc;
	struct pl_buf codes = PL_BUF_INIT;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (codes.len)
			pl_buf_addc(&codes, ',');
		pl_buf_adds(&codes, (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	pl_tokenizer_set_query_langs(s->tok, pl_buf_str(&codes));
	pl_buf_release(&codes);
	return rc == SQLITE_DONE ? PL_OK : pl_store_error(s, rc, "cannot read languages", err);
}

static int on_readonly_fs(const char *path)
{
	struct statvfs v;
	if (!strncmp(path, "file:", 5))
		return 0;   /* a URI says for itself how to open */
	if (statvfs(path, &v) != 0) {
		/* A new file: its directory's file system. */
		char dir[4096];
		const char *slash = strrchr(path, '/');
		snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) + 1 : 1, slash ? path : ".");
		if (statvfs(dir, &v) != 0)
			return 0;
	}
	return (v.f_flag & ST_RDONLY) != 0;
}

/* "file:PATH?immutable=1", the path percent-encoded as URIs want. */
static int immutable_uri(struct pl_buf *uri, const char *path)
{
	int rc = pl_buf_adds(uri, "file:");
	for (const unsigned char *p = (const unsigned char *)path; !rc && *p; p++)
		rc = (*p < 0x80 && (isalnum(*p) || strchr("/._-", *p))) ? pl_buf_addc(uri, (char)*p)
		                                                          : pl_buf_addf(uri, "%%%02X", *p);
	return rc ? rc : pl_buf_adds(uri, "?immutable=1");
}

/* Switching to WAL needs every other connection gone, and SQLite does not
 * call the busy handler for it (it would deadlock while holding a read
 * lock), so a second process opening a new database beside the first
 * retries here for as long as a write would wait. */
static int use_wal(struct pl_store *s, struct pl_err *err)
{
	for (int waited = 0;; waited += 10) {
		sqlite3_stmt *st;
		int rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
		if (rc == SQLITE_OK) {
			rc = sqlite3_step(st);
			sqlite3_finalize(st);
		}
		if (rc == SQLITE_ROW)
			break;
		if ((rc & 0xff) != SQLITE_BUSY || waited >= PL_OPEN_BUSY_MS)
			return pl_store_error(s, rc, "cannot set up the database", err);
		sqlite3_sleep(10);
	}
	return exec(s, "PRAGMA synchronous = NORMAL", "cannot set up the database", err);
}

/* Tables newer than the database: added once, by the first writer. */
static int add_campaign_tables(struct pl_store *s, struct pl_err *err)
{
	int64_t present;
	int rc = query_int(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'passage_counted'",
	                   &present, err);
	if (rc || present)
		return rc;
	if ((rc = pl_store_begin(s, err)))
		return rc;
	if ((rc = exec(s, schema_campaigns, "cannot add the campaign tables", err))) {
		pl_store_rollback(s);
		return rc;
	}
	return pl_store_commit(s, err);
}

void pl_store_map(struct pl_store *s, int on)
{
	sqlite3_exec(s->db, on ? "PRAGMA mmap_size = " PL_STORE_MMAP_SIZE : "PRAGMA mmap_size = 0",
	             NULL, NULL, NULL);
}

int pl_store_count_once(struct pl_store *s, int once, struct pl_err *err)
{
	int64_t present = 0;
	int rc = once ? query_int(s, "SELECT count(*) FROM sqlite_schema WHERE name ="
	                          " 'passage_counted'", &present, err) : PL_OK;
	if (rc)
		return rc;
	if (once && !present)
		return pl_err_set(err, PL_EUSAGE, "'%s' has no campaign tables yet; run 'plenary "
		                  "campaigns --detect' on it once", s->path);
	/* A temporary view: it needs no write access to the database. */
	rc = exec(s, once ? "DROP VIEW IF EXISTS temp.counted_tags;"
	                    " CREATE TEMP VIEW counted_tags AS SELECT * FROM passage_tags"
	                    " WHERE passage_id IN (SELECT passage_id FROM passage_counted)"
	                  : "DROP VIEW IF EXISTS temp.counted_tags;"
	                    " CREATE TEMP VIEW counted_tags AS SELECT * FROM passage_tags",
	          "cannot set up counting", err);
	if (!rc)
		s->count_once = once;
	return rc;
}

int pl_store_counts_once(const struct pl_store *s)
{
	return s->count_once;
}

int pl_store_open(const char *path, unsigned flags, struct pl_store **out, struct pl_err *err)
{
	*out = NULL;
	struct pl_store *s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(path))) {
		free(s);
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	}
	s->readonly = (flags & PL_OPEN_READONLY) != 0;
	int oflags = s->readonly ? SQLITE_OPEN_READONLY
	                         : SQLITE_OPEN_READWRITE | ((flags & PL_OPEN_CREATE) ? SQLITE_OPEN_CREATE : 0);
	/* SQLite would create a missing file; a read must not. (A "file:" URI,
	 * e.g. with ?mode=ro, says for itself how to open.) */
	if (!(flags & PL_OPEN_CREATE) && strncmp(path, "file:", 5) != 0 && access(path, F_OK) != 0) {
		pl_err_set(err, PL_ENOTDB, "no database at '%s'; create it with 'plenary init' or "
		           "'plenary ingest', or give --db PATH", path);
		goto fail;
	}
	/* On a read-only file system SQLite cannot make the WAL's shared-memory
	 * file: read the database as immutable instead, and say why a write
	 * cannot work before trying. */
	struct pl_buf uri = PL_BUF_INIT;
	if (on_readonly_fs(path)) {
		if (!s->readonly) {
			pl_err_set(err, PL_ERDONLY, "cannot write '%s': it is on a read-only file system",
			           path);
			goto fail;
		}
		if (immutable_uri(&uri, path)) {
			pl_err_set(err, PL_ENOMEM, "out of memory");
			goto fail;
		}
	}
	int rc = sqlite3_open_v2(uri.len ? uri.data : path, &s->db, oflags | SQLITE_OPEN_URI, NULL);
	pl_buf_release(&uri);
	if (rc != SQLITE_OK) {
		pl_store_error(s, rc, "cannot open the database", err);
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 0);
	sqlite3_busy_timeout(s->db, PL_OPEN_BUSY_MS);
	if (pl_tokenizer_register(s->db, &s->tok, err))
		goto fail;
	/* An unreadable or foreign file must be refused here, not at first use. */
	if (check_schema(s, flags, err))
		goto fail;
	if (!s->readonly && (use_wal(s, err) || add_campaign_tables(s, err)))
		goto fail;
	/* mmap: a search reads index pages without copying them first. */
	if (exec(s, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"
	         " PRAGMA temp_store = MEMORY; PRAGMA mmap_size = " PL_STORE_MMAP_SIZE ";",
	         "cannot set up the database", err))
		goto fail;
	if (pl_store_refresh_languages(s, err) || pl_store_count_once(s, 0, err))
		goto fail;
	*out = s;
	return PL_OK;
fail:
	pl_store_close(s);
	return err ? err->code : PL_EDB;
}

void pl_store_close(struct pl_store *s)
{
	if (!s)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(s->stmts[i]);
	if (s->db) {
		pl_store_rollback(s);
		sqlite3_close(s->db);
	}
	pl_tokenizer_ctx_free(s->tok);
	pl_buf_release(&s->fts_text);
	free(s->path);
	free(s);
}

/* The cached statement `which`, reset and unbound. */
static int stmt(struct pl_store *s, int which, sqlite3_stmt **st, struct pl_err *err)
{
	if (!s->stmts[which]) {
		int rc = pl_store_prepare(s, stmt_sql[which], &s->stmts[which], err);
		if (rc)
			return rc;
	} else {
		sqlite3_reset(s->stmts[which]);
		sqlite3_clear_bindings(s->stmts[which]);
	}
	*st = s->stmts[which];
	return PL_OK;
}

/* Steps a write statement to completion. */
static int run(struct pl_store *s, sqlite3_stmt *st, const char *what, struct pl_err *err)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return pl_store_error(s, rc, what, err);
	return PL_OK;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

int pl_store_doc_find(struct pl_store *s, const char *path, int64_t *id, char hash[65],
                      struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = stmt(s, ST_DOC_FIND, &st, err);
	if (rc)
		return rc;
	bind_text(st, 1, path);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		snprintf(hash, 65, "%s", (const char *)sqlite3_column_text(st, 1));
		sqlite3_reset(st);
		return 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : pl_store_error(s, rc, "cannot look up a document", err);
}

static int make_kept_tables(struct pl_store *s, struct pl_err *err)
{
	if (s->kept_tables)
		return PL_OK;
	int rc = exec(s, "CREATE TEMP TABLE IF NOT EXISTS kept_tags(text_hash, text, category_id,"
	              " applied, created_at, note);"
	              " CREATE TEMP TABLE IF NOT EXISTS kept_excerpts(text_hash, text, marked_at, note);",
	              "cannot prepare re-ingest", err);
	s->kept_tables = rc == PL_OK;
	return rc;
}

int pl_store_doc_remove(struct pl_store *s, int64_t id, struct pl_err *err)
{
	static const int steps[] = { ST_KEEP_TAGS, ST_KEEP_EXCERPTS, ST_FTS_DELETE, ST_DOC_DELETE };
	int rc = make_kept_tables(s, err);
	for (size_t i = 0; !rc && i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *st;
		if ((rc = stmt(s, steps[i], &st, err)))
			break;
		sqlite3_bind_int64(st, 1, id);
		rc = run(s, st, "cannot remove the old version of a document", err);
	}
	return rc;
}

int pl_store_doc_add(struct pl_store *s, const struct pl_doc_row *row, int64_t *id,
                     struct pl_err *err)
{
	sqlite3_stmt *st;
	char now[32];
	int rc = stmt(s, ST_DOC_ADD, &st, err);
	if (rc)
		return rc;
	pl_now_iso(now);
	bind_text(st, 1, row->path);
	bind_text(st, 2, row->title);
	bind_text(st, 3, row->format);
	bind_text(st, 4, row->language);
	bind_text(st, 5, row->encoding);
	bind_text(st, 6, row->content_hash);
	sqlite3_bind_int64(st, 7, row->size);
	sqlite3_bind_int64(st, 8, row->mtime);
	bind_text(st, 9, now);
	bind_text(st, 10, row->notes);
	if ((rc = run(s, st, "cannot add a document", err)))
		return rc;
	*id = sqlite3_last_insert_rowid(s->db);
	return PL_OK;
}

int pl_store_doc_meta(struct pl_store *s, int64_t doc, const char *key, const char *value,
                      struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = stmt(s, ST_DOC_META, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, doc);
	bind_text(st, 2, key);
	bind_text(st, 3, value);
	return run(s, st, "cannot add document metadata", err);
}

/* 64-bit FNV-1a: finds a passage's twin after re-ingest (text compared too). */
static int64_t text_hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return (int64_t)h;
}

int pl_store_passage_add(struct pl_store *s, int64_t doc, const char *language,
                         const struct pl_passage *p, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = stmt(s, ST_PASSAGE_ADD, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int64(st, 2, p->ordinal);
	bind_text(st, 3, p->speaker);
	bind_text(st, 4, p->section);
	sqlite3_bind_int64(st, 5, (int64_t)p->start);
	sqlite3_bind_int64(st, 6, (int64_t)p->end);
	sqlite3_bind_int64(st, 7, text_hash(p->text, p->len));
	sqlite3_bind_text(st, 8, p->text, (int)p->len, SQLITE_STATIC);
	if ((rc = run(s, st, "cannot add a passage", err)))
		return rc;
	int64_t id = sqlite3_last_insert_rowid(s->db);
	for (size_t i = 0; i < p->nmeta; i++) {
		if ((rc = stmt(s, ST_PASSAGE_META, &st, err)))
			return rc;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, p->meta[i].key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, p->meta[i].value, -1, SQLITE_STATIC);
		if ((rc = run(s, st, "cannot add a passage's metadata", err)))
			return rc;
	}

	/* The index sees the text as the content view shows it: marker first. */
	pl_buf_clear(&s->fts_text);
	if (pl_buf_addc(&s->fts_text, '\x01') || pl_buf_adds(&s->fts_text, language) ||
	    pl_buf_addc(&s->fts_text, '\x01') || pl_buf_add(&s->fts_text, p->text, p->len))
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	if ((rc = stmt(s, ST_FTS_ADD, &st, err)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, s->fts_text.data, (int)s->fts_text.len, SQLITE_STATIC);
	return run(s, st, "cannot index a passage", err);
}

int pl_store_doc_finish(struct pl_store *s, int64_t doc, int64_t passages, int64_t words,
                        struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = stmt(s, ST_DOC_FINISH, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int64(st, 2, passages);
	sqlite3_bind_int64(st, 3, words);
	if ((rc = run(s, st, "cannot finish a document", err)) || !s->kept_tables)
		return rc;
	static const int steps[] = { ST_RESTORE_TAGS, ST_RESTORE_EXCERPTS };
	for (size_t i = 0; !rc && i < 2; i++) {
		if ((rc = stmt(s, steps[i], &st, err)))
			break;
		sqlite3_bind_int64(st, 1, doc);
		rc = run(s, st, "cannot keep the analyst's tags", err);
	}
	if (!rc)
		rc = exec(s, "DELETE FROM temp.kept_tags; DELETE FROM temp.kept_excerpts;",
		          "cannot keep the analyst's tags", err);
	return rc;
}
