/*
 * tui.h - what the terminal interface's files share: keys and actions, the
 * view vtable (tig's view_ops) whose key handlers return flags (htop's
 * HANDLED/REDRAW) so the loop decides what to repaint, drawing helpers that
 * clip by display width, and the entry point the CLI calls.
 */
#ifndef PLENARY_TUI_H
#define PLENARY_TUI_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <stdint.h>

#include "plenary/buf.h"
#include "plenary/error.h"
#include "plenary/store.h"

/* Runs the interface on an open store; returns the process exit code.
 * Prints its own messages (no terminal, unknown TERM). The lexicon files
 * are what the e key explains tags with. */
int tui_main(struct pl_store *s, int readonly, char *const *lexicons, size_t nlexicons);
/* Nonzero when the TUI can run here (stdin and stdout are terminals). */
int tui_has_terminal(void);

/* Keys: characters are their code points; function keys (KEY_DOWN...) are
 * moved above Unicode so the two never collide. */
#define FK(k) ((int)(k) | 0x200000)
#define CTRL(c) ((c) & 0x1f)

#define ACTIONS(X)                                                     \
	X(ACT_NONE) X(ACT_DOWN) X(ACT_UP) X(ACT_PGDN) X(ACT_PGUP)      \
	X(ACT_HOME) X(ACT_END) X(ACT_ENTER) X(ACT_BACK) X(ACT_QUIT)    \
	X(ACT_HELP) X(ACT_NEXT_VIEW) X(ACT_OBJECTIVES) X(ACT_DOCUMENTS) \
	X(ACT_SEARCH) X(ACT_READER) X(ACT_FIND) X(ACT_FIND_NEXT)       \
	X(ACT_FIND_PREV) X(ACT_TAG_ADD) X(ACT_TAG_REMOVE) X(ACT_MARK)  \
	X(ACT_EXPORT) X(ACT_EXPLAIN) X(ACT_REDRAW) X(ACT_LEXICON)   \
	X(ACT_CROSSTAB) X(ACT_LEFT) X(ACT_RIGHT) X(ACT_COUNTS)

enum action {
#define ACTION_ENUM(a) a,
	ACTIONS(ACTION_ENUM)
#undef ACTION_ENUM
};

struct key_binding {
	int key;
	const char *name;          /* as the help screen shows it */
	enum action act;
	const char *help;
};
extern const struct key_binding tui_keys[];
extern const size_t tui_nkeys;
enum action tui_action(int key);
/* The help screen's text, one key a line, from the same table. */
void tui_keys_help(struct pl_buf *b);

/* What a key handler did (htop): the loop repaints on REDRAW. */
enum { KEY_IGNORED = 0, KEY_HANDLED = 1u << 0, KEY_REDRAW = 1u << 1 };

struct tui;
struct view;

struct view_ops {
	const char *name;                 /* "Objectives" */
	int (*open)(struct view *v);      /* (re)loads totals after a change */
	void (*draw)(struct view *v, int y, int h, int w);
	unsigned (*key)(struct view *v, int key, enum action act);
	const char *(*row_text)(struct view *v, int64_t i);   /* for / and n/N */
	int64_t (*passage)(struct view *v);                   /* current passage, 0: none */
	int (*list)(struct view *v, int64_t **ids, size_t *n); /* for x: the current list */
	void (*tick)(struct view *v);     /* called when no key came for a while */
	void (*close)(struct view *v);
};

struct view {
	const struct view_ops *ops;
	struct tui *t;
	int64_t cur, top, total;
	int page;                 /* rows a page moves, set by draw */
	char where[256];          /* the header: where you are */
	char label[32];           /* the status line's name, when not ops->name */
	void *priv;
};

enum view_id { V_OBJECTIVES, V_DOCUMENTS, V_SEARCH, V_READER, V_CROSSTAB, V_TEXT, NVIEWS };

