/* dict_liwc.c - the LIWC .dic parser (see dictionary.h): a '%' line, the
 * categories, a '%' line, then one entry a line. */
#include "dictionary_impl.h"

#include <stdlib.h>
#include <string.h>

/* s[0..n) as a category number, or -1: up to 9 digits. */
static long liwc_number(const char *s, size_t n)
{
	long v = 0;
	if (!n || n > 9)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

enum liwc_state { L_BEFORE, L_HEADER, L_BODY };

struct liwc {
	enum liwc_state state;
	int header_line;
};

/* A category reference: a number of the header, or a name. -1 after a report. */
static int liwc_ref(struct dict *d, const char *s, size_t n)
{
	long v = liwc_number(s, n);
	if (v >= 0) {
		for (size_t i = 0; i < d->ncats; i++)
			if (d->cats[i].number == v)
				return (int)i;
	} else {
		for (size_t i = 0; i < d->ncats; i++)
			if (strlen(d->cats[i].name) == n && dict_ncaseeq(d->cats[i].name, s, n))
				return (int)i;
	}
	dict_report(d, d->lineno, "unknown category '%s' (not in the list between the '%%' lines)",
	            dict_shown(d, s, n));
	return -1;
}

/* "NUMBER NAME" between the '%' lines. */
static void liwc_header(struct dict *d, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && !dict_is_space(s[i]))
		i++;
	long number = liwc_number(s, i);
	if (number < 0) {
		dict_report(d, d->lineno, "expected a category as 'NUMBER NAME' (or '%%' to end the "
		            "list), not '%s'", dict_shown(d, s, n));
		return;
	}
	/* The name, up to a TAB that some files follow with a description. */
	const char *name = s + i;
	size_t len = n - i;
	dict_trim(&name, &len);
	const char *tab = memchr(name, '\t', len);
	if (tab)
		len = (size_t)(tab - name);
	for (size_t k = 0; k < d->ncats; k++)
		if (d->cats[k].number == number) {
			dict_report(d, d->lineno, "duplicate category number %ld (first at line %d)", number,
			            d->cats[k].line);
			return;
		}
	dict_add_category(d, name, len, number);
}

/* "<WORD>X/Y": X when the next word is WORD, Y otherwise. */
static void liwc_next_word(struct dict *d, const char *word, size_t wn, const char *tok,
                           size_t n)
{
	const char *gt = memchr(tok, '>', n);
	const char *slash = gt ? memchr(gt, '/', n - (size_t)(gt - tok)) : NULL;
	const char *x = gt ? gt + 1 : NULL, *y = slash ? slash + 1 : NULL;
	size_t xn = x ? (size_t)((slash ? slash : tok + n) - x) : 0;
	size_t yn = y ? (size_t)(tok + n - y) : 0;
	if (!gt || gt == tok + 1 || !xn || (slash && !yn)) {
		dict_report(d, d->lineno, "expected '<WORD>CATEGORY' or '<WORD>CATEGORY/CATEGORY', not "
		            "'%s'", dict_shown(d, tok, n));
		return;
	}
	int cx = liwc_ref(d, x, xn), cy = y ? liwc_ref(d, y, yn) : -1;
	if (cx < 0 || (y && cy < 0) || dict_entry_regex(d, tok + 1, (size_t)(gt - tok - 1), 0))
		return;
	char *next = dict_dup(d, d->regex.data, d->regex.len);
	if (!next || dict_entry_regex(d, word, wn, 0)) {
		free(next);
		return;
	}
	size_t base = d->regex.len;
	for (int neg = 0; neg <= (y != NULL); neg++) {
		d->regex.len = base;
		if (pl_buf_addf(&d->regex, "(?%c\\s+%s)", neg ? '!' : '=', next))
			d->oom = 1;
		else
			dict_add_pattern(d, neg ? cy : cx, d->regex.data);
	}
	free(next);
}

