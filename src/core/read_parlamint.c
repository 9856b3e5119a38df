/*
 * read_parlamint.c - ParlaMint transcripts (see read_parlamint.h).
 *
 * Both files are line formats with no quoting, so they are split by hand.
 * The metadata rows are sorted by id once; each utterance finds its row by
 * binary search, so the order of the two files does not matter.
 */
#include "plenary/read_parlamint.h"
#include "plenary/formats.h"

#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 64

enum col_kind { COL_SITTING, COL_SPEAKER, COL_NAME, COL_ID };

struct row {
	const char *id;
	size_t idlen;
	size_t a, b;           /* the row's line in the table */
};

struct parlamint {
	const char *meta;
	size_t meta_len, ncols;
	enum col_kind kind[MAX_FIELDS];
	size_t key[MAX_FIELDS];   /* offsets in keys */
	struct pl_buf keys;
	struct row *rows;
	size_t nrows;
	struct pl_buf values;     /* the fields of the current row, NUL-terminated */
	size_t value[MAX_FIELDS];
	struct pl_err *err;
};

static int nomem(struct pl_err *err)
{
	return pl_err_set(err, PL_ENOMEM, "out of memory reading a ParlaMint transcript");
}

/* The line at pos, s[*a..*b) without a trailing CR; returns the next one's start. */
static size_t line_at(const char *s, size_t len, size_t pos, size_t *a, size_t *b)
{
	const char *nl = memchr(s + pos, '\n', len - pos);
	size_t e = nl ? (size_t)(nl - s) : len;

	*a = pos;
	*b = e > pos && s[e - 1] == '\r' ? e - 1 : e;
	return nl ? e + 1 : len;
}

/* Splits s[a..b) at tabs into pm->values; returns the number of fields. */
static size_t split(struct parlamint *pm, const char *s, size_t a, size_t b)
{
	size_t n = 0;

	pl_buf_clear(&pm->values);
	while (n < MAX_FIELDS) {
		const char *tab = memchr(s + a, '\t', b - a);
		size_t e = tab ? (size_t)(tab - s) : b;
		pm->value[n++] = pm->values.len;
		if (pl_buf_add(&pm->values, s + a, e - a) || pl_buf_addc(&pm->values, '\0'))
			return 0;
		if (!tab)
			break;
		a = e + 1;
	}
	return n;
}

static int starts_nocase(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if ((*s >= 'A' && *s <= 'Z' ? *s + 32 : *s) != *prefix)
			return 0;
	return 1;
}

static int compare_rows(const void *x, const void *y)
{
	const struct row *a = x, *b = y;
	size_t n = a->idlen < b->idlen ? a->idlen : b->idlen;
	int c = memcmp(a->id, b->id, n);
	return c ? c : (a->idlen > b->idlen) - (a->idlen < b->idlen);
}

/* Reads the table's header (column kinds and keys) and indexes its rows. */
static int load_table(struct parlamint *pm)
{
	const char *s = pm->meta;
	size_t a, b, pos = line_at(s, pm->meta_len, 0, &a, &b), idcol = MAX_FIELDS, cap = 0;

	if (a + 3 <= b && !memcmp(s + a, "\xEF\xBB\xBF", 3))
		a += 3;
	if (!(pm->ncols = split(pm, s, a, b)))
		return nomem(pm->err);
	for (size_t i = 0; i < pm->ncols; i++) {
		const char *name = pm->values.data + pm->value[i];
		int speaker = starts_nocase(name, "speaker_");
		pm->kind[i] = starts_nocase(name, "id") && !name[2] ? COL_ID
		              : speaker && starts_nocase(name, "speaker_name") && !name[12] ? COL_NAME
		              : speaker || starts_nocase(name, "party_status") ? COL_SPEAKER
		              : COL_SITTING;
		if (pm->kind[i] == COL_ID && idcol == MAX_FIELDS)
			idcol = i;
		pm->key[i] = pm->keys.len;
		for (const char *k = name + (speaker ? 8 : 0); *k; k++)
			if (pl_buf_addc(&pm->keys, *k >= 'A' && *k <= 'Z' ? (char)(*k + 32) : *k))
				return nomem(pm->err);
		if (pl_buf_addc(&pm->keys, '\0'))
			return nomem(pm->err);
	}
	if (idcol != 0)
		return pl_err_set(pm->err, PL_EIO, "the metadata table does not start with an ID "
		                  "column (the utterance ids)");
	while (pos < pm->meta_len) {
		pos = line_at(s, pm->meta_len, pos, &a, &b);
		const char *tab = memchr(s + a, '\t', b - a);
		if (!tab || tab == s + a)
			continue;
		if (pm->nrows == cap) {
			cap = cap ? cap * 2 : 256;
			struct row *grown = realloc(pm->rows, cap * sizeof *grown);
			if (!grown)
				return nomem(pm->err);
			pm->rows = grown;
		}
		pm->rows[pm->nrows++] = (struct row){ s + a, (size_t)(tab - s) - a, a, b };
	}
	if (pm->nrows)   /* qsort wants a valid array even for no rows */
		qsort(pm->rows, pm->nrows, sizeof *pm->rows, compare_rows);
	return PL_OK;
}

