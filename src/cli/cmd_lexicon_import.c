/* cmd_lexicon_import.c - `plenary lexicon import`: a LIWC or quanteda YAML
 * dictionary as lexicon text, checked by the lexicon parser before it is
 * written. */
#include "cli.h"
#include "plenary/dictionary.h"
#include "plenary/lexicon.h"
#include "plenary/outfile.h"

#include <errno.h>
#include <getopt.h>
#include <string.h>

static int write_text(FILE *f, void *ctx, struct pl_err *err)
{
	const struct pl_buf *b = ctx;
	if (fwrite(b->data, 1, b->len, f) != b->len)
		return pl_err_set(err, PL_EIO, "cannot write: %s", strerror(errno));
	return PL_OK;
}

/* The converted text must load as a lexicon: what is written is usable. */
static int check_text(const char *path, const struct pl_buf *lex)
{
	struct pl_lexicon *lx = NULL;
	struct pl_buf diag = PL_BUF_INIT;
	struct pl_err err = { 0 };
	int rc = pl_lexicon_parse(path, pl_buf_str(lex), lex->len, &lx, &diag, &err);
	cli_say_lines(&diag);
	pl_buf_release(&diag);
	pl_lexicon_free(lx);
	if (rc)
		return fail("lexicon import", EXIT_RUNTIME, "the lexicon converted from '%s' does not "
		            "load: %s", path, err.msg);
	return EXIT_OK;
}

int lexicon_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "id", required_argument, NULL, 'i' },
		{ "language", required_argument, NULL, 'l' },
		{ "lexicon-version", required_argument, NULL, 'v' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	struct pl_dict_opts o = { .format = PL_DICT_AUTO };
	struct pl_err err = { 0 };
	const char *output = NULL;
	int opt, format_given = 0;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'f':
			if (pl_dict_format_parse(optarg, &o.format, &err))
				return usage_error("lexicon", "%s", err.msg);
			format_given = 1;
			break;
		case 'i':
			o.id = optarg;
			break;
		case 'l':
			o.language = optarg;
			break;
		case 'v':
			o.version = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		default:
			return usage_error("lexicon", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind + 1 != argc)
		return usage_error("lexicon", "lexicon import [--format liwc|yaml|auto] [--id ID] "
		                   "[--language L] [--lexicon-version V] [-o FILE] DICTIONARY");
	if (output && !*output)
		return usage_error("lexicon", "-o wants a file name");
	const char *path = argv[optind];
	if (!format_given)
		o.format = pl_dict_format_of(path);
	struct pl_buf lex = PL_BUF_INIT, diag = PL_BUF_INIT;
	int rc = pl_dict_convert_file(path, &o, &lex, &diag, &err);
	cli_say_lines(&diag);
	pl_buf_release(&diag);
	if (rc)
		rc = fail_err("lexicon import", &err);
	else
		rc = check_text(path, &lex);
	if (!rc && output && strcmp(output, "-")) {
		char *tmp = cli_output_file("lexicon import", output);
		if (!tmp)
			rc = EXIT_USAGE;
		else if (pl_outfile_write(output, write_text, &lex, tmp, CLI_TMP_MAX, &err))
			rc = fail_err("lexicon import", &err);
	} else if (!rc) {
		fwrite(lex.data, 1, lex.len, stdout);
		rc = out_finish("lexicon import");
	}
	pl_buf_release(&lex);
	return rc;
}
