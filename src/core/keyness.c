/*
 * keyness.c - the stems most distinctive of a category's passages, by
 * Dunning's log-likelihood (see synthesis.h).
 */
#include "plenary/synthesis.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "synthesis_internal.h"

/* Counts of the stems in the category's passages. */
struct in_counts {
	char **terms;
	int64_t *n, *passages;
	size_t len, cap;
	int64_t tokens;
	int oom;
};

static int add_in_count(void *ctx, sqlite3_stmt *st)
{
	struct in_counts *c = ctx;
	void *arrays[] = { &c->terms, &c->n, &c->passages };
	size_t sizes[] = { sizeof(char *), sizeof(int64_t), sizeof(int64_t) };
	if (synth_grow(arrays, sizes, 3, c->len, &c->cap))
		return PL_ENOMEM;
	c->terms[c->len] = synth_dup_col(st, 0, &c->oom);
	c->n[c->len] = sqlite3_column_int64(st, 1);
	c->passages[c->len] = sqlite3_column_int64(st, 2);
	c->tokens += c->n[c->len++];
	return c->oom ? PL_ENOMEM : PL_OK;
}

/* All stems of the index: passages with each, and occurrences. */
struct all_counts {
	struct pl_keyness *k;
	size_t cap;
	int64_t *docs;
	int64_t tokens;
	int oom;
};

static int add_all_count(void *ctx, sqlite3_stmt *st)
{
	struct all_counts *c = ctx;
	struct pl_keyness *k = c->k;
	void *arrays[] = { &k->terms, &c->docs };
	size_t sizes[] = { sizeof *k->terms, sizeof(int64_t) };
	if (synth_grow(arrays, sizes, 2, k->n, &c->cap))
		return PL_ENOMEM;
	struct pl_key_term *t = &k->terms[k->n];
	memset(t, 0, sizeof *t);
	t->term = synth_dup_col(st, 0, &c->oom);
	c->docs[k->n] = sqlite3_column_int64(st, 1);
	t->out = sqlite3_column_int64(st, 2);   /* all occurrences, until the split */
	c->tokens += t->out;
	k->n++;
	return c->oom ? PL_ENOMEM : PL_OK;
}

static int get_int(void *ctx, sqlite3_stmt *st)
{
	*(int64_t *)ctx = sqlite3_column_int64(st, 0);
	return PL_OK;
}

/* Dunning's G2 for a occurrences of c tokens against b of d, signed. */
static double log_likelihood(double a, double b, double c, double d)
{
	double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d), g = 0;
	if (a > 0)
		g += a * log(a / e1);
	if (b > 0)
		g += b * log(b / e2);
	return a * d < b * c ? -2 * g : 2 * g;
}

/* The stems of function words (English, French, Spanish), which are in
 * every kind of text and say nothing of a topic; sorted, for bsearch. */
static const char *const stop_stems[] = {
	"about", "across", "after", "again", "against", "al", "all", "alreadi", "also", "am",
	"among", "an", "and", "ani", "any", "are", "as", "at", "au", "aux", "avec", "avoir", "be",
	"becaus", "been", "befor", "between", "both", "but", "by", "can", "ce", "ces", "cet",
	"comm", "como", "con", "could", "dans", "de", "del", "des", "did", "do", "doe", "down",
	"du", "dure", "each", "el", "elle", "elles", "en", "es", "est", "esta", "este", "et",
	"etre", "even", "ever", "everi", "fait", "few", "for", "from", "further", "ha", "had",
	"han", "has", "have", "he", "henc", "her", "here", "herself", "him", "himself", "his",
	"how", "howev", "i", "if", "il", "ils", "in", "inde", "into", "is", "it", "its", "itself",
	"je", "just", "la", "las", "le", "least", "les", "less", "let", "leur", "leurs", "lo",
	"los", "mais", "mani", "mas", "may", "me", "might", "more", "most", "mr", "ms", "much",
	"must", "my", "myself", "ne", "never", "no", "not", "nous", "now", "of", "off", "often",
	"on", "onc", "only", "ont", "or", "other", "ou", "our", "ourselv", "out", "over", "par",
	"para", "pas", "per", "pero", "plus", "por", "pour", "que", "qui", "s", "sa", "same",
	"se", "ses", "shall", "she", "should", "si", "so", "some", "son", "sont", "still", "su",
	"such", "sur", "sus", "t", "than", "that", "the", "their", "them", "themselv", "then",
	"there", "therefor", "these", "they", "this", "those", "through", "thus", "to", "too",
	"tous", "tout", "toward", "un", "una", "under", "une", "until", "up", "upon", "us",
	"very", "via", "vous", "was", "we", "were", "what", "when", "where", "whether", "whi",
	"which", "while", "who", "whom", "whose", "will", "with", "within", "without", "would",
	"y", "yet", "you", "your", "yourself",
};

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Stems that say nothing of a topic: function words, one character, all
 * digits. */
static int is_noise(const char *t)
{
	if (bsearch(&t, stop_stems, sizeof stop_stems / sizeof *stop_stems, sizeof *stop_stems,
	            str_cmp))
		return 1;
	size_t chars = 0, digits = 0;
	for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
		chars += (*p & 0xC0) != 0x80;
		digits += *p >= '0' && *p <= '9';
	}
	return chars <= 1 || digits == strlen(t);
}

