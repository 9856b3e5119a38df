/*
 * tagger.c - running a lexicon over texts: a Hyperscan prefilter picks the
 * patterns that may match, PCRE2 (JIT) finds their exact spans, and the
 * scoring of lexicons/README.md turns spans into tags.
 *
 * The prefilter must never drop a pattern PCRE2 would match. Hyperscan in
 * prefilter mode promises a superset of the matches of its own reading of
 * a pattern, but its Unicode tables are older than PCRE2's and disagree
 * (measured with Hyperscan 5.4 and PCRE2 10.42: \w misses 29,478 code
 * points PCRE2 calls word characters, \p{Han} misses U+3001, [[:cntrl:]]
 * misses U+0080-U+009F). So Hyperscan never sees Unicode. It scans a
 * folded copy of the text, one byte per character: ASCII as is, the few
 * characters PCRE2 matches caselessly with an ASCII letter (the Kelvin
 * sign, the long s) as that letter, every other character as 0x80. And it
 * runs rewritten patterns, in byte mode: every atom that matches one
 * character (a class, \w, \p{..}, a non-ASCII letter, '.') becomes the
 * class of the ASCII characters PCRE2 itself says it matches (asked by
 * matching it against each of them), plus 0x80; \b and \B are dropped;
 * back-references and repeated groups become "anything". A rewritten
 * pattern matches the folded text wherever the original matches the text,
 * whatever either library's Unicode version. Patterns the rewriter does not
 * understand, and those Hyperscan refuses, run on every text.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "plenary/tagger.h"
#include "hs_cache.h"
#include "plenary/buf.h"
#include "plenary/text.h"

#include <hs.h>
#include <limits.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MATCH_LIMIT 100000
#define HEAP_LIMIT_KIB 65536
#define JIT_STACK_MIN (32u << 10)
#define JIT_STACK_MAX (1u << 20)
#define HS_FLAGS (HS_FLAG_PREFILTER | HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH | \
                  HS_FLAG_ALLOWEMPTY)

/* Whatever the text holds there, in Hyperscan's byte mode. */
#define ANYTHING "(?:[\\x00-\\xFF]*)"

/* The patterns of one category, as ranges of the tagger's index lists. */
struct cat_index {
	size_t hit0, nhit, exc0, nexc, ctx0, nctx;
};

struct interval {
	size_t start, end;
};

struct pl_tagger {
	const struct pl_lexicon *lx;
	size_t npat, ncat;
	const pcre2_code **codes;
	unsigned char *jit;         /* pattern has JIT code */
	unsigned char *kind;        /* enum pl_pattern_kind */
	int *category;
	size_t *limit_hits;
	size_t *first, *count;      /* spans of each pattern; count is 0 unless run */
	unsigned *run;              /* the patterns run on the last text, ascending */
	size_t nrun;
	unsigned *always;           /* patterns not in the prefilter: run on every text */
	size_t nalways;
	/* pattern indices grouped by category and kind */
	int *hits, *excl, *ctx;
	struct cat_index *cats;
	size_t hdr0, nhdr;          /* the header's context patterns, in ctx */
	unsigned char *touched;     /* category has a hit on the current text */
	struct interval *iv;        /* exclusion spans of one category */
	size_t civ;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jstack;
	pcre2_match_data *md;
	hs_database_t *db;          /* NULL: no prefilter, every pattern runs */
	hs_scratch_t *scratch;
	struct pl_buf folded;       /* the text as the prefilter sees it */
};

/* ---- the prefilter's view of texts ---- */

/* Non-ASCII characters that PCRE2 matches caselessly with ASCII letters
 * (the Kelvin sign with k, the long s with s), each with the letter that
 * stands for it in a folded text. Found once per process by asking PCRE2
 * (find_folds), so that a newer Unicode in PCRE2 cannot surprise the
 * prefilter. */
#define MAX_PARTNERS 16
static struct partner {
	char utf8[4];
	unsigned char len;
	char ascii;
} partners[MAX_PARTNERS];
static size_t npartners;
static int folds_ok;
static pthread_once_t folds_once = PTHREAD_ONCE_INIT;

/* Matches one character of PCRE2 syntax, alone, anchored at both ends,
 * against every ASCII character and every partner, caseless and not (a
 * (?-i) may be in force, and a caseless negated class matches fewer).
 * set[0..127] are ASCII characters, set[128 + k] partner k. Returns 0, 1 if
 * the atom does not compile alone, or PL_ENOMEM. */
static int members(const char *atom, size_t n, pcre2_match_data *md, size_t nparts,
                   unsigned char set[128 + MAX_PARTNERS])
{
	for (int caseless = 0; caseless < 2; caseless++) {
		int ec;
		PCRE2_SIZE eoff;
		uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED | PCRE2_ENDANCHORED |
		                 PCRE2_NEVER_BACKSLASH_C | (caseless ? PCRE2_CASELESS : 0);
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)atom, n, flags, &ec, &eoff, NULL);
		if (!re)
			return ec == PCRE2_ERROR_NOMEMORY ? PL_ENOMEM : 1;
		for (size_t c = 0; c < 128 + nparts; c++) {
			unsigned char ch = (unsigned char)c;
			const unsigned char *s = c < 128 ? &ch : (const unsigned char *)partners[c - 128].utf8;
			size_t len = c < 128 ? 1 : partners[c - 128].len;
			if (pcre2_match(re, s, len, 0, 0, md, NULL) >= 0)
				set[c] = 1;
		}
		pcre2_code_free(re);
	}
	return 0;
}

/* Runs a caseless class of all ASCII over every non-ASCII code point: each
 * match is a partner of the ASCII letters members() finds for it. */
