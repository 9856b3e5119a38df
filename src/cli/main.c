/*
 * main.c - plenary's command line: global options, the command table, and
 * the dispatcher that opens the database as each command needs it.
 */
#include "cli.h"
#include "plenary/tagger.h"

#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct command *const commands[] = {
	&cmd_init, &cmd_ingest, &cmd_search, &cmd_stats, &cmd_tag, &cmd_classify,
	&cmd_explain, &cmd_lexicon, &cmd_tui,
	&cmd_campaigns,
	&cmd_export,
	&cmd_kwic, &cmd_keyness,
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void print_usage(FILE *f)
{
	fputs("usage: plenary [--db PATH] COMMAND [OPTIONS] [ARGS]\n\n"
	      "Reads, indexes and searches consultation input on the Global Compact for\n"
	      "Safe, Orderly and Regular Migration.\n\ncommands:\n", f);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
	fputs("\noptions:\n"
	      "  --db PATH    the database (default: $PLENARY_DB, else ./plenary.db)\n"
	      "  --version    print the version\n"
	      "  -h, --help   this help; 'plenary COMMAND --help' for a command\n\n"
	      "exit status: 0 success, 1 runtime failure, 2 usage error, 130 interrupted\n", f);
}

int cli_open(struct cli *c)
{
	unsigned flags = (c->cmd->flags & CMD_DB_WRITE) ? 0 : PL_OPEN_READONLY;
	if (c->cmd->flags & CMD_DB_CREATE)
		flags |= PL_OPEN_CREATE;
	if (pl_store_open(c->db_path, flags, &c->store, &c->err) ||
	    (c->count_once && pl_store_count_once(c->store, 1, &c->err)))
		return fail_err(c->cmd->name, &c->err);
	return EXIT_OK;
}

int cli_campaigns_mode(struct cli *c, const char *arg)
{
	if (strcmp(arg, "count-once") && strcmp(arg, "count-all"))
		return usage_error(c->cmd->name, "--campaigns is count-once or count-all, not '%s'",
		                   arg);
	c->count_once = !strcmp(arg, "count-once");
	return EXIT_OK;
}

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (!strcmp(commands[i]->name, name))
			return commands[i];
	return NULL;
}

static int wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			return 0;
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return 1;
	}
	return 0;
}

/* $PLENARY_CACHE_DIR (empty: no cache), else the XDG cache directory. */
static void set_cache_dir(void)
{
	const char *dir = getenv("PLENARY_CACHE_DIR"), *base = getenv("XDG_CACHE_HOME");
	char path[4096];
	if (!dir) {
		if (base && *base)
			snprintf(path, sizeof path, "%s/plenary", base);
		else if ((base = getenv("HOME")) && *base)
			snprintf(path, sizeof path, "%s/.cache/plenary", base);
		else
			path[0] = '\0';
		dir = path;
	}
	pl_tagger_cache_dir(dir);
}

int main(int argc, char **argv)
{
	struct cli c = { 0 };
	c.db_path = getenv("PLENARY_DB");
	if (!c.db_path || !*c.db_path)
		c.db_path = "plenary.db";

	static const struct option global[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;
	opterr = 0;
	/* "+": stop at the command name; its options are its own. */
	while ((opt = getopt_long(argc, argv, "+h", global, NULL)) != -1) {
		switch (opt) {
		case 'd':
			c.db_path = optarg;
			break;
		case 'V':
			printf("plenary %s\n", PLENARY_VERSION);
			return out_finish(NULL);
		case 'h':
			print_usage(stdout);
			return out_finish(NULL);
		default:
			return usage_error(NULL, "unknown option '%s'", argv[optind - 1]);
		}
	}
	/* `plenary` alone in a terminal opens the TUI. */
	char *tui_argv[] = { "tui", NULL };
	if (optind >= argc && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		argv = tui_argv;
		argc = 1;
		optind = 0;
	}
	if (optind >= argc) {
		print_usage(stderr);
		return EXIT_USAGE;
	}
	const struct command *cmd = find_command(argv[optind]);
	if (!cmd)
		return usage_error(NULL, "unknown command '%s'", argv[optind]);
	int cargc = argc - optind;
	char **cargv = argv + optind;
	if (wants_help(cargc, cargv)) {
		fputs(cmd->usage, stdout);
		return out_finish(NULL);
	}
	c.cmd = cmd;
	set_cache_dir();
	/* Past a file size limit (ulimit -f) a write then fails with EFBIG and is
	 * reported like a full disk, rather than SIGXFSZ killing us mid-file. */
	signal(SIGXFSZ, SIG_IGN);
	optind = 0;   /* GNU getopt: start afresh for the command's options */
	opterr = 0;
	int rc = cmd->run(&c, cargc, cargv);
	pl_store_close(c.store);
	return rc;
}
