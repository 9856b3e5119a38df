/* cmd_init.c - `plenary init`: create the database (the dispatcher does). */
#include "cli.h"

static int run_init(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return usage_error("init", "init takes no arguments");
	if (cli_open(c))
		return EXIT_RUNTIME;
	fprintf(stderr, "plenary: database ready at '%s'\n", pl_store_path(c->store));
	return out_finish("init");
}

const struct command cmd_init = {
	.name = "init",
	.run = run_init,
	.flags = CMD_DB_WRITE | CMD_DB_CREATE,
	.summary = "create the database (ingest also creates it)",
	.usage = "usage: plenary [--db PATH] init\n\n"
	         "Creates an empty plenary database, or checks an existing one.\n",
};