static void find_folds(void)
{
	struct pl_buf all = PL_BUF_INIT;
	pcre2_code *re = NULL;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	pcre2_match_data *md2 = pcre2_match_data_create(1, NULL);
	int ok = md && md2;
	for (unsigned cp = 0x80; cp <= 0x10FFFF && ok; cp++)
		if (cp < 0xD800 || cp > 0xDFFF)
			ok = pl_buf_add_utf8(&all, cp) == PL_OK;
	if (ok) {
		int ec;
		PCRE2_SIZE eoff;
		re = pcre2_compile((PCRE2_SPTR)"[\\x00-\\x7F]", PCRE2_ZERO_TERMINATED,
		                   PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &ec, &eoff, NULL);
		ok = re != NULL;
	}
	if (ok)
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	for (size_t off = 0; ok && off < all.len; ) {
		int rc = pcre2_match(re, (PCRE2_SPTR)all.data, all.len, off, 0, md, NULL);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		unsigned char set[128 + MAX_PARTNERS] = { 0 };
		ok = rc >= 0 && ov[1] > ov[0] && ov[1] - ov[0] <= 4 && npartners < MAX_PARTNERS &&
		     members(all.data + ov[0], ov[1] - ov[0], md2, 0, set) == 0;
		/* Caseless sets are closed, so these are one letter's two cases:
		 * either stands for the partner. */
		int c = 0;
		while (ok && c < 128 && !set[c])
			c++;
		if (ok && c < 128) {
			struct partner *pt = &partners[npartners++];
			memcpy(pt->utf8, all.data + ov[0], ov[1] - ov[0]);
			pt->len = (unsigned char)(ov[1] - ov[0]);
			pt->ascii = (char)c;
		}
		off = ov[1];
	}
	folds_ok = ok;
	pcre2_code_free(re);
	pcre2_match_data_free(md);
	pcre2_match_data_free(md2);
	pl_buf_release(&all);
}

/* The text as the prefilter scans it: one byte per character, ASCII as it
 * is, a partner of an ASCII letter as that letter, anything else (and any
 * invalid byte) as 0x80. Patterns are rewritten to match it (see below). */
static int fold_text(struct pl_buf *out, const char *s, size_t n)
{
	pl_buf_clear(out);
	if (pl_buf_reserve(out, n))
		return PL_ENOMEM;
	char *d = out->data;
	for (size_t i = 0; i < n; ) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			*d++ = (char)c;
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = pl_utf8_decode(s + i, n - i, &cp);
		char b = (char)0x80;
		for (size_t p = 0; k && p < npartners; p++)
			if (partners[p].len == k && !memcmp(partners[p].utf8, s + i, k))
				b = partners[p].ascii;
		*d++ = b;
		i += k ? k : 1;
	}
	out->len = (size_t)(d - out->data);
	out->data[out->len] = '\0';
	return PL_OK;
}

/* ---- rewriting patterns for the prefilter ---- */

/* A pattern is rewritten, for Hyperscan's byte mode, into one that matches
 * a folded text wherever the original matches the text: every atom that
 * matches one character (a class, \w, \p{..}, a non-ASCII character, '.')
 * becomes a class of the ASCII characters and partners PCRE2 says it
 * matches, plus 0x80 (any other character). */

struct xlat {
	pcre2_match_data *md;
	struct pl_buf key[64];      /* atoms already asked about, */
	unsigned char set[64][128 + MAX_PARTNERS];   /* and what they match */
	size_t ncache;
	size_t groups[64];          /* where each open group starts in the output */
	int depth;
};

#define UNBOUNDED UINT_MAX

static size_t quantifier_len(const char *p, size_t n, size_t i);

/* A quantifier: how many times the item before it may repeat. */
struct quant {
	int present;
	unsigned min, max;
	size_t len;                 /* its length in the pattern */
};

/* The quantifier at p[i], if any. A lazy or possessive mark goes with it:
 * the greedy reading matches wherever those do. */
static struct quant read_quant(const char *p, size_t n, size_t i)
{
	struct quant q = { 0, 1, 1, 0 };
	if (i >= n)
		return q;
	if (p[i] == '*' || p[i] == '+' || p[i] == '?') {
		q = (struct quant){ 1, p[i] == '+', p[i] == '?' ? 1 : UNBOUNDED, 1 };
	} else if (p[i] == '{' && (q.len = quantifier_len(p, n, i)) > 0) {
		char *end;
		q.present = 1;
		q.min = (unsigned)strtoul(p + i + 1, &end, 10);
		q.max = *end != ',' ? q.min : end[1] == '}' ? UNBOUNDED
		                    : (unsigned)strtoul(end + 1, NULL, 10);
	} else {
		return (struct quant){ 0, 1, 1, 0 };
	}
	if (i + q.len < n && (p[i + q.len] == '+' || p[i + q.len] == '?'))
		q.len++;
	return q;
}

/* A quantifier Hyperscan takes well: small bounded repeats stay, larger
 * ones become * or + (fewer states; more matches only). */
static int add_quant(struct pl_buf *out, struct quant q)
{
	if (!q.present || (q.min == 1 && q.max == 1))
		return 0;
	if (q.max <= 1)
		return pl_buf_adds(out, "?");
	if (q.max <= 32)
		return pl_buf_addf(out, "{%u,%u}", q.min, q.max);
	return pl_buf_adds(out, q.min ? "+" : "*");
}

/* A class from what it matches: ASCII characters, partners (as their
 * letters), and 0x80 for every other character. */
