/* eval.c - a lexicon's examples, and precision/recall on gold passages. */
#include "plenary/eval.h"
#include "plenary/tagger.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The taggers of several lexicons, built and freed together. */
static int new_taggers(struct pl_lexicon *const *lx, size_t n, struct pl_tagger ***out,
                       struct pl_err *err)
{
	struct pl_tagger **t = calloc(n ? n : 1, sizeof *t);
	if (!t)
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		int rc = pl_tagger_new(lx[i], &t[i], err);
		if (rc) {
			while (i--)
				pl_tagger_free(t[i]);
			free(t);
			return rc;
		}
	}
	*out = t;
	return PL_OK;
}

static void free_taggers(struct pl_tagger **t, size_t n)
{
	for (size_t i = 0; t && i < n; i++)
		pl_tagger_free(t[i]);
	free(t);
}

int pl_eval_examples(struct pl_lexicon *const *lx, size_t n,
                     void (*fn)(void *ctx, const struct pl_example_failure *f), void *ctx,
                     int64_t *total, struct pl_err *err)
{
	struct pl_tagger **taggers = NULL;
	struct pl_tagging t = { 0 };
	int rc = new_taggers(lx, n, &taggers, err), failures = 0;
	*total = 0;
	for (size_t l = 0; !rc && l < n; l++) {
		for (size_t c = 0; !rc && c < pl_lexicon_ncategories(lx[l]); c++) {
			const struct pl_category *cat = pl_lexicon_category(lx[l], c);
			for (size_t e = 0; !rc && e < cat->nexamples; e++) {
				const struct pl_example *ex = &cat->examples[e];
				rc = pl_tagger_run(taggers[l], ex->text, strlen(ex->text), &t, err);
				if (rc)
					break;
				(*total)++;
				const struct pl_category_result *r = &t.categories[c];
				if (r->tagged != ex->must_match) {
					failures++;
					struct pl_example_failure f = { lx[l], cat, ex, r->score, r->context_ok };
					if (fn)
						fn(ctx, &f);
				}
			}
		}
	}
	pl_tagging_release(&t);
	free_taggers(taggers, n);
	return rc ? rc : failures;
}

