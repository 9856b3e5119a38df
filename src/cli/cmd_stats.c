/* cmd_stats.c - `plenary stats`: what the database holds. */
#include "cli.h"
#include "plenary/stats.h"

#include <getopt.h>
#include <string.h>
#include <unistd.h>

struct table {
	enum out_format format;
	const char *group;         /* "language", or the --by key */
	int tty;
	int write_failed;
	struct pl_buf b;
};

static int print_row(void *ctx, const struct pl_count_row *r)
{
	struct table *t = ctx;
	struct pl_buf *b = &t->b;
	char d[32], p[32], w[32];
	const char *value = r->value ? r->value : NULL;
	switch (t->format) {
	case OUT_TEXT: {
		struct pl_buf v = PL_BUF_INIT;
		out_human(&v, value ? value : "(none)", t->tty);
		pl_buf_addf(b, "  %-24s %10s docs %12s passages", pl_buf_str(&v),
		            out_thousands(r->documents, d), out_thousands(r->passages, p));
		if (r->words >= 0)
			pl_buf_addf(b, " %14s words", out_thousands(r->words, w));
		pl_buf_addc(b, '\n');
		pl_buf_release(&v);
		break;
	}
	case OUT_TSV:
		pl_buf_adds(b, t->group);
		pl_buf_addc(b, '\t');
		out_tsv(b, value);
		pl_buf_addf(b, "\t%lld\t%lld\t", (long long)r->documents, (long long)r->passages);
		if (r->words >= 0)
			pl_buf_addf(b, "%lld", (long long)r->words);
		pl_buf_addc(b, '\n');
		break;
	case OUT_JSONL:
		pl_buf_adds(b, "{\"group\":");
		out_json(b, t->group);
		pl_buf_adds(b, ",\"value\":");
		out_json(b, value);
		pl_buf_addf(b, ",\"documents\":%lld,\"passages\":%lld,\"words\":",
		            (long long)r->documents, (long long)r->passages);
		if (r->words >= 0)
			pl_buf_addf(b, "%lld}\n", (long long)r->words);
		else
			pl_buf_adds(b, "null}\n");
		break;
	}
	t->write_failed |= out_flush(b);
	return PL_OK;
}

static int print_key(void *ctx, const struct pl_count_row *r)
{
	struct table *t = ctx;
	pl_buf_adds(&t->b, "  ");
	out_human(&t->b, r->value, t->tty);
	pl_buf_addf(&t->b, " (%lld documents)\n", (long long)r->documents);
	t->write_failed |= out_flush(&t->b);
	return PL_OK;
}

/* Categories print as rows of group "category" in tsv and jsonl. */
static int print_category_row(void *ctx, const struct pl_category_count *c)
{
	struct table *t = ctx;
	struct pl_count_row r = { c->id, c->documents, c->passages, -1 };
	return print_row(ctx, &r) || t->write_failed ? PL_EIO : PL_OK;
}

static const char usage[] =
	"usage: plenary [--db PATH] stats [--by KEY] [--format text|tsv|jsonl]\n"
	"       plenary [--db PATH] stats --count-by KEY | --cooccur [--min N]\n"
	"                                 | --coverage [--by KEY] [--few N]\n"
	"       plenary [--db PATH] stats --campaigns\n"
	"  (each also with --campaigns count-once|count-all)\n\n"
	"What the database holds: documents, passages and words in all, and by\n"
	"language, or by KEY: a metadata key (country, stakeholder, ...), speaker,\n"
	"format or encoding. Documents without the key count under (none), so the\n"
	"rows add up to the totals. Then, once passages are tagged, the passages and\n"
	"documents of each category (analyst decisions included).\n\n"
	"Once passages are tagged, --by KEY also prints the categories by the key's\n"
	"values (a passage's own metadata wins over its document's): passages and\n"
	"documents per cell, and totals that count a passage once.\n"
	"  --top N          text: show the N values with most passages (default: what\n"
	"                   fits 80 columns), and (none)\n"
	"  --count-by KEY   per category: passages, documents and the distinct values\n"
	"                   of KEY (speaker, country...) that raised it\n"
	"  --cooccur        pairs of categories on the same passages, by Jaccard index\n"
	"  --min N          --cooccur: pairs on at least N passages (default 1)\n"
	"  --coverage       categories raised in fewer than --few N documents (default\n"
	"                   2); with --by KEY, the values of KEY that never raised each\n"
	"  --lexicon-id ID  only the categories of lexicon ID (e.g. gcm)\n"
	"  --campaigns      list the campaigns (form letters), as 'plenary campaigns'\n"
	"  --campaigns M    count-all (default) or count-once: a campaign (form letter,\n"
	"                   see 'plenary campaigns') counts as its first passage only\n"
	"  --format F       text (default), tsv, jsonl\n\n"
	"tsv columns and jsonl fields: group, value, documents, passages, words\n"
	"(the first row, group 'total', is the totals). Once passages are tagged,\n"
	"--by KEY gives instead: kind (category, cell, value, total), category, value,\n"
	"passages, documents, title; cells with no passage are left out. --coverage:\n"
	"the same columns, kinds none, few and silent. --count-by: category, passages,\n"
	"documents, values, title. --cooccur: a, b, both, a_passages, b_passages,\n"
	"jaccard.\n";

