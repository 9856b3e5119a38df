/* cmd_lexicon.c - `plenary lexicon check|test|eval|patterns`. */
#include "cli.h"
#include "plenary/eval.h"
#include "plenary/lexicon.h"

#include <getopt.h>
#include <string.h>
#include <unistd.h>

static int check(int argc, char **argv)
{
	if (argc < 2)
		return usage_error("lexicon", "lexicon check FILE...");
	struct lexicons lx;
	int rc = cli_load_lexicons("lexicon check", argv + 1, (size_t)argc - 1, &lx);
	for (size_t i = 0; !rc && i < lx.n; i++)
		printf("%s: ok, lexicon %s %s, %zu categories, %zu patterns\n",
		       pl_lexicon_path(lx.lx[i]), pl_lexicon_id(lx.lx[i]), pl_lexicon_version(lx.lx[i]),
		       pl_lexicon_ncategories(lx.lx[i]), pl_lexicon_npatterns(lx.lx[i]));
	cli_free_lexicons(&lx);
	return rc ? rc : out_finish("lexicon check");
}

static void print_failure(void *ctx, const struct pl_example_failure *f)
{
	struct pl_buf b = PL_BUF_INIT;
	(void)ctx;
	pl_buf_addf(&b, "%s:%d: %s %s: %s (score %g, threshold %g%s): ", pl_lexicon_path(f->lexicon),
	            f->example->line, f->example->must_match ? "example" : "counter",
	            f->category->id, f->example->must_match ? "not tagged" : "tagged", f->score,
	            f->category->threshold, f->context_ok ? "" : ", no context");
	out_human(&b, f->example->text, isatty(1));
	pl_buf_addc(&b, '\n');
	out_flush(&b);
	pl_buf_release(&b);
}

static int test(int argc, char **argv)
{
	if (argc < 2)
		return usage_error("lexicon", "lexicon test FILE...");
	struct lexicons lx;
	int rc = cli_load_lexicons("lexicon test", argv + 1, (size_t)argc - 1, &lx);
	if (rc)
		return rc;
	struct pl_err err = { 0 };
	int64_t total = 0;
	int failed = pl_eval_examples(lx.lx, lx.n, print_failure, NULL, &total, &err);
	cli_free_lexicons(&lx);
	if (failed < 0)
		return fail_err("lexicon test", &err);
	printf("%lld examples, %d failed\n", (long long)total, failed);
	rc = out_finish("lexicon test");
	return rc ? rc : failed ? EXIT_RUNTIME : EXIT_OK;
}

struct misses {
	int shown, max;
};

static void print_miss(void *ctx, const struct pl_eval_miss *m)
{
	struct misses *ms = ctx;
	if (ms->shown++ >= ms->max)
		return;
	struct pl_buf b = PL_BUF_INIT;
	pl_buf_addf(&b, "  line %lld: gold [%s] got [%s]: ", (long long)m->line, m->gold,
	            m->predicted);
	size_t n = strlen(m->text);
	struct pl_buf cut = PL_BUF_INIT;
	pl_buf_add(&cut, m->text, n > 160 ? 160 : n);
	while (cut.len && ((unsigned char)cut.data[cut.len - 1] & 0xC0) == 0x80)
		cut.data[--cut.len] = '\0';   /* no half character at the cut */
	if (n > 160 && cut.len && (unsigned char)cut.data[cut.len - 1] >= 0xC0)
		cut.data[--cut.len] = '\0';
	out_human(&b, pl_buf_str(&cut), isatty(1));
	pl_buf_adds(&b, n > 160 ? "…\n" : "\n");
	out_flush(&b);
	pl_buf_release(&b);
	pl_buf_release(&cut);
}

