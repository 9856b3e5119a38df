/*
 * tag.c - lexicon tagging runs over the store, and analyst decisions
 * (see tag.h). One transaction per run: a count never mixes two runs.
 */
#include "plenary/tag.h"
#include "plenary/tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	Q_CATEGORY, Q_RUN, Q_CLEAR_TAGS, Q_CLEAR_SPANS, Q_PASSAGES, Q_TAG, Q_SPAN, Q_FINISH,
	Q_COUNT
};

static const char *const sql[Q_COUNT] = {
	[Q_CATEGORY] = "INSERT INTO categories(id, title, lexicon_id, sort_order) VALUES(?1, ?2, ?3, ?4)"
	               " ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
	               " lexicon_id = excluded.lexicon_id, sort_order = excluded.sort_order",
	[Q_RUN] = "INSERT INTO tag_runs(lexicon_path, lexicon_id, lexicon_version, lexicon_hash,"
	          " started_at) VALUES(?1, ?2, ?3, ?4, ?5)",
	[Q_CLEAR_TAGS] = "DELETE FROM tags WHERE source = 'lexicon' AND category_id IN"
	                 " (SELECT id FROM categories WHERE lexicon_id = ?1)",
	[Q_CLEAR_SPANS] = "DELETE FROM tag_spans WHERE category_id IN"
	                  " (SELECT id FROM categories WHERE lexicon_id = ?1)",
	[Q_PASSAGES] = "SELECT id, text FROM passages ORDER BY id",
	[Q_TAG] = "INSERT INTO tags(passage_id, category_id, source, applied, run_id, score, created_at)"
	          " VALUES(?1, ?2, 'lexicon', 1, ?3, ?4, ?5)",
	[Q_SPAN] = "INSERT INTO tag_spans(passage_id, category_id, run_id, span_start, span_end, kind,"
	           " pattern, pattern_line, weight) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[Q_FINISH] = "UPDATE tag_runs SET finished_at = ?2, passages = ?3, tags = ?4 WHERE id = ?1",
};

struct run {
	struct pl_store *s;
	sqlite3_stmt *q[Q_COUNT];
	char now[32];
};

static int prepare_all(struct run *r, struct pl_err *err)
{
	for (int i = 0; i < Q_COUNT; i++) {
		int rc = pl_store_prepare(r->s, sql[i], &r->q[i], err);
		if (rc)
			return rc;
	}
	return PL_OK;
}

