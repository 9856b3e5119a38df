/*
 * segment.c - cutting a decoded document into passages (see segment.h).
 *
 * One pass over the lines gathers a paragraph (or a line, or a fenced code
 * block); clean() then streams its bytes into one reusable buffer, dropping
 * markup and collapsing whitespace, and put() emits a passage whenever the
 * next word would outgrow the bound, cut at the last sentence end or space
 * it has seen. Memory stays at about max_passage bytes whatever the input,
 * and every byte is looked at a bounded number of times. Hard-wrapped text
 * (PDF text cut at a fixed width) has a line loop of its own, wrapped(),
 * that rebuilds its paragraphs and streams them line by line. A
 * pl_segmenter is the same machine fed one block at a time, by the readers
 * of formats whose markup already tells the blocks apart.
 *
 * A speaker label opens a paragraph, or a line of one when the line before
 * ended a sentence or clause (a wrapped "...I appeal to all" + "Member
 * States: let us" is no turn). It is "LABEL:" followed by whitespace or the
 * end of the line, where LABEL (at most 80 bytes; whitespace collapsed;
 * Markdown '*' and '_' ignored), once a trailing " (...)" and a ", Role
 * Words" part are set aside, is, tested in this order:
 *  (b) an honorific (Mr, Ms, Dr, H.E., Madam, M., Sra., Г-н ...; two may
 *      stack) and 1-5 capitalised names or lowercase particles ("de",
 *      "van"), but not a role word alone ("Mr. President:" is a salutation);
 *  (c) an optional "The", a role word (Chair, President, Speaker, Question
 *      ...) and up to 6 numbers, capitalised words or particles;
 *  (a) 1-6 all-caps words ("THE CHAIR", "Q"), not followed by more capitals;
 *  (d) in PL_FMT_TRANSCRIPT only, 1-4 capitalised words or particles.
 * (a) and (d) are refused when their first or last word, and the ", ..."
 * part when its last word, is a heading, salutation or enumeration word
 * ("NOTE", "KEY MESSAGES", "DISTINGUISHED DELEGATES", "Secondly").
 */
#include "plenary/segment.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/buf.h"
#include "plenary/text.h"

#define NONE SIZE_MAX
#define LABEL_MAX PL_LABEL_MAX
#define NTICKS 8        /* longest backtick run that can open inline code */
#define LONG_LINE 100   /* a longer line is a paragraph, not a wrapped line */
#define WRAP_MIN 40     /* a shorter line was not wrapped for lack of room */
#define WIDTH_MAX 255   /* widest line width counted apart */

/* Byte classes for the cleaning loop, and ASCII bytes that may end a
 * sentence (possibly inside quotes or brackets). */
enum { C_SPACE = 1, C_MD = 2, C_CJK = 4, C_END = 8 };

static const unsigned char cls[256] = {
	[' '] = C_SPACE, ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\r'] = C_SPACE,
	['\v'] = C_SPACE, ['\f'] = C_SPACE,
	['*'] = C_MD, ['_'] = C_MD, ['`'] = C_MD, ['<'] = C_MD, ['['] = C_MD,
	[']'] = C_MD | C_END, ['!'] = C_MD | C_END, ['\\'] = C_MD,
	['.'] = C_END, ['?'] = C_END, ['"'] = C_END, ['\''] = C_END, [')'] = C_END,
	[0xE3] = C_CJK, [0xEF] = C_CJK,   /* lead bytes of the CJK full stops */
};

/* A place where the piece being built may be cut. */
struct cut {
	size_t at;     /* piece length in the cleaned text; 0: none */
	size_t end;    /* source offset where that piece ends */
	size_t next;   /* source offset where the following piece starts */
};

struct seg {
	const char *s;
	size_t len, max;
	enum pl_doc_format fmt;
	int md;
	size_t wrap;             /* hard-wrapped text: its wrap width; else 0 */
	int indents;             /* and its paragraphs start indented */
	const struct pl_segment_sink *sink;
	struct pl_err *err;
	unsigned ordinal;
	const struct pl_block *blk;   /* pl_segmenter: the block being cut */
	struct pl_buf speaker, section, kv;

	/* the piece being built */
	struct pl_buf out;
	size_t start, last;      /* its source start; end of its last byte */
	int gap;                 /* whitespace came after the last byte */
	int heading, full;       /* building a section title; it is full */
	int pieces;              /* the paragraph was cut at the bound */
	struct cut sent, space;  /* last sentence end and last space in out */
	size_t stop_at;          /* out.len just after a CJK full stop */

	/* Markdown lookahead, remembered within one paragraph (see find_byte) */
	size_t gt, rbr, rpar, cmt, ticks[NTICKS + 1];
	size_t skip_at, skip_to; /* "](url)" of the link being read */

	/* the paragraph being gathered */
	int open, item;
	int after_stop;          /* its last line ended a clause */
	size_t p_start, p_body, p_end;

	/* the open fenced code block */
	char fence;
	size_t fence_len, fence_start, fence_body;
};

static int is_space(char c)
{
	return cls[(unsigned char)c] & C_SPACE;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static int is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z');
}

static int is_punct(char c)
{
	return c > ' ' && c < 0x7F && !is_alnum(c);
}

/* Case-insensitive (ASCII) membership of w[0..n) in a "|a|b|" list. */
static int in_list(const char *list, const char *w, size_t n)
{
	char key[24];

	if (n == 0 || n > sizeof key - 3)
		return 0;
	key[0] = '|';
	for (size_t i = 0; i < n; i++)
		key[i + 1] = lower(w[i]);
	key[n + 1] = '|';
	key[n + 2] = '\0';
	return strstr(list, key) != NULL;
}

static int is_cjk_stop(const unsigned char *u)
{
	return (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82) ||       /* 。 */
	       (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F));
}

static int nomem(struct seg *sg)
{
	return pl_err_set(sg->err, PL_ENOMEM, "out of memory while segmenting text");
}

/* ---- passages and cuts ---- */

/* Nothing but ASCII punctuation ("---", "* * *") is layout, not a passage. */
static int has_words(const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)t[i] >= 0x80 || is_alnum(t[i]))
			return 1;
	return 0;
}

/* Reports out[0..n) as a passage spanning text[start..end). */
static int emit(struct seg *sg, size_t n, size_t start, size_t end)
{
	char *t = sg->out.data;

	if (!sg->sink->passage || !has_words(t, n))
		return PL_OK;
	char keep = t[n];
	t[n] = '\0';
	struct pl_passage p = {
		.ordinal = ++sg->ordinal,
		.start = start,
		.end = end,
		.text = t,
		.len = n,
		.speaker = sg->speaker.len ? sg->speaker.data : NULL,
		.section = sg->section.len ? sg->section.data : NULL,
		.cut = sg->pieces,
	};
	const struct pl_block *b = sg->blk;
	if (b) {
		p.start = b->start + (b->end ? 0 : start);
		p.end = b->end ? b->end : b->start + end;
		p.speaker = b->speaker;
		p.meta = b->meta;
		p.nmeta = b->nmeta;
	}
	int rc = sg->sink->passage(sg->sink->ctx, &p);
	t[n] = keep;
	return rc;
}

