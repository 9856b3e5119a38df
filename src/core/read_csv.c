/*
 * read_csv.c - CSV and TSV exports (see read_csv.h).
 *
 * libcsv does the quoting. The text is fed to it a line at a time, so that
 * each row knows the line and byte offset where it starts, for messages and
 * passage spans. When the text columns are to be guessed the text is parsed
 * twice: once to measure the columns, once to emit the passages. Only a
 * sample of each column's lengths is kept and only the current row's cells,
 * so memory stays bounded by the largest row, whatever the number of rows.
 */
#include "plenary/read_csv.h"
#include "plenary/formats.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COLUMNS 1024
#define SAMPLE 500         /* non-empty values per column measured by the guess */
#define TEXT_LONG 40       /* bytes: a column with a quarter of its values longer is text */

enum role { ROLE_NONE, ROLE_META, ROLE_TEXT };
enum pass { PASS_MEASURE, PASS_EMIT };

struct column {
	size_t name, key;      /* offsets in csv_read.names: as written, lowercased */
	enum role role;
	int listed_meta;       /* named by --meta-columns */
	size_t nsample, nworded;
	size_t *lens;          /* PASS_MEASURE: SAMPLE lengths */
};

struct csv_read {
	const struct pl_csv_opts *o;
	struct pl_err *err;
	enum pass pass;
	int rc;                   /* the first failure, reported after the parse */

	/* the row being read */
	struct pl_buf cells;      /* its cells, each NUL-terminated */
	size_t *cell;             /* their offsets in cells */
	size_t ncells, cell_cap;
	size_t line;              /* the line being fed to libcsv, from 1 */
	size_t row_line, row_start, row_end;   /* where the row starts and ends */
	int boundary;             /* the last row has ended: a new one starts */
	int ended;                /* a row ended in the line just fed */

	int have_header;
	struct column *cols;
	size_t ncols;
	struct pl_buf names;
	size_t rows, ragged, ragged_line;
	struct pl_kv *kv;         /* ncols + 2 entries */
	struct pl_segmenter *seg;
};

