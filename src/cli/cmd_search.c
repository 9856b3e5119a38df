/* cmd_search.c - `plenary search`: ranked passages with snippets. */
#include "cli.h"
#include "plenary/search.h"

#include <getopt.h>
#include <string.h>
#include <unistd.h>

#define MAX_FILTERS 32

struct printer {
	enum out_format format;
	int tty;
	int full;                  /* text: the whole passage, not a snippet */
	struct pl_buf line;
	int write_failed;
};

static int print_hit(void *ctx, const struct pl_hit *h)
{
	struct printer *p = ctx;
	struct pl_buf *b = &p->line;
	switch (p->format) {
	case OUT_TEXT:
		pl_buf_addf(b, "%lld. ", (long long)h->rank);
		out_human(b, h->title, p->tty);
		pl_buf_addf(b, " ¶%lld", (long long)h->ordinal);
		if (h->speaker) {
			pl_buf_adds(b, " — ");
			out_human(b, h->speaker, p->tty);
		}
		pl_buf_addf(b, "  [passage %lld, score %.2f]\n   ", (long long)h->passage_id, h->score);
		out_human(b, p->full ? h->text : h->snippet, p->tty);
		pl_buf_adds(b, "\n\n");
		break;
	case OUT_TSV:
		pl_buf_addf(b, "%lld\t%lld\t%lld\t", (long long)h->rank, (long long)h->passage_id,
		            (long long)h->document_id);
		out_tsv(b, h->title);
		pl_buf_addf(b, "\t%lld\t", (long long)h->ordinal);
		out_tsv(b, h->speaker);
		pl_buf_addf(b, "\t%.4f\t", h->score);
		out_tsv(b, h->snippet);
		pl_buf_addc(b, '\n');
		break;
	case OUT_JSONL:
		pl_buf_addf(b, "{\"rank\":%lld,\"passage_id\":%lld,\"document_id\":%lld,\"document\":",
		            (long long)h->rank, (long long)h->passage_id, (long long)h->document_id);
		out_json(b, h->path);
		pl_buf_adds(b, ",\"title\":");
		out_json(b, h->title);
		pl_buf_addf(b, ",\"ordinal\":%lld,\"speaker\":", (long long)h->ordinal);
		out_json(b, h->speaker);
		pl_buf_adds(b, ",\"section\":");
		out_json(b, h->section);
		pl_buf_adds(b, ",\"language\":");
		out_json(b, h->language);
		pl_buf_addf(b, ",\"span\":[%lld,%lld],\"score\":%.4f,\"snippet\":",
		            (long long)h->span_start, (long long)h->span_end, h->score);
		out_json(b, h->snippet);
		pl_buf_adds(b, ",\"text\":");
		out_json(b, h->text);
		pl_buf_adds(b, "}\n");
		break;
	}
	p->write_failed |= out_flush(b);
	return PL_OK;
}

static const char usage[] =
	"usage: plenary [--db PATH] search [OPTIONS] QUERY...\n\n"
	"Finds passages, best first (bm25), with a snippet around the matched words.\n"
	"Words are stemmed in every language of the database: 'remittance' finds\n"
	"\"remittances\". The query is FTS5 syntax:\n"
	"  migrant workers          both words (AND is implied)\n"
	"  \"global compact\"         a phrase\n"
	"  emigra*                  a prefix (matches unstemmed words too)\n"
	"  smuggling OR trafficking, NOT, (grouping)\n"
	"  NEAR(migrants detention, 10)   words within 10 of each other\n"
	"and filters, as key:value words outside quotes:\n"
	"  tag:O20                  passages with that category\n"
	"  speaker:chair            the speaker contains 'chair'\n"
	"  lang:fr                  documents in that language\n"
	"  country:MEX              any metadata key, exact value\n\n"
	"options:\n"
	"  -n, --limit N        results to show (default 20)\n"
	"  --offset N           skip the first N results\n"
	"  --meta KEY=VALUE     filter by document or passage metadata (a CSV column,\n"
	"                       a caption's start, a ParlaMint party; repeatable)\n"
	"  --tag ID             filter by category (repeatable)\n"
	"  --speaker TEXT       filter by speaker\n"
	"  --literal            search the words as written: no operators or filters\n"
	"                       in the query (quotes, AND, *, NEAR are plain text)\n"
	"  --full               text format: the whole passage instead of a snippet\n"
	"  --count              print only the number of matching passages\n"
	"  --format F           text (default), tsv, jsonl\n\n"
	"Matched words are bold on a terminal and **marked** otherwise. jsonl fields:\n"
	"rank, passage_id, document_id, document, title, ordinal, speaker, section,\n"
	"language, span, score (higher is better), snippet, text.\n\n"
	"exit status: 0 (also with no results), 1 runtime failure, 2 malformed query\n";

