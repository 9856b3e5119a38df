/* lexicons.c - loading the lexicons a command names, or the shipped ones. */
#include "cli.h"
#include "plenary/dictionary.h"
#include "plenary/lexicon.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#ifndef PLENARY_LEXICON_DIR
#define PLENARY_LEXICON_DIR "lexicons"
#endif

/* The shipped lexicons, objectives first. */
static const char *const shipped[] = { "gcm.lex", "gcm-principles.lex" };

void cli_say_lines(struct pl_buf *diag)
{
	/* The lines quote the file: escaped, line by line. */
	for (char *line = diag->data, *nl; line && *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		say("%s", line);
		if (!nl)
			break;
	}
	pl_buf_clear(diag);
}

/* A lexicon file, or a dictionary (.dic, .yml, .yaml) converted on the fly. */
static int load_one(const char *cmd, const char *path, struct pl_lexicon **out)
{
	struct pl_buf diag = PL_BUF_INIT;
	struct pl_err err = { 0 };
	int rc = pl_dict_load_lexicon(path, out, &diag, &err);
	cli_say_lines(&diag);
	pl_buf_release(&diag);
	return rc ? fail_err(cmd, &err) : EXIT_OK;
}

int cli_lexicon_option(const char *cmd, struct lexicon_paths *p, char *file)
{
	if (p->n == MAX_LEXICONS)
		return usage_error(cmd, "at most %d lexicons", MAX_LEXICONS);
	p->paths[p->n++] = file;
	return EXIT_OK;
}

size_t cli_shipped_lexicons(char paths[][LEXICON_PATH_MAX])
{
	const char *dir = getenv("PLENARY_LEXICONS");
	if (!dir || !*dir)
		dir = PLENARY_LEXICON_DIR;
	size_t n = 0;
	for (size_t i = 0; i < 2; i++) {
		snprintf(paths[n], LEXICON_PATH_MAX, "%s/%s", dir, shipped[i]);
		if (access(paths[n], R_OK) != 0)
			break;   /* the principles are optional; the objectives are not */
		n++;
	}
	return n;
}

int cli_load_lexicons(const char *cmd, char *const *paths, size_t n, struct lexicons *out)
{
	char dflt[2][LEXICON_PATH_MAX];
	char *const shipped_paths[2] = { dflt[0], dflt[1] };
	memset(out, 0, sizeof *out);
	if (n == 0) {
		if (!(n = cli_shipped_lexicons(dflt)))
			return fail(cmd, EXIT_USAGE, "no lexicon given, and the shipped one is not at '%s' "
			            "(give --lexicon FILE, or set PLENARY_LEXICONS to its directory)", dflt[0]);
		paths = shipped_paths;
	}
	out->lx = calloc(n, sizeof *out->lx);
	if (!out->lx)
		return fail(cmd, EXIT_RUNTIME, "out of memory");
	for (size_t i = 0; i < n; i++) {
		int rc = load_one(cmd, paths[i], &out->lx[out->n]);
		if (rc) {
			cli_free_lexicons(out);
			return rc;
		}
		out->n++;
	}
	/* One id, one category: counts and analyst decisions name them alone. */
	for (size_t a = 0; a < out->n; a++)
		for (size_t b = a + 1; b < out->n; b++)
			for (size_t c = 0; c < pl_lexicon_ncategories(out->lx[a]); c++) {
				const char *id = pl_lexicon_category(out->lx[a], c)->id;
				if (pl_lexicon_find(out->lx[b], id) >= 0) {
					int rc = fail(cmd, EXIT_USAGE, "category '%s' is in both '%s' and '%s'", id,
					              pl_lexicon_path(out->lx[a]), pl_lexicon_path(out->lx[b]));
					cli_free_lexicons(out);
					return rc;
				}
			}
	return EXIT_OK;
}

void cli_free_lexicons(struct lexicons *l)
{
	for (size_t i = 0; i < l->n; i++)
		pl_lexicon_free(l->lx[i]);
	free(l->lx);
	l->lx = NULL;
	l->n = 0;
}