static int nomem(struct csv_read *r)
{
	return pl_err_set(r->err, PL_ENOMEM, "out of memory reading a CSV file");
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int space_or_tab(unsigned char c)
{
	return c == ' ' || c == '\t';
}

static int space_only(unsigned char c)
{
	return c == ' ';
}

/* Cell i of the current row, trimmed in place (NUL-terminated), or "". */
static const char *cell(struct csv_read *r, size_t i, size_t *len)
{
	if (i >= r->ncells || i >= r->ncols) {
		*len = 0;
		return "";
	}
	char *s = r->cells.data + r->cell[i];
	size_t n = strlen(s);
	while (n && is_blank(s[n - 1]))
		s[--n] = '\0';
	while (n && is_blank(*s)) {
		s++;
		n--;
	}
	*len = n;
	return s;
}

static const char *name_at(const struct csv_read *r, size_t off)
{
	return r->names.data + off;
}

/* ---- the header ---- */

/* The column whose name is w[0..n), ignoring case and surrounding blanks. */
static struct column *find_column(struct csv_read *r, const char *w, size_t n)
{
	while (n && is_blank(w[n - 1]))
		n--;
	while (n && is_blank(*w)) {
		w++;
		n--;
	}
	for (size_t i = 0; i < r->ncols; i++) {
		const char *k = name_at(r, r->cols[i].key);
		size_t j = 0;
		while (j < n && k[j] && (w[j] >= 'A' && w[j] <= 'Z' ? w[j] + 32 : w[j]) == k[j])
			j++;
		if (j == n && !k[j])
			return &r->cols[i];
	}
	return NULL;
}

/* Gives the role to every column named in the comma-separated list. */
static int assign(struct csv_read *r, const char *list, const char *option, enum role role)
{
	for (const char *p = list; *p;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		struct column *c = find_column(r, p, n);
		if (!c) {
			struct pl_buf all = PL_BUF_INIT;
			for (size_t i = 0; i < r->ncols; i++)
				pl_buf_addf(&all, "%s%s", i ? ", " : "", name_at(r, r->cols[i].name));
			pl_err_set(r->err, PL_EUSAGE, "%s: no column '%.*s' in the header (columns: %s)",
			           option, (int)n, p, pl_buf_str(&all));
			pl_buf_release(&all);
			return PL_EUSAGE;
		}
		c->role = role;
		c->listed_meta |= role == ROLE_META;
		p = comma ? comma + 1 : p + n;
	}
	return PL_OK;
}

/* Whether key is taken: by one of the first n columns, or by the reader's
 * own keys of every passage. */
static int key_taken(const struct csv_read *r, size_t n, const char *key)
{
	if (!strcmp(key, "question") || !strcmp(key, "row"))
		return 1;
	for (size_t j = 0; j < n; j++)
		if (!strcmp(name_at(r, r->cols[j].key), key))
			return 1;
	return 0;
}

/* Gives column i its key: its name names[a..b) in lower case, with ".1",
 * ".2"... after it when taken (as pandas names repeated columns), so that
 * no value of a row is lost to another under the same key. */
static int add_key(struct csv_read *r, size_t i, size_t a, size_t b)
{
	struct pl_buf key = PL_BUF_INIT;
	for (size_t k = a; k < b; k++) {
		char ch = r->names.data[k];
		if (pl_buf_addc(&key, ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch))
			goto oom;
	}
	size_t len = key.len;
	for (size_t n = 1; key_taken(r, i, pl_buf_str(&key)); n++) {
		key.len = len;
		if (pl_buf_addf(&key, ".%zu", n))
			goto oom;
	}
	r->cols[i].key = r->names.len;
	if (pl_buf_add(&r->names, key.data, key.len) || pl_buf_addc(&r->names, '\0'))
		goto oom;
	pl_buf_release(&key);
	return PL_OK;
oom:
	pl_buf_release(&key);
	return PL_ENOMEM;
}

/* Takes the first row as the column names and gives the columns their
 * roles as far as the options say. */
static int header(struct csv_read *r)
{
	if (r->ncells > MAX_COLUMNS)
		return pl_err_set(r->err, PL_EIO, "the header row has %zu columns, more than %d",
		                  r->ncells, MAX_COLUMNS);
	r->cols = calloc(r->ncells, sizeof *r->cols);
	r->kv = calloc(r->ncells + 2, sizeof *r->kv);
	if (!r->cols || !r->kv)
		return nomem(r);
	r->ncols = r->ncells;
	int named = 0;
	for (size_t i = 0; i < r->ncols; i++) {
		size_t n;
		const char *s = cell(r, i, &n);
		struct column *c = &r->cols[i];
		named |= n > 0;
		c->name = r->names.len;
		if (n ? pl_buf_add(&r->names, s, n) : pl_buf_addf(&r->names, "column %zu", i + 1))
			return nomem(r);
		size_t end = r->names.len;
		if (pl_buf_addc(&r->names, '\0'))
			return nomem(r);
		if (add_key(r, i, c->name, end))
			return nomem(r);
	}
	if (!named)
		return pl_err_set(r->err, PL_EIO, "the header row (line %zu) names no column",
		                  r->row_line);
	int rc = r->o->text_columns ? assign(r, r->o->text_columns, "--text-columns", ROLE_TEXT)
	                            : PL_OK;
	if (!rc && r->o->meta_columns)
		rc = assign(r, r->o->meta_columns, "--meta-columns", ROLE_META);
	for (size_t i = 0; !rc && i < r->ncols; i++) {
		struct column *c = &r->cols[i];
		if (c->role == ROLE_NONE && !r->o->meta_columns)
			c->role = ROLE_META;
		if (r->pass == PASS_MEASURE && !c->listed_meta &&
		    !(c->lens = malloc(SAMPLE * sizeof *c->lens)))
			rc = nomem(r);
	}
	return rc;
}

/* ---- the rows ---- */

/* Remembers the lengths of a row's values, for guess_text(). */
static void measure(struct csv_read *r)
{
	for (size_t i = 0; i < r->ncols; i++) {
		struct column *c = &r->cols[i];
		size_t n;
		const char *s = cell(r, i, &n);
		if (!c->lens || !n || c->nsample == SAMPLE)
			continue;
		c->lens[c->nsample++] = n;
		for (size_t k = 0; k < n; k++) {
			if (s[k] == ' ' || (unsigned char)s[k] >= 0x80) {
				c->nworded++;
				break;
			}
		}
	}
}

/* Reports each non-empty text cell of the row as passages. */
static int emit_row(struct csv_read *r)
{
	char row[24];
	size_t nkv = 0;

	snprintf(row, sizeof row, "%zu", r->rows);
	for (size_t i = 0; i < r->ncols; i++) {
		size_t n;
		const char *s = cell(r, i, &n);
		if (r->cols[i].role == ROLE_META && n)
			r->kv[nkv++] = (struct pl_kv){ name_at(r, r->cols[i].key), s };
	}
	r->kv[nkv + 1] = (struct pl_kv){ "row", row };
	for (size_t i = 0; i < r->ncols; i++) {
		size_t n;
		const char *s = cell(r, i, &n);
		if (r->cols[i].role != ROLE_TEXT || !n)
			continue;
		r->kv[nkv] = (struct pl_kv){ "question", name_at(r, r->cols[i].name) };
		struct pl_block b = { .text = s, .len = n, .start = r->row_start,
		                      .end = r->row_end, .meta = r->kv, .nmeta = nkv + 2 };
		int rc = pl_segmenter_block(r->seg, &b);
		if (rc)
			return rc;
	}
	return PL_OK;
}

/* libcsv's callback for each cell: keeps it (those beyond the header's
 * columns are only counted). */
static void on_cell(void *data, size_t len, void *ctx)
{
	struct csv_read *r = ctx;

	if (r->rc)
		return;
	if (r->have_header && r->ncells >= r->ncols) {
		r->ncells++;
		return;
	}
	if (r->ncells == r->cell_cap) {
		size_t cap = r->cell_cap ? r->cell_cap * 2 : 16;
		size_t *grown = realloc(r->cell, cap * sizeof *grown);
		if (!grown) {
			r->rc = nomem(r);
			return;
		}
		r->cell = grown;
		r->cell_cap = cap;
	}
	r->cell[r->ncells++] = r->cells.len;
	if ((len && pl_buf_add(&r->cells, data, len)) || pl_buf_addc(&r->cells, '\0'))
		r->rc = nomem(r);
}

/* libcsv's callback at the end of each row. */
static void on_row(int c, void *ctx)
{
	struct csv_read *r = ctx;

	(void)c;
	r->ended = 1;
	r->boundary = 1;
	if (!r->rc && !r->have_header) {
		r->rc = r->pass == PASS_EMIT && r->cols ? PL_OK : header(r);
		r->have_header = 1;
	} else if (!r->rc) {
		r->rows++;
		if (r->ncells != r->ncols && !r->ragged++)
			r->ragged_line = r->row_line;
		if (r->pass == PASS_MEASURE)
			measure(r);
		else
			r->rc = emit_row(r);
	}
	r->ncells = 0;
	pl_buf_clear(&r->cells);
}

static int only_blanks(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_blank(s[i]))
			return 0;
	return 1;
}

