/* cmd_kwic.c - `plenary kwic`: keyword in context. */
#include "cli.h"
#include "plenary/search.h"
#include "plenary/synthesis.h"

#include <getopt.h>
#include <unistd.h>

#define MAX_TAGS 16
#define CITE 18   /* characters of "title #N" before the context */

static const char usage[] =
	"usage: plenary [--db PATH] kwic [OPTIONS] QUERY...\n"
	"       plenary [--db PATH] kwic [OPTIONS] --regex PATTERN\n\n"
	"Keyword in context: every match on its own line, the matches one above the\n"
	"other, with the document and passage number. A QUERY is a search query\n"
	"(see plenary search --help: stemmed, so 'remittance' also finds\n"
	"\"remittances\"; best passages first); a PATTERN is a PCRE2 regular\n"
	"expression, case ignored unless it says (?-i), passages in document order.\n\n"
	"options:\n"
	"  --regex          the argument is a pattern, not a query\n"
	"  --width N        characters of context on each side (default 30)\n"
	"  --tag ID         only passages with that category (repeatable)\n"
	"  -n, --limit N    lines to show (default 50)\n"
	"  --format F       text (default), tsv, jsonl\n\n"
	"The match is bold on a terminal and **marked** otherwise. tsv columns and\n"
	"jsonl fields: passage_id, title, ordinal, speaker, left, keyword, right.\n";

struct printer {
	enum out_format format;
	int tty, bad;
	size_t width;
	struct pl_buf b;
};

static int print_line(void *ctx, const struct pl_kwic_line *l)
{
	struct printer *p = ctx;
	struct pl_buf *b = &p->b;
	if (p->format == OUT_TEXT) {
		struct pl_buf cite = PL_BUF_INIT, kw = PL_BUF_INIT;
		pl_buf_addf(&cite, "%s #%lld", l->title ? l->title : "", (long long)l->ordinal);
		out_cell(b, pl_buf_str(&cite), CITE, OUT_CELL_TAIL, p->tty);
		pl_buf_adds(b, "  ");
		out_cell(b, l->left, p->width, OUT_CELL_RIGHT | OUT_CELL_TAIL, p->tty);
		pl_buf_addf(&kw, "%c%s%c", PL_HL_START, l->keyword, PL_HL_END);
		out_human(b, pl_buf_str(&kw), p->tty);
		out_human(b, l->right, p->tty);
		pl_buf_addc(b, '\n');
		pl_buf_release(&cite);
		pl_buf_release(&kw);
	} else {
		struct out_record r = { b, p->format, 0 };
		out_int_field(&r, "passage_id", l->passage_id);
		out_str_field(&r, "title", l->title);
		out_int_field(&r, "ordinal", l->ordinal);
		out_str_field(&r, "speaker", l->speaker);
		out_str_field(&r, "left", l->left);
		out_str_field(&r, "keyword", l->keyword);
		out_str_field(&r, "right", l->right);
		out_record_end(&r);
	}
	p->bad |= out_flush(b);
	return PL_OK;
}

static int run_kwic(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "regex", no_argument, NULL, 'r' },
		{ "width", required_argument, NULL, 'w' },
		{ "tag", required_argument, NULL, 't' },
		{ "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	const char *tags[MAX_TAGS];
	struct pl_kwic_opts o = { .tags = tags, .width = 30 };
	struct printer p = { .tty = isatty(1), .b = PL_BUF_INIT };
	int opt, regex = 0;
	int64_t n;
	while ((opt = getopt_long(argc, argv, "n:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'r':
			regex = 1;
			break;
		case 'w':
			if ((n = parse_count(optarg)) <= 0 || n > 1000)
				return usage_error("kwic", "--width wants a number from 1 to 1000, not '%s'",
				                   optarg);
			o.width = (int)n;
			break;
		case 't':
			if (o.ntags == MAX_TAGS)
				return usage_error("kwic", "too many --tag options");
			tags[o.ntags++] = optarg;
			break;
		case 'n':
			if ((o.limit = parse_count(optarg)) <= 0)
				return usage_error("kwic", "--limit wants a positive number, not '%s'", optarg);
			break;
		case 'f':
			if (parse_format(optarg, &p.format))
				return usage_error("kwic", "--format is text, tsv or jsonl, not '%s'", optarg);
			break;
		default:
			return usage_error("kwic", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind == argc)
		return usage_error("kwic", regex ? "no pattern" : "no query");
	if (regex && optind != argc - 1)
		return usage_error("kwic", "one pattern (quote it)");
	struct pl_buf query = PL_BUF_INIT;
	for (int i = optind; i < argc; i++)
		pl_buf_addf(&query, "%s%s", i > optind ? " " : "", argv[i]);
	*(regex ? &o.regex : &o.query) = pl_buf_str(&query);
	p.width = (size_t)o.width;
	int rc = cli_open(c);
	if (!rc && p.format == OUT_TSV) {
		pl_buf_adds(&p.b, "passage_id\ttitle\tordinal\tspeaker\tleft\tkeyword\tright\n");
		p.bad |= out_flush(&p.b);
	}
	if (!rc && pl_kwic(c->store, &o, print_line, &p, &c->err))
		rc = fail_err("kwic", &c->err);
	pl_buf_release(&query);
	pl_buf_release(&p.b);
	return rc ? rc : out_finish("kwic");
}

const struct command cmd_kwic = {
	.name = "kwic",
	.run = run_kwic,
	.flags = CMD_DB_READ,
	.summary = "keyword in context: each match of a query or pattern on its own line",
	.usage = usage,
};
