/*
 * draw.c - drawing text safely: every character is measured with wcwidth,
 * control characters are drawn as escapes (pl_text_escape) in a dim style
 * and never sent to the terminal, and a cut never splits a character.
 */
#include "tui.h"

#include <string.h>
#include <wchar.h>

#include "plenary/search.h"
#include "plenary/text.h"

static attr_t styles[NSTYLES];

/* Cell shades: backgrounds from dark to bright, on 256 colours a blue
 * ramp, on 8 the basic colours in order of brightness. */
static void init_shades(void)
{
	static const short ramp256[4] = { 17, 19, 26, 33 };
	static const short ramp8[4] = { COLOR_BLUE, COLOR_CYAN, COLOR_GREEN, COLOR_YELLOW };
	if (COLOR_PAIRS < 14)
		return;   /* the monochrome shades stay */
	for (int i = 0; i < 4; i++) {
		short bg = COLORS >= 256 ? ramp256[i] : ramp8[i];
		short fg = COLORS >= 256 || i == 0 ? COLOR_WHITE : COLOR_BLACK;
		init_pair((short)(10 + i), fg, bg);
		styles[S_SHADE1 + i] = COLOR_PAIR(10 + i) | (i == 3 ? A_BOLD : 0);
	}
}

void draw_init_styles(void)
{
	/* Monochrome first; colour replaces it when the terminal has colours. */
	styles[S_NORMAL] = A_NORMAL;
	styles[S_HEADER] = A_REVERSE | A_BOLD;
	styles[S_STATUS] = A_REVERSE;
	styles[S_SELECTED] = A_REVERSE;
	styles[S_ERROR] = A_BOLD | A_REVERSE;
	styles[S_SEARCH_HIT] = A_BOLD | A_UNDERLINE;
	styles[S_LEX_HIT] = A_UNDERLINE;
	styles[S_MARGIN] = A_BOLD;
	styles[S_BAR] = A_NORMAL;
	styles[S_DIM] = A_DIM;
	styles[S_SHADE0] = A_DIM;
	styles[S_SHADE1] = A_NORMAL;
	styles[S_SHADE2] = A_BOLD;
	styles[S_SHADE3] = A_REVERSE;
	styles[S_SHADE4] = A_REVERSE | A_BOLD;
	if (!has_colors() || start_color() != OK)
		return;
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_WHITE, COLOR_RED);
	init_pair(3, COLOR_BLACK, COLOR_YELLOW);
	init_pair(4, COLOR_GREEN, -1);
	init_pair(5, COLOR_CYAN, -1);
	init_pair(6, COLOR_MAGENTA, -1);
	styles[S_HEADER] = COLOR_PAIR(1) | A_BOLD;
	styles[S_STATUS] = COLOR_PAIR(1);
	styles[S_ERROR] = COLOR_PAIR(2) | A_BOLD;
	styles[S_SEARCH_HIT] = COLOR_PAIR(3);
	styles[S_LEX_HIT] = COLOR_PAIR(4) | A_UNDERLINE;
	styles[S_MARGIN] = COLOR_PAIR(5);
	styles[S_BAR] = COLOR_PAIR(6);
	init_shades();
}

attr_t style(enum style s)
{
	return styles[s];
}

/* One character of s[i..n): its bytes, its width, and the escape to draw
 * instead when it could act on the terminal (esc[0] == 0 when not). */
struct ch {
	size_t len;
	int width;
	wchar_t wc;
	char esc[16];
};

static void next_char(const char *s, size_t n, size_t i, struct ch *c)
{
	uint32_t cp = 0;
	c->esc[0] = '\0';
	c->len = pl_utf8_decode(s + i, n - i, &cp);
	if (!c->len)
		c->len = 1;
	struct pl_buf b = PL_BUF_INIT;
	/* pl_text_escape decides what is dangerous; a changed result means escape. */
	if (pl_text_escape(&b, s + i, c->len, PL_ESC_NEWLINE | PL_ESC_TAB) == PL_OK &&
	    (b.len != c->len || memcmp(b.data, s + i, c->len))) {
		snprintf(c->esc, sizeof c->esc, "%s", pl_buf_str(&b));
		c->width = (int)strlen(c->esc);
		pl_buf_release(&b);
		return;
	}
	pl_buf_release(&b);
	c->wc = (wchar_t)cp;
	c->width = wcwidth(c->wc);
	if (c->width < 0) {   /* unprintable here: show a replacement */
		c->wc = L'?';
		c->width = 1;
	}
}

static int is_mark(char c)
{
	return c == PL_HL_START || c == PL_HL_END;
}

int text_width(const char *s, size_t n)
{
	int w = 0;
	struct ch c;
	for (size_t i = 0; i < n; i += c.len) {
		if (is_mark(s[i])) {
			c.len = 1;
			continue;
		}
		next_char(s, n, i, &c);
		w += c.width;
	}
	return w;
}

void draw_blank(int y, int x, int width, attr_t a)
{
	if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return;
	if (x + width > COLS)
		width = COLS - x;
	attrset(a);
	mvhline(y, x, ' ', width);
	attrset(A_NORMAL);
}

int draw_text(int y, int x, int width, const char *s, size_t n, attr_t base, attr_fn fn,
              void *ctx)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || width <= 0)
		return 0;
	if (x + width > COLS)
		width = COLS - x;
	int fits = text_width(s, n) <= width;
	int limit = fits ? width : width - 1;   /* room for the "…" */
	int used = 0, hl = 0;
	struct ch c;
	move(y, x);
	for (size_t i = 0; i < n; i += c.len) {
		if (is_mark(s[i])) {
			hl = s[i] == PL_HL_START;
			c.len = 1;
			continue;
		}
		next_char(s, n, i, &c);
		if (used + c.width > limit)
			break;
		attr_t a = hl ? style(S_SEARCH_HIT) : fn ? fn(ctx, i, base) : base;
		if (c.esc[0]) {
			attrset(a | style(S_DIM));
			addstr(c.esc);
		} else {
			attrset(a);
			addnwstr(&c.wc, 1);
		}
		used += c.width;
	}
	attrset(base);
	if (!fits && used < width) {
		addstr("…");
		used++;
	}
	attrset(A_NORMAL);
	return used;
}

int draw_str(int y, int x, int width, const char *s, attr_t base)
{
	return draw_text(y, x, width, s, strlen(s), base, NULL, NULL);
}

size_t wrap_line(const char *s, size_t n, int width, size_t *next)
{
	int used = 0;
	size_t i = 0, space = 0;
	struct ch c;
	while (i < n) {
		if (s[i] == '\n') {
			*next = i + 1;
			return i;
		}
		if (is_mark(s[i])) {
			i++;
			continue;
		}
		next_char(s, n, i, &c);
		if (used + c.width > width && i > 0) {
			if (space) {
				*next = space;
				return space;
			}
			*next = i;
			return i;
		}
		used += c.width;
		i += c.len;
		if (s[i - 1] == ' ')
			space = i;
	}
	*next = n;
	return n;
}