static int run_search(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "limit", required_argument, NULL, 'n' },
		{ "offset", required_argument, NULL, 'o' },
		{ "meta", required_argument, NULL, 'm' },
		{ "tag", required_argument, NULL, 't' },
		{ "speaker", required_argument, NULL, 's' },
		{ "literal", no_argument, NULL, 'L' },
		{ "full", no_argument, NULL, 'F' },
		{ "count", no_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	struct pl_kv meta[MAX_FILTERS];
	const char *tags[MAX_FILTERS];
	struct pl_search_opts o = { .meta = meta, .tags = tags };
	struct printer p = { .tty = isatty(1), .line = PL_BUF_INIT };
	int opt, count_only = 0;
	while ((opt = getopt_long(argc, argv, "n:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'n':
			if ((o.limit = parse_count(optarg)) <= 0)
				return usage_error("search", "--limit wants a positive number, not '%s'", optarg);
			break;
		case 'o':
			if ((o.offset = parse_count(optarg)) < 0)
				return usage_error("search", "--offset wants a number, not '%s'", optarg);
			break;
		case 'm':
			if (o.nmeta == MAX_FILTERS || parse_kv(optarg, &meta[o.nmeta]))
				return usage_error("search", "--meta wants KEY=VALUE, not '%s'", optarg);
			o.nmeta++;
			break;
		case 't':
			if (o.ntags == MAX_FILTERS)
				return usage_error("search", "too many --tag options");
			tags[o.ntags++] = optarg;
			break;
		case 's':
			o.speaker = optarg;
			break;
		case 'L':
			o.literal = 1;
			break;
		case 'F':
			p.full = 1;
			break;
		case 'c':
			count_only = 1;
			break;
		case 'f':
			if (parse_format(optarg, &p.format))
				return usage_error("search", "--format is text, tsv or jsonl, not '%s'", optarg);
			break;
		default:
			return usage_error("search", "unknown option '%s'", argv[optind - 1]);
		}
	}
	struct pl_buf query = PL_BUF_INIT;
	for (int i = optind; i < argc; i++)
		pl_buf_addf(&query, "%s%s", i > optind ? " " : "", argv[i]);
	o.query = pl_buf_str(&query);
	if (!query.len && !o.nmeta && !o.ntags && !o.speaker) {
		pl_buf_release(&query);
		return usage_error("search", "no query");
	}
	int rc = cli_open(c);
	if (rc) {
		pl_buf_release(&query);
		return rc;
	}
	if (p.format == OUT_TSV && !count_only) {
		pl_buf_adds(&p.line, "rank\tpassage_id\tdocument_id\ttitle\tordinal\tspeaker\tscore\tsnippet\n");
		p.write_failed |= out_flush(&p.line);
	}
	/* Counting every match costs as much as the search: only when shown. */
	int show_total = count_only || (isatty(2) && p.format == OUT_TEXT);
	int64_t total = 0;
	rc = pl_search(c->store, &o, count_only ? NULL : print_hit, &p,
	               show_total ? &total : NULL, &c->err);
	pl_buf_release(&query);
	if (rc) {
		pl_buf_release(&p.line);
		return fail_err("search", &c->err);
	}
	if (count_only) {
		printf("%lld\n", (long long)total);
	} else if (show_total) {
		int64_t shown = total - o.offset < (o.limit ? o.limit : 20) ? total - o.offset
		                                                          : (o.limit ? o.limit : 20);
		fprintf(stderr, "%lld passage%s match; showing %lld\n", (long long)total,
		        total == 1 ? "" : "s", (long long)(shown > 0 ? shown : 0));
	}
	pl_buf_release(&p.line);
	return out_finish("search");
}

const struct command cmd_search = {
	.name = "search",
	.run = run_search,
	.flags = CMD_DB_READ,
	.summary = "find passages: ranked, with snippets and filters",
	.usage = usage,
};