/* Abbreviations whose full stop rarely ends a sentence. */
static const char abbrevs[] =
	"|mr|mrs|ms|mx|dr|prof|st|no|nos|vol|vs|cf|para|paras|art|arts|pp|p"
	"|sr|sra|jr|gen|hon|amb|rev|fr|mt|approx|fig|ref|al|viz|mme|messrs|op|";

/* Whether t[0..n), followed by whitespace, ends a sentence. */
static int sentence_end(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;

	for (;;) {   /* look through closing quotes and brackets */
		if (n && memchr("\"')]", t[n - 1], 4))
			n--;
		else if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 &&
			 (u[n - 1] == 0x9D || u[n - 1] == 0x99))
			n -= 3;   /* ” ’ */
		else if (n >= 2 && u[n - 2] == 0xC2 && u[n - 1] == 0xBB)
			n -= 2;   /* » */
		else
			break;
	}
	if (n == 0)
		return 0;
	if (t[n - 1] == '!' || t[n - 1] == '?')
		return 1;
	if (n >= 3 && (memcmp(t + n - 3, "\xE2\x80\xA6", 3) == 0 || is_cjk_stop(u + n - 3)))
		return 1;
	if (t[n - 1] != '.')
		return 0;
	if (n >= 2 && t[n - 2] == '.')
		return 1;   /* "..." */
	size_t w = n - 1;
	while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '(')
		w--;
	size_t wl = n - 1 - w;
	if (memchr(t + w, '.', wl))
		return 0;   /* e.g. i.e. U.S. */
	if (wl == 1 && t[w] >= 'A' && t[w] <= 'Z')
		return 0;   /* an initial */
	return !in_list(abbrevs, t + w, wl);
}

/* Emits the head of the piece up to the best cut and keeps the rest. */
static int cut(struct seg *sg)
{
	struct pl_buf *o = &sg->out;
	struct cut c = sg->sent.at ? sg->sent : sg->space;
	sg->pieces = 1;
	int rc = emit(sg, c.at, sg->start, c.end);

	if (rc)
		return rc;
	size_t from = c.at + (c.at < o->len && o->data[c.at] == ' ');
	memmove(o->data, o->data + from, o->len - from);
	o->len -= from;
	sg->space.at = sg->space.at > c.at ? sg->space.at - from : 0;
	sg->sent.at = 0;
	sg->stop_at = 0;
	sg->start = c.next;
	return PL_OK;
}

/* The longest prefix of p[0..n) that fits in room bytes, whole code points. */
static size_t fit(const char *p, size_t n, size_t room)
{
	if (room >= n)
		return n;
	while (room > 0 && ((unsigned char)p[room] & 0xC0) == 0x80)
		room--;
	return room;
}

/*
 * Appends text[src..src+n) (whole code points, no whitespace) to the piece,
 * after a space if whitespace came before. When the piece would outgrow the
 * bound, emits its head first: up to the last sentence end, else the last
 * space, else as many whole code points as fit.
 */
static int put(struct seg *sg, size_t src, size_t n)
{
	struct pl_buf *o = &sg->out;
	size_t sp = sg->gap && o->len;
	int rc;

	sg->gap = 0;
	if (sg->heading) {   /* a section title is truncated, not cut */
		if (sg->full)
			return PL_OK;
		if (o->len + sp + n > sg->max) {
			sg->full = 1;
			n = o->len + sp < sg->max ? fit(sg->s + src, n, sg->max - o->len - sp) : 0;
			if (!n)
				return PL_OK;
		}
	} else if (sp) {
		unsigned char z = (unsigned char)o->data[o->len - 1];
		sg->space = (struct cut){ o->len, sg->last, src };
		if ((z >= 0x80 || (cls[z] & C_END)) && sentence_end(o->data, o->len))
			sg->sent = sg->space;
	} else if (o->len && sg->stop_at == o->len) {
		sg->sent = (struct cut){ o->len, sg->last, src };
	}
	while (o->len + sp + n > sg->max) {
		if (sg->sent.at || sg->space.at) {
			rc = cut(sg);
			if (rc)
				return rc;
			sp = sp && o->len;
			continue;
		}
		assert(!sp);
		size_t k = fit(sg->s + src, n, sg->max - o->len);
		memcpy(o->data + o->len, sg->s + src, k);
		o->len += k;
		if (k)
			sg->last = src + k;
		rc = emit(sg, o->len, sg->start, sg->last);
		if (rc)
			return rc;
		o->len = 0;
		sg->start = src + k;
		src += k;
		n -= k;
	}
	assert(o->len + sp + n < o->cap);
	if (sp)
		o->data[o->len++] = ' ';
	memcpy(o->data + o->len, sg->s + src, n);
	o->len += n;
	sg->last = src + n;
	return PL_OK;
}

/* ---- Markdown inline markup ---- */

/* Offset of the next byte c in text[from..e), or e. The answer is kept so
 * that a paragraph full of unmatched openers is still scanned once. */
static size_t find_byte(const struct seg *sg, size_t *memo, size_t from, size_t e, char c)
{
	if (*memo == NONE || *memo < from) {
		const char *q = memchr(sg->s + from, c, e - from);
		*memo = q ? (size_t)(q - sg->s) : e;
	}
	return *memo;
}

/* Offset of the next "-->" in text[from..e), or e; kept like find_byte's. */
static size_t find_comment_end(struct seg *sg, size_t from, size_t e)
{
	if (sg->cmt == NONE || sg->cmt < from) {
		size_t q = from;
		sg->cmt = e;
		while (q < e) {
			const char *gt = memchr(sg->s + q, '>', e - q);
			if (!gt)
				break;
			q = (size_t)(gt - sg->s);
			if (q >= from + 2 && sg->s[q - 1] == '-' && sg->s[q - 2] == '-') {
				sg->cmt = q - 2;
				break;
			}
			q++;
		}
	}
	return sg->cmt;
}

/* Offset of the next run of exactly n backticks in text[from..e), or e. */
static size_t find_ticks(struct seg *sg, size_t from, size_t e, size_t n)
{
	size_t *memo = &sg->ticks[n];

	if (*memo == NONE || *memo < from) {
		size_t q = from;
		*memo = e;
		while (q < e) {
			const char *t = memchr(sg->s + q, '`', e - q);
			if (!t)
				break;
			q = (size_t)(t - sg->s);
			size_t r = q;
			while (r < e && sg->s[r] == '`')
				r++;
			if (r - q == n) {
				*memo = q;
				break;
			}
			q = r;
		}
	}
	return *memo;
}

/* A run of '*' or '_' is emphasis unless it sits inside a word (snake_case,
 * 2*3) or stands alone between spaces or between punctuation. */
static int is_emphasis(const char *s, size_t p, size_t q, size_t e)
{
	char l = p > 0 ? s[p - 1] : ' ', r = q < e ? s[q] : ' ';
	int kl = is_space(l) ? 0 : is_punct(l) ? 1 : 2;
	int kr = is_space(r) ? 0 : is_punct(r) ? 1 : 2;
	return kl != kr;
}

