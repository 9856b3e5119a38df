/* cmd_tui.c - `plenary tui`: the terminal interface (src/tui). */
#include "cli.h"
#include "../tui/tui.h"

#include <stdlib.h>

static int run_tui(struct cli *c, int argc, char **argv)
{
	if (argc > 1)
		return usage_error("tui", "unexpected argument '%s'", argv[1]);
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
	return tui_main(c->store, readonly);
}

const struct command cmd_tui = {
	.name = "tui",
	.run = run_tui,
	.flags = CMD_DB_WRITE,
	.summary = "browse, search and code passages in the terminal",
	.usage = "usage: plenary [--db PATH] tui\n\n"
	         "Opens the terminal interface on the database: objectives, documents,\n"
	         "search and a reader; add or remove tags, mark and export excerpts.\n"
	         "Press ? inside for every key. `plenary` alone opens it too when run\n"
	         "in a terminal.\n",
};
