/* cmd_ingest.c - `plenary ingest`: files and directories into the database. */
#include "cli.h"
#include "plenary/campaign.h"
#include "plenary/tokenizer.h"

#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_META 64

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

struct report {
	int quiet;
	int progress;              /* stderr is a terminal */
	struct timespec last;      /* last progress line drawn */
	int progress_shown;
};

static void clear_progress(struct report *r)
{
	if (r->progress_shown) {
		fputs("\r\x1b[K", stderr);
		r->progress_shown = 0;
	}
}

static void on_verdict(void *ctx, const struct pl_verdict *v)
{
	struct report *r = ctx;
	static const char *const words[] = { "ingested", "replaced", "unchanged", "skipped", "failed",
	                                     "companion" };
	if (r->quiet && v->kind != PL_V_SKIPPED && v->kind != PL_V_FAILED)
		return;
	clear_progress(r);
	struct pl_buf line = PL_BUF_INIT;
	pl_buf_addf(&line, "%-9s %s", words[v->kind], v->path);
	if (v->kind == PL_V_INGESTED || v->kind == PL_V_REPLACED)
		pl_buf_addf(&line, " (%lld passage%s)", (long long)v->passages,
		            v->passages == 1 ? "" : "s");
	if (v->message && *v->message)
		pl_buf_addf(&line, "%s%s", v->kind >= PL_V_SKIPPED ? ": " : "; ", v->message);
	say("%s", pl_buf_str(&line));
	pl_buf_release(&line);
}

static void on_progress(void *ctx, const struct pl_ingest_totals *t, const char *path)
{
	struct report *r = ctx;
	struct timespec now;
	if (!r->progress)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long ms = (now.tv_sec - r->last.tv_sec) * 1000 + (now.tv_nsec - r->last.tv_nsec) / 1000000;
	if (ms < 200)
		return;
	r->last = now;
	struct pl_buf line = PL_BUF_INIT, safe = PL_BUF_INIT;
	const char *slash = strrchr(path, '/');
	pl_text_escape(&safe, slash ? slash + 1 : path, strlen(slash ? slash + 1 : path),
	               PL_ESC_NEWLINE | PL_ESC_TAB);
	/* At most 40 bytes of the name, cut between characters. */
	size_t cut = safe.len < 40 ? safe.len : 40;
	while (cut < safe.len && ((unsigned char)safe.data[cut] & 0xC0) == 0x80)
		cut--;
	pl_buf_addf(&line, "\r\x1b[K%lld files, %.1f MB, %lld passages: %.*s",
	            (long long)t->files, (double)t->bytes / 1e6, (long long)t->passages,
	            (int)cut, pl_buf_str(&safe));
	fputs(pl_buf_str(&line), stderr);
	r->progress_shown = 1;
	pl_buf_release(&line);
	pl_buf_release(&safe);
}

static const char usage[] =
	"usage: plenary [--db PATH] ingest [OPTIONS] PATH...\n\n"
	"Reads files (directories recurse, in name order) into the database: decodes\n"
	"them to UTF-8, cuts them into passages and indexes them. A file already in\n"
	"the database with the same content is left as it is; a changed file replaces\n"
	"its old passages (the analyst's tags on unchanged passages are kept).\n"
	"One line per file on stderr: ingested, replaced, unchanged, skipped, failed,\n"
	"companion (read with another file: a ParlaMint -meta.tsv).\n\n"
	"options:\n"
	"  --lang L            language of the texts (default en): an ISO 639 code or a\n"
	"                      name; stemmed: ar ca da de el en es eu fi fr ga hi hu hy\n"
	"                      id it lt ne nl no pt ro ru sr sv ta tr yi\n"
	"  --meta KEY=VALUE    metadata for every file (repeatable); front matter in a\n"
	"                      file (--- / key: value / ---) adds to it and wins\n"
	"  --format F          auto (default: by extension and content), text, lines,\n"
	"                      markdown, transcript, csv, tsv, vtt, srt, parlamint,\n"
	"                      docx, odt, pdf (found by their content when auto)\n"
	"  --text-columns A,B  CSV/TSV: the free-text columns, one passage per non-empty\n"
	"                      cell (default: columns of long, worded values)\n"
	"  --meta-columns C,D  CSV/TSV: the columns kept as passage metadata (default:\n"
	"                      all the others)\n"
	"  --encoding E        auto (default: UTF-8, UTF-16 with BOM, else Windows-1252\n"
	"                      when it fits), utf-8, utf-16le, utf-16be, cp1252, latin1\n"
	"  --strict-utf8       fail files with invalid UTF-8 instead of replacing it\n"
	"  --text              ingest files holding NUL bytes (NUL becomes U+FFFD)\n"
	"  --max-file-size N   skip files larger than N bytes (K, M, G; default 256M)\n"
	"  --max-passage N     cut passages longer than N bytes at sentence ends\n"
	"                      (default 4096)\n"
	"  --busy-timeout MS   wait this long for another writer (default 60000)\n"
	"  --no-campaigns      do not look for form letters afterwards (see\n"
	"                      'plenary campaigns')\n"
	"  -q, --quiet         report only files skipped or failed\n\n"
	"exit status: 0 all files ingested or unchanged, 1 some file skipped or failed\n"
	"or a database error, 2 usage error, 130 interrupted (committed batches stay)\n";