static int add_class(const unsigned char set[128 + MAX_PARTNERS], struct quant q,
                     struct pl_buf *out)
{
	unsigned char ascii[128];
	memcpy(ascii, set, sizeof ascii);
	for (size_t k = 0; k < npartners; k++)
		if (set[128 + k])
			ascii[(unsigned char)partners[k].ascii] = 1;
	int rc = pl_buf_addc(out, '[');
	for (int c = 0; c < 128 && !rc; c++) {
		if (!ascii[c])
			continue;
		int e = c;
		while (e + 1 < 128 && ascii[e + 1])
			e++;
		rc = e > c ? pl_buf_addf(out, "\\x%02X-\\x%02X", c, e) : pl_buf_addf(out, "\\x%02X", c);
		c = e;
	}
	if (!rc)
		rc = pl_buf_adds(out, "\\x80]");
	return rc ? rc : add_quant(out, q);
}

/* An atom of PCRE2 syntax that matches one character. Returns 0, 1 when
 * PCRE2 cannot compile it alone, or PL_ENOMEM. */
static int atom(struct xlat *x, const char *p, size_t n, struct quant q, struct pl_buf *out)
{
	unsigned char tmp[128 + MAX_PARTNERS] = { 0 }, *set = tmp;
	size_t i;
	for (i = 0; i < x->ncache; i++)
		if (x->key[i].len == n && !memcmp(x->key[i].data, p, n))
			break;
	if (i < x->ncache) {
		set = x->set[i];
	} else {
		int rc = members(p, n, x->md, npartners, tmp);
		if (rc)
			return rc;
		if (x->ncache < sizeof x->key / sizeof x->key[0] &&
		    pl_buf_add(&x->key[x->ncache], p, n) == PL_OK)
			memcpy(x->set[x->ncache++], tmp, sizeof tmp);
	}
	return add_class(set, q, out);
}

/* An ASCII character meant literally (its partners fold to it). */
static int literal(unsigned char c, struct quant q, struct pl_buf *out)
{
	int plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	int rc = plain ? pl_buf_addc(out, (char)c) : pl_buf_addf(out, "\\x%02X", c);
	return rc ? rc : add_quant(out, q);
}

/* A group with its quantifier, as close_group() treats quantified groups. */
static int add_group(const char *group, struct quant q, struct pl_buf *out)
{
	int rc = 0;
	if (!q.present || q.max <= 1) {
		rc = pl_buf_adds(out, group);
		return rc ? rc : add_quant(out, q);
	}
	if (q.min > 0)
		rc = pl_buf_adds(out, group);
	return rc ? rc : pl_buf_adds(out, ANYTHING);
}

