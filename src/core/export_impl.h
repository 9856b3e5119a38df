/*
 * export_impl.h - what the export writers share (private to src/core).
 *
 * export.c selects the passages into TEMP tables (export_sel: the passages,
 * export_cat: the categories in scope, export_pick: the excerpts shown per
 * category, in order), counts them, and drives a report writer through
 * struct report_ops; export_html.c is one such writer. export_qdpx.c
 * writes a REFI-QDA project from the same tables.
 */
#ifndef PLENARY_EXPORT_IMPL_H
#define PLENARY_EXPORT_IMPL_H

#include "plenary/export.h"
#include "plenary/synthesis.h"

/* The crosstab shows at most this many values of the key (and "none"). */
#define EX_CROSSTAB_COLS 20

struct ex_category {
	char *id, *title;
	int64_t passages, documents, speakers;   /* in the selection */
	int64_t shown;                           /* excerpts picked */
};

/* One passage with its citation; strings live until the next fetch. */
struct ex_passage {
	int64_t id, document_id, ordinal;
	const char *path, *title, *speaker, *section, *text;
	const char *tags;      /* the tags in force, "O1 O20", or "" */
	double score;          /* in a category: its lexicon score, and */
	int64_t hits;          /* its hit spans */
	int64_t campaign;      /* the size of its campaign (form letter), or 0 */
};

struct ex_run {
	int64_t id;
	const char *lexicon_id, *version, *hash, *path, *started, *finished;
};

struct export {
	struct pl_store *s;
	const struct pl_export_opts *o;
	FILE *f;
	struct pl_err *err;
	struct pl_buf b;                 /* output not yet written */
	struct ex_category *cats;
	size_t ncats;
	int64_t passages, documents;     /* selected */
	int64_t decisions;               /* analyst rows on selected passages */
	int64_t runs;                    /* tagging runs behind them, once listed */
	char now[32];
	sqlite3_stmt *passage, *meta;    /* by id; prepared once */
	void *writer;                    /* the format's own state */
};

/* What a report writer (Markdown, HTML) does at each step. Each appends to
 * x->b; the driver writes it out. */
struct report_ops {
	int (*begin)(struct export *x);
	int (*run)(struct export *x, const struct ex_run *r);   /* each tagging run */
	int (*summary)(struct export *x);                        /* x->cats */
	/* --by: cols are the columns of ct shown (EX_CROSSTAB_COLS at most),
	 * rows[i] the row of x->cats[i] in ct */
	int (*crosstab)(struct export *x, const struct pl_crosstab *ct, const size_t *cols,
	                size_t ncols, const size_t *rows);
	int (*category)(struct export *x, const struct ex_category *c);
	int (*passage)(struct export *x, const struct ex_category *c, const struct ex_passage *p);
	int (*end)(struct export *x);
};

extern const struct report_ops ex_html_ops;

/* Appends "N passages in N documents, N speakers; N shown." */
void ex_counts(struct export *x, const struct ex_category *c);

/* Appends "run N: lexicon L version V, sha256 H, FINISHED, from PATH":
 * text() escapes the words, code() the identifiers (lexicon, hash, path). */
void ex_run_line(struct export *x, const struct ex_run *r,
                 void (*text)(struct export *x, const char *s),
                 void (*code)(struct export *x, const char *s));

/* The selection as one line of text ("categories O1, O20; query ..."). */
void ex_selection(struct export *x, struct pl_buf *out);

/* The note under a crosstab: what it counts, and whether it follows the
 * selection (it counts every passage when a query or filter narrows it). */
void ex_crosstab_note(struct export *x, const struct pl_crosstab *ct, size_t ncols,
                      struct pl_buf *out);

/* Calls fn(x, run) for each tagging run behind the selected passages. */
int ex_each_run(struct export *x, int (*fn)(struct export *x, const struct ex_run *r));

/* The SQL helpers of export.c: a column's text ("" for NULL); sql with ?1
 * bound to t (if not NULL) and ?2 to n, row() called for each row; x->b
 * written out to the FILE once large (or now, if final). */
const char *ex_col(sqlite3_stmt *st, int i);
int ex_query(struct export *x, const char *sql, const char *t, int64_t n,
             int (*row)(struct export *x, sqlite3_stmt *st, void *ctx), void *ctx);
int ex_write_out(struct export *x, int final);

/* A selected passage's categories in scope (export_pick), ?1 its id:
 * category, source of the tag in force, lexicon score, run, the tag in
 * force's created_at and note. */
extern const char ex_picks_sql[];

/* Writes the selection as a REFI-QDA project (.qdpx, a zip) to x->f. */
int ex_qdpx(struct export *x);

/* Calls fn with each metadata key and value of a passage (the passage's
 * own, then its document's), by key. */
int ex_each_meta(struct export *x, const struct ex_passage *p,
                 int (*fn)(struct export *x, const char *key, const char *value));

#endif