static void finalize_all(struct run *r)
{
	for (int i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(r->q[i]);
}

/* Steps a write statement, then resets it. */
static int step(struct run *r, int which, struct pl_err *err)
{
	int rc = sqlite3_step(r->q[which]);
	sqlite3_reset(r->q[which]);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return pl_store_error(r->s, rc, "cannot record the tags", err);
	return PL_OK;
}

static int register_categories(struct run *r, struct pl_lexicon *const *lx, size_t n,
                               struct pl_err *err)
{
	int order = 0;
	for (size_t l = 0; l < n; l++) {
		for (size_t i = 0; i < pl_lexicon_ncategories(lx[l]); i++) {
			const struct pl_category *c = pl_lexicon_category(lx[l], i);
			sqlite3_stmt *st = r->q[Q_CATEGORY];
			sqlite3_bind_text(st, 1, c->id, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, c->title, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, pl_lexicon_id(lx[l]), -1, SQLITE_STATIC);
			sqlite3_bind_int(st, 4, ++order);
			int rc = step(r, Q_CATEGORY, err);
			if (rc)
				return rc;
		}
	}
	return PL_OK;
}

/* Writes the tags of one passage for one lexicon, with their spans. */
static int write_tags(struct run *r, const struct pl_lexicon *lx, int64_t run_id,
                      int64_t passage, const struct pl_tagging *t, struct pl_tag_summary *sum,
                      struct pl_err *err)
{
	int rc = PL_OK;
	for (size_t c = 0; !rc && c < t->ncategories; c++) {
		if (!t->categories[c].tagged)
			continue;
		const struct pl_category *cat = pl_lexicon_category(lx, c);
		sqlite3_stmt *st = r->q[Q_TAG];
		sqlite3_bind_int64(st, 1, passage);
		sqlite3_bind_text(st, 2, cat->id, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, run_id);
		sqlite3_bind_double(st, 4, t->categories[c].score);
		sqlite3_bind_text(st, 5, r->now, -1, SQLITE_STATIC);
		if ((rc = step(r, Q_TAG, err)))
			break;
		sum->tags++;
		int context_done = 0;
		for (size_t i = 0; !rc && i < t->nspans; i++) {
			const struct pl_span *sp = &t->spans[i];
			const struct pl_pattern *p = pl_lexicon_pattern(lx, (size_t)sp->pattern);
			const char *kind;
			if (p->kind == PL_PAT_HIT && p->category == (int)c) {
				kind = sp->suppressed ? "excluded" : "hit";
			} else if (p->kind == PL_PAT_CONTEXT && !context_done &&
			           ((p->category == (int)c && cat->context == PL_CTX_OWN) ||
			            (p->category < 0 && cat->context == PL_CTX_LEXICON))) {
				kind = "context";   /* the first span that satisfied it */
				context_done = 1;
			} else {
				continue;
			}
			st = r->q[Q_SPAN];
			sqlite3_bind_int64(st, 1, passage);
			sqlite3_bind_text(st, 2, cat->id, -1, SQLITE_STATIC);
			sqlite3_bind_int64(st, 3, run_id);
			sqlite3_bind_int64(st, 4, (int64_t)sp->start);
			sqlite3_bind_int64(st, 5, (int64_t)sp->end);
			sqlite3_bind_text(st, 6, kind, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 7, p->source, -1, SQLITE_STATIC);
			sqlite3_bind_int(st, 8, p->line);
			if (p->kind == PL_PAT_HIT)
				sqlite3_bind_double(st, 9, p->weight);
			else
				sqlite3_bind_null(st, 9);
			rc = step(r, Q_SPAN, err);
			sum->spans++;
		}
	}
	return rc;
}

static int start_runs(struct run *r, const struct pl_tag_opts *o, int64_t *run_ids,
                      struct pl_err *err)
{
	for (size_t l = 0; l < o->nlexicons; l++) {
		const struct pl_lexicon *lx = o->lexicons[l];
		sqlite3_stmt *st = r->q[Q_RUN];
		sqlite3_bind_text(st, 1, pl_lexicon_path(lx), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, pl_lexicon_id(lx), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, pl_lexicon_version(lx), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, pl_lexicon_hash(lx), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, r->now, -1, SQLITE_STATIC);
		int rc = step(r, Q_RUN, err);
		if (rc)
			return rc;
		run_ids[l] = sqlite3_last_insert_rowid(pl_store_db(r->s));
		for (int q = Q_CLEAR_TAGS; q <= Q_CLEAR_SPANS; q++) {
			sqlite3_bind_text(r->q[q], 1, pl_lexicon_id(lx), -1, SQLITE_STATIC);
			if ((rc = step(r, q, err)))
				return rc;
		}
	}
	return PL_OK;
}

static int tag_passages(struct run *r, const struct pl_tag_opts *o, struct pl_tagger **taggers,
                        const int64_t *run_ids, int64_t *run_tags, struct pl_tag_summary *sum,
                        struct pl_err *err)
{
	int64_t total = 0;
	sqlite3_stmt *count;
	int rc = pl_store_prepare(r->s, "SELECT count(*) FROM passages", &count, err);
	if (rc)
		return rc;
	if (sqlite3_step(count) == SQLITE_ROW)
		total = sqlite3_column_int64(count, 0);
	sqlite3_finalize(count);

	struct pl_tagging t = { 0 };
	sqlite3_stmt *ps = r->q[Q_PASSAGES];
	int st;
	while (!rc && (st = sqlite3_step(ps)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(ps, 0);
		const char *text = (const char *)sqlite3_column_text(ps, 1);
		size_t len = (size_t)sqlite3_column_bytes(ps, 1);
		for (size_t l = 0; !rc && l < o->nlexicons; l++) {
			int64_t before = sum->tags;
			rc = pl_tagger_run(taggers[l], text ? text : "", len, &t, err);
			if (!rc)
				rc = write_tags(r, o->lexicons[l], run_ids[l], id, &t, sum, err);
			run_tags[l] += sum->tags - before;
		}
		sum->passages++;
		if ((sum->passages & 255) == 0) {
			if (o->interrupted && *o->interrupted)
				rc = pl_err_set(err, PL_EINTR, "interrupted: the tagging run was rolled back");
			else if (o->progress)
				o->progress(o->ctx, sum->passages, total);
		}
	}
	if (!rc && st != SQLITE_DONE)
		rc = pl_store_error(r->s, st, "cannot read the passages", err);
	sqlite3_reset(ps);
	pl_tagging_release(&t);
	return rc;
}

static int finish_runs(struct run *r, const struct pl_tag_opts *o, const int64_t *run_ids,
                       const int64_t *run_tags, const struct pl_tag_summary *sum,
                       struct pl_err *err)
{
	pl_now_iso(r->now);
	for (size_t l = 0; l < o->nlexicons; l++) {
		sqlite3_stmt *st = r->q[Q_FINISH];
		sqlite3_bind_int64(st, 1, run_ids[l]);
		sqlite3_bind_text(st, 2, r->now, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, sum->passages);
		sqlite3_bind_int64(st, 4, run_tags[l]);
		int rc = step(r, Q_FINISH, err);
		if (rc)
			return rc;
	}
	return PL_OK;
}

static void report_limits(const struct pl_tag_opts *o, struct pl_tagger **taggers,
                          struct pl_tag_summary *sum)
{
	for (size_t l = 0; l < o->nlexicons; l++) {
		for (size_t i = 0; i < pl_lexicon_npatterns(o->lexicons[l]); i++) {
			size_t n = pl_tagger_limit_hits(taggers[l], i);
			sum->limit_hits += (int64_t)n;
			if (n && o->warning)
				o->warning(o->ctx, o->lexicons[l], pl_lexicon_pattern(o->lexicons[l], i), n);
		}
	}
}

int pl_tag_all(struct pl_store *s, const struct pl_tag_opts *o, struct pl_tag_summary *sum,
               struct pl_err *err)
{
	struct run r = { .s = s };
	memset(sum, 0, sizeof *sum);
	struct pl_tagger **taggers = calloc(o->nlexicons, sizeof *taggers);
	int64_t *run_ids = calloc(o->nlexicons, sizeof *run_ids);
	int64_t *run_tags = calloc(o->nlexicons, sizeof *run_tags);
	int rc = taggers && run_ids && run_tags ? PL_OK : pl_err_set(err, PL_ENOMEM, "out of memory");
	for (size_t l = 0; !rc && l < o->nlexicons; l++)
		rc = pl_tagger_new(o->lexicons[l], &taggers[l], err);
	pl_now_iso(r.now);
	if (!rc)
		rc = prepare_all(&r, err);
	if (!rc)
		rc = pl_store_begin(s, err);
	if (!rc) {
		rc = register_categories(&r, o->lexicons, o->nlexicons, err);
		if (!rc)
			rc = start_runs(&r, o, run_ids, err);
		if (!rc)
			rc = tag_passages(&r, o, taggers, run_ids, run_tags, sum, err);
		if (!rc)
			rc = finish_runs(&r, o, run_ids, run_tags, sum, err);
		finalize_all(&r);   /* a pending read statement would block the commit */
		memset(r.q, 0, sizeof r.q);
		if (!rc)
			rc = pl_store_commit(s, err);
		else
			pl_store_rollback(s);
	}
	if (!rc)
		report_limits(o, taggers, sum);
	finalize_all(&r);
	for (size_t l = 0; taggers && l < o->nlexicons; l++)
		pl_tagger_free(taggers[l]);
	free(taggers);
	free(run_ids);
	free(run_tags);
	return rc;
}

int pl_tag_register(struct pl_store *s, struct pl_lexicon *const *lexicons, size_t n,
                    struct pl_err *err)
{
	struct run r = { .s = s };
	int rc = pl_store_prepare(s, sql[Q_CATEGORY], &r.q[Q_CATEGORY], err);
	if (!rc)
		rc = pl_store_begin(s, err);
	if (!rc) {
		rc = register_categories(&r, lexicons, n, err);
		if (!rc)
			rc = pl_store_commit(s, err);
		else
			pl_store_rollback(s);
	}
	finalize_all(&r);
	return rc;
}

int pl_tag_decide(struct pl_store *s, int64_t passage, const char *category, int applied,
                  const char *note, struct pl_err *err)
{
	sqlite3_stmt *st = NULL;
	char now[32];
	int rc = pl_store_prepare(s, "SELECT (SELECT id FROM categories WHERE id = ?1 COLLATE NOCASE),"
	                          " EXISTS (SELECT 1 FROM passages WHERE id = ?2)", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, category, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, passage);
	char id[64] = "";
	int found = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		if (sqlite3_column_type(st, 0) != SQLITE_NULL)
			snprintf(id, sizeof id, "%s", (const char *)sqlite3_column_text(st, 0));
		found = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	if (!id[0])
		return pl_err_set(err, PL_EUSAGE, "unknown category '%s' (the categories are those of "
		                  "the lexicons: see 'plenary stats')", category);
	if (!found)
		return pl_err_set(err, PL_EUSAGE, "no passage %lld", (long long)passage);
	pl_now_iso(now);
	rc = pl_store_prepare(s, "INSERT INTO tags(passage_id, category_id, source, applied, created_at,"
	                      " note) VALUES(?1, ?2, 'analyst', ?3, ?4, ?5)"
	                      " ON CONFLICT(passage_id, category_id, source) DO UPDATE SET"
	                      " applied = excluded.applied, created_at = excluded.created_at,"
	                      " note = coalesce(excluded.note, note)", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, passage);
	sqlite3_bind_text(st, 2, id, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, applied ? 1 : 0);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
	if (note)
		sqlite3_bind_text(st, 5, note, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? PL_OK : pl_store_error(s, rc, "cannot record the decision", err);
}

int pl_tag_list(struct pl_store *s, int64_t passage,
                int (*fn)(void *ctx, const struct pl_tag_row *row), void *ctx,
                struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, "SELECT category_id, source, applied, coalesce(score, 0),"
	                          " coalesce(run_id, 0), created_at, note FROM tags"
	                          " WHERE passage_id = ?1 ORDER BY category_id, source", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, passage);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct pl_tag_row r = {
			(const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
			sqlite3_column_int(st, 2), sqlite3_column_double(st, 3),
			sqlite3_column_int64(st, 4), (const char *)sqlite3_column_text(st, 5),
			(const char *)sqlite3_column_text(st, 6)
		};
		if ((rc = fn(ctx, &r)))
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = pl_store_error(s, step, "cannot read the tags", err);
	sqlite3_finalize(st);
	return rc;
}