static size_t utf8_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_hex(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Index past the '}' closing a brace that opens at p[i], or 0. */
static size_t brace_end(const char *p, size_t n, size_t i)
{
	if (i >= n || p[i] != '{')
		return 0;
	const char *e = memchr(p + i, '}', n - i);
	return e ? (size_t)(e - p) + 1 : 0;
}

/* Length of a standard quantifier {n}, {n,}, {n,m} at p[i], or 0. PCRE2
 * versions differ on the rest ({,m}, spaces), so those are not rewritten. */
static size_t quantifier_len(const char *p, size_t n, size_t i)
{
	size_t j = i + 1, d = 0;
	while (j < n && is_digit(p[j]))
		j++, d++;
	if (!d || d > 5)
		return 0;
	if (j < n && p[j] == ',') {
		size_t d2 = 0;
		for (j++; j < n && is_digit(p[j]); j++)
			d2++;
		if (d2 > 5)
			return 0;
	}
	return j < n && p[j] == '}' ? j + 1 - i : 0;
}

/* The length of the escape at p[i] (a backslash) when it stands for one
 * character or a class of them (\d, \x{e9}, \p{Lu}, \cA, ...), else 0. */
static size_t char_escape_len(const char *p, size_t n, size_t i)
{
	if (i + 1 >= n)
		return 0;
	size_t k;
	switch (p[i + 1]) {
	case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
	case 'h': case 'H': case 'v': case 'V':
	case 'a': case 'e': case 'f': case 'n': case 'r': case 't':
		return 2;
	case 'c':
		return i + 2 < n ? 3 : 0;
	case 'p': case 'P':
		if (i + 2 < n && p[i + 2] == '{')
			return (k = brace_end(p, n, i + 2)) ? k - i : 0;
		return i + 2 < n ? 3 : 0;
	case 'x':
		if (i + 2 < n && p[i + 2] == '{')
			return (k = brace_end(p, n, i + 2)) ? k - i : 0;
		for (k = i + 2; k < n && k < i + 4 && is_hex(p[k]); k++)
			;
		return k - i;
	case 'o':
		return (k = brace_end(p, n, i + 2)) ? k - i : 0;
	case '0':
		for (k = i + 2; k < n && k < i + 4 && p[k] >= '0' && p[k] <= '7'; k++)
			;
		return k - i;
	case 'N':
		if (i + 3 < n && p[i + 2] == '{' && p[i + 3] == 'U')
			return (k = brace_end(p, n, i + 2)) ? k - i : 0;
		return 0;
	}
	return 0;
}

/* Length of a back-reference (\1, \g{-1}, \k<name>, ...) at p[i], or 0.
 * An octal escape (\101) is read as one too: "anything" covers it. */
static size_t backref_len(const char *p, size_t n, size_t i)
{
	char c = p[i + 1];
	size_t j = i + 2;
	if (is_digit(c)) {
		while (j < n && is_digit(p[j]))
			j++;
		return j - i;
	}
	if (c != 'g' && c != 'k')
		return 0;
	if (j < n && (p[j] == '{' || (c == 'k' && (p[j] == '<' || p[j] == '\'')))) {
		char close = p[j] == '{' ? '}' : p[j] == '<' ? '>' : '\'';
		const char *e = memchr(p + j + 1, close, n - j - 1);
		return e ? (size_t)(e - p) + 1 - i : 0;
	}
	if (c == 'g' && j < n && (p[j] == '+' || p[j] == '-' || is_digit(p[j]))) {
		for (j++; j < n && is_digit(p[j]); j++)
			;
		return j - i;
	}
	return 0;   /* \g<name>, \g'name': subroutine calls */
}

/* An escape at p[i]: sets *len to what it takes of the pattern, its
 * quantifier included. */
static int rewrite_escape(struct xlat *x, const char *p, size_t n, size_t i, size_t *len,
                          struct pl_buf *out)
{
	if (i + 1 >= n)
		return 1;
	unsigned char c = (unsigned char)p[i + 1];
	size_t k = char_escape_len(p, n, i);
	struct quant q;
	if (k || c >= 0x80) {
		k = k ? k : 1 + utf8_len(c);
		q = read_quant(p, n, i + k);
		*len = k + q.len;
		return atom(x, p + i, k, q, out);
	}
	if ((k = backref_len(p, n, i)) > 0) {
		*len = k + read_quant(p, n, i + k).len;
		return pl_buf_adds(out, ANYTHING);
	}
	q = read_quant(p, n, i + 2);
	*len = 2 + q.len;
	switch (c) {
	case 'b': case 'B':
		return 0;   /* dropping an assertion only allows more matches */
	case 'E':
		return q.present;   /* a lone \E does nothing */
	case 'X':
		return pl_buf_adds(out, ANYTHING);
	case 'R':
		return add_group("(?:\\r\\n|[\\n\\x0B\\x0C\\r\\x80])", q, out);
	case 'N': {
		int rc = pl_buf_adds(out, "[\\x00-\\x09\\x0B-\\x80]");
		return rc ? rc : add_quant(out, q);
	}
	case 'A': case 'z': case 'Z':
		return q.present ? 1 : pl_buf_add(out, p + i, 2);
	case 'Q': {
		/* Quoted text: each character a literal of its own. */
		int rc = 0;
		size_t j = i + 2;
		struct quant none = { 0, 1, 1, 0 };
		while (j < n && !rc && !(p[j] == '\\' && j + 1 < n && p[j + 1] == 'E')) {
			unsigned char ch = (unsigned char)p[j];
			k = ch >= 0x80 ? utf8_len(ch) : 1;
			rc = ch >= 0x80 ? atom(x, p + j, k, none, out) : literal(ch, none, out);
			j += k;
		}
		j = j < n ? j + 2 : n;
		*len = j - i;
		/* a quantifier after \E would repeat only the last character */
		return rc ? rc : read_quant(p, n, j).present;
	}
	}
	if (!is_alnum((char)c))
		return literal(c, q, out);
	return 1;   /* \K, \G and the like */
}

/* A group opening "(?...": sets *len to what it takes of the pattern and
 * *opens to whether it opens a group (rather than being a comment, a
 * setting or a reference). */
static int rewrite_group(const char *p, size_t n, size_t i, size_t *len, int *opens,
                         struct pl_buf *out)
{
	if (i + 2 >= n)
		return 1;
	char c = p[i + 2];
	const char *e;
	*opens = 0;
	if (c == '#') {
		if (!(e = memchr(p + i, ')', n - i)))
			return 1;
		*len = (size_t)(e - p) + 1 - i;   /* a comment */
		return 0;
	}
	if (c == 'P' && i + 3 < n && p[i + 3] == '=') {
		if (!(e = memchr(p + i, ')', n - i)))
			return 1;
		*len = (size_t)(e - p) + 1 - i;   /* a back-reference */
		*len += read_quant(p, n, i + *len).len;
		return pl_buf_adds(out, ANYTHING);
	}
	*opens = 1;
	if (c == ':' || c == '>' || c == '=' || c == '!') {
		/* an atomic group matches where a plain one does */
		*len = 3;
		return pl_buf_adds(out, c == '=' ? "(?=" : c == '!' ? "(?!" : "(?:");
	}
	if (c == '<' && i + 3 < n && (p[i + 3] == '=' || p[i + 3] == '!')) {
		*len = 4;
		return pl_buf_add(out, p + i, 4);
	}
	if (c == '<' || c == '\'' || (c == 'P' && i + 3 < n && p[i + 3] == '<')) {
		/* A named group: names only matter to references. */
		size_t from = i + (c == 'P' ? 4 : 3);
		if (from >= n || !(e = memchr(p + from, c == '\'' ? '\'' : '>', n - from)))
			return 1;
		*len = (size_t)(e - p) + 1 - i;
		return pl_buf_adds(out, "(?:");
	}
	/* (?i), (?-i:...), (?m), (?s) are kept as they are. (?x) changes what
	 * spaces and '#' mean, and Hyperscan cannot approximate recursion,
	 * conditions or callouts: such patterns run on every text. */
	size_t j = i + 2;
	while (j < n && p[j] && strchr("ims-", p[j]))
		j++;
	if (j >= n || (p[j] != ')' && p[j] != ':') || j == i + 2)
		return 1;
	*opens = p[j] == ':';
	*len = j + 1 - i;
	return pl_buf_add(out, p + i, *len);
}

/* The end of a group, and what its quantifier becomes. Repeating a group
 * would make Hyperscan unroll it (proximity patterns such as
 * (?:\w+\W+){0,8} take seconds to compile and scan slowly), so a group
 * that may repeat becomes one copy of itself followed by anything, or just
 * anything when it may also be absent. */
static int close_group(struct xlat *x, struct quant q, struct pl_buf *out)
{
	size_t start = x->groups[--x->depth];
	int rc = pl_buf_addc(out, ')');
	if (rc || !q.present || (q.min == 1 && q.max == 1))
		return rc;
	if (q.max <= 1)
		return pl_buf_adds(out, "?");
	if (q.min == 0) {
		out->len = start;
		out->data[start] = '\0';
	}
	return pl_buf_adds(out, ANYTHING);
}

/* Writes into `out` the prefilter form of the pattern p[0..n). Returns 0,
 * 1 when the pattern uses something the rewriter does not handle, or
 * PL_ENOMEM. */
static int rewrite(struct xlat *x, const char *p, size_t n, struct pl_buf *out)
{
	size_t i = 0, k = 0;
	int rc = 0;
	x->depth = 0;
	while (i < n && !rc) {
		unsigned char c = (unsigned char)p[i];
		struct quant q;
		if (c >= 0x80) {
			k = utf8_len(c);
			q = read_quant(p, n, i + k);
			rc = atom(x, p + i, k, q, out);
			k += q.len;
		} else if (c == '\\') {
			rc = rewrite_escape(x, p, n, i, &k, out);
		} else if (c == '[') {
			k = pl_regex_class_end(p, n, i);
			if (!k)
				return 1;
			k -= i;
			q = read_quant(p, n, i + k);
			rc = atom(x, p + i, k, q, out);
			k += q.len;
		} else if (c == '.') {
			/* any character, even \n: (?s) may be in force */
			q = read_quant(p, n, i + 1);
			rc = pl_buf_adds(out, "[\\x00-\\x80]");
			if (!rc)
				rc = add_quant(out, q);
			k = 1 + q.len;
		} else if (c == '(') {
			int opens = 1;
			if (i + 1 < n && p[i + 1] == '*')
				return 1;   /* verbs, (*pla:...) and friends */
			if (x->depth == (int)(sizeof x->groups / sizeof x->groups[0]))
				return 1;
			size_t start = out->len;
			if (i + 1 < n && p[i + 1] == '?') {
				rc = rewrite_group(p, n, i, &k, &opens, out);
			} else {
				k = 1;
				rc = pl_buf_addc(out, '(');
			}
			if (opens)
				x->groups[x->depth++] = start;
		} else if (c == ')') {
			if (!x->depth)
				return 1;
			q = read_quant(p, n, i + 1);
			rc = close_group(x, q, out);
			k = 1 + q.len;
		} else if (c == '|' || c == '^' || c == '$') {
			if (c != '|' && read_quant(p, n, i + 1).present)
				return 1;
			k = 1;
			rc = pl_buf_addc(out, (char)c);
		} else if (c == '*' || c == '+' || c == '?' || c == '{') {
			/* a quantifier with nothing to repeat here, or a '{' that
			 * PCRE2 versions read differently */
			return 1;
		} else {
			q = read_quant(p, n, i + 1);
			rc = literal(c, q, out);
			k = 1 + q.len;
		}
		i += k;
	}
	return rc ? rc : x->depth != 0;
}

/* Builds the prefilter from every pattern the rewriter and Hyperscan
 * accept; the others go on the list of patterns to run always. Without
 * Hyperscan (an unsupported CPU, a failed compile) every pattern is on it.
 * Returns PL_OK or PL_ENOMEM. */
static int build_prefilter(struct pl_tagger *t)
{
	size_t np = t->npat, nz = np ? np : 1;
	struct xlat x = { 0 };
	struct pl_buf *forms = calloc(nz, sizeof *forms);
	const char **exprs = calloc(nz, sizeof *exprs);
	unsigned *flags = calloc(nz, sizeof *flags), *ids = calloc(nz, sizeof *ids);
	unsigned char *out = calloc(nz, 1);   /* left out of the database */
	x.md = pcre2_match_data_create(1, NULL);
	int rc = forms && exprs && flags && ids && out && x.md ? PL_OK : PL_ENOMEM;
	int usable = !rc && hs_valid_platform() == HS_SUCCESS && np <= UINT_MAX;
	if (usable) {
		pthread_once(&folds_once, find_folds);
		usable = folds_ok;   /* without the partners, folding could lose matches */
	}
	for (size_t i = 0; usable && i < np && !rc; i++) {
		const char *src = pl_lexicon_pattern(t->lx, i)->source;
		hs_expr_info_t *info = NULL;
		hs_compile_error_t *cerr = NULL;
		int r = rewrite(&x, src, strlen(src), &forms[i]);
		if (r == PL_ENOMEM)
			rc = r;
		else if (r || hs_expression_info(pl_buf_str(&forms[i]), HS_FLAGS, &info, &cerr))
			out[i] = 1;
		hs_free_compile_error(cerr);
		free(info);
	}
	char key[65] = "";
	if (usable && !rc && pl_hs_cache_dir()) {
		for (size_t i = 0; i < np; i++)
			exprs[i] = out[i] ? NULL : pl_buf_str(&forms[i]);
		pl_hs_cache_key(exprs, np, HS_FLAGS, key);
		if ((t->db = pl_hs_cache_load(key, out, np)))
			usable = 0;
	}
	/* What hs_expression_info() accepts can still fail to compile (too
	 * large): leave out the pattern the error names and try again. */
	while (usable && !rc) {
		size_t n = 0;
		for (size_t i = 0; i < np; i++) {
			if (out[i])
				continue;
			exprs[n] = pl_buf_str(&forms[i]);
			flags[n] = HS_FLAGS;
			ids[n++] = (unsigned)i;
		}
		hs_compile_error_t *cerr = NULL;
		if (!n || hs_compile_multi(exprs, flags, ids, (unsigned)n, HS_MODE_BLOCK, NULL, &t->db,
		                           &cerr) == HS_SUCCESS)
			break;
		int bad = cerr ? cerr->expression : -1;
		hs_free_compile_error(cerr);
		t->db = NULL;
		if (bad < 0 || (size_t)bad >= n)
			break;
		out[ids[bad]] = 1;
	}
	if (usable && t->db && key[0])
		pl_hs_cache_save(key, t->db, out, np);
	if (t->db && hs_alloc_scratch(t->db, &t->scratch) != HS_SUCCESS) {
		hs_free_database(t->db);
		t->db = NULL;
	}
	for (size_t i = 0; !rc && i < np; i++)
		if (out[i] || !t->db)
			t->always[t->nalways++] = (unsigned)i;
	for (size_t i = 0; forms && i < nz; i++)
		pl_buf_release(&forms[i]);
	for (size_t i = 0; i < x.ncache; i++)
		pl_buf_release(&x.key[i]);
	pcre2_match_data_free(x.md);
	free(forms);
	free(exprs);
	free(flags);
	free(ids);
	free(out);
	return rc;
}

/* ---- the tagger ---- */

void pl_tagger_free(struct pl_tagger *t)
{
	if (!t)
		return;
	if (t->scratch)
		hs_free_scratch(t->scratch);
	if (t->db)
		hs_free_database(t->db);
	pl_buf_release(&t->folded);
	pcre2_match_data_free(t->md);
	pcre2_jit_stack_free(t->jstack);
	pcre2_match_context_free(t->mctx);
	free(t->codes);
	free(t->jit);
	free(t->kind);
	free(t->category);
	free(t->limit_hits);
	free(t->first);
	free(t->count);
	free(t->run);
	free(t->always);
	free(t->hits);
	free(t->excl);
	free(t->ctx);
	free(t->cats);
	free(t->touched);
	free(t->iv);
	free(t);
}

/* Groups the pattern indices by category and kind, in file order. */
static void index_patterns(struct pl_tagger *t)
{
	size_t nh = 0, ne = 0, nc = 0;
	for (size_t c = 0; c <= t->ncat; c++) {
		/* c == ncat stands for the header (category -1) */
		int want = c == t->ncat ? -1 : (int)c;
		struct cat_index ci = { nh, 0, ne, 0, nc, 0 };
		for (size_t i = 0; i < t->npat; i++) {
			if (t->category[i] != want)
				continue;
			if (t->kind[i] == PL_PAT_HIT)
				t->hits[nh++] = (int)i, ci.nhit++;
			else if (t->kind[i] == PL_PAT_EXCLUDE)
				t->excl[ne++] = (int)i, ci.nexc++;
			else
				t->ctx[nc++] = (int)i, ci.nctx++;
		}
		if (c < t->ncat) {
			t->cats[c] = ci;
		} else {
			t->hdr0 = ci.ctx0;
			t->nhdr = ci.nctx;
		}
	}
}

int pl_tagger_new(const struct pl_lexicon *lx, struct pl_tagger **out, struct pl_err *err)
{
	*out = NULL;
	struct pl_tagger *t = calloc(1, sizeof *t);
	if (!t)
		return pl_err_set(err, PL_ENOMEM, "cannot make a tagger: out of memory");
	t->lx = lx;
	t->npat = pl_lexicon_npatterns(lx);
	t->ncat = pl_lexicon_ncategories(lx);
	size_t np = t->npat ? t->npat : 1, nc = t->ncat ? t->ncat : 1;
	t->codes = calloc(np, sizeof *t->codes);
	t->jit = calloc(np, 1);
	t->kind = calloc(np, 1);
	t->category = calloc(np, sizeof *t->category);
	t->limit_hits = calloc(np, sizeof *t->limit_hits);
	t->first = calloc(np, sizeof *t->first);
	t->count = calloc(np, sizeof *t->count);
	t->run = calloc(np, sizeof *t->run);
	t->always = calloc(np, sizeof *t->always);
	t->hits = calloc(np, sizeof *t->hits);
	t->excl = calloc(np, sizeof *t->excl);
	t->ctx = calloc(np, sizeof *t->ctx);
	t->cats = calloc(nc, sizeof *t->cats);
	t->touched = calloc(nc, 1);
	t->mctx = pcre2_match_context_create(NULL);
	t->jstack = pcre2_jit_stack_create(JIT_STACK_MIN, JIT_STACK_MAX, NULL);
	t->md = pcre2_match_data_create(1, NULL);
	if (!t->codes || !t->jit || !t->kind || !t->category || !t->limit_hits || !t->first ||
	    !t->count || !t->run || !t->always || !t->hits || !t->excl || !t->ctx || !t->cats ||
	    !t->touched || !t->mctx || !t->jstack || !t->md) {
		pl_tagger_free(t);
		return pl_err_set(err, PL_ENOMEM, "cannot make a tagger: out of memory");
	}
	pcre2_set_match_limit(t->mctx, MATCH_LIMIT);
	pcre2_set_heap_limit(t->mctx, HEAP_LIMIT_KIB);
	pcre2_jit_stack_assign(t->mctx, NULL, t->jstack);
	for (size_t i = 0; i < t->npat; i++) {
		const struct pl_pattern *p = pl_lexicon_pattern(lx, i);
		size_t jitsize = 0;
		t->codes[i] = (const pcre2_code *)pl_lexicon_code(lx, i);
		pcre2_pattern_info(t->codes[i], PCRE2_INFO_JITSIZE, &jitsize);
		t->jit[i] = jitsize > 0;
		t->kind[i] = (unsigned char)p->kind;
		t->category[i] = p->category;
	}
	index_patterns(t);
	if (build_prefilter(t)) {
		pl_tagger_free(t);
		return pl_err_set(err, PL_ENOMEM, "cannot make a tagger: out of memory");
	}
	*out = t;
	return PL_OK;
}

size_t pl_tagger_limit_hits(const struct pl_tagger *t, size_t pattern)
{
	return pattern < t->npat ? t->limit_hits[pattern] : 0;
}

void pl_tagging_release(struct pl_tagging *out)
{
	free(out->spans);
	free(out->categories);
	memset(out, 0, sizeof *out);
}

/* ---- matching ---- */

static int on_prefilter_match(unsigned id, unsigned long long from, unsigned long long to,
                              unsigned flags, void *ctx)
{
	struct pl_tagger *t = ctx;
	(void)from;
	(void)to;
	(void)flags;
	/* HS_FLAG_SINGLEMATCH: each pattern is reported once per scan */
	if (t->nrun < t->npat)
		t->run[t->nrun++] = id;
	return 0;
}

static int add_span(struct pl_tagging *out, size_t start, size_t end, int pattern)
{
	if (out->nspans == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 64;
		struct pl_span *s = realloc(out->spans, cap * sizeof *s);
		if (!s)
			return PL_ENOMEM;
		out->spans = s;
		out->cap = cap;
	}
	out->spans[out->nspans++] = (struct pl_span){ start, end, pattern, 0 };
	return PL_OK;
}

static int is_limit(int rc)
{
	return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
	       rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
}

/* Every non-overlapping match of pattern p, as spans. Returns PL_OK, a
 * PCRE2 limit error (the caller drops the pattern's spans), PL_ENOMEM, or
 * another negative PCRE2 code. */
static int match_all(struct pl_tagger *t, size_t p, const char *text, size_t len,
                     struct pl_tagging *out)
{
	const pcre2_code *re = t->codes[p];
	PCRE2_SPTR s = (PCRE2_SPTR)text;
	size_t off = 0;
	uint32_t opts = 0;
	for (;;) {
		int rc;
		/* JIT cannot do ANCHORED at match time: the retry after an empty
		 * match goes through the interpreter. */
		if (!opts && t->jit[p])
			rc = pcre2_jit_match(re, s, len, off, 0, t->md, t->mctx);
		else
			rc = pcre2_match(re, s, len, off, opts, t->md, t->mctx);
		if (rc == PCRE2_ERROR_JIT_STACKLIMIT)   /* the interpreter keeps its frames on the heap */
			rc = pcre2_match(re, s, len, off, opts | PCRE2_NO_JIT, t->md, t->mctx);
		if (rc == PCRE2_ERROR_NOMATCH) {
			if (!opts || off >= len)
				return PL_OK;
			/* No non-empty match here: move on one character. */
			off++;
			while (off < len && (s[off] & 0xC0) == 0x80)
				off++;
			opts = 0;
			continue;
		}
		if (rc < 0)
			return rc == PCRE2_ERROR_NOMEMORY ? PL_ENOMEM : rc;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->md);
		size_t start = ov[0], end = ov[1];
		if (start > end)
			start = end;   /* \K can put the start after the end */
		if (add_span(out, start, end, (int)p))
			return PL_ENOMEM;
		if (end > off) {
			off = end;
			opts = 0;
		} else if (!opts) {
			/* An empty match: try for a non-empty one at the same place. */
			opts = PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED;
		} else {
			off++;
			while (off < len && (s[off] & 0xC0) == 0x80)
				off++;
			opts = 0;
		}
		if (off > len)
			return PL_OK;
	}
}