/* Tags that sit inside a word ("4<sup>th</sup>"); others separate words. */
static const char inline_tags[] =
	"|sup|sub|b|i|u|s|a|em|strong|span|small|mark|del|ins|font|code|abbr|";

/* If an HTML tag or comment starts at p, returns its end, else p. */
static size_t html_tag(struct seg *sg, size_t p, size_t e)
{
	const char *s = sg->s;
	size_t q = p + 1;

	if (e - p >= 4 && memcmp(s + p, "<!--", 4) == 0) {
		size_t c = find_comment_end(sg, p + 4, e);
		return c < e ? c + 3 : p;
	}
	if (q < e && s[q] == '/')
		q++;
	size_t name = q;
	while (q < e && is_alnum(s[q]) && q - name < 16)
		q++;
	if (q == name || !(lower(s[name]) >= 'a' && lower(s[name]) <= 'z'))
		return p;
	if (q < e && s[q] != '>' && s[q] != '/' && !is_space(s[q]))
		return p;
	size_t gt = find_byte(sg, &sg->gt, q, e, '>');
	if (gt == e || gt - p > 512)
		return p;
	if (!in_list(inline_tags, s + name, q - name))
		sg->gap = 1;
	return gt + 1;
}

/* If "[" at p opens "[text](url)", arranges for "](url)" to be skipped. */
static int link(struct seg *sg, size_t p, size_t e)
{
	size_t c = find_byte(sg, &sg->rbr, p + 1, e, ']');

	if (c + 1 >= e || sg->s[c + 1] != '(')
		return 0;
	size_t d = find_byte(sg, &sg->rpar, c + 2, e, ')');
	if (d == e)
		return 0;
	sg->skip_at = c;
	sg->skip_to = d + 1;
	return 1;
}

static int clean(struct seg *sg, size_t p, size_t e, int md);

/* Handles the Markdown byte at *pp, moving *pp past what it consumed. */
static int markup(struct seg *sg, size_t *pp, size_t e)
{
	const char *s = sg->s;
	size_t p = *pp, q = p;

	switch (s[p]) {
	case '*':
	case '_':
		while (q < e && s[q] == s[p])
			q++;
		*pp = q;
		return is_emphasis(s, p, q, e) ? PL_OK : put(sg, p, q - p);
	case '`':
		while (q < e && s[q] == '`')
			q++;
		*pp = q;
		if (q - p <= NTICKS) {
			size_t c = find_ticks(sg, q, e, q - p);
			if (c < e) {
				*pp = c + (q - p);
				return clean(sg, q, c, 0);   /* code is kept as written */
			}
		}
		return put(sg, p, q - p);
	case '<':
		q = html_tag(sg, p, e);
		if (q > p) {
			*pp = q;
			return PL_OK;
		}
		break;
	case '!':
		if (p + 1 < e && s[p + 1] == '[' && link(sg, p + 1, e)) {
			*pp = p + 2;
			return PL_OK;
		}
		break;
	case '[':
		if (link(sg, p, e)) {
			*pp = p + 1;
			return PL_OK;
		}
		break;
	case ']':
		if (p == sg->skip_at) {
			*pp = sg->skip_to;
			return PL_OK;
		}
		break;
	case '\\':
		if (p + 1 < e && s[p + 1] == '\n') {   /* hard line break */
			*pp = p + 1;
			return PL_OK;
		}
		if (p + 1 < e && is_punct(s[p + 1])) {
			*pp = p + 2;
			return put(sg, p + 1, 1);
		}
		break;
	}
	*pp = p + 1;
	return put(sg, p, 1);
}

/* Skips the indentation and '>' markers that open a Markdown line. */
static size_t quote_prefix(const char *s, size_t p, size_t e)
{
	while (p < e && (s[p] == '>' || s[p] == ' ' || s[p] == '\t'))
		p++;
	return p;
}

/* Appends the cleaned words of text[p..e) to the piece being built. */
static int clean(struct seg *sg, size_t p, size_t e, int md)
{
	const unsigned char *u = (const unsigned char *)sg->s;
	unsigned mask = md ? C_SPACE | C_MD | C_CJK : C_SPACE | C_CJK;
	int rc = PL_OK;

	if (md) {
		sg->gt = sg->rbr = sg->rpar = sg->cmt = sg->skip_at = NONE;
		for (size_t i = 0; i <= NTICKS; i++)
			sg->ticks[i] = NONE;
	}
	while (p < e && !rc) {
		size_t q = p;
		int stop = 0;
		while (q < e) {
			unsigned c = cls[u[q]] & mask;
			if (!c) {
				q++;
			} else if (c == C_CJK) {
				if (e - q >= 3 && is_cjk_stop(u + q)) {
					q += 3;
					stop = 1;
					break;
				}
				q++;
			} else {
				break;
			}
		}
		if (q > p) {
			rc = put(sg, p, q - p);
			if (stop)
				sg->stop_at = sg->out.len;
			p = q;
		} else if (cls[u[p]] & C_SPACE) {
			sg->gap = 1;
			p = md && u[p] == '\n' ? quote_prefix(sg->s, p + 1, e) : p + 1;
		} else {
			rc = markup(sg, &p, e);
		}
	}
	return rc;
}

/* ---- blocks ---- */

/* Starts an empty piece at source offset start. */
static void begin(struct seg *sg, size_t start)
{
	sg->out.len = 0;
	sg->start = sg->last = start;
	sg->gap = sg->pieces = 0;
	sg->sent.at = sg->space.at = sg->stop_at = 0;
}

/* Emits what is left of the piece, ending at span_end. */
static int finish(struct seg *sg, size_t span_end)
{
	int rc = sg->out.len ? emit(sg, sg->out.len, sg->start, span_end) : PL_OK;

	sg->out.len = 0;
	return rc;
}

/* Cleans text[body..body_end) into passages; the last one ends at span_end. */
static int paragraph(struct seg *sg, size_t start, size_t body, size_t body_end,
		     size_t span_end, int md)
{
	begin(sg, start);
	int rc = clean(sg, body, body_end, md);
	return rc ? rc : finish(sg, span_end);
}

static int flush(struct seg *sg)
{
	if (!sg->open)
		return PL_OK;
	sg->open = 0;
	return paragraph(sg, sg->p_start, sg->p_body, sg->p_end, sg->p_end, sg->md);
}

/* Makes the cleaned text[a..b) the current section title. */
static int heading(struct seg *sg, size_t a, size_t b, int md)
{
	int rc;

	sg->out.len = 0;
	sg->gap = 0;
	sg->heading = 1;
	sg->full = 0;
	rc = clean(sg, a, b, md);
	sg->heading = 0;
	pl_buf_clear(&sg->section);
	if (!rc && sg->out.len && pl_buf_add(&sg->section, sg->out.data, sg->out.len))
		rc = nomem(sg);
	sg->out.len = 0;
	return rc;
}

/*
 * The Markdown block a line (after its '>' markers, at *a) belongs to.
 * Returns 1 when the line is not paragraph text (blank, heading, fence,
 * rule, setext underline) and has been dealt with, its status in *rc;
 * otherwise 0, with *a moved past a list marker and *item set.
 */
