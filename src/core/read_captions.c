/*
 * read_captions.c - WebVTT and SRT captions (see read_captions.h).
 *
 * One walk over the blocks (runs of non-blank lines). A cue's text is
 * cleaned of tags into a buffer, its speaker taken from a voice span or a
 * label, and appended to the open turn; the turn becomes passages when the
 * speaker changes, when it would outgrow the bound, and at the end.
 */
#include "plenary/read_captions.h"
#include "plenary/formats.h"

#include <stdio.h>
#include <string.h>

#define TIME_MAX 32

/* The turn being gathered. */
struct turn {
	struct pl_buf text;
	char speaker[PL_LABEL_MAX + 1];   /* "" when no cue has named one */
	char start[TIME_MAX], end[TIME_MAX];
	size_t span_start, span_end;
	int open;
};

struct captions {
	const char *s;
	size_t len, max;
	enum pl_doc_format fmt;
	struct pl_segmenter *seg;
	struct pl_err *err;
	struct pl_buf cue;             /* the cue's cleaned text */
	char voice[PL_LABEL_MAX + 1];  /* its <v Name>, or "" */
	struct turn t;
	size_t cues, bad, bad_line;
};

static int nomem(struct captions *c)
{
	return pl_err_set(c->err, PL_ENOMEM, "out of memory reading captions");
}

static int is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

/* The line at pos: s[*a..*b) without trailing blanks; returns where the
 * next one starts. */
static size_t line_at(const char *s, size_t len, size_t pos, size_t *a, size_t *b)
{
	const char *nl = memchr(s + pos, '\n', len - pos);
	size_t e = nl ? (size_t)(nl - s) : len;

	*a = pos;
	*b = e;
	while (*b > *a && is_blank(s[*b - 1]))
		(*b)--;
	return nl ? e + 1 : len;
}

/* Reads "[hh:]mm:ss.mmm" (SRT: ',' before the milliseconds) at s[*p..b)
 * into out as hh:mm:ss.mmm. */
static int timestamp(const char *s, size_t *p, size_t b, char out[TIME_MAX])
{
	unsigned long f[3];
	size_t i = *p, nf = 0;

	for (;;) {
		size_t d = i;
		unsigned long v = 0;
		while (i < b && s[i] >= '0' && s[i] <= '9' && i - d < 9)
			v = v * 10 + (unsigned long)(s[i++] - '0');
		if (i == d)
			return 0;
		f[nf++] = v;
		if (nf < 3 && i < b && s[i] == ':')
			i++;
		else
			break;
	}
	if (nf < 2 || i + 4 > b || (s[i] != '.' && s[i] != ','))
		return 0;
	for (size_t k = 1; k <= 3; k++)
		if (s[i + k] < '0' || s[i + k] > '9')
			return 0;
	unsigned long h = nf == 3 ? f[0] : 0, m = f[nf - 2], sec = f[nf - 1];
	if (m > 59 || sec > 59)
		return 0;
	snprintf(out, TIME_MAX, "%02lu:%02lu:%02lu.%.3s", h, m, sec, s + i + 1);
	*p = i + 4;
	return 1;
}

/* Reads a timing line s[a..b): "start --> end", cue settings after it. */
static int timing(const char *s, size_t a, size_t b, char start[TIME_MAX], char end[TIME_MAX])
{
	size_t p = a;

	if (!timestamp(s, &p, b, start))
		return 0;
	while (p < b && is_blank(s[p]))
		p++;
	if (b - p < 3 || memcmp(s + p, "-->", 3) != 0)
		return 0;
	p += 3;
	while (p < b && is_blank(s[p]))
		p++;
	return timestamp(s, &p, b, end) && (p == b || is_blank(s[p]));
}

int pl_captions_sniff(const char *text, size_t len, enum pl_doc_format fmt)
{
	size_t pos = 0, a, b;
	char t0[TIME_MAX], t1[TIME_MAX];

	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
		pos = 3;
	if (fmt == PL_FMT_VTT)
		return len - pos >= 6 && !memcmp(text + pos, "WEBVTT", 6) &&
		       (len - pos == 6 || is_blank(text[pos + 6]));
	do
		pos = line_at(text, len, pos, &a, &b);
	while (a == b && pos < len);
	if (a == b || b - a > 9)
		return 0;
	for (size_t i = a; i < b; i++)
		if (text[i] < '0' || text[i] > '9')
			return 0;
	line_at(text, len, pos, &a, &b);
	return timing(text, a, b, t0, t1);
}

/* ---- a cue's text ---- */