/* ---- scoring ---- */

static int iv_cmp(const void *a, const void *b)
{
	const struct interval *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/* Does [s, e) overlap [is, ie)? An empty span overlaps what contains its
 * position. */
static int overlaps(size_t s, size_t e, size_t is, size_t ie)
{
	if (s == e)
		return is <= s && s < ie;
	if (is == ie)
		return s <= is && is < e;
	return s < ie && is < e;
}

/* Marks the hits of a category that an exclusion of it overlaps. */
static int suppress(struct pl_tagger *t, const struct cat_index *ci, struct pl_tagging *out)
{
	size_t n = 0;
	for (size_t k = 0; k < ci->nexc; k++) {
		size_t p = (size_t)t->excl[ci->exc0 + k];
		if (n + t->count[p] > t->civ) {
			size_t cap = t->civ ? t->civ : 16;
			while (cap < n + t->count[p])
				cap *= 2;
			struct interval *iv = realloc(t->iv, cap * sizeof *iv);
			if (!iv)
				return PL_ENOMEM;
			t->iv = iv;
			t->civ = cap;
		}
		for (size_t j = 0; j < t->count[p]; j++) {
			const struct pl_span *sp = &out->spans[t->first[p] + j];
			t->iv[n++] = (struct interval){ sp->start, sp->end };
		}
	}
	if (!n)
		return PL_OK;
	/* Sorted and merged where they overlap, the exclusions become disjoint
	 * with their ends in order too; each hit pattern's spans are in order,
	 * so one forward pass per hit pattern finds every overlap. */
	qsort(t->iv, n, sizeof *t->iv, iv_cmp);
	size_t m = 0;
	for (size_t k = 1; k < n; k++) {
		if (t->iv[k].start < t->iv[m].end) {
			if (t->iv[k].end > t->iv[m].end)
				t->iv[m].end = t->iv[k].end;
		} else {
			t->iv[++m] = t->iv[k];
		}
	}
	n = m + 1;
	for (size_t k = 0; k < ci->nhit; k++) {
		size_t p = (size_t)t->hits[ci->hit0 + k];
		size_t lo = 0;
		for (size_t j = 0; j < t->count[p]; j++) {
			struct pl_span *sp = &out->spans[t->first[p] + j];
			while (lo < n && t->iv[lo].end < sp->start)
				lo++;
			for (size_t q = lo; q < n && t->iv[q].start <= sp->end; q++) {
				if (overlaps(sp->start, sp->end, t->iv[q].start, t->iv[q].end)) {
					sp->suppressed = 1;
					break;
				}
			}
		}
	}
	return PL_OK;
}

static int any_span(const struct pl_tagger *t, const int *list, size_t from, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (t->count[list[from + k]])
			return 1;
	return 0;
}

/* Scores the categories: only those with a hit on this text need work. */
static int score(struct pl_tagger *t, struct pl_tagging *out)
{
	const struct pl_lexicon *lx = t->lx;
	int header_ok = t->nhdr == 0 || any_span(t, t->ctx, t->hdr0, t->nhdr);
	for (size_t c = 0; c < t->ncat; c++) {
		const struct pl_category *cat = pl_lexicon_category(lx, c);
		struct pl_category_result *r = &out->categories[c];
		r->score = 0;
		r->tagged = 0;
		r->context_ok = cat->context == PL_CTX_NONE ? 1
		              : cat->context == PL_CTX_OWN
		                ? any_span(t, t->ctx, t->cats[c].ctx0, t->cats[c].nctx)
		                : header_ok;
	}
	int rc = PL_OK;
	for (size_t k = 0; k < t->nrun && !rc; k++) {
		unsigned p = t->run[k];
		if (t->kind[p] != PL_PAT_HIT || !t->count[p] || t->touched[t->category[p]])
			continue;
		size_t c = (size_t)t->category[p];
		const struct cat_index *ci = &t->cats[c];
		struct pl_category_result *r = &out->categories[c];
		t->touched[c] = 1;
		if (ci->nexc && (rc = suppress(t, ci, out)) != PL_OK)
			break;
		for (size_t h = 0; h < ci->nhit; h++) {
			size_t q = (size_t)t->hits[ci->hit0 + h];
			for (size_t j = 0; j < t->count[q]; j++) {
				if (!out->spans[t->first[q] + j].suppressed) {
					r->score += pl_lexicon_pattern(lx, q)->weight;
					break;
				}
			}
		}
		r->tagged = r->context_ok && r->score >= pl_lexicon_category(lx, c)->threshold &&
		            r->score > 0;
	}
	for (size_t k = 0; k < t->nrun; k++)
		if (t->kind[t->run[k]] == PL_PAT_HIT)
			t->touched[t->category[t->run[k]]] = 0;
	return rc;
}

static int cmp_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return x < y ? -1 : x > y;
}

