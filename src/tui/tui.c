/*
 * tui.c - the terminal interface's loop: the terminal's setup and restore
 * (on q, signals and fatal errors), the view stack, generic movement and
 * find, resize and the "terminal too small" screen. The coding keys
 * (+ - m x e) are in coding.c.
 */
#include "tui.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


#define MIN_COLS 40
#define MIN_LINES 10
#define TICK_MS 100

static SCREEN *screen;
static volatile sig_atomic_t got_signal;

/* Runs at exit and on the fatal paths: the shell gets its terminal back. */
static void restore_terminal(void)
{
	if (screen && !isendwin())
		endwin();
}

int tui_interrupted(void)
{
	return got_signal != 0;
}

static void on_signal(int sig)
{
	got_signal = sig;
}

static void catch_signals(void)
{
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;   /* no SA_RESTART: getch returns at once */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

int tui_has_terminal(void)
{
	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

void tui_message(struct tui *t, int error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->msg_error = error;
}

int tui_getkey(void)
{
	wint_t wc;
	int r = get_wch(&wc);
	if (r == ERR)
		return 0;
	if (r == KEY_CODE_YES)
		return FK(wc);
	return (int)wc;
}

static struct view *top(struct tui *t)
{
	return t->stack[t->depth - 1];
}

/* Shows a view: back to it if it is on the stack, else pushed. */
void tui_show(struct tui *t, enum view_id id)
{
	struct view *v = &t->views[id];
	for (int i = 0; i < t->depth; i++) {
		if (t->stack[i] == v) {
			t->depth = i + 1;
			t->dirty = 1;
			return;
		}
	}
	if (t->depth == (int)(sizeof t->stack / sizeof t->stack[0]))
		t->depth--;
	t->stack[t->depth++] = v;
	t->dirty = 1;
}

static void draw_status(struct tui *t, struct view *v, int y, int w)
{
	char left[128];
	snprintf(left, sizeof left, " %s  %lld/%lld ", v->label[0] ? v->label : v->ops->name,
	         (long long)(v->total ? v->cur + 1 : 0), (long long)v->total);
	draw_blank(y, 0, w, style(S_STATUS));
	int x = draw_str(y, 0, w, left, style(S_STATUS) | A_BOLD);
	const char *hint = " Tab o d s r c  ?:help q:back ";
	int hw = (int)strlen(hint);
	int room = w - x - (w - x > hw + 10 ? hw : 0);
	if (t->msg[0])
		draw_str(y, x, room, t->msg, style(t->msg_error ? S_ERROR : S_STATUS));
	if (w - x > hw + 10)
		draw_str(y, w - hw, hw, hint, style(S_STATUS));
}

void tui_draw_all(struct tui *t)
{
	erase();
	if (COLS < MIN_COLS || LINES < MIN_LINES) {
		char m[64];
		snprintf(m, sizeof m, "need %dx%d", MIN_COLS, MIN_LINES);
		draw_str(0, 0, COLS, "terminal too small", A_BOLD);
		draw_str(1, 0, COLS, m, A_NORMAL);
		draw_str(2, 0, COLS, "q quits", A_NORMAL);
		refresh();
		return;
	}
	struct view *v = top(t);
	v->ops->draw(v, 1, LINES - 2, COLS);   /* first: it says where we are */
	draw_blank(0, 0, COLS, style(S_HEADER));
	draw_str(0, 1, COLS - 1, v->where[0] ? v->where : v->ops->name, style(S_HEADER));
	draw_status(t, v, LINES - 1, COLS);
	refresh();
}


int tui_too_small(void)
{
	return COLS < MIN_COLS || LINES < MIN_LINES;
}

int tui_prompt(struct tui *t, const char *label, char *buf, size_t size)
{
	size_t len = strlen(buf);
	curs_set(1);
	for (;;) {
		if (got_signal)
			break;
		tui_draw_all(t);
		if (!tui_too_small()) {
			int y = LINES - 1;
			draw_blank(y, 0, COLS, A_NORMAL);
			int x = draw_str(y, 0, COLS, label, A_BOLD);
			/* Show the end of a long answer. */
			const char *shown = buf;
			while (text_width(shown, strlen(shown)) > COLS - x - 2 && *shown)
				shown++;
			while ((*shown & 0xc0) == 0x80)
				shown++;
			x += draw_str(y, x, COLS - x - 1, shown, A_NORMAL);
			move(y, x);
			refresh();
		}
		int k = tui_getkey();
		if (!k || k == FK(KEY_RESIZE))
			continue;
		if (tui_too_small() && k != 27)
			continue;
		if (k == '\n' || k == '\r' || k == FK(KEY_ENTER)) {
			curs_set(0);
			return 1;
		}
		if (k == 27 || k == CTRL('c') || k == CTRL('g'))
			break;
		if (k == CTRL('u')) {
			buf[len = 0] = '\0';
			continue;
		}
		if (k == FK(KEY_BACKSPACE) || k == 127 || k == CTRL('h')) {
			while (len > 0 && (buf[len - 1] & 0xc0) == 0x80)
				len--;
			if (len > 0)
				len--;
			buf[len] = '\0';
		} else if (k >= 32 && k < 0x110000) {
			struct pl_buf b = PL_BUF_INIT;
			pl_buf_add_utf8(&b, (unsigned)k);
			if (len + b.len < size) {
				memcpy(buf + len, b.data, b.len);
				len += b.len;
				buf[len] = '\0';
			}
			pl_buf_release(&b);
		}
	}
	curs_set(0);
	return 0;
}

/* After a write every view reloads, so counts follow the change. */
void tui_reload(struct tui *t)
{
	for (int i = 0; i < NVIEWS; i++)
		if (t->views[i].ops->open)
			t->views[i].ops->open(&t->views[i]);
}

static void find(struct tui *t, struct view *v, int dir)
{
	if (!t->find[0] || !v->ops->row_text) {
		tui_message(t, 1, "nothing to find: press / first");
		return;
	}
	for (int64_t i = v->cur + dir; i >= 0 && i < v->total; i += dir) {
		const char *s = v->ops->row_text(v, i);
		if (s && tui_contains(s, t->find)) {
			v->cur = i;
			tui_message(t, 0, "found '%s'", t->find);
			return;
		}
	}
	tui_message(t, 1, "'%s' not found", t->find);
}


/* ---- the loop ----------------------------------------------------------------- */

/* Generic handling of an action the view left alone; 0 means quit. */
static int act(struct tui *t, struct view *v, enum action a)
{
	int64_t page = v->page > 1 ? v->page : 1;
	switch (a) {
	case ACT_DOWN: v->cur++; break;
	case ACT_UP: v->cur--; break;
	case ACT_PGDN: v->cur += page; break;
	case ACT_PGUP: v->cur -= page; break;
	case ACT_HOME: v->cur = 0; break;
	case ACT_END: v->cur = v->total - 1; break;
	case ACT_NEXT_VIEW: {
		enum view_id id = (enum view_id)(v - t->views);
		tui_show(t, id >= V_CROSSTAB ? V_OBJECTIVES : id + 1);
		break;
	}
	case ACT_OBJECTIVES: tui_show(t, V_OBJECTIVES); break;
	case ACT_DOCUMENTS: tui_show(t, V_DOCUMENTS); break;
	case ACT_SEARCH: tui_show(t, V_SEARCH); break;
	case ACT_READER: tui_show(t, V_READER); break;
	case ACT_CROSSTAB: tui_show(t, V_CROSSTAB); break;
	case ACT_HELP: {
		struct pl_buf b = PL_BUF_INIT;
		tui_keys_help(&b);
		text_open(&t->views[V_TEXT], "Help", pl_buf_str(&b));
		pl_buf_release(&b);
		tui_show(t, V_TEXT);
		break;
	}
	case ACT_FIND:
		if (tui_prompt(t, "Find: ", t->find, sizeof t->find))
			find(t, v, 1);
		break;
	case ACT_FIND_NEXT: find(t, v, 1); break;
	case ACT_FIND_PREV: find(t, v, -1); break;
	case ACT_TAG_ADD:
	case ACT_TAG_REMOVE:
	case ACT_MARK:
	case ACT_EXPLAIN: {
		int64_t id = v->ops->passage ? v->ops->passage(v) : 0;
		if (!id)
			tui_message(t, 1, "no passage here: open one in the reader or the search view");
		else if (a == ACT_MARK)
			coding_mark(t, id);
		else if (a == ACT_EXPLAIN)
			coding_explain(t, id);
		else
			coding_tag(t, id, a == ACT_TAG_ADD);
		break;
	}
	case ACT_EXPORT: coding_export(t, v); break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_BACK:
		if (t->depth == 1)
			return 0;
		t->depth--;
		break;
	case ACT_QUIT: return 0;
	default: break;
	}
	if (v->cur >= v->total)
		v->cur = v->total - 1;
	if (v->cur < 0)
		v->cur = 0;
	return 1;
}

static int loop(struct tui *t)
{
	for (;;) {
		tui_draw_all(t);
		int k;
		do {
			k = tui_getkey();
			if (got_signal)
				return 128 + got_signal;
			/* Idle: the view may work (the search runs when typing stops). */
			if (!k && top(t)->ops->tick) {
				top(t)->ops->tick(top(t));
				if (t->dirty)
					break;
			}
		} while (!k);
		t->dirty = 0;
		if (k == FK(KEY_RESIZE))
			continue;
		enum action a = tui_action(k);
		if (tui_too_small()) {
			if (a == ACT_BACK || a == ACT_QUIT)
				return 0;
			continue;
		}
		struct view *v = top(t);
		if (k)
			t->msg[0] = '\0';
		unsigned r = v->ops->key ? v->ops->key(v, k, a) : KEY_IGNORED;
		if (r & KEY_HANDLED)
			continue;
		if (!act(t, v, a))
			return 0;
	}
}

int tui_main(struct pl_store *s, int readonly, char *const *lexicons, size_t nlexicons)
{
	setlocale(LC_ALL, "");
	if (!tui_has_terminal()) {
		fputs("plenary: tui: plenary tui needs a terminal (stdin and stdout)\n", stderr);
		return 2;
	}
	const char *term = getenv("TERM");
	if (!term || !*term || !strcmp(term, "dumb")) {
		fprintf(stderr, "plenary: tui: the terminal type '%s' cannot draw the interface;"
		        " set TERM (e.g. xterm-256color)\n", term ? term : "");
		return 2;
	}
	/* newterm, not initscr: a bad TERM returns NULL instead of exiting. */
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		fprintf(stderr, "plenary: tui: unknown terminal type '%s'; set TERM"
		        " (e.g. xterm-256color)\n", term);
		return 2;
	}
	set_term(screen);
	atexit(restore_terminal);
	catch_signals();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	timeout(TICK_MS);
	draw_init_styles();

	static struct tui t;
	t.store = s;
	t.readonly = readonly;
	t.lexicon_paths = lexicons;
	t.nlexicon_paths = nlexicons;
	const struct view_ops *ops[NVIEWS] = { &objectives_ops, &documents_ops, &search_ops,
	                                       &reader_ops, &crosstab_ops, &text_ops };
	for (int i = 0; i < NVIEWS; i++) {
		t.views[i].ops = ops[i];
		t.views[i].t = &t;
		if (ops[i]->open && ops[i]->open(&t.views[i])) {
			endwin();
			fprintf(stderr, "plenary: tui: %s\n", t.err.msg);
			return 1;
		}
	}
	t.stack[t.depth++] = &t.views[V_OBJECTIVES];
	if (readonly)
		tui_message(&t, 0, "read-only database: coding and marks are off");
	if (!strstr(nl_langinfo(CODESET), "UTF-8"))
		tui_message(&t, 1, "the locale is not UTF-8: text may show as '?'");
	int rc = loop(&t);
	for (int i = 0; i < NVIEWS; i++)
		if (t.views[i].ops->close)
			t.views[i].ops->close(&t.views[i]);
	coding_release(&t);
	endwin();
	delscreen(screen);
	screen = NULL;
	return rc;
}
