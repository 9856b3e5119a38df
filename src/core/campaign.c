/*
 * campaign.c - form letters: exact and near-duplicate passages, grouped.
 *
 * Each passage becomes a list of word hashes (ASCII letters folded to lower
 * case, every other byte of a word kept as is), from which come a hash of
 * the whole word sequence (exact duplicates) and a one-permutation MinHash
 * signature of its 3-word shingles (near duplicates). Signatures are cut into bands; two
 * passages that agree on a whole band are compared, and joined when their
 * signatures agree on at least `threshold` of their values. Groups are the
 * connected passages (union-find). Only the signatures stay in memory
 * (SIG * 4 bytes a passage), never the texts.
 */
#include "plenary/campaign.h"

#include <stdlib.h>
#include <string.h>

#define SIG 32          /* MinHash values per passage */
#define BANDS 16        /* SIG / BANDS rows a band: P(candidate | J=0.6) = 0.999 */
#define ROWS (SIG / BANDS)

struct sig {
	int64_t id, doc;
	uint64_t exact;
	uint32_t min[SIG];
};

struct detect {
	struct sig *v;
	size_t n, cap;
	size_t *parent;
	const struct pl_campaign_opts *o;
	int64_t scanned;
};

static const char clear[] = "DELETE FROM campaign_members;\n"
	"DELETE FROM campaigns;\n";

static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	return x ^ (x >> 33);
}

static int word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The passage's words as hashes into *words; returns how many. */
static size_t hash_words(const unsigned char *s, size_t len, uint64_t **words, size_t *cap)
{
	size_t n = 0;
	for (size_t i = 0; i < len;) {
		if (!word_byte(s[i])) {
			i++;
			continue;
		}
		uint64_t h = 0xcbf29ce484222325ULL;
		for (; i < len && word_byte(s[i]); i++)
			h = (h ^ (s[i] < 0x80 ? (unsigned char)(s[i] | 0x20) : s[i])) * 0x100000001b3ULL;
		if (n == *cap) {
			size_t c = *cap ? *cap * 2 : 256;
			uint64_t *w = realloc(*words, c * sizeof *w);
			if (!w)
				return SIZE_MAX;
			*words = w;
			*cap = c;
		}
		(*words)[n++] = h;
	}
	return n;
}

static void sign(struct sig *g, const uint64_t *w, size_t n)
{
	g->exact = 0;
	for (size_t i = 0; i < n; i++)
		g->exact = mix(g->exact ^ w[i]);
	uint32_t full[SIG];
	for (int k = 0; k < SIG; k++)
		full[k] = UINT32_MAX;
	/* One hash a shingle: its top bits pick a bin, the rest compete for
	 * the bin's minimum (one-permutation MinHash). */
	for (size_t i = 0; i + 2 < n; i++) {
		uint64_t h = mix(w[i] ^ (w[i + 1] << 21 | w[i + 1] >> 43) ^
		                 (w[i + 2] << 42 | w[i + 2] >> 22));
		unsigned bin = (unsigned)(h >> 59);
		if ((uint32_t)h < full[bin])
			full[bin] = (uint32_t)h;
	}
	/* A short text leaves bins empty: each borrows the next full bin's
	 * value, marked with the distance, so two texts agree there only when
	 * they agree on that bin (densification by rotation). */
	for (int k = 0; k < SIG; k++) {
		int j = 0;
		while (j < SIG && full[(k + j) % SIG] == UINT32_MAX)
			j++;
		g->min[k] = j == SIG ? 0 : full[(k + j) % SIG] + (uint32_t)j * 0x9e3779b9u;
	}
}

static double similarity(const struct sig *a, const struct sig *b)
{
	if (a->exact == b->exact)
		return 1.0;
	int same = 0;
	for (int k = 0; k < SIG; k++)
		same += a->min[k] == b->min[k];
	return (double)same / SIG;
}

