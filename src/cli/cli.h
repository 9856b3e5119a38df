/*
 * cli.h - what the command-line front end's files share: the command table
 * entry, the context a command runs in, and output helpers that make
 * document text safe for a terminal, TSV and JSON.
 */
#ifndef PLENARY_CLI_H
#define PLENARY_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/ingest.h"
#include "plenary/store.h"

/* Exit codes (PRODUCT.md, section 8). */
enum { EXIT_OK = 0, EXIT_RUNTIME = 1, EXIT_USAGE = 2, EXIT_INTERRUPTED = 130 };

/* How cli_open() opens the database for a command. */
enum {
	CMD_DB_READ   = 1u << 0,   /* open the database read-only */
	CMD_DB_WRITE  = 1u << 1,   /* open it for writing */
	CMD_DB_CREATE = 1u << 2    /* create it if missing (with CMD_DB_WRITE) */
};

struct cli {
	const char *db_path;
	const struct command *cmd;  /* the command running */
	struct pl_store *store;     /* opened by cli_open() */
	int count_once;             /* --campaigns count-once */
	struct pl_err err;
};

struct command {
	const char *name;
	int (*run)(struct cli *c, int argc, char **argv);
	unsigned flags;
	const char *summary;       /* one line, for `plenary --help` */
	const char *usage;         /* the whole `plenary CMD --help` text */
};

extern const struct command cmd_init, cmd_ingest, cmd_search, cmd_stats, cmd_tag,
	cmd_classify, cmd_explain, cmd_lexicon, cmd_tui;
extern const struct command cmd_campaigns;
extern const struct command cmd_export;

#define PLENARY_VERSION "0.1.0"
extern const struct command cmd_kwic, cmd_keyness;

struct pl_lexicon;
struct lexicons {
	struct pl_lexicon **lx;
	size_t n;
};

/* The files of repeated --lexicon options. */
#define MAX_LEXICONS 16
struct lexicon_paths {
	char *paths[MAX_LEXICONS];
	size_t n;
};

/* Adds one --lexicon FILE; EXIT_OK or a usage error. */
int cli_lexicon_option(const char *cmd, struct lexicon_paths *p, char *file);

/* Loads the lexicon files given (--lexicon), or the shipped ones (from
 * $PLENARY_LEXICONS, else the build's lexicons/ directory). Prints every
 * diagnostic; returns EXIT_OK or the exit code to return. */
int cli_load_lexicons(const char *cmd, char *const *paths, size_t n, struct lexicons *out);
void cli_free_lexicons(struct lexicons *l);
/* Prints a core module's diagnostics (lines quoting a file) on stderr,
 * escaped line by line, and empties the buffer. */
void cli_say_lines(struct pl_buf *diag);
/* `plenary lexicon import` (cmd_lexicon_import.c). */
int lexicon_import(int argc, char **argv);
/* The shipped lexicons that are there, objectives first: how many (0 when
 * the objectives are missing; paths[0] then says where they were looked for). */
#define LEXICON_PATH_MAX 4096
size_t cli_shipped_lexicons(char paths[][LEXICON_PATH_MAX]);

/* Opens the database as the command's flags say; commands call it once
 * their options are parsed, so a usage error never touches the database.
 * Returns EXIT_OK, or the exit code after printing the error. */
int cli_open(struct cli *c);

/* Parses --campaigns count-once|count-all into c->count_once; EXIT_OK or a
 * usage error. */
int cli_campaigns_mode(struct cli *c, const char *arg);

/* Output formats of commands that print results. */
enum out_format { OUT_TEXT, OUT_TSV, OUT_JSONL };
int parse_format(const char *name, enum out_format *out);

/* Lists the campaigns of at least min_size passages (campaigns, stats). */
int cli_list_campaigns(struct cli *c, enum out_format format, int64_t min_size);

/* Prints the passages and documents per category (tag, stats). */
int print_category_counts(struct cli *c, enum out_format format);

/* The synthesis views of `plenary stats` (stats_synthesis.c); each returns
 * an exit code, having printed any error. */
struct stats_view {
	enum out_format format;
	int tty;
	const char *key;        /* --by / --count-by KEY; NULL for none */
	const char *shown_key;  /* the key as text output shows it: escaped */
	const char *lexicon;    /* --lexicon-id: categories of one lexicon */
	int64_t top, min, few;  /* --top, --min, --few */
};
/* The crosstab of categories by v->key; *shown is 0 when nothing is tagged. */
int stats_crosstab(struct cli *c, const struct stats_view *v, int *shown);
int stats_count_by(struct cli *c, const struct stats_view *v);
int stats_cooccur(struct cli *c, const struct stats_view *v);
int stats_coverage(struct cli *c, const struct stats_view *v);

/* Prints a line on stderr, control characters escaped. */
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "plenary: CMD: message" on stderr; returns `code`. */
int fail(const char *cmd, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Prints the error in c->err and maps its status to an exit code. */
int fail_err(const char *cmd, const struct pl_err *err);
/* Prints a usage error and the hint to run --help; returns EXIT_USAGE. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Parses KEY=VALUE into kv (pointing into arg, which is modified). */
int parse_kv(char *arg, struct pl_kv *kv);
/* Parses "512", "64K", "256M", "1G" into bytes; -1 when malformed. */
int64_t parse_size(const char *s);
/* Parses a non-negative integer; -1 when malformed. */
int64_t parse_count(const char *s);

/* Appends document text for a human reading stdout: control characters
 * escaped when stdout is a terminal (tty != 0), kept otherwise. Newlines are
 * shown as spaces. Highlight marks become bold (terminal) or **...**. */
void out_human(struct pl_buf *b, const char *s, int tty);
/* Appends a TSV field: \\ \t \n \r and other controls escaped. */
void out_tsv(struct pl_buf *b, const char *s);
/* Appends a JSON string (with quotes); NULL becomes null. */
void out_json(struct pl_buf *b, const char *s);
/* One TSV line or JSON Lines object (format is not OUT_TEXT), for output
 * whose columns and fields are the same, in the same order: each field is
 * then written once for both formats. */
struct out_record {
	struct pl_buf *b;
	enum out_format format;
	int fields;             /* written so far: 0 to start */
};
void out_str_field(struct out_record *r, const char *key, const char *s);
void out_int_field(struct out_record *r, const char *key, int64_t v);
void out_real_field(struct out_record *r, const char *key, double v, int decimals);
void out_record_end(struct out_record *r);
/* Writes b to stdout and clears it; nonzero if stdout failed. */
int out_flush(struct pl_buf *b);
/* 1234567 -> "1,234,567", for people. */
const char *out_thousands(int64_t v, char out[32]);
/* Appends a bar of block characters, `width` long for max. */
void out_bar(struct pl_buf *b, double v, double max, int width);
/* Appends s as out_human() does, cut to `width` characters (an ellipsis
 * where cut) and padded to it: left-aligned, or as the flags say. */
enum { OUT_CELL_RIGHT = 1u << 0, OUT_CELL_TAIL = 1u << 1 /* cut the start, not the end */ };
void out_cell(struct pl_buf *b, const char *s, size_t width, unsigned flags, int tty);
/* Final check that everything reached stdout (a full disk, a closed pipe). */
int out_finish(const char *cmd);

/* Before writing -o FILE whole (pl_outfile_write, pl_export_file): refuses a
 * path that exists and is not a regular file, and has a signal that ends the
 * command remove the temporary file. Returns the buffer (CLI_TMP_MAX bytes)
 * to pass as tmp, or NULL after printing a usage error. */
#define CLI_TMP_MAX 4096
char *cli_output_file(const char *cmd, const char *path);

#endif