static int md_block(struct seg *sg, size_t start, size_t *a, size_t b, size_t next,
		    int *item, int *rc)
{
	const char *s = sg->s;
	size_t p = *a, q = p;

	*rc = PL_OK;
	*item = 0;
	if (p == b) {
		*rc = flush(sg);
		return 1;
	}
	char c = s[p];
	if (c == '#') {
		while (q < b && s[q] == '#')
			q++;
		if (q - p > 6 || (q < b && !is_space(s[q])))
			return 0;
		size_t e = b;
		while (e > q && s[e - 1] == '#')
			e--;
		if (e > q && !is_space(s[e - 1]))
			e = b;   /* "# C#" */
		*rc = flush(sg);
		if (!*rc)
			*rc = heading(sg, q, e, 1);
		return 1;
	}
	if (c == '`' || c == '~') {
		while (q < b && s[q] == c)
			q++;
		if (q - p < 3 || (c == '`' && memchr(s + q, '`', b - q)))
			return 0;
		*rc = flush(sg);
		sg->fence = c;
		sg->fence_len = q - p;
		sg->fence_start = start;
		sg->fence_body = next;
		return 1;
	}
	if (c == '-' || c == '*' || c == '_' || c == '=') {
		size_t n = 0;
		int spaced = 0;
		for (; q < b && (s[q] == c || is_space(s[q])); q++) {
			if (s[q] == c)
				n++;
			else
				spaced = 1;
		}
		if (q == b) {
			if (sg->open && !sg->item && !spaced && (c == '=' || (c == '-' && n >= 2))) {
				sg->open = 0;   /* a setext underline */
				*rc = heading(sg, sg->p_body, sg->p_end, 1);
				return 1;
			}
			if (c != '=' && n >= 3) {
				*rc = flush(sg);
				return 1;
			}
		}
	}
	q = p;
	if (c == '-' || c == '*' || c == '+') {
		q = p + 1;
	} else {
		while (q < b && q - p < 9 && s[q] >= '0' && s[q] <= '9')
			q++;
		q = q > p && q < b && (s[q] == '.' || s[q] == ')') ? q + 1 : p;
	}
	if (q > p && (q == b || is_space(s[q]))) {
		while (q < b && is_space(s[q]))
			q++;
		*a = q;
		*item = 1;
	}
	return 0;
}

/* ---- speaker labels ---- */

static const char honorifics[] =
	"|mr|mr.|mrs|mrs.|ms|ms.|mx|mx.|dr|dr.|prof|prof.|h.e.|sir|dame|lord|lady"
	"|madam|madame|mme|mme.|m.|sr.|sra.|srta.|dra.|hon.|amb.|Г-н|Г-жа|";

static const char roles[] =
	"|chair|co-chair|chairperson|chairman|chairwoman|vice-chair|president"
	"|vice-president|vice|deputy|moderator|co-moderator|facilitator"
	"|co-facilitator|interviewer|interviewee|respondent|speaker|participant"
	"|delegate|delegation|rapporteur|secretary-general|director-general"
	"|panellist|panelist|presenter|host|question|answer|spokesperson"
	"|spokesman|spokeswoman|representative|observer|minister|ambassador"
	"|commissioner|coordinator|interpreter|audience|witness|";

static const char particles[] =
	"|de|da|di|do|dos|das|del|della|der|den|van|von|du|des|le|la|al|el|bin"
	"|ibn|y|of|the|and|for|on|to|";

/* First or last words that make a line a heading, a salutation or a list,
 * not a speaker ("KEY MESSAGES:", "DISTINGUISHED DELEGATES:", "Secondly:"). */
static const char heading_words[] =
	"|note|notes|nb|n.b|warning|caution|important|tip|hint|draft|summary"
	"|background|context|purpose|objective|objectives|goal|goals|target"
	"|targets|annex|appendix|part|section|chapter|article|paragraph|table"
	"|figure|source|sources|date|time|venue|place|location|subject|re|topic"
	"|theme|title|agenda|item|introduction|overview|conclusion|conclusions"
	"|recommendation|recommendations|findings|messages|steps|points|issues"
	"|questions|actions|outcome|outcomes|results|example|examples|references"
	"|abstract|keywords|disclaimer|contact|email|e-mail|tel|phone|website|url"
	"|dear|excellencies|colleagues|ladies|gentlemen|delegates|friends|everyone"
	"|to|from|cc|attention|attn|update|status|total|ps|p.s|first|second|third"
	"|fourth|fifth|firstly|secondly|thirdly|fourthly|finally|lastly|next|then"
	"|one|two|three|four|five|six|seven|eight|nine|ten|yes|no|however|moreover"
	"|therefore|remember|precisely|namely|example|";

/* Letter case of a code point: 'U', 'L', or 0 (not a cased letter). Covers
 * Latin, Greek, Cyrillic, Armenian and fullwidth Latin. */
static int letter_case(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? 'U' : c >= 'a' && c <= 'z' ? 'L' : 0;
	if (c < 0xC0)
		return c == 0xAA || c == 0xB5 || c == 0xBA ? 'L' : 0;
	if (c <= 0xFF)
		return c == 0xD7 || c == 0xF7 ? 0 : c < 0xDF ? 'U' : 'L';
	if (c <= 0x17F) {   /* pairs, mostly upper first */
		if (c == 0x130 || c == 0x178)
			return 'U';
		if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F)
			return 'L';
		if ((c >= 0x139 && c <= 0x148) || c >= 0x179)
			return c & 1 ? 'U' : 'L';
		return c & 1 ? 'L' : 'U';
	}
	if (c >= 0x200 && c <= 0x233)
		return c & 1 ? 'L' : 'U';
	if (c == 0x386 || (c >= 0x388 && c <= 0x3A9))
		return 'U';
	if (c >= 0x3AC && c <= 0x3CE)
		return 'L';
	if (c >= 0x400 && c <= 0x42F)
		return 'U';
	if (c >= 0x430 && c <= 0x45F)
		return 'L';
	if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4FF))
		return c & 1 ? 'L' : 'U';
	if (c >= 0x531 && c <= 0x556)
		return 'U';
	if (c >= 0x561 && c <= 0x587)
		return 'L';
	if (c >= 0x1E00 && c <= 0x1EFF)
		return c & 1 ? 'L' : 'U';
	if (c >= 0xFF21 && c <= 0xFF3A)
		return 'U';
	if (c >= 0xFF41 && c <= 0xFF5A)
		return 'L';
	return 0;
}

enum { W_CAP = 1, W_CAPS = 2, W_NUM = 4, W_PART = 8 };

/* What a label word is: capitalised ("Pérez", "J.", "Ki-moon"), all caps
 * ("CHAIR"), a number, a name particle, or 0 (anything else). */
static unsigned word_kind(const char *w, size_t n)
{
	size_t i = 0;
	int lower_seen = 0;

	while (i < n && i < 5 && w[i] >= '0' && w[i] <= '9')
		i++;
	if (i == n)
		return W_NUM;
	if (w[0] >= 'a' && w[0] <= 'z')
		return in_list(particles, w, n) ? W_PART : 0;
	for (i = 0; i < n;) {
		uint32_t cp;
		size_t k = pl_utf8_decode(w + i, n - i, &cp);
		int c = k ? letter_case(cp) : 0;
		if (!k || (i == 0 && c != 'U'))
			return 0;
		if (c == 'L')
			lower_seen = 1;
		else if (!c && cp != '.' && cp != '-' && cp != '\'' && cp != 0x2019)
			return 0;
		i += k;
	}
	return W_CAP | (lower_seen ? 0 : W_CAPS);
}