static int is_ascii(const char *s, size_t n)
{
	uint64_t acc = 0, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < n; i++)
		acc |= (unsigned char)s[i];
	return !(acc & UINT64_C(0x8080808080808080));
}

/* Which patterns to run on this text, in t->run, ascending. */
static void select_patterns(struct pl_tagger *t, const char *text, size_t len)
{
	t->nrun = 0;
	if (t->db && !is_ascii(text, len)) {
		if (fold_text(&t->folded, text, len) == PL_OK) {
			text = t->folded.data;
			len = t->folded.len;
		} else {
			len = SIZE_MAX;   /* no memory to fold it: run everything */
		}
	}
	if (t->db && len <= UINT_MAX &&
	    hs_scan(t->db, text, (unsigned)len, 0, t->scratch, on_prefilter_match, t) == HS_SUCCESS) {
		/* What Hyperscan left out cannot match: add the patterns it
		 * does not know, then restore pattern order. */
		memcpy(t->run + t->nrun, t->always, t->nalways * sizeof *t->run);
		t->nrun += t->nalways;
		if (t->nrun > 16) {
			qsort(t->run, t->nrun, sizeof *t->run, cmp_unsigned);
		} else {
			for (size_t i = 1; i < t->nrun; i++) {
				unsigned v = t->run[i];
				size_t j = i;
				for (; j > 0 && t->run[j - 1] > v; j--)
					t->run[j] = t->run[j - 1];
				t->run[j] = v;
			}
		}
		return;
	}
	for (size_t p = 0; p < t->npat; p++)
		t->run[p] = (unsigned)p;
	t->nrun = t->npat;
}

