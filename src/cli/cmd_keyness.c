/* cmd_keyness.c - `plenary keyness`: the words of a category's passages. */
#include "cli.h"
#include "plenary/synthesis.h"

#include <getopt.h>
#include <math.h>
#include <unistd.h>

static const char usage[] =
	"usage: plenary [--db PATH] keyness ID [--limit N] [--under] [--format text|tsv|jsonl]\n\n"
	"The stems most distinctive of the passages tagged ID against all other\n"
	"passages, by log-likelihood (Dunning's G2; above 3.84 is p < 0.05, above\n"
	"10.83 p < 0.001): the words people use when they talk about it. Stems are\n"
	"the index's (remittances, remittance -> remitt). Left out: stems in more\n"
	"than half the passages, function words (en, fr, es), numbers, single\n"
	"letters, and stems found fewer than twice in the category.\n\n"
	"  -n, --limit N   stems to show (default 20)\n"
	"  --under         the most under-used stems instead\n"
	"  --format F      text (default), tsv, jsonl\n"
	"  --campaigns M   count-all (default) or count-once: a form letter's copies\n"
	"                  (see 'plenary campaigns') count as one passage\n\n"
	"tsv columns and jsonl fields: term, word (the shortest word with that stem),\n"
	"g2 (negative: under-used), in (times in the category's passages), out (in\n"
	"the rest), in_passages, per_10k_in, per_10k_out (per 10,000 words of each).\n";

static void print_term(struct pl_buf *b, enum out_format f, const struct pl_keyness *k,
                       const struct pl_key_term *t, const char *word, double max, int tty)
{
	double in = 1e4 * (double)t->in / (double)k->in_tokens;
	double out = 1e4 * (double)t->out / (double)k->out_tokens;
	switch (f) {
	case OUT_TEXT:
		pl_buf_adds(b, "  ");
		out_cell(b, t->term, 10, 0, tty);
		pl_buf_addc(b, ' ');
		out_cell(b, word, 14, 0, tty);
		pl_buf_addf(b, " %c%7.1f %5lld %6lld %5lld %7.1f %7.1f ", t->g2 < 0 ? '-' : '+',
		            fabs(t->g2), (long long)t->in, (long long)t->out, (long long)t->in_passages,
		            in, out);
		out_bar(b, fabs(t->g2), max, 8);
		pl_buf_addc(b, '\n');
		break;
	case OUT_TSV:
	case OUT_JSONL: {
		struct out_record r = { b, f, 0 };
		out_str_field(&r, "term", t->term);
		out_str_field(&r, "word", word);
		out_real_field(&r, "g2", t->g2, 2);
		out_int_field(&r, "in", t->in);
		out_int_field(&r, "out", t->out);
		out_int_field(&r, "in_passages", t->in_passages);
		out_real_field(&r, "per_10k_in", in, 2);
		out_real_field(&r, "per_10k_out", out, 2);
		out_record_end(&r);
		break;
	}
	}
}

static int print_keyness(struct cli *c, const char *id, const struct pl_keyness *k,
                         enum out_format f, int64_t limit, int under)
{
	struct pl_buf b = PL_BUF_INIT, word = PL_BUF_INIT;
	int tty = isatty(1);
	size_t n = 0;
	/* Over-used stems lead the list, under-used ones end it. */
	while (n < k->n && (int64_t)n < limit && (under ? k->terms[k->n - 1 - n].g2 < 0
	                                                 : k->terms[n].g2 > 0))
		n++;
	double max = n ? fabs(k->terms[under ? k->n - 1 : 0].g2) : 1;
	char in[32], out[32];
	if (f == OUT_TEXT) {
		pl_buf_adds(&b, "");
		out_human(&b, id, tty);
		pl_buf_addf(&b, ": %lld passages, %s words; the rest: %s words\n"
		            "  %-10s %-14s %8s %5s %6s %5s %7s %7s\n", (long long)k->in_passages,
		            out_thousands(k->in_tokens, in), out_thousands(k->out_tokens, out), "stem",
		            "e.g.", "G2", "here", "rest", "pass.", "/10k in", "rest");
	} else if (f == OUT_TSV) {
		pl_buf_adds(&b, "term\tword\tg2\tin\tout\tin_passages\tper_10k_in\tper_10k_out\n");
	}
	int rc = PL_OK;
	for (size_t i = 0; i < n && !rc; i++) {
		const struct pl_key_term *t = &k->terms[under ? k->n - 1 - i : i];
		if (!(rc = pl_stem_word(c->store, t->term, &word, &c->err)))
			print_term(&b, f, k, t, word.len ? pl_buf_str(&word) : t->term, max, tty);
	}
	if (f == OUT_TEXT && !n)
		pl_buf_addf(&b, "  no stem is %s-used enough to show\n", under ? "under" : "over");
	int bad = out_flush(&b);
	pl_buf_release(&b);
	pl_buf_release(&word);
	if (rc)
		return fail_err("keyness", &c->err);
	return bad ? fail("keyness", EXIT_RUNTIME, "cannot write the output") : EXIT_OK;
}

static int run_keyness(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "limit", required_argument, NULL, 'n' },
		{ "under", no_argument, NULL, 'u' },
		{ "format", required_argument, NULL, 'f' },
		{ "campaigns", required_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	enum out_format format = OUT_TEXT;
	int64_t limit = 20;
	int opt, under = 0;
	while ((opt = getopt_long(argc, argv, "n:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'n':
			if ((limit = parse_count(optarg)) <= 0)
				return usage_error("keyness", "--limit wants a positive number, not '%s'", optarg);
			break;
		case 'u':
			under = 1;
			break;
		case 'f':
			if (parse_format(optarg, &format))
				return usage_error("keyness", "--format is text, tsv or jsonl, not '%s'", optarg);
			break;
		case 'C':
			if (cli_campaigns_mode(c, optarg))
				return EXIT_USAGE;
			break;
		default:
			return usage_error("keyness", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return usage_error("keyness", optind < argc ? "one category at a time"
		                                           : "which category? (an ID such as O20)");
	int rc = cli_open(c);
	if (rc)
		return rc;
	struct pl_keyness k;
	if (pl_keyness(c->store, argv[optind], &k, &c->err))
		return fail_err("keyness", &c->err);
	rc = print_keyness(c, argv[optind], &k, format, limit, under);
	pl_keyness_release(&k);
	return rc ? rc : out_finish("keyness");
}

const struct command cmd_keyness = {
	.name = "keyness",
	.run = run_keyness,
	.flags = CMD_DB_READ,
	.summary = "the words most distinctive of a category's passages (log-likelihood)",
	.usage = usage,
};