static size_t find(size_t *parent, size_t i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

/* Joins the groups of i and j; the root is the lower index (lowest id). */
static void join(size_t *parent, size_t i, size_t j)
{
	i = find(parent, i);
	j = find(parent, j);
	if (i < j)
		parent[j] = i;
	else if (j < i)
		parent[i] = j;
}

static int read_signatures(struct pl_store *s, struct detect *d, struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, "SELECT id, document_id, text FROM passages ORDER BY id", &st,
	                          err);
	if (rc)
		return rc;
	uint64_t *words = NULL;
	size_t wcap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *text = sqlite3_column_text(st, 2);
		size_t n = hash_words(text, (size_t)sqlite3_column_bytes(st, 2), &words, &wcap);
		d->scanned++;
		if (n == SIZE_MAX)
			break;
		if (n < d->o->min_words)
			continue;
		if (d->n == d->cap) {
			size_t c = d->cap ? d->cap * 2 : 1024;
			struct sig *v = realloc(d->v, c * sizeof *v);
			if (!v)
				break;
			d->v = v;
			d->cap = c;
		}
		struct sig *g = &d->v[d->n++];
		g->id = sqlite3_column_int64(st, 0);
		g->doc = sqlite3_column_int64(st, 1);
		sign(g, words, n);
	}
	free(words);
	if (rc == SQLITE_DONE)
		rc = PL_OK;
	else if (rc == SQLITE_ROW)
		rc = pl_err_set(err, PL_ENOMEM, "finding campaigns: out of memory");
	else
		rc = pl_store_error(s, rc, "cannot read passages", err);
	sqlite3_finalize(st);
	return rc;
}

/* One hash table per band (and one for the exact hashes), holding the
 * first passage with each key: a later one with the same key is compared
 * with it. Keys are never 0 (0 marks an empty slot). */