static int run_stats(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "format", required_argument, NULL, 'f' },
		{ "count-by", required_argument, NULL, 'k' },
		{ "cooccur", no_argument, NULL, 'o' },
		{ "coverage", no_argument, NULL, 'v' },
		{ "top", required_argument, NULL, 'T' },
		{ "min", required_argument, NULL, 'm' },
		{ "few", required_argument, NULL, 'w' },
		{ "lexicon-id", required_argument, NULL, 'l' },
		{ "campaigns", optional_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	struct table t = { .group = "language", .tty = isatty(1), .b = PL_BUF_INIT };
	struct stats_view v = { .tty = t.tty, .min = 1, .few = 2 };
	int opt, view = 0, by_given = 0, list_campaigns = 0;
	int64_t *number = NULL;
	int rc;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'b':
			t.group = optarg;
			by_given = 1;
			break;
		case 'f':
			if (parse_format(optarg, &t.format))
				return usage_error("stats", "--format is text, tsv or jsonl, not '%s'", optarg);
			break;
		case 'k':
			v.key = optarg;
			/* fall through */
		case 'o':
		case 'v':
			if (view && view != opt)
				return usage_error("stats", "--count-by, --cooccur and --coverage go alone");
			view = opt;
			break;
		case 'T':
		case 'm':
		case 'w':
			number = opt == 'T' ? &v.top : opt == 'm' ? &v.min : &v.few;
			if ((*number = parse_count(optarg)) <= 0)
				return usage_error("stats", "%s wants a positive number, not '%s'",
				                   argv[optind - 1], optarg);
			break;
		case 'l':
			v.lexicon = optarg;
			break;
		case 'C':
			/* Alone it lists the groups; with a mode it sets how to count. */
			if (!optarg && optind < argc && !strncmp(argv[optind], "count-", 6))
				optarg = argv[optind++];
			if (!optarg)
				list_campaigns = 1;
			else if ((rc = cli_campaigns_mode(c, optarg)))
				return rc;
			break;
		default:
			return usage_error("stats", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("stats", "unexpected argument '%s'", argv[optind]);
	if (view == 'k' && by_given)
		return usage_error("stats", "--count-by is a --by of its own: give one of them");
	if ((rc = cli_open(c)))
		return rc;
	if (list_campaigns)
		return (rc = cli_list_campaigns(c, t.format, 2)) ? rc : out_finish("stats");
	v.format = t.format;
	if (!view || (view == 'v' && by_given))
		v.key = t.group;
	/* The key comes from the command line, maybe from a script: escaped
	 * like document text, and cut between characters if very long. */
	char shown[256] = "";
	if (v.key) {
		struct pl_buf e = PL_BUF_INIT;
		out_human(&e, v.key, t.tty);
		size_t n = e.len < sizeof shown - 1 ? e.len : sizeof shown - 1;
		while (n < e.len && ((unsigned char)e.data[n] & 0xC0) == 0x80)
			n--;
		if (n)
			memcpy(shown, e.data, n);
		shown[n] = '\0';
		pl_buf_release(&e);
	}
	v.shown_key = shown;
	if (view) {
		rc = view == 'k' ? stats_count_by(c, &v) : view == 'o' ? stats_cooccur(c, &v)
		     : stats_coverage(c, &v);
		return rc ? rc : out_finish("stats");
	}
	int crossed = 0;
	/* Once tagged, tsv and jsonl give the crosstab instead: one table a file. */
	if (by_given && t.format != OUT_TEXT)
		if ((rc = stats_crosstab(c, &v, &crossed)) || crossed)
			return rc ? rc : out_finish("stats");

	struct pl_totals tot;
	if (pl_stats_totals(c->store, &tot, &c->err))
		return fail_err("stats", &c->err);
	char a[32], b[32], w[32];
	const char *group = t.group;
	if (t.format == OUT_TEXT) {
		pl_buf_addf(&t.b, "documents %s, passages %s, words %s\nby ",
		            out_thousands(tot.documents, a), out_thousands(tot.passages, b),
		            out_thousands(tot.words, w));
		pl_buf_addf(&t.b, "%s:\n", shown);
		t.write_failed |= out_flush(&t.b);
	} else {
		if (t.format == OUT_TSV) {
			pl_buf_adds(&t.b, "group\tvalue\tdocuments\tpassages\twords\n");
			t.write_failed |= out_flush(&t.b);
		}
		struct pl_count_row total = { NULL, tot.documents, tot.passages, tot.words };
		t.group = "total";
		print_row(&t, &total);
		t.group = group;
	}
	rc = pl_stats_by(c->store, group, print_row, &t, &c->err);
	if (!rc && t.format == OUT_TEXT && !strcmp(group, "language")) {
		pl_buf_adds(&t.b, "metadata keys (use --by KEY):\n");
		t.write_failed |= out_flush(&t.b);
		rc = pl_stats_keys(c->store, print_key, &t, &c->err);
		if (!rc) {
			pl_buf_adds(&t.b, "categories (passages and documents tagged):\n");
			t.write_failed |= out_flush(&t.b);
			rc = print_category_counts(c, OUT_TEXT);
		}
	} else if (!rc && !strcmp(group, "language")) {
		t.group = "category";
		rc = pl_stats_categories(c->store, print_category_row, &t, &c->err);
	}
	pl_buf_release(&t.b);
	if (rc)
		return fail_err("stats", &c->err);
	if (by_given && t.format == OUT_TEXT && (rc = stats_crosstab(c, &v, &crossed)))
		return rc;
	return out_finish("stats");
}

const struct command cmd_stats = {
	.name = "stats",
	.run = run_stats,
	.flags = CMD_DB_READ,
	.summary = "documents, passages and words, by language or metadata",
	.usage = usage,
};