/* The word's categories from s[0..n): numbers, names, "<of>X/Y" forms. */
static void liwc_categories(struct dict *d, const char *word, size_t wn, const char *s,
                            size_t n)
{
	int any = 0;
	for (size_t i = 0; dict_skip_blanks(s, n, &i), i < n;) {
		size_t start = i;
		if (s[i] == '(') {
			const char *close = memchr(s + i, ')', n - i);
			i = close ? (size_t)(close - s) + 1 : n;
		}
		while (i < n && !dict_is_space(s[i]))
			i++;
		const char *tok = s + start;
		size_t tn = i - start;
		any = 1;
		if (tok[0] == '(') {
			dict_report(d, d->lineno, "'%s' depends on the categories of the word before, which "
			            "a pattern cannot express: edit the line to give plain category numbers",
			            dict_shown(d, tok, tn));
		} else if (tok[0] == '<') {
			liwc_next_word(d, word, wn, tok, tn);
		} else {
			int c = liwc_ref(d, tok, tn);
			if (c >= 0 && !dict_entry_regex(d, word, wn, 0))
				dict_add_pattern(d, c, d->regex.data);
		}
	}
	if (!any)
		dict_report(d, d->lineno, "the entry '%s' has no category", dict_shown(d, word, wn));
}

/* Is s[0..n) a category number or a conditional form? */
static int liwc_refish(const char *s, size_t n)
{
	if (s[0] == '(' || s[0] == '<')
		return 1;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* An entry: the word, a TAB, its categories. Without a TAB the word runs
 * to the first number (phrases: "a bit 1 2"), or is the first word when
 * the categories are names. */
static void liwc_entry(struct dict *d, const char *s, size_t n)
{
	const char *tab = memchr(s, '\t', n);
	size_t wn;
	if (tab) {
		wn = (size_t)(tab - s);
	} else {
		size_t i = 0, first_end = 0;
		wn = 0;
		while (i < n) {
			size_t start = i;
			while (i < n && !dict_is_space(s[i]))
				i++;
			if (!first_end)
				first_end = i;
			else if (liwc_refish(s + start, i - start))
				break;
			wn = i;
			dict_skip_blanks(s, n, &i);
		}
		if (i >= n && wn == n)
			wn = first_end;   /* no number: names follow the first word */
	}
	const char *word = s;
	dict_trim(&word, &wn);
	liwc_categories(d, word, wn, s + (tab ? (size_t)(tab - s) + 1 : wn),
	                n - (tab ? (size_t)(tab - s) + 1 : wn));
}

static int liwc_line(struct dict *d, void *ctx)
{
	struct liwc *l = ctx;
	const char *s = d->text;
	size_t n = d->len;
	dict_trim(&s, &n);
	if (!n)
		return 0;
	int percent = n == 1 && s[0] == '%';
	switch (l->state) {
	case L_BEFORE:
		if (!percent) {
			dict_report(d, d->lineno, "a LIWC dictionary starts with a '%%' line, then its "
			            "categories, then another '%%' line");
			return 1;
		}
		l->state = L_HEADER;
		l->header_line = d->lineno;
		break;
	case L_HEADER:
		if (percent)
			l->state = L_BODY;
		else
			liwc_header(d, s, n);
		break;
	case L_BODY:
		if (percent)
			dict_report(d, d->lineno, "a third '%%' line");
		else
			liwc_entry(d, s, n);
		break;
	}
	return 0;
}

void dict_read_liwc(struct dict *d, const char *text, size_t len)
{
	struct liwc l = { L_BEFORE, 0 };
	dict_each_line(d, text, len, liwc_line, &l);
	if (l.state == L_HEADER)
		dict_report(d, l.header_line, "the list of categories opened here is not closed with a "
		            "'%%' line");
	else if (l.state == L_BEFORE && !d->nerrors)
		dict_report(d, 1, "empty dictionary");
}