static int link_similar(struct detect *d)
{
	size_t cap = 16;
	while (cap < 2 * d->n)
		cap *= 2;
	uint64_t *keys = malloc(cap * sizeof *keys);
	size_t *first = malloc(cap * sizeof *first);
	if (!keys || !first) {
		free(keys);
		free(first);
		return PL_ENOMEM;
	}
	for (int band = -1; band < BANDS; band++) {
		memset(keys, 0, cap * sizeof *keys);
		for (size_t i = 0; i < d->n; i++) {
			uint64_t h = d->v[i].exact;
			if (band >= 0) {
				h = mix((uint64_t)band + 1);
				for (int r = 0; r < ROWS; r++)
					h = mix(h ^ d->v[i].min[band * ROWS + r]);
			}
			h += !h;
			size_t slot = (size_t)h & (cap - 1);
			while (keys[slot] && keys[slot] != h)
				slot = (slot + 1) & (cap - 1);
			if (!keys[slot]) {
				keys[slot] = h;
				first[slot] = i;
			} else if (band < 0 ||
			           similarity(&d->v[first[slot]], &d->v[i]) >= d->o->threshold) {
				join(d->parent, first[slot], i);
			}
		}
	}
	free(keys);
	free(first);
	return PL_OK;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* Writes the groups: members of one root are consecutive in `order`. */
static int write_groups(struct pl_store *s, struct detect *d, struct pl_campaign_totals *t,
                        struct pl_err *err)
{
	sqlite3_stmt *add = NULL, *member = NULL;
	size_t *order = malloc((d->n ? d->n : 1) * 2 * sizeof *order);
	int64_t *docs = malloc((d->n ? d->n : 1) * sizeof *docs);
	int rc = order && docs ? PL_OK : pl_err_set(err, PL_ENOMEM, "finding campaigns: out of memory");
	if (!rc && !(rc = pl_store_prepare(s, "INSERT INTO campaigns(kind, size, documents, "
	                                   "representative) VALUES (?1, ?2, ?3, ?4)", &add, err)))
		rc = pl_store_prepare(s, "INSERT INTO campaign_members(passage_id, campaign_id, "
		                      "similarity) VALUES (?1, ?2, ?3)", &member, err);
	/* (root, index) pairs sorted: each group in id order, root first. */
	for (size_t i = 0; !rc && i < d->n; i++) {
		order[2 * i] = find(d->parent, i);
		order[2 * i + 1] = i;
	}
	if (!rc)
		qsort(order, d->n, 2 * sizeof *order, cmp_size);
	sqlite3 *db = pl_store_db(s);
	for (size_t a = 0, b; !rc && a < d->n; a = b) {
		for (b = a + 1; b < d->n && order[2 * b] == order[2 * a]; b++)
			;
		if (b - a < 2)
			continue;
		const struct sig *root = &d->v[order[2 * a]];
		int exact = 1;
		size_t ndocs = 0;
		for (size_t m = a; m < b; m++) {
			const struct sig *g = &d->v[order[2 * m + 1]];
			exact &= g->exact == root->exact;
			docs[ndocs++] = g->doc;
		}
		qsort(docs, ndocs, sizeof *docs, cmp_i64);
		size_t distinct = 0;
		for (size_t m = 0; m < ndocs; m++)
			distinct += !m || docs[m] != docs[m - 1];
		sqlite3_reset(add);
		sqlite3_bind_text(add, 1, exact ? "exact" : "near", -1, SQLITE_STATIC);
		sqlite3_bind_int64(add, 2, (int64_t)(b - a));
		sqlite3_bind_int64(add, 3, (int64_t)distinct);
		sqlite3_bind_int64(add, 4, root->id);
		if (sqlite3_step(add) != SQLITE_DONE) {
			rc = pl_store_error(s, sqlite3_errcode(db), "cannot record a campaign", err);
			break;
		}
		int64_t cid = sqlite3_last_insert_rowid(db);
		for (size_t m = a; !rc && m < b; m++) {
			const struct sig *g = &d->v[order[2 * m + 1]];
			sqlite3_reset(member);
			sqlite3_bind_int64(member, 1, g->id);
			sqlite3_bind_int64(member, 2, cid);
			sqlite3_bind_double(member, 3, similarity(g, root));
			if (sqlite3_step(member) != SQLITE_DONE)
				rc = pl_store_error(s, sqlite3_errcode(db), "cannot record a campaign", err);
		}
		t->campaigns++;
		t->members += (int64_t)(b - a);
	}
	sqlite3_finalize(add);
	sqlite3_finalize(member);
	free(order);
	free(docs);
	return rc;
}

int pl_campaigns_detect(struct pl_store *s, const struct pl_campaign_opts *opts,
                        struct pl_campaign_totals *t, struct pl_err *err)
{
	struct pl_campaign_opts o = opts ? *opts : (struct pl_campaign_opts){ 0 };
	if (o.threshold <= 0 || o.threshold > 1)
		o.threshold = PL_CAMPAIGN_THRESHOLD;
	if (!o.min_words)
		o.min_words = PL_CAMPAIGN_MIN_WORDS;
	if (o.min_words < 3)
		o.min_words = 3;   /* a shingle is three words */
	*t = (struct pl_campaign_totals){ 0 };
	struct detect d = { .o = &o };
	int rc = pl_store_begin(s, err);
	if (rc)
		return rc;
	if (sqlite3_exec(pl_store_db(s), clear, NULL, NULL, NULL) != SQLITE_OK)
		rc = pl_store_error(s, sqlite3_errcode(pl_store_db(s)), "cannot record campaigns", err);
	/* One pass over every passage: not through the memory map, which
	 * would keep the whole table resident. */
	if (!rc) {
		pl_store_map(s, 0);
		rc = read_signatures(s, &d, err);
		pl_store_map(s, 1);
	}
	if (!rc && !(d.parent = malloc((d.n ? d.n : 1) * sizeof *d.parent)))
		rc = pl_err_set(err, PL_ENOMEM, "finding campaigns: out of memory");
	for (size_t i = 0; !rc && i < d.n; i++)
		d.parent[i] = i;
	if (!rc && link_similar(&d))
		rc = pl_err_set(err, PL_ENOMEM, "finding campaigns: out of memory");
	if (!rc)
		rc = write_groups(s, &d, t, err);
	t->passages_scanned = d.scanned;
	free(d.v);
	free(d.parent);
	if (rc) {
		pl_store_rollback(s);
		return rc;
	}
	return pl_store_commit(s, err);
}

int pl_campaigns_list(struct pl_store *s, int64_t min_size, pl_campaign_fn fn, void *ctx,
                      struct pl_err *err)
{
	sqlite3_stmt *st;
	int rc = pl_store_prepare(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'campaigns'",
	                          &st, err);
	if (rc)
		return rc;
	int present = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
	sqlite3_finalize(st);
	if (!present)
		return PL_OK;
	rc = pl_store_prepare(s, "SELECT c.id, c.size, c.documents, c.representative, c.kind,"
	                      " p.text, d.title FROM campaigns c JOIN passages p"
	                      " ON p.id = c.representative JOIN documents d ON d.id = p.document_id"
	                      " WHERE c.size >= ?1 ORDER BY c.size DESC, c.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, min_size);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct pl_campaign c = {
			sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
			sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3),
			(const char *)sqlite3_column_text(st, 4), (const char *)sqlite3_column_text(st, 5),
			(const char *)sqlite3_column_text(st, 6),
		};
		if ((rc = fn(ctx, &c)))
			break;
	}
	if (!rc && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = pl_store_error(s, step, "cannot list campaigns", err);
	sqlite3_finalize(st);
	return rc;
}
