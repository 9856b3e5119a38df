/*
 * lexicon.h - loading a lexicon file (format: lexicons/README.md).
 *
 * Contract: pl_lexicon_load() reads and compiles a whole lexicon or refuses
 * it whole. Every problem is reported, one per line, as
 * "FILE:LINE:COL: message" followed by the offending line and a caret, in
 * the caller's diagnostics buffer; err then says how many errors there were
 * (PL_EUSAGE). Patterns are compiled caseless, UTF, UCP, MATCH_INVALID_UTF,
 * NEVER_BACKSLASH_C, with JIT; patterns that can match the empty string,
 * and patterns over PL_MAX_PATTERN bytes, are refused. A loaded lexicon is
 * immutable and can be shared by threads; matching state lives in a
 * pl_tagger (tagger.h).
 */
#ifndef PLENARY_LEXICON_H
#define PLENARY_LEXICON_H

#include <stddef.h>

#include "plenary/buf.h"
#include "plenary/error.h"

#define PL_MAX_PATTERN (16u << 10)

enum pl_pattern_kind {
	PL_PAT_HIT,       /* `pattern`: adds its weight to the category's score */
	PL_PAT_EXCLUDE,   /* `exclude`: suppresses hits it overlaps */
	PL_PAT_CONTEXT    /* `context`: the passage is about people moving */
};

struct pl_pattern {
	enum pl_pattern_kind kind;
	int category;            /* index of its category; -1 for the header's context */
	double weight;           /* PL_PAT_HIT only; 1 by default */
	const char *source;      /* the regex as written */
	int line, column;        /* where the regex starts in the file (1-based) */
};

enum pl_context_mode {
	PL_CTX_LEXICON,   /* the header's context patterns (none: no requirement) */
	PL_CTX_OWN,       /* the category's own context patterns */
	PL_CTX_NONE       /* `context none` */
};

struct pl_example {
	const char *text;
	int must_match;          /* 1: `example`, 0: `counter` */
	int line;
};

struct pl_category {
	const char *id, *title;
	double threshold;
	enum pl_context_mode context;
	const struct pl_example *examples;
	size_t nexamples;
	int line;
};

struct pl_lexicon;

/* Reads and compiles the file at path. Diagnostics (may be NULL) receives
 * every error. */
int pl_lexicon_load(const char *path, struct pl_lexicon **out, struct pl_buf *diagnostics,
                    struct pl_err *err);
/* The same from memory; `name` is used in messages (fuzzing, tests). */
int pl_lexicon_parse(const char *name, const char *text, size_t len, struct pl_lexicon **out,
                     struct pl_buf *diagnostics, struct pl_err *err);
void pl_lexicon_free(struct pl_lexicon *lx);

const char *pl_lexicon_id(const struct pl_lexicon *lx);
const char *pl_lexicon_title(const struct pl_lexicon *lx);      /* "" when absent */
const char *pl_lexicon_version(const struct pl_lexicon *lx);    /* "" when absent */
const char *pl_lexicon_language(const struct pl_lexicon *lx);   /* "" when absent */
const char *pl_lexicon_path(const struct pl_lexicon *lx);
const char *pl_lexicon_hash(const struct pl_lexicon *lx);       /* SHA-256 of the file */

size_t pl_lexicon_ncategories(const struct pl_lexicon *lx);
const struct pl_category *pl_lexicon_category(const struct pl_lexicon *lx, size_t i);
/* Index of the category with this id (ASCII case ignored), or -1. */
int pl_lexicon_find(const struct pl_lexicon *lx, const char *id);

size_t pl_lexicon_npatterns(const struct pl_lexicon *lx);
const struct pl_pattern *pl_lexicon_pattern(const struct pl_lexicon *lx, size_t i);

/* Pattern i as compiled (a pcre2_code_8, with its JIT code when JIT worked),
 * for the tagger: callers that include <pcre2.h> can use it directly. */
struct pcre2_real_code_8;
const struct pcre2_real_code_8 *pl_lexicon_code(const struct pl_lexicon *lx, size_t i);

/* Index just past the ']' closing the PCRE2 character class that opens at
 * p[i] (escapes, \Q...\E and [:posix:] inside it understood), or 0 when it is
 * not closed. For the lexicon's checks and the tagger's rewriter alike. */
size_t pl_regex_class_end(const char *p, size_t n, size_t i);

#endif
