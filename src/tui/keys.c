/*
 * keys.c - the one table of key bindings: it binds the keys and writes the
 * help screen, so the two cannot disagree.
 */
#include "tui.h"

#include <string.h>

#define KEY_TABLE(X)                                                                 \
	X('j', "j", ACT_DOWN, "next row or passage")                                 \
	X(FK(KEY_DOWN), "Down", ACT_DOWN, "next row or passage")                     \
	X('k', "k", ACT_UP, "previous row or passage")                               \
	X(FK(KEY_UP), "Up", ACT_UP, "previous row or passage")                       \
	X(FK(KEY_NPAGE), "PgDn", ACT_PGDN, "page down")                              \
	X(' ', "Space", ACT_PGDN, "page down")                                       \
	X(CTRL('f'), "^F", ACT_PGDN, "page down")                                    \
	X(FK(KEY_PPAGE), "PgUp", ACT_PGUP, "page up")                                \
	X('b', "b", ACT_PGUP, "page up")                                             \
	X(CTRL('b'), "^B", ACT_PGUP, "page up")                                      \
	X('g', "g", ACT_HOME, "first row")                                           \
	X(FK(KEY_HOME), "Home", ACT_HOME, "first row")                               \
	X('G', "G", ACT_END, "last row")                                             \
	X(FK(KEY_END), "End", ACT_END, "last row")                                   \
	X('\n', "Enter", ACT_ENTER, "open: an objective's passages, a document, a result") \
	X('\r', NULL, ACT_ENTER, NULL)                                               \
	X(FK(KEY_ENTER), NULL, ACT_ENTER, NULL)                                      \
	X('\t', "Tab", ACT_NEXT_VIEW, "next view")                                   \
	X('o', "o", ACT_OBJECTIVES, "objectives view")                               \
	X('d', "d", ACT_DOCUMENTS, "documents view")                                 \
	X('s', "s", ACT_SEARCH, "search view (again: edit the query)")               \
	X('r', "r", ACT_READER, "reader view")                                       \
	X('c', "c", ACT_CROSSTAB, "crosstab view: categories by a key (again: choose the key)") \
	X('h', "h", ACT_LEFT, "crosstab: previous column")                          \
	X(FK(KEY_LEFT), "Left", ACT_LEFT, "crosstab: previous column")              \
	X('l', "l", ACT_RIGHT, "crosstab: next column")                             \
	X(FK(KEY_RIGHT), "Right", ACT_RIGHT, "crosstab: next column")               \
	X('t', "t", ACT_COUNTS, "crosstab: count passages or documents")            \
	X('/', "/", ACT_FIND, "find text in this view (search view: edit the query)") \
	X('n', "n", ACT_FIND_NEXT, "next match of the find")                         \
	X('N', "N", ACT_FIND_PREV, "previous match of the find")                     \
	X('+', "+", ACT_TAG_ADD, "add a category to the passage (analyst)")          \
	X('-', "-", ACT_TAG_REMOVE, "remove a category from the passage (analyst)")  \
	X('m', "m", ACT_MARK, "mark or unmark the passage as an excerpt")           \
	X('x', "x", ACT_EXPORT, "export the excerpts (or the current list) as Markdown") \
	X('e', "e", ACT_EXPLAIN, "explain the tags: patterns, weights, score vs threshold") \
	X('p', "p", ACT_LEXICON, "objectives, crosstab: the guiding principles or the objectives") \
	X(CTRL('l'), "^L", ACT_REDRAW, "redraw the screen")                          \
	X('?', "?", ACT_HELP, "this help")                                           \
	X('q', "q", ACT_BACK, "back to the previous view; quit from the first")     \
	X('Q', "Q", ACT_QUIT, "quit")

const struct key_binding tui_keys[] = {
#define KEY_ROW(k, n, a, h) { k, n, a, h },
	KEY_TABLE(KEY_ROW)
#undef KEY_ROW
};
const size_t tui_nkeys = sizeof tui_keys / sizeof tui_keys[0];

enum action tui_action(int key)
{
	for (size_t i = 0; i < tui_nkeys; i++)
		if (tui_keys[i].key == key)
			return tui_keys[i].act;
	return ACT_NONE;
}

void tui_keys_help(struct pl_buf *b)
{
	pl_buf_adds(b, "Keys (Esc or q to close)\n\n");
	for (size_t i = 0; i < tui_nkeys; i++)
		if (tui_keys[i].name)
			pl_buf_addf(b, "  %-7s %s\n", tui_keys[i].name, tui_keys[i].help);
	pl_buf_adds(b, "\nIn the search view, type a query (as for `plenary search`: words,\n"
	               "\"phrases\", tag:O20, country:MEX); results follow when typing stops.\n"
	               "Enter or Down goes to the results; s or / edits the query again.\n"
	               "In pickers and prompts, type to filter, Enter to choose, Esc to cancel.\n");
}
