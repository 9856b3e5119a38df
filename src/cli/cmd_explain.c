/* cmd_explain.c - `plenary explain`: why a passage has (or lacks) its tags. */
#include "cli.h"
#include "plenary/explain.h"
#include "plenary/lexicon.h"
#include "plenary/search.h"
#include "plenary/tag.h"
#include "plenary/tagger.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct explain {
	struct pl_buf b;
	int tty;
	struct lexicons *lx;
	struct pl_err *err;
};

/* Untrusted text, escaped when the output is a terminal. */
static void quote(void *ctx, struct pl_buf *b, const char *s, size_t n)
{
	struct pl_buf piece = PL_BUF_INIT;
	pl_buf_add(&piece, s, n);
	out_human(b, pl_buf_str(&piece), *(const int *)ctx);
	pl_buf_release(&piece);
}

static int explain_passage(void *ctx, const struct pl_hit *h)
{
	struct explain *e = ctx;
	pl_buf_addf(&e->b, "passage %lld: ", (long long)h->passage_id);
	out_human(&e->b, h->title, e->tty);
	pl_buf_addf(&e->b, " ¶%lld", (long long)h->ordinal);
	if (h->speaker) {
		pl_buf_adds(&e->b, " — ");
		out_human(&e->b, h->speaker, e->tty);
	}
	pl_buf_adds(&e->b, "\n\n");
	struct pl_explanation x = { 0 };
	int rc = PL_OK;
	for (size_t l = 0; !rc && l < e->lx->n; l++) {
		struct pl_tagger *tg;
		if ((rc = pl_tagger_new(e->lx->lx[l], &tg, e->err)))
			break;
		rc = pl_explain(e->lx->lx[l], tg, h->text, strlen(h->text), &x, e->err);
		pl_tagger_free(tg);
	}
	if (!rc)
		pl_explain_format(&e->b, &x, h->text, quote, &e->tty);
	pl_explanation_release(&x);
	if (rc)
		return rc;
	/* The passage itself last, so the evidence above can be checked in it. */
	pl_buf_adds(&e->b, "\ntext:\n  ");
	out_human(&e->b, h->text, e->tty);
	pl_buf_addc(&e->b, '\n');
	return out_flush(&e->b) ? PL_EIO : PL_OK;
}

static int print_stored(void *ctx, const struct pl_tag_row *r)
{
	struct explain *e = ctx;
	if (!strcmp(r->source, "analyst"))
		pl_buf_addf(&e->b, "  %s: analyst %s it (%s)", r->category,
		            r->applied ? "added" : "removed", r->created_at);
	else
		pl_buf_addf(&e->b, "  %s: lexicon, run %lld, score %g", r->category,
		            (long long)r->run, r->score);
	if (r->note) {
		pl_buf_adds(&e->b, " — ");
		out_human(&e->b, r->note, e->tty);
	}
	pl_buf_addc(&e->b, '\n');
	return PL_OK;
}

static const char usage[] =
	"usage: plenary [--db PATH] explain [--lexicon FILE]... PASSAGE\n\n"
	"Shows why a passage gets each category: the lexicon is run on it again and, per\n"
	"category with a hit, prints the score against the threshold, the context that\n"
	"was found (or that none was), each pattern that matched (file line, weight, the\n"
	"matched text and its byte offsets), and hits an exclusion suppressed (x). Then\n"
	"the tags stored in the database, the analyst's decisions among them.\n";

static int run_explain(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lexicon", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 },
	};
	struct lexicon_paths lp = { .n = 0 };
	int opt;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (opt != 'l')
			return usage_error("explain", "unknown option '%s'", argv[optind - 1]);
		if (cli_lexicon_option("explain", &lp, optarg))
			return EXIT_USAGE;
	}
	if (optind != argc - 1)
		return usage_error("explain", "give one passage number");
	int64_t id = parse_count(argv[optind]);
	if (id <= 0)
		return usage_error("explain", "PASSAGE is a passage number, not '%s'", argv[optind]);
	struct lexicons lx;
	int rc = cli_load_lexicons("explain", lp.paths, lp.n, &lx);
	if (!rc)
		rc = cli_open(c);
	if (rc) {
		cli_free_lexicons(&lx);
		return rc;
	}
	struct explain e = { PL_BUF_INIT, isatty(1), &lx, &c->err };
	rc = pl_search_passage(c->store, id, explain_passage, &e, &c->err);
	if (!rc) {
		pl_buf_adds(&e.b, "\nin the database:\n");
		size_t before = e.b.len;
		rc = pl_tag_list(c->store, id, print_stored, &e, &c->err);
		if (!rc && e.b.len == before)
			pl_buf_adds(&e.b, "  no tags (run plenary tag)\n");
		if (out_flush(&e.b))
			rc = pl_err_set(&c->err, PL_EIO, "cannot write the output");
	}
	pl_buf_release(&e.b);
	cli_free_lexicons(&lx);
	if (rc)
		return fail_err("explain", &c->err);
	return out_finish("explain");
}

const struct command cmd_explain = {
	.name = "explain",
	.run = run_explain,
	.flags = CMD_DB_READ,
	.summary = "why a passage gets (or lacks) each category",
	.usage = usage,
};