static int run_ingest(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "meta", required_argument, NULL, 'm' },
		{ "format", required_argument, NULL, 'f' },
		{ "text-columns", required_argument, NULL, 'T' },
		{ "meta-columns", required_argument, NULL, 'M' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "strict-utf8", no_argument, NULL, 's' },
		{ "text", no_argument, NULL, 't' },
		{ "max-file-size", required_argument, NULL, 'S' },
		{ "max-passage", required_argument, NULL, 'P' },
		{ "busy-timeout", required_argument, NULL, 'b' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "no-campaigns", no_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	struct pl_kv meta[MAX_META];
	char lang[PL_LANG_MAX] = "en";
	struct pl_ingest_opts o = { .meta = meta, .interrupted = &interrupted };
	struct report r = { .progress = isatty(2) };
	int64_t busy = 60000;
	int opt, stemmed = 1, campaigns = 1;
	while ((opt = getopt_long(argc, argv, "q", longopts, NULL)) != -1) {
		switch (opt) {
		case 'l':
			if (pl_lang_canonical(optarg, lang, &stemmed, &c->err))
				return usage_error("ingest", "%s", c->err.msg);
			break;
		case 'm':
			if (o.nmeta == MAX_META)
				return usage_error("ingest", "at most %d --meta options", MAX_META);
			if (parse_kv(optarg, &meta[o.nmeta]))
				return usage_error("ingest", "--meta wants KEY=VALUE (key: letters, digits, "
				                   "_ - .), not '%s'", optarg);
			o.nmeta++;
			break;
		case 'f':
			if (pl_doc_format_parse(optarg, &o.format, &c->err))
				return usage_error("ingest", "%s", c->err.msg);
			break;
		case 'T':
			o.text_columns = optarg;
			break;
		case 'M':
			o.meta_columns = optarg;
			break;
		case 'e':
			if (pl_encoding_parse(optarg, &o.decode.encoding, &c->err))
				return usage_error("ingest", "%s", c->err.msg);
			break;
		case 's':
			o.decode.strict_utf8 = 1;
			break;
		case 't':
			o.decode.allow_nul = 1;
			break;
		case 'S':
			if ((o.max_file_size = parse_size(optarg)) <= 0)
				return usage_error("ingest", "--max-file-size wants a size such as 256M, "
				                   "not '%s'", optarg);
			break;
		case 'P': {
			int64_t n = parse_size(optarg);
			if (n < 256 || n > (1 << 24))
				return usage_error("ingest", "--max-passage wants 256 to 16M bytes, "
				                   "not '%s'", optarg);
			o.max_passage = (size_t)n;
			break;
		}
		case 'b':
			if ((busy = parse_count(optarg)) < 0 || busy > 86400000)
				return usage_error("ingest", "--busy-timeout wants milliseconds, not '%s'",
				                   optarg);
			break;
		case 'q':
			r.quiet = 1;
			break;
		case 'C':
			campaigns = 0;
			break;
		default:
			return usage_error("ingest", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error("ingest", "no file or directory to ingest");
	int rc = cli_open(c);
	if (rc)
		return rc;
	if (!stemmed)
		fail("ingest", 0, "note: no stemmer for '%s'; its words are indexed unstemmed", lang);
	o.language = lang;
	o.ctx = &r;
	o.verdict = on_verdict;
	o.progress = on_progress;
	pl_store_set_busy_timeout(c->store, (int)busy);

	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;   /* a second Ctrl-C ends at once */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	struct pl_ingest_totals t;
	rc = pl_ingest(c->store, (const char *const *)argv + optind, (size_t)(argc - optind),
	                   &o, &t, &c->err);
	clear_progress(&r);
	int code = rc ? fail_err("ingest", &c->err) : EXIT_OK;
	if (t.files || !rc)
		fail("ingest", 0, "%lld file%s: %lld ingested, %lld replaced (%lld passages written), "
		     "%lld unchanged, %lld skipped, %lld failed%s%s", (long long)t.files,
		     t.files == 1 ? "" : "s", (long long)t.ingested, (long long)t.replaced,
		     (long long)t.passages, (long long)t.unchanged, (long long)t.skipped,
		     (long long)t.failed, t.companions ? ", the rest read with other files" : "",
		     rc ? " (committed before the error)" : "");
	if (rc)
		return code;
	/* The whole database, since a new file can copy an old one. */
	struct pl_campaign_totals ct;
	if (campaigns && (t.ingested || t.replaced)) {
		if (pl_campaigns_detect(c->store, NULL, &ct, &c->err))
			return fail_err("ingest", &c->err);
		if (ct.campaigns)
			fail("ingest", 0, "%lld campaigns (identical or nearly identical passages): %lld "
			     "passages; see 'plenary campaigns'", (long long)ct.campaigns,
			     (long long)ct.members);
	}
	if (out_finish("ingest"))
		return EXIT_RUNTIME;
	return t.skipped || t.failed ? EXIT_RUNTIME : EXIT_OK;
}

const struct command cmd_ingest = {
	.name = "ingest",
	.run = run_ingest,
	.flags = CMD_DB_WRITE | CMD_DB_CREATE,
	.summary = "read files and directories into the database",
	.usage = usage,
};