static const struct row *find_row(const struct parlamint *pm, const char *id, size_t n)
{
	struct row key = { id, n, 0, 0 };
	return pm->rows ? bsearch(&key, pm->rows, pm->nrows, sizeof key, compare_rows) : NULL;
}

static int known(const char *v)
{
	return v[0] && strcmp(v, "-") != 0;
}

/* Reports the sitting's columns of a row as document metadata. */
static int sitting_meta(struct parlamint *pm, const struct row *r,
                        const struct pl_segment_sink *sink)
{
	size_t n = split(pm, pm->meta, r->a, r->b);

	if (!n)
		return nomem(pm->err);
	for (size_t i = 0; i < n && i < pm->ncols && sink->meta; i++) {
		const char *v = pm->values.data + pm->value[i];
		if (pm->kind[i] == COL_SITTING && known(v)) {
			int rc = sink->meta(sink->ctx, pm->keys.data + pm->key[i], v);
			if (rc)
				return rc;
		}
	}
	return PL_OK;
}

/* Reports one utterance s[a..b) (id, tab, text) as passages. */
static int utterance(struct parlamint *pm, const char *s, size_t a, size_t b,
                     struct pl_segmenter *seg, size_t *unknown)
{
	const char *tab = memchr(s + a, '\t', b - a);
	size_t body = tab ? (size_t)(tab - s) + 1 : a;
	struct pl_kv kv[MAX_FIELDS + 1];
	/* each passage cites the whole line, id included */
	struct pl_block blk = { .text = s + body, .len = b - body, .start = a, .end = b,
	                        .meta = kv };
	char id[256];

	const struct row *r = tab ? find_row(pm, s + a, body - 1 - a) : NULL;
	if (tab && body - 1 - a < sizeof id) {
		memcpy(id, s + a, body - 1 - a);
		id[body - 1 - a] = '\0';
		kv[blk.nmeta++] = (struct pl_kv){ "utterance", id };
	}
	*unknown += !r;
	size_t n = r ? split(pm, pm->meta, r->a, r->b) : 0;
	if (r && !n)
		return nomem(pm->err);
	for (size_t i = 0; i < n && i < pm->ncols; i++) {
		const char *v = pm->values.data + pm->value[i];
		if (pm->kind[i] == COL_NAME && known(v))
			blk.speaker = v;
		else if (pm->kind[i] == COL_SPEAKER && known(v))
			kv[blk.nmeta++] = (struct pl_kv){ pm->keys.data + pm->key[i], v };
	}
	return pl_segmenter_block(seg, &blk);
}

int pl_read_parlamint(const char *text, size_t len, const char *meta, size_t meta_len,
                      size_t max_passage, const struct pl_segment_sink *sink,
                      struct pl_buf *notes, struct pl_err *err)
{
	struct parlamint pm = { .meta = meta, .meta_len = meta_len, .err = err };
	size_t pos = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0, a, b;
	size_t utterances = 0, unknown = 0;
	struct pl_segment_opts so = { PL_FMT_TEXT, max_passage };
	struct pl_segmenter *seg = NULL;
	int rc = pl_segmenter_new(&seg, &so, sink, err), first = 1;

	if (!rc && meta)
		rc = load_table(&pm);

	while (!rc && pos < len) {
		pos = line_at(text, len, pos, &a, &b);
		if (a == b)
			continue;
		const char *tab = memchr(text + a, '\t', b - a);
		const struct row *r = tab ? find_row(&pm, text + a, (size_t)(tab - text) - a) : NULL;
		if (first && r && (rc = sitting_meta(&pm, r, sink)) != PL_OK)
			break;
		first = 0;
		utterances++;
		rc = utterance(&pm, text, a, b, seg, &unknown);
	}
	if (!rc && !meta)
		rc = pl_note(notes, "no -meta.tsv beside it: utterances have no speakers");
	else if (!rc && unknown)
		rc = pl_note(notes, "%zu of %zu utterances not in the metadata table (no speaker)",
		             unknown, utterances);
	pl_segmenter_free(seg);
	free(pm.rows);
	pl_buf_release(&pm.keys);
	pl_buf_release(&pm.values);
	return rc;
}

int pl_parlamint_sniff(const char *text, size_t len)
{
	size_t a, b, digit = 0;

	line_at(text, len, len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0, &a, &b);
	const char *tab = memchr(text + a, '\t', b - a);
	if (!tab || tab == text + a || tab - (text + a) > 200 || tab + 1 == text + b)
		return 0;
	for (const char *p = text + a; p < tab; p++) {
		if (*p == ' ' || (unsigned char)*p < 0x20)
			return 0;
		digit |= *p >= '0' && *p <= '9';
	}
	return (int)digit;
}
