/* cmd_classify.c - `plenary classify`: tag lines from stdin, no database. */
#include "cli.h"
#include "plenary/lexicon.h"
#include "plenary/tagger.h"
#include "plenary/text.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* Appends one lexicon's result: ids (tsv) or categories with spans (jsonl). */
static void add_result(struct pl_buf *b, enum out_format format, const struct pl_lexicon *lx,
                       const struct pl_tagging *t, const char *text, int *first)
{
	for (size_t c = 0; c < t->ncategories; c++) {
		if (!t->categories[c].tagged)
			continue;
		const struct pl_category *cat = pl_lexicon_category(lx, c);
		if (format != OUT_JSONL) {
			pl_buf_addf(b, "%s%s", *first ? "" : ",", cat->id);
			*first = 0;
			continue;
		}
		pl_buf_addf(b, "%s{\"id\":", *first ? "" : ",");
		*first = 0;
		out_json(b, cat->id);
		pl_buf_addf(b, ",\"score\":%g,\"spans\":[", t->categories[c].score);
		int firstspan = 1;
		for (size_t i = 0; i < t->nspans; i++) {
			const struct pl_span *sp = &t->spans[i];
			const struct pl_pattern *p = pl_lexicon_pattern(lx, (size_t)sp->pattern);
			if (p->category != (int)c || p->kind != PL_PAT_HIT || sp->suppressed)
				continue;
			pl_buf_addf(b, "%s{\"start\":%zu,\"end\":%zu,\"text\":", firstspan ? "" : ",",
			            sp->start, sp->end);
			firstspan = 0;
			struct pl_buf piece = PL_BUF_INIT;
			pl_buf_add(&piece, text + sp->start, sp->end - sp->start);
			out_json(b, pl_buf_str(&piece));
			pl_buf_release(&piece);
			pl_buf_addf(b, ",\"weight\":%g,\"line\":%d,\"pattern\":", p->weight, p->line);
			out_json(b, p->source);
			pl_buf_addc(b, '}');
		}
		pl_buf_adds(b, "]}");
	}
}

static const char usage[] =
	"usage: plenary classify [--lexicon FILE]... [--format tsv|jsonl]\n\n"
	"Tags text without a database: reads one passage per line from stdin and writes\n"
	"one line per input line, in order, as it goes (constant memory).\n"
	"  tsv (default)  LINE<TAB>IDS: the line as read, then the ids of its categories,\n"
	"                 comma-separated in lexicon order (empty when none); IDS is the\n"
	"                 last field\n"
	"  jsonl          {\"line\": N, \"ids\": [...], \"categories\": [{\"id\", \"score\",\n"
	"                 \"spans\": [{\"start\", \"end\", \"text\", \"weight\", \"line\",\n"
	"                 \"pattern\"}]}]}; offsets are bytes of the line\n"
	"Lexicons: --lexicon FILE (repeatable), default the shipped ones. Invalid UTF-8\n"
	"in a line is replaced by U+FFFD before tagging.\n";

static int run_classify(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lexicon", required_argument, NULL, 'l' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	struct lexicon_paths lp = { .n = 0 };
	enum out_format format = OUT_TSV;
	int opt;
	(void)c;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'l':
			if (cli_lexicon_option("classify", &lp, optarg))
				return EXIT_USAGE;
			break;
		case 'f':
			if (parse_format(optarg, &format) || format == OUT_TEXT)
				return usage_error("classify", "--format is tsv or jsonl, not '%s'", optarg);
			break;
		default:
			return usage_error("classify", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind != argc)
		return usage_error("classify", "classify reads stdin; unexpected '%s'", argv[optind]);
	struct lexicons lx;
	int rc = cli_load_lexicons("classify", lp.paths, lp.n, &lx);
	if (rc)
		return rc;
	struct pl_tagger **taggers = calloc(lx.n, sizeof *taggers);
	struct pl_err err = { 0 };
	for (size_t i = 0; !rc && i < lx.n; i++)
		if (!taggers || pl_tagger_new(lx.lx[i], &taggers[i], &err))
			rc = taggers ? fail_err("classify", &err) : fail("classify", EXIT_RUNTIME, "out of memory");

	struct pl_tagging t = { 0 };
	struct pl_buf out = PL_BUF_INIT;
	struct pl_decoded clean = { 0 };
	struct pl_decode_opts lossy = { PL_ENC_UTF8, 0, 1 };
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long long lineno = 0;
	while (!rc && (n = getline(&line, &cap, stdin)) >= 0) {
		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		const char *text = line;
		size_t len = (size_t)n;
		if (!pl_utf8_valid(line, len) || memchr(line, '\0', len)) {
			pl_decoded_release(&clean);
			if (pl_text_decode(line, len, &lossy, &clean, &err)) {
				rc = fail_err("classify", &err);
				break;
			}
			text = clean.text;
			len = clean.len;
		}
		if (format == OUT_JSONL)
			pl_buf_addf(&out, "{\"line\":%lld,\"ids\":[", lineno);
		else
			pl_buf_add(&out, line, (size_t)n);
		struct pl_buf cats = PL_BUF_INIT;
		int first = 1, firstcat = 1;
		for (size_t i = 0; !rc && i < lx.n; i++) {
			if (pl_tagger_run(taggers[i], text, len, &t, &err)) {
				rc = fail_err("classify", &err);
				break;
			}
			if (format == OUT_JSONL) {
				for (size_t k = 0; k < t.ncategories; k++) {
					if (!t.categories[k].tagged)
						continue;
					pl_buf_adds(&out, first ? "" : ",");
					out_json(&out, pl_lexicon_category(lx.lx[i], k)->id);
					first = 0;
				}
				add_result(&cats, format, lx.lx[i], &t, text, &firstcat);
			} else {
				if (i == 0)
					pl_buf_addc(&out, '\t');
				add_result(&out, format, lx.lx[i], &t, text, &first);
			}
		}
		if (format == OUT_JSONL)
			pl_buf_addf(&out, "],\"categories\":[%s]}", pl_buf_str(&cats));
		pl_buf_release(&cats);
		pl_buf_addc(&out, '\n');
		if (out_flush(&out))
			rc = fail("classify", EXIT_RUNTIME, "cannot write the output");
	}
	free(line);
	pl_decoded_release(&clean);
	pl_buf_release(&out);
	pl_tagging_release(&t);
	for (size_t i = 0; taggers && i < lx.n; i++)
		pl_tagger_free(taggers[i]);
	free(taggers);
	cli_free_lexicons(&lx);
	if (!rc && ferror(stdin))
		rc = fail("classify", EXIT_RUNTIME, "cannot read stdin");
	return rc ? rc : out_finish("classify");
}

const struct command cmd_classify = {
	.name = "classify",
	.run = run_classify,
	.flags = 0,
	.summary = "tag lines from stdin without a database (tsv or jsonl)",
	.usage = usage,
};
