/* cmd_export.c - `plenary export`: reports and data files, written whole or not at all. */
#include "cli.h"
#include "plenary/export.h"

#include <getopt.h>
#include <string.h>
#include <unistd.h>

#define MAX_FILTERS 32

static const char usage[] =
	"usage: plenary [--db PATH] export [--format md|html|csv|jsonl|qdpx] [--tag ID]...\n"
	"                [--query Q] [--meta KEY=VALUE]... [--excerpts] [--per-category N]\n"
	"                [--by KEY] [--wide] [-o FILE]\n\n"
	"Writes a report (Markdown or a self-contained HTML file) or data (CSV, JSON\n"
	"Lines) of the tagged passages, or a REFI-QDA project (qdpx) for NVivo,\n"
	"ATLAS.ti or MAXQDA. Reports state the tagging runs and the selection, then\n"
	"per category its counts and excerpts with their citations.\n\n"
	"  --format F           md (default), html, csv, jsonl or qdpx (a zip: the\n"
	"                       documents' text, the categories as codes, each coded\n"
	"                       passage a coded selection)\n"
	"  --tag ID             only this category (repeatable)\n"
	"  --query Q            only passages matching a search query (as for search)\n"
	"  --meta KEY=VALUE     only documents with this metadata (repeatable)\n"
	"  --excerpts           only the passages marked as excerpts (TUI key m)\n"
	"  --per-category N     N representative excerpts per category: strongest\n"
	"                       evidence first, one per document and speaker first\n"
	"  --by KEY             md, html: a crosstab of the categories by a metadata\n"
	"                       key (as for stats --by), as a table and a heat map\n"
	"  --wide               csv: one row per passage, a 0/1 column per category\n"
	"                       (default: one row per passage and category)\n"
	"  -o, --output FILE    write FILE (replaced only once complete); default stdout\n"
	"  --campaigns MODE     count-all (default) or count-once: a campaign (form\n"
	"                       letter, see 'plenary campaigns') is its first passage\n"
	"                       only, cited with its number of copies\n\n"
	"CSV cells starting with = + - @ TAB or CR get a leading ' so a spreadsheet\n"
	"shows them instead of evaluating them.\n";

/* The export into the file at path, whole or not at all (pl_export_file). */
static int export_to_file(struct cli *c, const struct pl_export_opts *o, const char *path)
{
	char *tmp = cli_output_file("export", path);
	if (!tmp)
		return EXIT_USAGE;
	if (pl_export_file(c->store, o, path, tmp, CLI_TMP_MAX, &c->err))
		return fail_err("export", &c->err);
	return EXIT_OK;
}

static int run_export(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "tag", required_argument, NULL, 't' },
		{ "query", required_argument, NULL, 'q' },
		{ "meta", required_argument, NULL, 'm' },
		{ "excerpts", no_argument, NULL, 'e' },
		{ "per-category", required_argument, NULL, 'n' },
		{ "wide", no_argument, NULL, 'w' },
		{ "output", required_argument, NULL, 'o' },
		{ "by", required_argument, NULL, 'b' },
		{ "campaigns", required_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	struct pl_kv meta[MAX_FILTERS];
	const char *tags[MAX_FILTERS];
	struct pl_export_opts o = { .meta = meta, .tags = tags, .version = PLENARY_VERSION };
	const char *output = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'f':
			if (pl_export_format_parse(optarg, &o.format, &c->err))
				return usage_error("export", "%s", c->err.msg);
			break;
		case 't':
			if (o.ntags == MAX_FILTERS)
				return usage_error("export", "too many --tag options");
			tags[o.ntags++] = optarg;
			break;
		case 'q':
			o.query = optarg;
			break;
		case 'm':
			if (o.nmeta == MAX_FILTERS || parse_kv(optarg, &meta[o.nmeta]))
				return usage_error("export", "--meta wants KEY=VALUE, not '%s'", optarg);
			o.nmeta++;
			break;
		case 'e':
			o.excerpts = 1;
			break;
		case 'n':
			if ((o.per_category = parse_count(optarg)) <= 0)
				return usage_error("export", "--per-category wants a number above 0, not '%s'",
				                   optarg);
			break;
		case 'w':
			o.wide = 1;
			break;
		case 'o':
			output = optarg;
			break;
		case 'b':
			o.by = optarg;
			break;
		case 'C':
			if (cli_campaigns_mode(c, optarg))
				return EXIT_USAGE;
			break;
		default:
			return usage_error("export", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("export", "unexpected argument '%s'", argv[optind]);
	if (o.wide && o.format != PL_EXPORT_CSV)
		return usage_error("export", "--wide is for --format csv");
	if (o.by && (o.format == PL_EXPORT_CSV || o.format == PL_EXPORT_JSONL ||
	             o.format == PL_EXPORT_QDPX))
		return usage_error("export", "--by is for the md and html reports");
	if (output && !*output)
		return usage_error("export", "-o wants a file name");
	if (o.format == PL_EXPORT_QDPX && (!output || !strcmp(output, "-")) && isatty(1))
		return usage_error("export", "a qdpx is a zip archive, not for a terminal: write it"
		                   " with -o FILE.qdpx");
	int rc = cli_open(c);
	if (rc)
		return rc;
	if (output && strcmp(output, "-"))
		return export_to_file(c, &o, output);
	if (pl_export(c->store, &o, stdout, &c->err))
		return fail_err("export", &c->err);
	return out_finish("export");
}

const struct command cmd_export = {
	.name = "export",
	.run = run_export,
	.flags = CMD_DB_READ,
	.summary = "a report (md, html) or data (csv, jsonl, qdpx) of the tagged passages",
	.usage = usage,
};