/* One pass of libcsv over the text, a line at a time. */
static int parse(struct csv_read *r, const char *text, size_t len, enum pass pass)
{
	struct csv_parser p;
	char delim = r->o->delim ? r->o->delim : ',';

	/* TSV is often written without quoting: a quote inside a cell is text. */
	if (csv_init(&p, CSV_STRICT_FINI | (delim == ',' ? CSV_STRICT : 0)) != 0)
		return nomem(r);
	csv_set_delim(&p, (unsigned char)delim);
	csv_set_space_func(&p, delim == '\t' ? space_only : space_or_tab);
	r->pass = pass;
	r->have_header = 0;
	r->rows = r->ragged = r->ragged_line = 0;
	r->boundary = 1;
	r->line = 1;
	size_t pos = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (pos < len && !r->rc) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t next = nl ? (size_t)(nl - text) + 1 : len;
		if (r->boundary) {
			r->row_line = r->line;
			r->row_start = pos;
		}
		r->ended = 0;
		r->row_end = nl ? next - 1 : next;
		if (csv_parse(&p, text + pos, next - pos, on_cell, on_row, r) != next - pos && !r->rc)
			r->rc = csv_error(&p) == CSV_ENOMEM ? nomem(r)
			        : pl_err_set(r->err, PL_EIO, "malformed quoting at line %zu: a quote "
			                     "inside a cell must be doubled and the cell quoted, and a "
			                     "closing quote followed by a separator or line end", r->line);
		if (!r->ended && !only_blanks(text + pos, next - pos))
			r->boundary = 0;
		pos = next;
		r->line++;
	}
	if (!r->rc && csv_fini(&p, on_cell, on_row, r) != 0 && !r->rc)
		r->rc = pl_err_set(r->err, PL_EIO, "unclosed quote: the quoted cell in the row that "
		                   "starts at line %zu never ends", r->row_line);
	csv_free(&p);
	if (!r->rc && r->rows >= 4 && r->ragged * 2 > r->rows)
		r->rc = pl_err_set(r->err, PL_EIO, "%zu of %zu rows do not have the header's %zu "
		                   "cell%s: the header is unusable (is the separator '%s'? try "
		                   "--format %s)", r->ragged, r->rows, r->ncols, r->ncols == 1 ? "" : "s",
		                   delim == '\t' ? "\\t" : ",", delim == '\t' ? "csv" : "tsv");
	return r->rc;
}