static int is_heading_word(const char *w, size_t n)
{
	return in_list(heading_words, w, n > 1 && w[n - 1] == '.' ? n - 1 : n);
}

/* Whether every kind in k[0..n) has a bit of mask. */
static int all_of(const unsigned *k, size_t n, unsigned mask)
{
	for (size_t i = 0; i < n; i++)
		if (!(k[i] & mask))
			return 0;
	return 1;
}

/* Splits lab[0..n) at spaces into at most 8 words and their kinds; returns
 * the count, or 0 if there are more or one is not a label word. */
static size_t words(const char *lab, size_t n, const char **w, size_t *wl, unsigned *k)
{
	size_t nw = 0;

	for (size_t i = 0; i < n; nw++) {
		size_t j = i;
		while (j < n && lab[j] != ' ')
			j++;
		if (nw == 8 || j == i)
			return 0;
		w[nw] = lab + i;
		wl[nw] = j - i;
		k[nw] = word_kind(w[nw], wl[nw]);
		if (!k[nw])
			return 0;
		i = j + 1;
	}
	return nw;
}

/* Applies the label rules (see the top of this file) to lab[0..n): returns
 * the rule that matched ('a' to 'd') or 0. */
static int is_label(const char *lab, size_t n, int transcript)
{
	const char *w[8];
	size_t wl[8], end = n, nw, i;
	unsigned k[8];

	if (lab[n - 1] == ')') {   /* "(Mexico)" */
		i = n - 1;
		while (i > 0 && lab[i] != '(')
			i--;
		if (i < 2 || lab[i - 1] != ' ' || i + 2 >= n)
			return 0;
		end = i - 1;
	}
	const char *comma = memchr(lab, ',', end);
	if (comma) {   /* ", Secretary-General of the United Nations" */
		size_t c = (size_t)(comma - lab);
		if (c + 2 >= end || lab[c + 1] != ' ')
			return 0;
		nw = words(lab + c + 2, end - c - 2, w, wl, k);
		if (!nw || !(k[0] & W_CAP) || (k[nw - 1] & W_PART) ||
		    !all_of(k, nw, W_CAP | W_PART | W_NUM) || is_heading_word(w[nw - 1], wl[nw - 1]))
			return 0;
		end = c;
	}
	nw = words(lab, end, w, wl, k);
	if (!nw)
		return 0;

	i = 0;   /* (b) Mr. Pérez, H.E. Ms. Amina J. Mohammed */
	while (i < nw && i < 2 && in_list(honorifics, w[i], wl[i]))
		i++;
	if (i && nw - i == 1 && in_list(roles, w[i], wl[i]))
		return 0;   /* "Mr. President:" opens a speech, it names no one */
	if (i && nw - i >= 1 && nw - i <= 5 && all_of(k + i, nw - i, W_CAP | W_PART) &&
	    (k[nw - 1] & W_CAP))
		return 'b';

	i = nw > 1 && wl[0] == 3 && in_list("|the|", w[0], 3);   /* (c) The Chair, Speaker 2 */
	if (i < nw && (k[i] & W_CAP) && in_list(roles, w[i], wl[i]) && nw - i - 1 <= 6 &&
	    all_of(k + i + 1, nw - i - 1, W_CAP | W_PART | W_NUM) && !(k[nw - 1] & W_PART))
		return 'c';

	if (is_heading_word(w[0], wl[0]) || is_heading_word(w[nw - 1], wl[nw - 1]))
		return 0;
	if (nw <= 6 && all_of(k, nw, W_CAPS))   /* (a) THE CHAIR, Q */
		return 'a';
	if (transcript && nw <= 4 && (k[0] & W_CAP) && (k[nw - 1] & W_CAP) &&
	    all_of(k, nw, W_CAP | W_PART))
		return 'd';
	return 0;
}

/* Whether more capitals follow: "REFORMING GLOBAL GOVERNANCE: A CALL FOR
 * JUSTICE" is a title, not a speaker. */
static int caps_follow(const char *s, size_t r, size_t b)
{
	int upper = 0;

	for (size_t i = r; i < b && i < r + 100; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		upper |= s[i] >= 'A' && s[i] <= 'Z';
	}
	return upper;
}

/* If the line text[a..b) opens with a speaker label, copies it to lab (NUL-
 * terminated) and returns the offset after its colon; otherwise 0. */
static size_t label(const struct seg *sg, size_t a, size_t b, char lab[LABEL_MAX + 1],
		    size_t *labn)
{
	const char *s = sg->s;
	unsigned char c0 = (unsigned char)s[a];
	int md = sg->md;

	if (!(c0 >= 'A' && c0 <= 'Z') && c0 < 0xC0 && !(md && (c0 == '*' || c0 == '_')))
		return 0;
	size_t lim = b - a < LABEL_MAX + 16 ? b : a + LABEL_MAX + 16;
	const char *colon = memchr(s + a, ':', lim - a);
	if (!colon)
		return 0;
	size_t c = (size_t)(colon - s), r = c + 1, n = 0;
	while (md && r < b && (s[r] == '*' || s[r] == '_'))
		r++;
	if (r < b && !is_space(s[r]))
		return 0;
	for (size_t i = a; i < c; i++) {
		if (md && (s[i] == '*' || s[i] == '_'))
			continue;
		if (is_space(s[i]) && (n == 0 || lab[n - 1] == ' '))
			continue;
		if (n == LABEL_MAX)
			return 0;
		lab[n++] = is_space(s[i]) ? ' ' : s[i];
	}
	if (n && lab[n - 1] == ' ')
		n--;
	if (n == 0)
		return 0;
	lab[n] = '\0';
	int rule = is_label(lab, n, sg->fmt == PL_FMT_TRANSCRIPT);
	if (!rule || (rule == 'a' && caps_follow(s, r, b)))
		return 0;
	*labn = n;
	return r;
}

/* ---- lines ---- */

/* Whether a line ends a sentence or clause, so that the next line of the
 * paragraph may open with a speaker label: in hard-wrapped text "...I appeal
 * to all" followed by "Member States: let us..." does not. */
static int ends_clause(const struct seg *sg, size_t a, size_t b)
{
	while (b > a && sg->md && (sg->s[b - 1] == '*' || sg->s[b - 1] == '_'))
		b--;
	if (b > a && (sg->s[b - 1] == ':' || sg->s[b - 1] == ';'))
		return 1;
	return sentence_end(sg->s + a, b - a);
}