/* Handles the tag s[p..q] ('<' to '>'): a voice span names the speaker. */
static int tag(struct captions *c, size_t p, size_t q)
{
	const char *s = c->s;

	if (s[p + 1] != 'v' || (s[p + 2] != ' ' && s[p + 2] != '.') || c->voice[0])
		return PL_OK;
	size_t n = p + 2;
	while (n < q && s[n] != ' ')
		n++;   /* past the classes */
	while (n < q && s[n] == ' ')
		n++;
	size_t e = q;
	while (e > n && is_blank(s[e - 1]))
		e--;
	if (e - n > PL_LABEL_MAX) {
		e = n + PL_LABEL_MAX;
		while (e > n && ((unsigned char)s[e] & 0xC0) == 0x80)
			e--;   /* cut between characters: only valid UTF-8 is stored */
	}
	memcpy(c->voice, s + n, e - n);
	c->voice[e - n] = '\0';
	return PL_OK;
}

static const struct {
	const char *name;
	const char *text;
} entities[] = {
	{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&nbsp;", " " },
	{ "&quot;", "\"" }, { "&apos;", "'" }, { "&lrm;", "" }, { "&rlm;", "" },
};

/* Appends the cleaned text of the cue line s[a..b) to c->cue. */
static int clean_line(struct captions *c, size_t a, size_t b)
{
	const char *s = c->s;

	if (c->cue.len && pl_buf_addc(&c->cue, ' '))
		return nomem(c);
	for (size_t p = a; p < b;) {
		size_t run = p;
		while (run < b && s[run] != '<' && s[run] != '&')
			run++;
		if (run > p && pl_buf_add(&c->cue, s + p, run - p))
			return nomem(c);
		p = run;
		if (p == b)
			break;
		const char *gt = s[p] == '<' ? memchr(s + p, '>', b - p) : NULL;
		char next = p + 1 < b ? s[p + 1] : ' ';
		if (gt && (next == '/' || (next >= '0' && next <= '9') ||
		           ((next | 0x20) >= 'a' && (next | 0x20) <= 'z'))) {
			tag(c, p, (size_t)(gt - s));
			p = (size_t)(gt - s) + 1;
			continue;
		}
		size_t k = 0, nk = sizeof entities / sizeof entities[0];
		while (s[p] == '&' && k < nk && (strlen(entities[k].name) > b - p ||
		       memcmp(s + p, entities[k].name, strlen(entities[k].name))))
			k++;
		if (s[p] == '&' && k < nk) {
			if (pl_buf_adds(&c->cue, entities[k].text))
				return nomem(c);
			p += strlen(entities[k].name);
		} else {
			if (pl_buf_addc(&c->cue, s[p]))
				return nomem(c);
			p++;
		}
	}
	return PL_OK;
}

/* ---- turns ---- */

/* Reports the open turn as passages. */
static int flush(struct captions *c)
{
	struct turn *t = &c->t;
	int rc = PL_OK;

	if (t->open && t->text.len) {
		struct pl_kv meta[] = { { "start", t->start }, { "end", t->end } };
		struct pl_block b = { .text = t->text.data, .len = t->text.len,
		                      .start = t->span_start, .end = t->span_end,
		                      .speaker = t->speaker[0] ? t->speaker : NULL,
		                      .meta = meta, .nmeta = 2 };
		rc = pl_segmenter_block(c->seg, &b);
	}
	t->open = 0;
	pl_buf_clear(&t->text);
	return rc;
}

/* Adds a cue (its text in c->cue) to the turn of its speaker. */
static int add_cue(struct captions *c, const char *start, const char *end, size_t a, size_t b)
{
	struct turn *t = &c->t;
	char lab[PL_LABEL_MAX + 1];
	const char *speaker = c->voice[0] ? c->voice : NULL, *text = pl_buf_str(&c->cue);
	size_t n = c->cue.len, body = speaker ? 0 : pl_segment_label(text, n, lab);
	int rc = PL_OK;

	if (body) {
		speaker = lab;
		while (body < n && is_blank(text[body]))
			body++;
		text += body;
		n -= body;
	}
	if (speaker && strcmp(speaker, t->speaker) != 0) {
		rc = flush(c);
		snprintf(t->speaker, sizeof t->speaker, "%s", speaker);
	} else if (t->open && t->text.len + 1 + n > c->max) {
		rc = flush(c);
	}
	if (rc || !n)
		return rc;
	if (!t->open) {
		t->open = 1;
		snprintf(t->start, sizeof t->start, "%s", start);
		t->span_start = a;
	}
	snprintf(t->end, sizeof t->end, "%s", end);
	t->span_end = b;
	if ((t->text.len && pl_buf_addc(&t->text, ' ')) || pl_buf_add(&t->text, text, n))
		return nomem(c);
	return PL_OK;
}

static int has_arrow(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i + 3 <= b; i++)
		if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
			return 1;
	return 0;
}