static int by_g2(const void *a, const void *b)
{
	const struct pl_key_term *x = a, *y = b;
	if (x->g2 != y->g2)
		return x->g2 < y->g2 ? 1 : -1;
	return strcmp(x->term, y->term);
}

/* Splits each stem's occurrences between the category and the rest, scores
 * it, and keeps those worth showing. */
static int keyness_score(struct pl_keyness *k, const struct in_counts *in, const int64_t *docs,
                         int64_t all_tokens, int64_t all_passages)
{
	struct synth_name_ix *ix = synth_index_names(in->terms, in->len);
	if (!ix)
		return PL_ENOMEM;
	k->in_tokens = in->tokens;
	k->out_tokens = all_tokens - in->tokens;
	size_t kept = 0;
	for (size_t i = 0; i < k->n; i++) {
		struct pl_key_term t = k->terms[i];
		long j = synth_find_name(ix, in->len, t.term);
		if (j >= 0) {
			t.in = in->n[j];
			t.in_passages = in->passages[j];
			t.out -= t.in;
		}
		t.g2 = log_likelihood((double)t.in, (double)t.out, (double)k->in_tokens,
		                      (double)k->out_tokens);
		if (docs[i] * 2 > all_passages || is_noise(t.term) || (t.g2 >= 0 && t.in < 2))
			free(t.term);
		else
			k->terms[kept++] = t;
	}
	k->n = kept;
	free(ix);
	qsort(k->terms, k->n, sizeof *k->terms, by_g2);
	return PL_OK;
}

static int keyness_counts(struct pl_store *s, const char *category, struct pl_keyness *k,
                          struct in_counts *in, struct all_counts *all, struct pl_err *err)
{
	int64_t known = 0, passages = 0;
	int rc = synth_each(s, "SELECT count(*) FROM categories WHERE id = ?3", NULL, NULL,
	                    category, get_int, &known, err);
	if (!rc)
		rc = synth_each_tagged(s, NULL, NULL, category, "SELECT count(*) FROM tagged"
		                       " WHERE cat = ?3", get_int, &k->in_passages, err);
	if (!rc)
		rc = synth_each(s, "SELECT count(*) FROM passages", NULL, NULL, NULL, get_int,
		                &passages, err);
	if (rc)
		return rc;
	if (!known)
		return pl_err_set(err, PL_EUSAGE, "no category '%s' (plenary stats lists them)",
		                  category);
	if (!k->in_passages)
		return pl_err_set(err, PL_EUSAGE, "no passage is tagged '%s'", category);
	if (k->in_passages == passages)
		return pl_err_set(err, PL_EUSAGE, "every passage is tagged '%s': no rest to compare"
		                  " with", category);
	/* fts5vocab reads the stems the index holds: nothing is tokenised again. */
	if (sqlite3_exec(pl_store_db(s), "CREATE VIRTUAL TABLE IF NOT EXISTS temp.keyness_rows"
	                 " USING fts5vocab(main, passage_fts, row);"
	                 " CREATE VIRTUAL TABLE IF NOT EXISTS temp.keyness_instances"
	                 " USING fts5vocab(main, passage_fts, instance)", NULL, NULL, NULL))
		return pl_store_error(s, sqlite3_errcode(pl_store_db(s)),
		                      "cannot read the index's vocabulary", err);
	rc = synth_each_tagged(s, NULL, NULL, category, "SELECT term, count(*),"
	                       " count(DISTINCT doc) FROM temp.keyness_instances WHERE doc IN"
	                       " (SELECT pid FROM tagged WHERE cat = ?3) GROUP BY term",
	                       add_in_count, in, err);
	if (!rc)
		rc = synth_each(s, "SELECT term, doc, cnt FROM temp.keyness_rows", NULL, NULL, NULL,
		                add_all_count, all, err);
	if (!rc)
		rc = keyness_score(k, in, all->docs, all->tokens, passages);
	return rc;
}

int pl_keyness(struct pl_store *s, const char *category, struct pl_keyness *out,
               struct pl_err *err)
{
	memset(out, 0, sizeof *out);
	struct in_counts in = { 0 };
	struct all_counts all = { .k = out };
	int rc = keyness_counts(s, category, out, &in, &all, err);
	for (size_t i = 0; i < in.len; i++)
		free(in.terms[i]);
	free(in.terms);
	free(in.n);
	free(in.passages);
	free(all.docs);
	if (rc == PL_ENOMEM || (!rc && (in.oom || all.oom)))
		rc = pl_err_set(err, PL_ENOMEM, "out of memory");
	if (rc)
		pl_keyness_release(out);
	return rc;
}

void pl_keyness_release(struct pl_keyness *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->terms[i].term);
	free(k->terms);
	memset(k, 0, sizeof *k);
}

static int get_word(void *ctx, sqlite3_stmt *st)
{
	const char *w = (const char *)sqlite3_column_text(st, 0);
	return w && pl_buf_adds(ctx, w) ? PL_ENOMEM : PL_OK;
}

int pl_stem_word(struct pl_store *s, const char *stem, struct pl_buf *out, struct pl_err *err)
{
	pl_buf_clear(out);
	int rc = synth_each(s, "SELECT word FROM vocabulary WHERE stem = ?3"
	                    " ORDER BY length(word), word LIMIT 1", NULL, NULL, stem, get_word, out,
	                    err);
	return rc == PL_ENOMEM ? pl_err_set(err, PL_ENOMEM, "out of memory") : rc;
}
