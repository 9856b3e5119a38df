/* cmd_tag.c - `plenary tag`: tag every passage; or record an analyst's decision. */
#include "cli.h"
#include "plenary/stats.h"
#include "plenary/tag.h"

#include <getopt.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static void on_progress(void *ctx, int64_t done, int64_t total)
{
	(void)ctx;
	if (isatty(2))
		fprintf(stderr, "\r\x1b[Ktagging: %lld of %lld passages", (long long)done,
		        (long long)total);
}

static void on_warning(void *ctx, const struct pl_lexicon *lx, const struct pl_pattern *p,
                       size_t passages)
{
	(void)ctx;
	say("%s:%d:%d: warning: pattern skipped on %zu passage%s: it hit the match limit "
	    "(catastrophic backtracking? use atomic groups or possessive quantifiers)",
	    pl_lexicon_path(lx), p->line, p->column, passages, passages == 1 ? "" : "s");
}

struct table {
	enum out_format format;
	struct pl_buf b;
	int tty;
};

static int print_category(void *ctx, const struct pl_category_count *c)
{
	struct table *t = ctx;
	switch (t->format) {
	case OUT_TEXT:
		pl_buf_addf(&t->b, "%-6s %8lld passages %6lld documents  ", c->id,
		            (long long)c->passages, (long long)c->documents);
		out_human(&t->b, c->title, t->tty);
		pl_buf_addc(&t->b, '\n');
		break;
	case OUT_TSV:
		out_tsv(&t->b, c->id);
		pl_buf_addf(&t->b, "\t%lld\t%lld\t", (long long)c->passages, (long long)c->documents);
		out_tsv(&t->b, c->title);
		pl_buf_addc(&t->b, '\n');
		break;
	case OUT_JSONL:
		pl_buf_adds(&t->b, "{\"id\":");
		out_json(&t->b, c->id);
		pl_buf_adds(&t->b, ",\"title\":");
		out_json(&t->b, c->title);
		pl_buf_adds(&t->b, ",\"lexicon\":");
		out_json(&t->b, c->lexicon);
		pl_buf_addf(&t->b, ",\"passages\":%lld,\"documents\":%lld,\"analyst_added\":%lld,"
		            "\"analyst_removed\":%lld}\n", (long long)c->passages,
		            (long long)c->documents, (long long)c->analyst_added,
		            (long long)c->analyst_removed);
		break;
	}
	return out_flush(&t->b) ? PL_EIO : PL_OK;
}

/* Per-category counts, the table `tag` and `stats` print. */
int print_category_counts(struct cli *c, enum out_format format)
{
	struct table t = { format, PL_BUF_INIT, isatty(1) };
	if (format == OUT_TSV) {
		pl_buf_adds(&t.b, "category\tpassages\tdocuments\ttitle\n");
		out_flush(&t.b);
	}
	int rc = pl_stats_categories(c->store, print_category, &t, &c->err);
	pl_buf_release(&t.b);
	return rc;
}

static const char usage[] =
	"usage: plenary [--db PATH] tag [--lexicon FILE]... [--format text|tsv|jsonl]\n"
	"       plenary [--db PATH] tag --add ID PASSAGE [--note TEXT]\n"
	"       plenary [--db PATH] tag --remove ID PASSAGE [--note TEXT]\n\n"
	"Tags every passage with the lexicons (default: the shipped lexicons/gcm.lex and\n"
	"lexicons/gcm-principles.lex) and records the run (lexicon path, id, version,\n"
	"SHA-256, time), then prints the passages and documents per category. Re-tagging\n"
	"replaces the lexicons' previous tags; the analyst's decisions are never touched\n"
	"and win over the lexicon in every count.\n\n"
	"  --add ID PASSAGE      the analyst gives passage PASSAGE category ID\n"
	"  --remove ID PASSAGE   the analyst takes category ID off passage PASSAGE\n"
	"  --note TEXT           a note kept with the decision\n"
	"  --lexicon FILE        a lexicon to use (repeatable)\n"
	"  --format F            text (default), tsv, jsonl\n";

static int decide(struct cli *c, const char *id, const char *passage, int applied,
                  const char *note, struct lexicons *lx)
{
	int64_t p = parse_count(passage);
	if (p <= 0)
		return usage_error("tag", "PASSAGE is a passage number (see plenary search), not '%s'",
		                   passage);
	/* The categories must be known even before a first tagging run. */
	if (pl_tag_register(c->store, lx->lx, lx->n, &c->err) ||
	    pl_tag_decide(c->store, p, id, applied, note, &c->err))
		return fail_err("tag", &c->err);
	say("passage %lld: %s %s (analyst)", (long long)p, applied ? "added" : "removed", id);
	return out_finish("tag");
}

static int run_tag(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lexicon", required_argument, NULL, 'l' },
		{ "add", required_argument, NULL, 'a' },
		{ "remove", required_argument, NULL, 'r' },
		{ "note", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	struct lexicon_paths lp = { .n = 0 };
	const char *add = NULL, *remove = NULL, *note = NULL;
	enum out_format format = OUT_TEXT;
	int opt;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'l':
			if (cli_lexicon_option("tag", &lp, optarg))
				return EXIT_USAGE;
			break;
		case 'a':
			add = optarg;
			break;
		case 'r':
			remove = optarg;
			break;
		case 'n':
			note = optarg;
			break;
		case 'f':
			if (parse_format(optarg, &format))
				return usage_error("tag", "--format is text, tsv or jsonl, not '%s'", optarg);
			break;
		default:
			return usage_error("tag", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (add && remove)
		return usage_error("tag", "--add and --remove go one at a time");
	if ((add || remove) ? optind != argc - 1 : optind != argc)
		return usage_error("tag", (add || remove) ? "--add/--remove ID PASSAGE: one passage"
		                                          : "unexpected argument '%s'", argv[optind]);
	struct lexicons lx;
	int rc = cli_load_lexicons("tag", lp.paths, lp.n, &lx);
	if (!rc)
		rc = cli_open(c);
	if (rc) {
		cli_free_lexicons(&lx);
		return rc;
	}
	if (add || remove) {
		rc = decide(c, add ? add : remove, argv[optind], add != NULL, note, &lx);
		cli_free_lexicons(&lx);
		return rc;
	}
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	struct pl_tag_opts o = { lx.lx, lx.n, &interrupted, NULL, on_progress, on_warning };
	struct pl_tag_summary sum;
	rc = pl_tag_all(c->store, &o, &sum, &c->err);
	if (isatty(2))
		fputs("\r\x1b[K", stderr);
	cli_free_lexicons(&lx);
	if (rc)
		return fail_err("tag", &c->err);
	say("plenary: tag: %lld passages, %lld tags, %lld spans", (long long)sum.passages,
	    (long long)sum.tags, (long long)sum.spans);
	if (print_category_counts(c, format))
		return fail_err("tag", &c->err);
	return out_finish("tag");
}

const struct command cmd_tag = {
	.name = "tag",
	.run = run_tag,
	.flags = CMD_DB_WRITE,
	.summary = "tag every passage with the lexicons; record an analyst's decision",
	.usage = usage,
};