/* Takes one line text[ls..le), the next starting at next. */
static int line(struct seg *sg, size_t ls, size_t le, size_t next)
{
	const char *s = sg->s;
	size_t a = ls, b = le;
	int item = 0, rc;

	while (a < b && is_space(s[a]))
		a++;
	while (b > a && is_space(s[b - 1]))
		b--;
	if (sg->fence) {
		size_t q = a;
		while (q < b && s[q] == sg->fence)
			q++;
		if (q == b && q - a >= sg->fence_len) {
			sg->fence = 0;
			return paragraph(sg, sg->fence_start, sg->fence_body, ls, b, 0);
		}
		return PL_OK;
	}
	size_t start = a;
	if (sg->md) {
		a = quote_prefix(s, a, b);
		if (md_block(sg, start, &a, b, next, &item, &rc))
			return rc;
	}
	if (a == b)
		return flush(sg);

	char lab[LABEL_MAX + 1];
	size_t labn = 0, body = !sg->open || sg->after_stop ? label(sg, a, b, lab, &labn) : 0;
	sg->after_stop = ends_clause(sg, a, b);
	if (sg->open && !body && !item && sg->fmt != PL_FMT_LINES) {
		sg->p_end = b;
		return PL_OK;
	}
	rc = flush(sg);
	if (rc)
		return rc;
	if (body) {
		pl_buf_clear(&sg->speaker);
		if (pl_buf_add(&sg->speaker, lab, labn))
			return nomem(sg);
	}
	sg->open = 1;
	sg->item = item;
	sg->p_start = start;
	sg->p_body = body ? body : a;
	sg->p_end = b;
	return sg->fmt == PL_FMT_LINES ? flush(sg) : PL_OK;
}

/* ---- hard-wrapped text ---- */

/*
 * PDF text wrapped at a fixed width (most UN General Debate files of the
 * 1980s-2000s) keeps no trace of its paragraphs but the lines that were cut
 * short, and its blank lines are page breaks, often with a page number.
 * There a text line starts a paragraph when it opens with a speaker label
 * (as in line()), or when it does not start in lowercase and
 *  - it is indented, if the text marks its paragraphs so (a twentieth to a
 *    half of its lines are indented; then nothing else counts), or
 *  - the line before was short (its width, a space and the new line's
 *    first word fit in the wrap width: the 90th percentile of the line
 *    widths, in code points) and ended a sentence (. ! ? : maybe inside
 *    quotes or brackets, not after "Mr." or an initial), or
 *  - a blank line came between, and the line before was short or ended a
 *    sentence: a page break inside a sentence joins its two halves.
 * Blank lines, and lines of digits, spaces and '-' (page numbers and job
 * numbers like "03-52110 9") next to a blank line or an end of the text,
 * are dropped. A line ending in "word-" is joined without a space to the
 * next if that opens with a letter or digit: in this corpus that is a
 * compound split at its hyphen ("high-level", "Secretary-General"), kept
 * whole, unless "and", "or", "nor" or "to" follows ("short- and long-
 * term"); the hyphen is dropped only when the next line opens with a bare
 * suffix ("settle-" + "ment").
 */

/* A line: its text[a..b) without surrounding whitespace, whether it was
 * indented, and where the next line starts. */
struct ln {
	size_t a, b, next;
	int indent;
};

static void read_line(const struct seg *sg, size_t pos, struct ln *l)
{
	const char *nl = memchr(sg->s + pos, '\n', sg->len - pos);
	size_t e = nl ? (size_t)(nl - sg->s) : sg->len;

	l->next = nl ? e + 1 : sg->len;
	l->a = pos;
	while (l->a < e && is_space(sg->s[l->a]))
		l->a++;
	l->indent = l->a > pos;
	l->b = e;
	while (l->b > l->a && is_space(sg->s[l->b - 1]))
		l->b--;
}

/* Code points in t[0..n), counted 16 bytes at a time: a loop compilers
 * vectorise. */
static size_t width(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t w = n, i = 0;

	for (; i + 16 <= n; i += 16) {
		unsigned char c = 0;
		for (int k = 0; k < 16; k++)
			c += (u[i + k] & 0xC0) == 0x80;
		w -= c;
	}
	for (; i < n; i++)
		w -= (u[i] & 0xC0) == 0x80;
	return w;
}

/* Whether a line starts with a lowercase letter, continuing a sentence. */
static int starts_lower(const char *s, size_t n)
{
	uint32_t cp;
	return pl_utf8_decode(s, n < 4 ? n : 4, &cp) && letter_case(cp) == 'L';
}

/* Whether text[a..b) holds only digits, spaces and '-', and a digit. */
static int number_line(const char *s, size_t a, size_t b)
{
	int digit = 0;

	if (b - a > 20)
		return 0;
	for (size_t i = a; i < b; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digit = 1;
		else if (s[i] != ' ' && s[i] != '-')
			return 0;
	}
	return digit;
}

/* Finds the first text line at or after pos into *l, skipping blank lines
 * and page numbers; *page tells whether a blank line was skipped (blank:
 * whether the line before pos counts as one). Returns 0 at the end. */
static int next_text(const struct seg *sg, size_t pos, int blank, struct ln *l, int *page)
{
	struct ln after;

	for (; pos < sg->len; pos = l->next) {
		read_line(sg, pos, l);
		if (l->a == l->b) {
			blank = 1;
			continue;
		}
		if (number_line(sg->s, l->a, l->b)) {
			if (blank || l->next == sg->len)
				continue;
			read_line(sg, l->next, &after);
			if (after.a == after.b)
				continue;
		}
		*page = blank;
		return 1;
	}
	return 0;
}

/* Bare suffixes: "settle-" + "ment" is one word broken at the line end. */
static const char suffixes[] =
	"|tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ances|ence|ences"
	"|ing|ings|ly|ally|ous|ive|ives|ize|ized|ise|ised|ation|ations|ible|ism"
	"|ist|ists|al|ed|er|ers|";

/* How cur, ending in "word-", joins nxt: 0 not so, 1 keeping the hyphen,
 * 2 dropping it. */
static int hyphen(const char *s, const struct ln *cur, const struct ln *nxt)
{
	size_t b = cur->b, w = nxt->a;
	uint32_t cp;

	if (b - cur->a < 2 || s[b - 1] != '-' || is_space(s[b - 2]) || s[b - 2] == '-')
		return 0;
	if (!pl_utf8_decode(s + w, nxt->b - w, &cp) || !(letter_case(cp) || (cp >= '0' && cp <= '9')))
		return 0;
	while (w < nxt->b && s[w] >= 'a' && s[w] <= 'z')
		w++;
	if (in_list("|and|or|nor|to|", s + nxt->a, w - nxt->a))
		return 0;   /* "short-" + "and long-term" */
	return s[b - 2] >= 'a' && s[b - 2] <= 'z' && in_list(suffixes, s + nxt->a, w - nxt->a) ? 2 : 1;
}

/* Whether a line ends a sentence, or a clause with ':'. */
static int ends_sentence(const char *s, const struct ln *l)
{
	return s[l->b - 1] == ':' || sentence_end(s + l->a, l->b - l->a);
}

/* Whether nxt starts a paragraph after cur, which ends a sentence or not,
 * a page break between them or not (see the rules above). */