int pl_tagger_run(struct pl_tagger *t, const char *text, size_t len, struct pl_tagging *out,
                  struct pl_err *err)
{
	if (out->ncategories < t->ncat || !out->categories) {
		struct pl_category_result *c = realloc(out->categories,
		                                       (t->ncat ? t->ncat : 1) * sizeof *c);
		if (!c)
			return pl_err_set(err, PL_ENOMEM, "cannot tag: out of memory");
		out->categories = c;
	}
	out->ncategories = t->ncat;
	out->nspans = 0;
	/* count[] is zero except for the patterns run on the previous text. */
	for (size_t k = 0; k < t->nrun; k++)
		t->count[t->run[k]] = 0;
	select_patterns(t, text, len);
	for (size_t k = 0; k < t->nrun; k++) {
		unsigned p = t->run[k];
		t->first[p] = out->nspans;
		int rc = match_all(t, p, text, len, out);
		if (is_limit(rc)) {
			/* Skipped for this text: as if it had not matched. */
			out->nspans = t->first[p];
			t->limit_hits[p]++;
			continue;
		}
		if (rc == PL_ENOMEM)
			return pl_err_set(err, PL_ENOMEM, "cannot tag: out of memory");
		if (rc < 0) {
			const struct pl_pattern *pt = pl_lexicon_pattern(t->lx, p);
			PCRE2_UCHAR msg[256];
			if (pcre2_get_error_message(rc, msg, sizeof msg) < 0)
				strcpy((char *)msg, "unknown error");
			return pl_err_set(err, PL_EUSAGE, "%s:%d:%d: cannot run the pattern: %s",
			                  pl_lexicon_path(t->lx), pt->line, pt->column, (const char *)msg);
		}
		t->count[p] = out->nspans - t->first[p];
	}
	if (score(t, out))
		return pl_err_set(err, PL_ENOMEM, "cannot tag: out of memory");
	return PL_OK;
}