static int compare_sizes(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

/* Makes the measured columns that hold free text (see read_csv.h) text
 * columns; returns how many. */
static size_t guess_text(struct csv_read *r)
{
	size_t ntext = 0;

	for (size_t i = 0; i < r->ncols; i++) {
		struct column *c = &r->cols[i];
		if (!c->lens || !c->nsample)
			continue;
		qsort(c->lens, c->nsample, sizeof *c->lens, compare_sizes);
		if (c->lens[c->nsample * 3 / 4] > TEXT_LONG && c->nworded * 2 >= c->nsample) {
			c->role = ROLE_TEXT;
			ntext++;
		}
	}
	return ntext;
}

/* Notes which columns were taken as what, and the ragged rows. */
static int describe(struct csv_read *r, struct pl_buf *notes, size_t ntext)
{
	struct pl_buf text = PL_BUF_INIT, meta = PL_BUF_INIT;
	int rc = PL_OK;

	for (size_t i = 0; i < r->ncols; i++) {
		struct pl_buf *b = r->cols[i].role == ROLE_TEXT ? &text
		                   : r->cols[i].role == ROLE_META ? &meta : NULL;
		if (b && pl_buf_addf(b, "%s%s", b->len ? ", " : "", name_at(r, r->cols[i].name)))
			rc = PL_ENOMEM;
	}
	if (!rc && r->have_header && ntext)
		rc = pl_note(notes, "%zu row%s; text: %s; metadata: %s", r->rows,
		             r->rows == 1 ? "" : "s", pl_buf_str(&text),
		             meta.len ? pl_buf_str(&meta) : "none");
	else if (!rc && r->have_header)
		rc = pl_note(notes, "no free-text column (every column holds short values: %s); "
		             "name the text columns with --text-columns", pl_buf_str(&meta));
	if (!rc && r->ragged)
		rc = pl_note(notes, "%zu row%s (first at line %zu) %s not the header's %zu cell%s: "
		             "missing cells read as empty, extra ones dropped", r->ragged,
		             r->ragged == 1 ? "" : "s", r->ragged_line,
		             r->ragged == 1 ? "has" : "have", r->ncols, r->ncols == 1 ? "" : "s");
	pl_buf_release(&text);
	pl_buf_release(&meta);
	return rc ? nomem(r) : PL_OK;
}

int pl_read_csv(const char *text, size_t len, const struct pl_csv_opts *o,
                const struct pl_segment_sink *sink, struct pl_buf *notes, struct pl_err *err)
{
	struct csv_read r = { .o = o, .err = err };
	struct pl_segment_opts so = { PL_FMT_TEXT, o->max_passage };
	int guess = !o->text_columns;
	size_t ntext = 0;

	int rc = pl_segmenter_new(&r.seg, &so, sink, err);
	if (!rc)
		rc = parse(&r, text, len, guess ? PASS_MEASURE : PASS_EMIT);
	if (!rc && guess && (ntext = guess_text(&r)) > 0)
		rc = parse(&r, text, len, PASS_EMIT);
	else if (!guess)
		ntext = 1;
	if (!rc)
		rc = describe(&r, notes, ntext);
	for (size_t i = 0; i < r.ncols; i++)
		free(r.cols[i].lens);
	free(r.cols);
	free(r.kv);
	pl_segmenter_free(r.seg);
	free(r.cell);
	pl_buf_release(&r.cells);
	pl_buf_release(&r.names);
	return rc;
}