static int new_paragraph(const struct seg *sg, const struct ln *cur, const struct ln *nxt,
			 int ends, int page)
{
	const char *s = sg->s;
	size_t w = nxt->a;

	if (starts_lower(s + nxt->a, nxt->b - nxt->a))
		return 0;
	if (sg->indents)
		return nxt->indent;
	if (ends && page)
		return 1;
	if (!ends && !page)
		return 0;
	while (w < nxt->b && !is_space(s[w]))   /* one of the two: cur must be short */
		w++;
	return width(s + cur->a, cur->b - cur->a) + 1 + width(s + nxt->a, w - nxt->a) <= sg->wrap;
}

/* Segments hard-wrapped text from pos on, line by line. */
static int wrapped(struct seg *sg, size_t pos)
{
	struct ln cur, nxt = { 0 };
	int page, brk = 1, join = 0, more = next_text(sg, pos, 1, &cur, &page), rc = PL_OK;

	while (more && !rc) {
		char lab[LABEL_MAX + 1];
		size_t labn = 0, body = brk || sg->after_stop ? label(sg, cur.a, cur.b, lab, &labn) : 0;
		int ends = ends_sentence(sg->s, &cur);

		sg->after_stop = ends || sg->s[cur.b - 1] == ';';   /* as ends_clause() */
		if (body) {   /* a turn: ends the paragraph before it */
			if (!brk && (rc = finish(sg, sg->p_end)) != PL_OK)
				return rc;
			brk = 1;
			pl_buf_clear(&sg->speaker);
			if (pl_buf_add(&sg->speaker, lab, labn))
				return nomem(sg);
		}
		if (brk)
			begin(sg, cur.a);
		else
			sg->gap = !join;
		more = next_text(sg, cur.next, 0, &nxt, &page);
		brk = !more || new_paragraph(sg, &cur, &nxt, ends, page);
		join = brk ? 0 : hyphen(sg->s, &cur, &nxt);
		rc = clean(sg, body ? body : cur.a, cur.b - (join == 2), 0);
		sg->p_end = cur.b;
		if (!rc && brk)
			rc = finish(sg, cur.b);
		cur = nxt;
	}
	return rc;
}

/* ---- front matter ---- */

/* Parses a front-matter line text[a..b) as "key: value" into kv[4]: key
 * start and end, value start and end. */
static int meta_line(const char *s, size_t a, size_t b, size_t kv[4])
{
	size_t i = a;

	while (i < b && s[i] != ':') {
		if ((unsigned char)s[i] < 0x80 && !is_alnum(s[i]) && !memchr("_-. ", s[i], 4))
			return 0;
		i++;
	}
	if (i == b || i == a || s[a] == ' ' || i - a > 64 || (i + 1 < b && !is_space(s[i + 1])))
		return 0;
	kv[0] = a;
	kv[1] = i;
	while (s[kv[1] - 1] == ' ')
		kv[1]--;
	kv[2] = i + 1;
	kv[3] = b;
	while (kv[2] < b && is_space(s[kv[2]]))
		kv[2]++;
	if (kv[3] - kv[2] >= 2 && (s[kv[2]] == '"' || s[kv[2]] == '\'') && s[kv[3] - 1] == s[kv[2]]) {
		kv[2]++;
		kv[3]--;
	}
	return 1;
}

/*
 * Checks for front matter ("---", "key: value" lines, blank lines and '#'
 * comments, then "---" or "...") and, if report is set, passes each entry
 * to sink->meta. *end is where the document's body starts (0: no front
 * matter).
 */
static int front_matter(struct seg *sg, int report, size_t *end)
{
	const char *s = sg->s;
	size_t pos = 0, kv[4];

	*end = 0;
	for (size_t n = 0; pos < sg->len; n++) {
		const char *nl = memchr(s + pos, '\n', sg->len - pos);
		size_t a = pos, b = nl ? (size_t)(nl - s) : sg->len;
		pos = nl ? b + 1 : sg->len;
		while (b > a && is_space(s[b - 1]))
			b--;
		int fence = b - a == 3 && (memcmp(s + a, "---", 3) == 0 || (n && memcmp(s + a, "...", 3) == 0));
		if (n == 0 && !fence)
			return PL_OK;
		if (n == 0 || a == b || s[a] == '#')
			continue;
		if (fence) {
			*end = pos;
			return PL_OK;
		}
		if (!meta_line(s, a, b, kv))
			return PL_OK;
		if (!report || !sg->sink->meta)
			continue;
		pl_buf_clear(&sg->kv);
		for (size_t i = kv[0]; i < kv[1]; i++)
			if (pl_buf_addc(&sg->kv, lower(s[i])))
				return nomem(sg);
		size_t klen = sg->kv.len;
		if (pl_buf_addc(&sg->kv, '\0') || pl_buf_add(&sg->kv, s + kv[2], kv[3] - kv[2]))
			return nomem(sg);
		int rc = sg->sink->meta(sg->sink->ctx, sg->kv.data, sg->kv.data + klen + 1);
		if (rc)
			return rc;
	}
	return PL_OK;
}

/* ---- the API ---- */

/* Whether s equals the lowercase t, ignoring ASCII case. */
static int eq_nocase(const char *s, const char *t)
{
	while (*s && lower(*s) == *t) {
		s++;
		t++;
	}
	return lower(*s) == *t;
}

static int ends_with_nocase(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && eq_nocase(s + n - m, suffix);
}

/* What pl_segment_detect() and pl_segment() learn about the lines. */
struct survey {
	size_t lines, seps, joined, cont, indented;
	size_t widths[WIDTH_MAX + 1];   /* non-blank lines by width, capped */
};

/* Counts lines, and line widths if asked (hard-wrapped text needs them). */
static void survey(const char *text, size_t len, int widths, struct survey *sv)
{
	enum { START, BLANK, SHORT, LONG } prev = START;
	size_t prev_len = 0;

	memset(sv, 0, sizeof *sv);
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t e = nl ? (size_t)(nl - text) : len, a = pos, b = e;
		while (a < e && is_space(text[a]))
			a++;
		while (b > a && is_space(text[b - 1]))
			b--;
		if (a == e) {
			if (prev != START)
				prev = BLANK;
			prev_len = 0;
		} else {
			size_t w = widths ? width(text + a, b - a) : 0;
			sv->widths[w < WIDTH_MAX ? w : WIDTH_MAX]++;
			sv->lines++;
			sv->indented += a > pos;
			sv->seps += prev == BLANK;
			sv->joined += prev == LONG;
			sv->cont += prev_len >= WRAP_MIN && starts_lower(text + a, e - a);
			prev = e - a > LONG_LINE ? LONG : SHORT;
			prev_len = e - a;
		}
		pos = nl ? e + 1 : len;
	}
}

/* Hard-wrapped text: a quarter of its lines continue a sentence in
 * lowercase after a line of some length. */
static int hard_wrapped(const struct survey *sv)
{
	return sv->cont > sv->joined && sv->cont * 4 > sv->lines;
}

/* The width most lines do not exceed (their 90th percentile). */
static size_t wrap_width(const struct survey *sv)
{
	size_t w = 0, n = sv->widths[0];

	while (w < WIDTH_MAX && n * 10 < sv->lines * 9)
		n += sv->widths[++w];
	return w;
}

/*
 * Blank lines separate paragraphs (TEXT) unless they are rare breaks between
 * long one-paragraph lines, as the page breaks left in many UN General
 * Debate files. Hard-wrapped text, as most of the other UN General Debate
 * files, is TEXT even without blank lines: a passage per wrapped line would
 * be useless.
 */