struct tui {
	struct pl_store *store;
	int readonly;
	struct view views[NVIEWS];
	struct view *stack[NVIEWS * 2];
	int depth;
	char msg[512];
	int msg_error;
	char find[256];
	int dirty;                /* redraw everything */
	struct pl_err err;
	char *const *lexicon_paths;
	size_t nlexicon_paths;
	/* Loaded on the first e: building the taggers takes seconds. */
	struct pl_lexicon **lexicons;
	struct pl_tagger **taggers;
	size_t nlexicons;
};

extern const struct view_ops objectives_ops, documents_ops, search_ops, reader_ops, crosstab_ops,
	text_ops;

/* Navigation between views (tui.c). */
void tui_show(struct tui *t, enum view_id id);
void tui_message(struct tui *t, int error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Opens the search view with a query, the reader on a document, a text page. */
void search_set_query(struct view *v, const char *query);
void reader_open(struct view *v, int64_t doc, int64_t ordinal, const char *highlight);
void text_open(struct view *v, const char *title, const char *text);
/* The lexicon whose categories the objectives and crosstab views show
 * ("" when none), and the switch to the next one (p). */
const char *objectives_lexicon(struct tui *t);
void objectives_next_lexicon(struct tui *t);

/* Drawing (draw.c). Colours fall back to attributes on monochrome terminals. */
enum style { S_NORMAL, S_HEADER, S_STATUS, S_SELECTED, S_ERROR, S_SEARCH_HIT, S_LEX_HIT,
             S_MARGIN, S_BAR, S_DIM,
             S_SHADE0, S_SHADE1, S_SHADE2, S_SHADE3, S_SHADE4,   /* cells, by size */
             NSTYLES };
void draw_init_styles(void);
attr_t style(enum style s);
/* The attribute of the byte at offset `off` of the text being drawn. */
typedef attr_t (*attr_fn)(void *ctx, size_t off, attr_t base);
/* Draws s[0..n) at y,x in at most `width` columns: control characters
 * escaped, wide and combining characters measured, "…" where cut. Bytes
 * PL_HL_START/PL_HL_END toggle the search-hit style. Returns the columns used. */
int draw_text(int y, int x, int width, const char *s, size_t n, attr_t base, attr_fn fn,
              void *ctx);
int draw_str(int y, int x, int width, const char *s, attr_t base);
/* Clears `width` columns at y,x with the attribute. */
void draw_blank(int y, int x, int width, attr_t a);
/* Display width of s[0..n) as draw_text draws it. */
int text_width(const char *s, size_t n);
/* Bytes of s[0..n) that fit on one line of `width` columns, broken after
 * a space where possible; *next is where the following line starts. */
size_t wrap_line(const char *s, size_t n, int width, size_t *next);

/* The loop's state, for modal loops (tui.c). */
int tui_too_small(void);
int tui_interrupted(void);
/* Every view reloads (after a write, so counts follow). */
void tui_reload(struct tui *t);
/* ASCII-case-insensitive substring test (finds and pickers). */
int tui_contains(const char *hay, const char *needle);

/* A growing list of passage ids, filled as a pl_browse_* callback (coding.c). */
struct pl_passage_row;
struct id_list {
	int64_t *ids;
	size_t n, cap;
};
int id_list_add(void *ctx, const struct pl_passage_row *p);

/* The analyst's keys on passage `id` (coding.c). */
void coding_tag(struct tui *t, int64_t id, int add);
void coding_mark(struct tui *t, int64_t id);
void coding_export(struct tui *t, struct view *v);
void coding_explain(struct tui *t, int64_t id);
void coding_release(struct tui *t);

/* A modal list to choose from, filtered by what is typed (picker.c). */
struct pick_item {
	char id[64];
	char title[200];
};
struct pick_list {
	struct pick_item *items;
	size_t n, cap;
};
int pick_add(struct pick_list *l, const char *id, const char *title);
void pick_release(struct pick_list *l);
/* The index of the item chosen, or -1 when cancelled (Esc). */
long tui_pick(struct tui *t, const char *label, const struct pick_list *l);

/* Modal input on the status line: 1 when Enter, 0 when cancelled (tui.c). */
int tui_prompt(struct tui *t, const char *label, char *buf, size_t size);
int tui_getkey(void);
void tui_draw_all(struct tui *t);

#endif
