/*
 * dictionary_impl.h - what dictionary.c shares with the parsers of the two
 * dictionary formats (dict_liwc.c, dict_yaml.c): the dictionary being read,
 * its categories, and the helpers that report problems and add patterns.
 */
#ifndef PLENARY_DICTIONARY_IMPL_H
#define PLENARY_DICTIONARY_IMPL_H

#include "plenary/buf.h"
#include "plenary/dictionary.h"

#include <stddef.h>

struct category {
	char *name;                /* as the dictionary writes it: the title */
	char *id;                  /* a valid, unique lexicon id */
	long number;               /* LIWC's category number; -1 in YAML */
	int line;
	size_t npatterns;
	struct pl_buf patterns;    /* "\n" then "pattern REGEX\n" lines */
};

struct dict {
	const char *name;          /* the file, for messages */
	struct pl_buf *diag;
	size_t nerrors;
	int oom;
	struct category *cats;
	size_t ncats, capcats;
	struct pl_buf shown, regex;
	/* the line being read */
	int lineno;
	const char *text;
	size_t len;
};

static inline int dict_is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* A problem on a line: "NAME:LINE: message" in the diagnostics (the first
 * 100; the others are counted). */
void dict_report(struct dict *d, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Dictionary text quoted in a message: at most 40 characters, escaped.
 * Valid until the next call. */
const char *dict_shown(struct dict *d, const char *s, size_t n);
/* A new category named name[0..n) (LIWC's number, or -1), at d->lineno;
 * its index, or -1 after a report. */
int dict_add_category(struct dict *d, const char *name, size_t n, long number);
/* Adds a pattern to category cat, unless it has it already. */
void dict_add_pattern(struct dict *d, int cat, const char *regex);
/* The regex of entry e[0..n) (pl_glob_regex), in d->regex; 0, or -1 after
 * a report. */
int dict_entry_regex(struct dict *d, const char *e, size_t n, unsigned flags);
/* Calls line(d, ctx) for each line of the text, with d->lineno, d->text
 * and d->len set (line end, CR and a first BOM removed); a line that is
 * not UTF-8 or holds a NUL is reported instead. Stops when line() returns
 * nonzero. */
void dict_each_line(struct dict *d, const char *text, size_t len,
                    int (*line)(struct dict *d, void *ctx), void *ctx);
void dict_skip_blanks(const char *s, size_t n, size_t *i);   /* from s[*i] */
void dict_trim(const char **s, size_t *n);                    /* blanks at both ends */
int dict_ncaseeq(const char *a, const char *b, size_t n);     /* ASCII case ignored */
char *dict_dup(struct dict *d, const char *s, size_t n);      /* NULL: d->oom set */

/* The parsers: categories and patterns into d, problems reported. */
void dict_read_liwc(struct dict *d, const char *text, size_t len);
void dict_read_yaml(struct dict *d, const char *text, size_t len);

#endif