enum pl_doc_format pl_segment_detect(const char *path, const char *text, size_t len)
{
	struct survey sv;

	if (path && (ends_with_nocase(path, ".md") || ends_with_nocase(path, ".markdown")))
		return PL_FMT_MARKDOWN;
	survey(text, len, 0, &sv);
	if ((sv.seps && sv.joined <= sv.seps) || hard_wrapped(&sv))
		return PL_FMT_TEXT;
	return PL_FMT_LINES;
}

static const char *const format_names[] = {
	[PL_FMT_AUTO] = "auto",
	[PL_FMT_TEXT] = "text",
	[PL_FMT_LINES] = "lines",
	[PL_FMT_MARKDOWN] = "markdown",
	[PL_FMT_TRANSCRIPT] = "transcript",
	[PL_FMT_CSV] = "csv",
	[PL_FMT_TSV] = "tsv",
	[PL_FMT_VTT] = "vtt",
	[PL_FMT_SRT] = "srt",
	[PL_FMT_PARLAMINT] = "parlamint",
	[PL_FMT_DOCX] = "docx",
	[PL_FMT_ODT] = "odt",
	[PL_FMT_PDF] = "pdf",
};

int pl_doc_format_parse(const char *name, enum pl_doc_format *out, struct pl_err *err)
{
	for (size_t i = 0; name && i < sizeof format_names / sizeof format_names[0]; i++) {
		if (eq_nocase(name, format_names[i])) {
			*out = (enum pl_doc_format)i;
			return PL_OK;
		}
	}
	if (name && eq_nocase(name, "md")) {
		*out = PL_FMT_MARKDOWN;
		return PL_OK;
	}
	/* The names listed from the table, so a new format needs no edit here. */
	size_t n = sizeof format_names / sizeof format_names[0];
	char names[256] = "";
	for (size_t i = 0, at = 0; i < n && at < sizeof names; i++)
		at += (size_t)snprintf(names + at, sizeof names - at, "%s%s", format_names[i],
				       i + 2 < n ? ", " : i + 1 < n ? " or " : "");
	return pl_err_set(err, PL_EUSAGE, "unknown document format '%s' (use %s)",
			  name ? name : "", names);
}

const char *pl_doc_format_name(enum pl_doc_format fmt)
{
	if ((unsigned)fmt < sizeof format_names / sizeof format_names[0])
		return format_names[fmt];
	return "unknown";
}

/* Sets up sg for pieces of at most opts->max_passage bytes taken from texts
 * of at most len bytes. */
static int seg_init(struct seg *sg, size_t len, const struct pl_segment_opts *opts,
		    const struct pl_segment_sink *sink, struct pl_err *err)
{
	static const struct pl_segment_sink no_sink;

	memset(sg, 0, sizeof *sg);
	sg->sink = sink ? sink : &no_sink;
	sg->err = err;
	sg->max = opts && opts->max_passage ? opts->max_passage : PL_MAX_PASSAGE_DEFAULT;
	if (sg->max < 4)
		sg->max = 4;   /* room for any code point */
	/* A piece is never longer than the bound nor than the text: reserving
	 * that once lets put() copy without checks. */
	if (pl_buf_reserve(&sg->out, (sg->max < len ? sg->max : len) + 8))
		return nomem(sg);
	return PL_OK;
}

static void seg_release(struct seg *sg)
{
	pl_buf_release(&sg->out);
	pl_buf_release(&sg->speaker);
	pl_buf_release(&sg->section);
	pl_buf_release(&sg->kv);
}

size_t pl_segment_label(const char *line, size_t n, char label_out[PL_LABEL_MAX + 1])
{
	struct seg sg = { .s = line, .len = n, .fmt = PL_FMT_TRANSCRIPT };
	size_t labn = 0;

	while (n && is_space(line[n - 1]))
		n--;
	return n ? label(&sg, 0, n, label_out, &labn) : 0;
}

int pl_segment(const char *text, size_t len, const struct pl_segment_opts *opts,
	       const struct pl_segment_sink *sink, struct pl_err *err)
{
	struct seg sg;
	size_t pos = 0;

	if (len == 0)
		return PL_OK;
	int rc = seg_init(&sg, len, opts, sink, err);
	sg.s = text;
	sg.len = len;
	sg.fmt = opts ? opts->format : PL_FMT_AUTO;
	if (sg.fmt == PL_FMT_AUTO)
		sg.fmt = pl_segment_detect(NULL, text, len);
	sg.md = sg.fmt == PL_FMT_MARKDOWN;
	if (!rc)
		rc = front_matter(&sg, 0, &pos);
	if (!rc && pos)
		rc = front_matter(&sg, 1, &pos);
	if (sg.fmt == PL_FMT_TEXT || sg.fmt == PL_FMT_TRANSCRIPT || sg.fmt == PL_FMT_PDF) {
		struct survey sv;
		survey(text, len, 1, &sv);
		sg.wrap = hard_wrapped(&sv) || sg.fmt == PL_FMT_PDF ? wrap_width(&sv) : 0;
		/* pdftotext -layout indents what is centred or set apart: noise */
		sg.indents = sg.fmt != PL_FMT_PDF && sv.indented * 20 >= sv.lines &&
			     sv.indented * 2 < sv.lines;
	}
	if (!rc && sg.wrap)
		rc = wrapped(&sg, pos);
	while (!rc && !sg.wrap && pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t le = nl ? (size_t)(nl - text) : len, next = nl ? le + 1 : len;
		rc = line(&sg, pos, le, next);
		pos = next;
	}
	if (!rc && sg.fence) {
		size_t end = len;
		while (end > sg.fence_body && is_space(text[end - 1]))
			end--;
		rc = paragraph(&sg, sg.fence_start, sg.fence_body, len, end, 0);
	}
	if (!rc)
		rc = flush(&sg);
	seg_release(&sg);
	return rc;
}

/* ---- blocks given one by one ---- */

struct pl_segmenter {
	struct seg sg;
};

int pl_segmenter_new(struct pl_segmenter **out, const struct pl_segment_opts *opts,
		     const struct pl_segment_sink *sink, struct pl_err *err)
{
	*out = malloc(sizeof **out);
	if (!*out)
		return pl_err_set(err, PL_ENOMEM, "out of memory while segmenting text");
	int rc = seg_init(&(*out)->sg, SIZE_MAX, opts, sink, err);
	if (rc) {
		pl_segmenter_free(*out);
		*out = NULL;
	}
	return rc;
}

int pl_segmenter_block(struct pl_segmenter *seg, const struct pl_block *b)
{
	struct seg *sg = &seg->sg;

	int rc;

	sg->s = b->text;
	sg->len = b->len;
	sg->blk = b;
	if (b->heading)
		rc = heading(sg, 0, b->len, 0);
	else
		rc = paragraph(sg, 0, 0, b->len, b->len, 0);
	sg->blk = NULL;
	return rc;
}

void pl_segmenter_free(struct pl_segmenter *seg)
{
	if (!seg)
		return;
	seg_release(&seg->sg);
	free(seg);
}
