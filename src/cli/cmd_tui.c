/* cmd_tui.c - `plenary tui`: the terminal interface (src/tui). */
#include "cli.h"
#include "../tui/tui.h"

#include <getopt.h>
#include <stdlib.h>

static int run_tui(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lexicon", required_argument, NULL, 'l' },
		{ "campaigns", required_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	struct lexicon_paths lp = { .n = 0 };
	char shipped[2][LEXICON_PATH_MAX];
	int opt;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (opt == 'C' ? cli_campaigns_mode(c, optarg)
		    : opt != 'l' ? usage_error("tui", "unknown option '%s'", argv[optind - 1])
		    : cli_lexicon_option("tui", &lp, optarg))
			return EXIT_USAGE;
	}
	if (optind < argc)
		return usage_error("tui", "unexpected argument '%s'", argv[optind]);
	/* The e key loads them when first pressed; a missing one is said then. */
	for (size_t i = 0, n = lp.n ? 0 : cli_shipped_lexicons(shipped); i < n; i++)
		lp.paths[lp.n++] = shipped[i];
	if (!tui_has_terminal())
		return fail("tui", EXIT_USAGE, "plenary tui needs a terminal (stdin and stdout)");
	/* Coding writes; a database we may only read still opens, read-only. */
	int readonly = 0;
	if (pl_store_open(c->db_path, 0, &c->store, &c->err)) {
		struct pl_err first = c->err;
		if (pl_store_open(c->db_path, PL_OPEN_READONLY, &c->store, &c->err))
			return fail_err("tui", &first);
		readonly = 1;
	}
	if (c->count_once && pl_store_count_once(c->store, 1, &c->err))
		return fail_err("tui", &c->err);
	return tui_main(c->store, readonly, lp.paths, lp.n);
}

const struct command cmd_tui = {
	.name = "tui",
	.run = run_tui,
	.flags = CMD_DB_WRITE,
	.summary = "browse, search and code passages in the terminal",
	.usage = "usage: plenary [--db PATH] tui [--lexicon FILE]... [--campaigns MODE]\n\n"
	         "Opens the terminal interface on the database: objectives, documents,\n"
	         "search and a reader; add or remove tags, mark and export excerpts.\n"
	         "The e key explains a passage's tags with the lexicons given (as for\n"
	         "`plenary explain`; by default the shipped ones). --campaigns\n"
	         "count-once counts a form letter once in the objectives and crosstab.\n"
	         "Press ? inside for every key. `plenary` alone opens it too when run\n"
	         "in a terminal.\n",
};