static int eval(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "gold", required_argument, NULL, 'g' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "errors", required_argument, NULL, 'e' },
		{ NULL, 0, NULL, 0 },
	};
	struct lexicon_paths lp = { .n = 0 };
	const char *gold = NULL;
	struct misses ms = { 0, 1000000 };
	int opt;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'g':
			gold = optarg;
			break;
		case 'l':
			if (cli_lexicon_option("lexicon", &lp, optarg))
				return EXIT_USAGE;
			break;
		case 'e': {
			int64_t n = parse_count(optarg);
			if (n < 0)
				return usage_error("lexicon", "--errors wants a number, not '%s'", optarg);
			ms.max = n > 1000000 ? 1000000 : (int)n;
			break;
		}
		default:
			return usage_error("lexicon", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (!gold || optind != argc)
		return usage_error("lexicon", "lexicon eval --gold FILE [--lexicon FILE]...");
	struct lexicons lx;
	int rc = cli_load_lexicons("lexicon eval", lp.paths, lp.n, &lx);
	if (rc)
		return rc;
	/* The shipped principles have no gold yet: by default, the objectives only. */
	size_t n = lp.n ? lx.n : 1;
	struct pl_err err = { 0 };
	struct pl_eval_result r;
	struct pl_buf warn = PL_BUF_INIT;
	printf("passages the lexicon got wrong (gold ids, then the lexicon's):\n");
	rc = pl_eval_gold(lx.lx, n, gold, print_miss, &ms, &r, &warn, &err);
	if (warn.len)
		fputs(pl_buf_str(&warn), stderr);
	pl_buf_release(&warn);
	if (rc) {
		cli_free_lexicons(&lx);
		return fail_err("lexicon eval", &err);
	}
	if (ms.shown > ms.max)
		printf("  ... and %d more (--errors N)\n", ms.shown - ms.max);
	printf("\n%-8s %6s %6s %6s %7s %7s %7s\n", "category", "gold", "tagged", "right",
	       "P", "R", "F1");
	for (size_t i = 0; i < r.ncategories; i++) {
		const struct pl_eval_category *k = &r.categories[i];
		printf("%-8s %6lld %6lld %6lld %7.3f %7.3f %7.3f\n", k->id, (long long)k->gold,
		       (long long)k->predicted, (long long)k->correct, k->precision, k->recall, k->f1);
	}
	printf("%-8s %6s %6s %6s %7.3f %7.3f %7.3f\n", "micro", "", "", "", r.micro_p, r.micro_r,
	       r.micro_f1);
	printf("%-8s %6s %6s %6s %7.3f %7.3f %7.3f\n", "macro", "", "", "", r.macro_p, r.macro_r,
	       r.macro_f1);
	printf("%lld passages, %lld entirely right (%.1f%%)\n", (long long)r.passages,
	       (long long)r.exact, r.passages ? 100.0 * (double)r.exact / (double)r.passages : 0.0);
	pl_eval_release(&r);
	cli_free_lexicons(&lx);   /* the ids printed above live in the lexicons */
	return out_finish("lexicon eval");
}

static int patterns(int argc, char **argv)
{
	if (argc < 2)
		return usage_error("lexicon", "lexicon patterns FILE...");
	struct lexicons lx;
	int rc = cli_load_lexicons("lexicon patterns", argv + 1, (size_t)argc - 1, &lx);
	for (size_t l = 0; !rc && l < lx.n; l++)
		for (size_t i = 0; i < pl_lexicon_npatterns(lx.lx[l]); i++)
			printf("%s\n", pl_lexicon_pattern(lx.lx[l], i)->source);
	cli_free_lexicons(&lx);
	return rc ? rc : out_finish("lexicon patterns");
}

static const char usage[] =
	"usage: plenary lexicon check FILE...\n"
	"       plenary lexicon test FILE...\n"
	"       plenary lexicon eval --gold FILE [--lexicon FILE]... [--errors N]\n"
	"       plenary lexicon patterns FILE...\n"
	"       plenary lexicon import [--format liwc|yaml|auto] [--id ID] [--language L]\n"
	"                              [--lexicon-version V] [-o FILE] DICTIONARY\n\n"
	"  check     parse and compile; every error as FILE:LINE:COL (exit 2)\n"
	"  test      run every `example` (must get its category) and `counter` (must\n"
	"            not); exit 1 if any fails\n"
	"  eval      tag a gold file (one passage per line: IDS<TAB>TEXT, ids comma-\n"
	"            separated) and print the passages tagged wrong, then precision,\n"
	"            recall and F1 per category with micro and macro averages. Default\n"
	"            lexicon: the shipped lexicons/gcm.lex. --errors N shows at most N\n"
	"            wrong passages\n"
	"  patterns  every pattern (hit, exclude, context), one per line, as written\n"
	"  import    a LIWC .dic or quanteda YAML dictionary as lexicon text (stdout, or\n"
	"            -o FILE, replaced only once complete): one category per dictionary\n"
	"            category, one whole-word pattern per entry (* is \\w*; YAML's ? one\n"
	"            character), threshold 1, context none. --format: by default from the\n"
	"            name (.dic; .yml, .yaml), else a first '%' line means LIWC. --id:\n"
	"            the lexicon id (default: the file name). --language, --lexicon-\n"
	"            version: header lines (default version: sha256 of the file)\n"
	"The format of a lexicon is in lexicons/README.md. Wherever a lexicon FILE is\n"
	"taken, a dictionary (.dic, .yml, .yaml) is converted as import does.\n";

static int run_lexicon(struct cli *c, int argc, char **argv)
{
	(void)c;
	if (argc < 2)
		return usage_error("lexicon", "lexicon needs check, test, eval, patterns or import");
	if (!strcmp(argv[1], "check"))
		return check(argc - 1, argv + 1);
	if (!strcmp(argv[1], "test"))
		return test(argc - 1, argv + 1);
	if (!strcmp(argv[1], "eval"))
		return eval(argc - 1, argv + 1);
	if (!strcmp(argv[1], "patterns"))
		return patterns(argc - 1, argv + 1);
	if (!strcmp(argv[1], "import"))
		return lexicon_import(argc - 1, argv + 1);
	return usage_error("lexicon", "unknown lexicon command '%s'", argv[1]);
}

const struct command cmd_lexicon = {
	.name = "lexicon",
	.run = run_lexicon,
	.flags = 0,
	.summary = "check, test, evaluate or list a lexicon",
	.usage = usage,
};