static double ratio(int64_t a, int64_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/* Category index across all lexicons, or -1. */
static int find_category(struct pl_lexicon *const *lx, size_t n, const char *id, size_t len)
{
	char buf[64];
	if (len >= sizeof buf)
		return -1;
	memcpy(buf, id, len);
	buf[len] = '\0';
	int base = 0;
	for (size_t l = 0; l < n; l++) {
		int i = pl_lexicon_find(lx[l], buf);
		if (i >= 0)
			return base + i;
		base += (int)pl_lexicon_ncategories(lx[l]);
	}
	return -1;
}

static void ids_of(struct pl_buf *out, const unsigned char *set, const struct pl_eval_result *r)
{
	pl_buf_clear(out);
	for (size_t c = 0; c < r->ncategories; c++)
		if (set[c])
			pl_buf_addf(out, "%s%s", out->len ? "," : "", r->categories[c].id);
}

static void compute_scores(struct pl_eval_result *r)
{
	int64_t tp = 0, gold = 0, pred = 0;
	size_t counted = 0;
	double sp = 0, sr = 0, sf = 0;
	for (size_t c = 0; c < r->ncategories; c++) {
		struct pl_eval_category *k = &r->categories[c];
		k->precision = ratio(k->correct, k->predicted);
		k->recall = ratio(k->correct, k->gold);
		k->f1 = f1(k->precision, k->recall);
		tp += k->correct;
		gold += k->gold;
		pred += k->predicted;
		if (k->gold || k->predicted) {
			counted++;
			sp += k->precision;
			sr += k->recall;
			sf += k->f1;
		}
	}
	r->micro_p = ratio(tp, pred);
	r->micro_r = ratio(tp, gold);
	r->micro_f1 = f1(r->micro_p, r->micro_r);
	r->macro_p = counted ? sp / (double)counted : 0;
	r->macro_r = counted ? sr / (double)counted : 0;
	r->macro_f1 = counted ? sf / (double)counted : 0;
}

int pl_eval_gold(struct pl_lexicon *const *lx, size_t n, const char *path,
                 void (*miss)(void *ctx, const struct pl_eval_miss *m), void *ctx,
                 struct pl_eval_result *out, struct pl_buf *warnings, struct pl_err *err)
{
	memset(out, 0, sizeof *out);
	for (size_t l = 0; l < n; l++)
		out->ncategories += pl_lexicon_ncategories(lx[l]);
	out->categories = calloc(out->ncategories ? out->ncategories : 1, sizeof *out->categories);
	/* Gold and predicted ids of one line, as flags over all categories. */
	unsigned char *gold = calloc(out->ncategories + 1, 2);
	if (!out->categories || !gold) {
		free(gold);
		pl_eval_release(out);
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	}
	unsigned char *pred = gold + out->ncategories + 1;
	size_t k = 0;
	for (size_t l = 0; l < n; l++)
		for (size_t c = 0; c < pl_lexicon_ncategories(lx[l]); c++)
			out->categories[k++].id = pl_lexicon_category(lx[l], c)->id;

	FILE *f = fopen(path, "r");
	if (!f) {
		free(gold);
		pl_eval_release(out);
		return pl_err_set(err, PL_EIO, "cannot open '%s': %s", path, strerror(errno));
	}
	struct pl_tagger **taggers = NULL;
	struct pl_tagging t = { 0 };
	struct pl_buf gids = PL_BUF_INIT, pids = PL_BUF_INIT;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int64_t lineno = 0;
	int rc = new_taggers(lx, n, &taggers, err);
	while (!rc && (len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		char *tab = memchr(line, '\t', (size_t)len);
		if (!tab) {
			if (len == 0)
				continue;
			rc = pl_err_set(err, PL_EUSAGE, "%s:%lld: no TAB between the ids and the text",
			                path, (long long)lineno);
			break;
		}
		memset(gold, 0, 2 * (out->ncategories + 1));
		for (char *id = line; id < tab;) {
			size_t idn = strcspn(id, ",\t");
			while (idn && id[idn - 1] == ' ')
				idn--;
			int c = idn ? find_category(lx, n, id, idn) : -1;
			if (c >= 0)
				gold[c] = 1;
			else if (idn && warnings)
				pl_buf_addf(warnings, "%s:%lld: warning: '%.*s' is in no lexicon; ignored\n",
				            path, (long long)lineno, (int)idn, id);
			id += idn;
			while (id < tab && (*id == ',' || *id == ' '))
				id++;
		}
		const char *text = tab + 1;
		size_t base = 0;
		for (size_t l = 0; !rc && l < n; l++) {
			rc = pl_tagger_run(taggers[l], text, strlen(text), &t, err);
			for (size_t c = 0; !rc && c < t.ncategories; c++)
				pred[base + c] = (unsigned char)t.categories[c].tagged;
			base += pl_lexicon_ncategories(lx[l]);
		}
		if (rc)
			break;
		int same = 1;
		for (size_t c = 0; c < out->ncategories; c++) {
			out->categories[c].gold += gold[c];
			out->categories[c].predicted += pred[c];
			out->categories[c].correct += gold[c] && pred[c];
			same &= gold[c] == pred[c];
		}
		out->passages++;
		out->exact += same;
		if (!same && miss) {
			ids_of(&gids, gold, out);
			ids_of(&pids, pred, out);
			struct pl_eval_miss m = { lineno, text, pl_buf_str(&gids), pl_buf_str(&pids) };
			miss(ctx, &m);
		}
	}
	if (!rc && ferror(f))
		rc = pl_err_set(err, PL_EIO, "cannot read '%s'", path);
	fclose(f);
	free(line);
	free(gold);
	pl_buf_release(&gids);
	pl_buf_release(&pids);
	pl_tagging_release(&t);
	free_taggers(taggers, n);
	if (rc) {
		pl_eval_release(out);
		return rc;
	}
	compute_scores(out);
	return PL_OK;
}

void pl_eval_release(struct pl_eval_result *r)
{
	free(r->categories);
	r->categories = NULL;
	r->ncategories = 0;
}
