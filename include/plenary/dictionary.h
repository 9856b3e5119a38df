/*
 * dictionary.h - importing LIWC `.dic` and quanteda YAML dictionaries as
 * lexicons.
 *
 * Contract: pl_dict_convert() reads a whole dictionary and appends the text
 * of an equivalent lexicon (lexicons/README.md) to `out`, for analysts to
 * review, diff and edit; that text then goes through the normal lexicon
 * parser. Each category of the dictionary becomes a category of the
 * lexicon (its id made valid and unique, its name kept as the title), and
 * each entry a pattern: a glob turned into a whole-word regex
 * (pl_glob_regex). The lexicon has threshold 1 and every category
 * 'context none': a dictionary says nothing about migration. A malformed
 * dictionary is refused whole: every problem is one "FILE:LINE: message"
 * line in the caller's diagnostics (at most 100, then a count), and err says
 * how many (PL_EFORMAT; a bad option is PL_EUSAGE).
 *
 * LIWC: a '%' line, the categories ("NUMBER NAME" lines), a '%' line, then
 * one entry a line: the word (spaces allowed; then a TAB before the
 * categories) and its categories as numbers or names. "<of>131/125" puts the
 * word in 131 when the next word is "of", else in 125. LIWC 2007's
 * "(02 134)125/464" depends on the previous word's categories, which a
 * pattern cannot express: refused, with the line to edit.
 *
 * YAML (as quanteda's dictionary(file=, format="YAML") reads and writes
 * it): a mapping of category names to lists of glob patterns, nested; nested
 * names are joined with '.' as quanteda's flatten_dictionary does ("a.b"),
 * and the values of a '__' key belong to the key above it. The subset read:
 * block mappings, block sequences ("- item"), one-line flow sequences
 * ("[a, b]"), plain, 'single' and "double" quoted scalars, comments, "---".
 * Anything else (anchors, aliases, tags, block scalars, flow mappings,
 * multi-line scalars) is refused with its line.
 */
#ifndef PLENARY_DICTIONARY_H
#define PLENARY_DICTIONARY_H

#include <stddef.h>

#include "plenary/buf.h"
#include "plenary/error.h"

struct pl_lexicon;

enum pl_dict_format { PL_DICT_AUTO, PL_DICT_LIWC, PL_DICT_YAML };

struct pl_dict_opts {
	enum pl_dict_format format;   /* AUTO: a first '%' line is LIWC, else YAML */
	const char *id;               /* the lexicon id; NULL: from the file name */
	const char *version;          /* NULL: "sha256:" and 12 hex digits of the file */
	const char *language;         /* NULL: no language line */
};

/* Parses "liwc", "yaml", "auto"; PL_OK or PL_EUSAGE. */
int pl_dict_format_parse(const char *name, enum pl_dict_format *out, struct pl_err *err);

/* PL_DICT_LIWC for a path ending in .dic, PL_DICT_YAML for .yml or .yaml
 * (any case), else PL_DICT_AUTO: not a dictionary's name. */
enum pl_dict_format pl_dict_format_of(const char *path);

/* Converts the dictionary text[0..len); `name` is used in messages and for
 * the default lexicon id. */
int pl_dict_convert(const char *name, const char *text, size_t len,
                    const struct pl_dict_opts *opts, struct pl_buf *out,
                    struct pl_buf *diagnostics, struct pl_err *err);

/* The same for the file at path. */
int pl_dict_convert_file(const char *path, const struct pl_dict_opts *opts, struct pl_buf *out,
                         struct pl_buf *diagnostics, struct pl_err *err);

/* Loads the lexicon at path; a dictionary's name (pl_dict_format_of) is
 * converted with the default options first, so `--lexicon x.dic` works
 * wherever a lexicon does. */
int pl_dict_load_lexicon(const char *path, struct pl_lexicon **out, struct pl_buf *diagnostics,
                         struct pl_err *err);

/* ---- globs, public for the tests ---- */

enum {
	PL_GLOB_QUESTION = 1u << 0   /* '?' is one word character (quanteda), not literal */
};

/* Appends the regex for the glob g[0..n) (trimmed, valid UTF-8): '*' is
 * any word characters (\w*), '?' one (with PL_GLOB_QUESTION), a straight or
 * curly apostrophe either, a run of spaces \s+ (a phrase), every other
 * character literal (ASCII punctuation escaped). \b closes each end that is
 * a word character or a wildcard, so an entry matches whole words only.
 * Returns PL_OK; PL_EFORMAT with *why set when the glob is refused (empty,
 * only wildcards, a control character, too long); PL_ENOMEM. */
int pl_glob_regex(const char *g, size_t n, unsigned flags, struct pl_buf *out, const char **why);

#endif