/* Whether the line s[a..b) opens a WebVTT block that is not a cue. */
static int vtt_other_block(const char *s, size_t a, size_t b)
{
	static const char *const words[] = { "NOTE", "STYLE", "REGION" };
	for (size_t i = 0; i < 3; i++) {
		size_t n = strlen(words[i]);
		if (b - a >= n && !memcmp(s + a, words[i], n) && (b - a == n || is_blank(s[a + n])))
			return 1;
	}
	return 0;
}

/* Reads the block of lines starting at pos, line number lineno; returns
 * where the next one starts. */
static int block(struct captions *c, size_t *pos, size_t lineno)
{
	const char *s = c->s;
	size_t a, b, ta, tb, next = line_at(s, c->len, *pos, &a, &b), start = a;
	char t0[TIME_MAX] = "", t1[TIME_MAX] = "";
	int ok;

	if (c->fmt == PL_FMT_VTT && vtt_other_block(s, a, b)) {
		ok = 2;
	} else {
		ta = a;
		tb = b;
		if (!has_arrow(s, a, b) && next < c->len) {
			size_t a2, b2, after = line_at(s, c->len, next, &a2, &b2);
			if (a2 < b2) {   /* an identifier line, then the timing */
				ta = a2;
				tb = b2;
				next = after;
			}
		}
		ok = timing(s, ta, tb, t0, t1);
	}
	pl_buf_clear(&c->cue);
	c->voice[0] = '\0';
	size_t end = b;
	while (next < c->len) {
		size_t la, lb, after = line_at(s, c->len, next, &la, &lb);
		if (la == lb)
			break;
		if (ok == 1) {
			int rc = clean_line(c, la, lb);
			if (rc)
				return rc;
		}
		end = lb;
		next = after;
	}
	*pos = next;
	if (ok == 1) {
		c->cues++;
		return add_cue(c, t0, t1, start, end);
	}
	if (!ok && !c->bad++)
		c->bad_line = lineno;
	return PL_OK;
}

int pl_read_captions(const char *text, size_t len, enum pl_doc_format fmt, size_t max_passage,
                     const struct pl_segment_sink *sink, struct pl_buf *notes,
                     struct pl_err *err)
{
	struct captions c = { .s = text, .len = len, .fmt = fmt, .err = err,
	                      .max = max_passage ? max_passage : PL_MAX_PASSAGE_DEFAULT };
	struct pl_segment_opts so = { PL_FMT_TEXT, c.max };
	const char *name = fmt == PL_FMT_VTT ? "WebVTT" : "SRT";
	size_t pos = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0, lineno = 1;

	if (fmt == PL_FMT_VTT && !pl_captions_sniff(text, len, fmt))
		return pl_err_set(err, PL_EIO, "not WebVTT: the first line must be 'WEBVTT'");
	int rc = pl_segmenter_new(&c.seg, &so, sink, err);
	if (!rc && fmt == PL_FMT_VTT) {
		size_t a, b;
		do {   /* the header block, up to a blank line */
			pos = line_at(text, len, pos, &a, &b);
			lineno++;
		} while (a < b && pos < len);
	}
	while (!rc && pos < len) {
		size_t a, b, next = line_at(text, len, pos, &a, &b);
		if (a == b) {
			pos = next;
			lineno++;
			continue;
		}
		size_t from = pos;
		rc = block(&c, &pos, lineno);
		for (size_t i = from; i < pos; i++)
			lineno += text[i] == '\n';
	}
	if (!rc)
		rc = flush(&c);
	if (!rc && !c.cues && c.bad)
		rc = pl_err_set(err, PL_EIO, "not %s: no cue found (a cue is %s'00:00:01%c000 --> "
		                "00:00:04%c000', then its text)", name,
		                fmt == PL_FMT_SRT ? "a number, " : "", fmt == PL_FMT_SRT ? ',' : '.',
		                fmt == PL_FMT_SRT ? ',' : '.');
	if (!rc && c.bad)
		rc = pl_note(notes, "%zu block%s (first at line %zu) with no readable timing line "
		             "skipped", c.bad, c.bad == 1 ? "" : "s", c.bad_line);
	if (!rc)
		rc = pl_note(notes, "%zu cues", c.cues);
	pl_segmenter_free(c.seg);
	pl_buf_release(&c.cue);
	pl_buf_release(&c.t.text);
	return rc;
}
