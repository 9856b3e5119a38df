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

/* 1234567 -> "1,234,567", for people. */
static const char *thousands(int64_t v, char out[32])
{
	char digits[24];
	int n = snprintf(digits, sizeof digits, "%lld", (long long)(v < 0 ? -v : v));
	int o = 0;
	if (v < 0)
		out[o++] = '-';
	for (int i = 0; i < n; i++) {
		out[o++] = digits[i];
		if ((n - i - 1) % 3 == 0 && i != n - 1)
			out[o++] = ',';
	}
	out[o] = '\0';
	return out;
}

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
		            thousands(r->documents, d), thousands(r->passages, p));
		if (r->words >= 0)
			pl_buf_addf(b, " %14s words", thousands(r->words, w));
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
	"usage: plenary [--db PATH] stats [--by KEY] [--format text|tsv|jsonl]\n\n"
	"What the database holds: documents, passages and words in all, and by\n"
	"language, or by KEY: a metadata key (country, stakeholder, ...), speaker,\n"
	"format or encoding. Documents without the key count under (none), so the\n"
	"rows add up to the totals. Then, once passages are tagged, the passages and\n"
	"documents of each category (analyst decisions included).\n\n"
	"tsv columns and jsonl fields: group, value, documents, passages, words\n"
	"(the first row, group 'total', is the totals).\n";

static int run_stats(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	struct table t = { .group = "language", .tty = isatty(1), .b = PL_BUF_INIT };
	int opt;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'b':
			t.group = optarg;
			break;
		case 'f':
			if (parse_format(optarg, &t.format))
				return usage_error("stats", "--format is text, tsv or jsonl, not '%s'", optarg);
			break;
		default:
			return usage_error("stats", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("stats", "unexpected argument '%s'", argv[optind]);
	int rc = cli_open(c);
	if (rc)
		return rc;

	struct pl_totals tot;
	if (pl_stats_totals(c->store, &tot, &c->err))
		return fail_err("stats", &c->err);
	char a[32], b[32], w[32];
	const char *group = t.group;
	if (t.format == OUT_TEXT) {
		pl_buf_addf(&t.b, "documents %s, passages %s, words %s\nby %s:\n",
		            thousands(tot.documents, a), thousands(tot.passages, b),
		            thousands(tot.words, w), group);
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
	return out_finish("stats");
}

const struct command cmd_stats = {
	.name = "stats",
	.run = run_stats,
	.flags = CMD_DB_READ,
	.summary = "documents, passages and words, by language or metadata",
	.usage = usage,
};
