/* cmd_campaigns.c - `plenary campaigns`: form letters, grouped. */
#include "cli.h"
#include "plenary/campaign.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EXCERPT 60   /* characters of the representative shown in text form */

static const char usage[] =
	"usage: plenary campaigns [--detect] [--threshold J] [--min-words N]\n"
	"                         [--min-size N] [--format text|tsv|jsonl]\n\n"
	"Lists the groups of passages with the same or nearly the same words (form\n"
	"letters, copied statements), largest first: their size, the documents they\n"
	"come from, whether every copy is word for word the same (exact) or only\n"
	"nearly (near), and the representative passage (the earliest), which is the\n"
	"one counted when a campaign counts once. 'plenary ingest' finds them after\n"
	"every run that changed the database.\n\n"
	"  --detect          find the groups again first (with the options below)\n"
	"  --threshold J     near copies share at least J of their 3-word shingles\n"
	"                    (0 < J <= 1, default 0.6)\n"
	"  --min-words N     ignore passages shorter than N words (default 8)\n"
	"  --min-size N      list groups of at least N passages (default 2)\n"
	"  --format F        text (default), tsv or jsonl\n\n"
	"tsv columns and jsonl fields: campaign, kind, size, documents,\n"
	"representative (a passage id), title, text.\n";

struct listing {
	enum out_format format;
	int tty, write_failed;
	struct pl_buf b;
};

static int print_campaign(void *ctx, const struct pl_campaign *c)
{
	struct listing *l = ctx;
	struct pl_buf *b = &l->b;
	switch (l->format) {
	case OUT_TEXT: {
		struct pl_buf text = PL_BUF_INIT, title = PL_BUF_INIT;
		out_human(&text, c->text, l->tty);
		out_human(&title, c->title, l->tty);
		/* Cut at a character boundary, not inside a UTF-8 sequence. */
		size_t cut = 0, chars = 0;
		while (cut < text.len && chars < EXCERPT)
			if (((unsigned char)text.data[cut++] & 0xC0) != 0x80)
				chars++;
		while (cut < text.len && ((unsigned char)text.data[cut] & 0xC0) == 0x80)
			cut++;
		pl_buf_addf(b, "%6lld passages %5lld documents  %-5s  #%lld %s: %.*s%s\n",
		            (long long)c->size, (long long)c->documents, c->kind,
		            (long long)c->representative, pl_buf_str(&title), (int)cut,
		            pl_buf_str(&text), cut < text.len ? "..." : "");
		pl_buf_release(&text);
		pl_buf_release(&title);
		break;
	}
	case OUT_TSV:
	case OUT_JSONL: {
		struct out_record r = { b, l->format, 0 };
		out_int_field(&r, "campaign", c->id);
		out_str_field(&r, "kind", c->kind);
		out_int_field(&r, "size", c->size);
		out_int_field(&r, "documents", c->documents);
		out_int_field(&r, "representative", c->representative);
		out_str_field(&r, "title", c->title);
		out_str_field(&r, "text", c->text);
		out_record_end(&r);
		break;
	}
	}
	l->write_failed |= out_flush(b);
	return PL_OK;
}

static int run_campaigns(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "detect", no_argument, NULL, 'd' },
		{ "threshold", required_argument, NULL, 't' },
		{ "min-words", required_argument, NULL, 'w' },
		{ "min-size", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	enum out_format format = OUT_TEXT;
	struct pl_campaign_opts o = { 0 };
	int detect = 0, opt;
	int64_t min_size = 2, n;
	char *end;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			detect = 1;
			break;
		case 't':
			o.threshold = strtod(optarg, &end);
			if (end == optarg || *end || !(o.threshold > 0 && o.threshold <= 1))
				return usage_error("campaigns", "--threshold wants a number above 0 and at "
				                   "most 1, not '%s'", optarg);
			detect = 1;
			break;
		case 'w':
			if ((n = parse_count(optarg)) < 3 || n > 100000)
				return usage_error("campaigns", "--min-words wants 3 to 100000, not '%s'",
				                   optarg);
			o.min_words = (unsigned)n;
			detect = 1;
			break;
		case 's':
			if ((min_size = parse_count(optarg)) < 2)
				return usage_error("campaigns", "--min-size wants 2 or more, not '%s'", optarg);
			break;
		case 'f':
			if (parse_format(optarg, &format))
				return usage_error("campaigns", "--format is text, tsv or jsonl, not '%s'",
				                   optarg);
			break;
		default:
			return usage_error("campaigns", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("campaigns", "unexpected argument '%s'", argv[optind]);
	/* Listing only reads; detecting writes. */
	struct command writing = *c->cmd;
	if (detect) {
		writing.flags = CMD_DB_WRITE;
		c->cmd = &writing;
	}
	int rc = cli_open(c);
	if (rc)
		return rc;
	if (detect) {
		struct pl_campaign_totals t;
		if (pl_campaigns_detect(c->store, &o, &t, &c->err))
			return fail_err("campaigns", &c->err);
		fail("campaigns", 0, "%lld campaigns, %lld passages in them, of %lld passages",
		     (long long)t.campaigns, (long long)t.members, (long long)t.passages_scanned);
	}
	rc = cli_list_campaigns(c, format, min_size);
	return rc ? rc : out_finish("campaigns");
}

int cli_list_campaigns(struct cli *c, enum out_format format, int64_t min_size)
{
	struct listing l = { .format = format, .tty = isatty(1), .b = PL_BUF_INIT };
	if (l.format == OUT_TSV) {
		pl_buf_adds(&l.b, "campaign\tkind\tsize\tdocuments\trepresentative\ttitle\ttext\n");
		l.write_failed |= out_flush(&l.b);
	}
	int rc = pl_campaigns_list(c->store, min_size, print_campaign, &l, &c->err);
	pl_buf_release(&l.b);
	return rc ? fail_err(c->cmd->name, &c->err) : EXIT_OK;
}

const struct command cmd_campaigns = {
	.name = "campaigns",
	.run = run_campaigns,
	.flags = CMD_DB_READ,
	.summary = "groups of identical or nearly identical passages (form letters)",
	.usage = usage,
};
