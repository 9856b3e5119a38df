/*
 * export_html.c - the HTML report: one self-contained file (inline CSS and
 * SVG, no scripts, no external resource), every piece of text escaped.
 */
#include "export_impl.h"

#include <stdlib.h>
#include <string.h>

static const char style[] =
	"body{font:15px/1.5 Georgia,'DejaVu Serif',serif;color:#222;background:#fff;"
	"max-width:60em;margin:2em auto;padding:0 1.5em}"
	"h1,h2,h3{font-family:'DejaVu Sans',Arial,sans-serif;line-height:1.25}"
	"h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}"
	"dl.run{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;"
	"font-size:.9em}dt{font-weight:bold}dd{margin:0}"
	"table{border-collapse:collapse;font-size:.9em;margin:1em 0}"
	"th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
	"td.n{text-align:right;font-variant-numeric:tabular-nums}"
	"svg{display:block;max-width:100%;height:auto;margin:1em 0}"
	"svg text{font:12px 'DejaVu Sans',Arial,sans-serif;fill:#222}"
	"svg rect.bar{fill:#3b6ea5}"
	"figure{margin:1.2em 0;page-break-inside:avoid;break-inside:avoid}"
	"blockquote{margin:0;padding:.4em 1em;border-left:4px solid #3b6ea5;background:#f5f7fa;"
	"white-space:pre-wrap;overflow-wrap:anywhere}"
	"figcaption{font-size:.85em;color:#555;margin-top:.3em}"
	"code{font-size:.9em;overflow-wrap:anywhere}"
	"@media print{body{margin:0;max-width:none;font-size:11pt}"
	"h2{page-break-after:avoid;break-after:avoid}blockquote{background:none}}";

static void esc(struct export *x, const char *s)
{
	pl_html_escape(&x->b, s);
}

static void code(struct export *x, const char *s)
{
	pl_buf_adds(&x->b, "<code>");
	esc(x, s);
	pl_buf_adds(&x->b, "</code>");
}

static int html_begin(struct export *x)
{
	struct pl_buf sel = PL_BUF_INIT;
	ex_selection(x, &sel);
	pl_buf_addf(&x->b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	            "<title>plenary report</title>\n<style>%s</style>\n</head>\n<body>\n"
	            "<h1>Report</h1>\n<dl class=\"run\">\n<dt>Exported</dt><dd>%s by plenary ",
	            style, x->now);
	esc(x, x->o->version ? x->o->version : "");
	pl_buf_adds(&x->b, "</dd>\n<dt>Database</dt><dd>");
	code(x, pl_store_path(x->s));
	pl_buf_adds(&x->b, "</dd>\n<dt>Selection</dt><dd>");
	esc(x, pl_buf_str(&sel));
	pl_buf_addf(&x->b, "</dd>\n<dt>Passages selected</dt><dd>%lld in %lld documents; analyst decisions"
	            " among them: %lld</dd>\n<dt>Tagging runs</dt><dd><ul>\n",
	            (long long)x->passages, (long long)x->documents, (long long)x->decisions);
	pl_buf_release(&sel);
	return PL_OK;
}

static int html_run(struct export *x, const struct ex_run *r)
{
	pl_buf_adds(&x->b, "<li>");
	ex_run_line(x, r, esc, code);
	pl_buf_adds(&x->b, "</li>\n");
	return PL_OK;
}

/* Horizontal bars, one per category, scaled to the largest count. */
static void bar_chart(struct export *x)
{
	enum { ROW = 22, LABEL = 70, WIDTH = 720, BARS = 560 };
	int64_t max = 1;
	for (size_t i = 0; i < x->ncats; i++)
		if (x->cats[i].passages > max)
			max = x->cats[i].passages;
	size_t height = x->ncats * ROW + 10;
	pl_buf_addf(&x->b, "<svg role=\"img\" aria-label=\"passages per category\" width=\"%d\""
	            " height=\"%zu\" viewBox=\"0 0 %d %zu\">\n", WIDTH, height, WIDTH, height);
	for (size_t i = 0; i < x->ncats; i++) {
		const struct ex_category *c = &x->cats[i];
		size_t y = i * ROW + 5;
		long w = (long)(c->passages * BARS / max);
		pl_buf_addf(&x->b, "<g><title>");
		esc(x, c->title);
		pl_buf_addf(&x->b, "</title><text x=\"0\" y=\"%zu\">", y + 15);
		esc(x, c->id);
		pl_buf_addf(&x->b, "</text><rect class=\"bar\" x=\"%d\" y=\"%zu\" width=\"%ld\""
		            " height=\"%d\"/><text x=\"%ld\" y=\"%zu\">%lld</text></g>\n", LABEL, y, w,
		            ROW - 6, LABEL + w + 6, y + 15, (long long)c->passages);
	}
	pl_buf_adds(&x->b, "</svg>\n");
}

static int html_summary(struct export *x)
{
	pl_buf_addf(&x->b, "%s</ul></dd>\n</dl>\n<h2 id=\"summary\">Summary</h2>\n"
	            "<p>Passages per category in the selection.</p>\n",
	            x->runs ? "" : "<li>none</li>");
	bar_chart(x);
	pl_buf_adds(&x->b, "<table>\n<thead><tr><th>Category</th><th>Title</th><th>Passages</th>"
	            "<th>Documents</th><th>Speakers</th><th>Shown</th></tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < x->ncats; i++) {
		const struct ex_category *c = &x->cats[i];
		pl_buf_adds(&x->b, "<tr><td>");
		esc(x, c->id);
		pl_buf_adds(&x->b, "</td><td>");
		esc(x, c->title);
		pl_buf_addf(&x->b, "</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
		            "<td class=\"n\">%lld</td><td class=\"n\">%lld</td></tr>\n",
		            (long long)c->passages, (long long)c->documents, (long long)c->speakers,
		            (long long)c->shown);
	}
	pl_buf_adds(&x->b, "</tbody>\n</table>\n");
	return PL_OK;
}

static const char *col_name(const struct pl_crosstab *ct, size_t c)
{
	return ct->col_values[c] ? ct->col_values[c] : "(none)";
}

/* A column label that fits above the heat map: 16 characters at most, the
 * table under it has the whole value. */
static void label(struct export *x, const char *s)
{
	size_t i = 0;
	for (int chars = 0; s[i] && chars < 16; chars++)
		for (i++; ((unsigned char)s[i] & 0xc0) == 0x80; i++)
			;   /* past the character's continuation bytes */
	char *cut = strndup(s, i);
	esc(x, cut ? cut : "");
	if (s[i])
		pl_buf_adds(&x->b, "…");
	free(cut);
}

/* A heat map: one row per category, one column per value, darker for more
 * passages; each cell's title says its counts. */
static void heat_map(struct export *x, const struct pl_crosstab *ct, const size_t *cols,
                     size_t ncols, const size_t *rows)
{
	enum { LABEL = 70, TOP = 110, CELL_H = 20 };
	int cw = ncols ? (int)(880 / ncols) : 48;
	cw = cw > 48 ? 48 : cw < 14 ? 14 : cw;
	int64_t max = 1;
	size_t nrows = 0;
	for (size_t i = 0; i < x->ncats; i++) {
		if (rows[i] == (size_t)-1)
			continue;
		nrows++;
		for (size_t j = 0; j < ncols; j++)
			if (ct->passages[rows[i] * ct->ncols + cols[j]] > max)
				max = ct->passages[rows[i] * ct->ncols + cols[j]];
	}
	size_t width = LABEL + ncols * (size_t)cw + 10, height = TOP + nrows * CELL_H + 5;
	pl_buf_addf(&x->b, "<svg role=\"img\" aria-label=\"categories by value\" width=\"%zu\""
	            " height=\"%zu\" viewBox=\"0 0 %zu %zu\">\n", width, height, width, height);
	for (size_t j = 0; j < ncols; j++) {
		pl_buf_addf(&x->b, "<text transform=\"translate(%zu %d) rotate(-60)\">",
		            LABEL + j * (size_t)cw + (size_t)cw / 2 + 4, TOP - 6);
		label(x, col_name(ct, cols[j]));
		pl_buf_adds(&x->b, "</text>\n");
	}
	size_t y = TOP;
	for (size_t i = 0; i < x->ncats; i++) {
		size_t r = rows[i];
		if (r == (size_t)-1)
			continue;
		pl_buf_addf(&x->b, "<text x=\"0\" y=\"%zu\">", y + 14);
		esc(x, x->cats[i].id);
		pl_buf_adds(&x->b, "</text>\n");
		for (size_t j = 0; j < ncols; j++) {
			int64_t v = ct->passages[r * ct->ncols + cols[j]];
			double t = (double)v / (double)max;
			pl_buf_addf(&x->b, "<rect x=\"%zu\" y=\"%zu\" width=\"%d\" height=\"%d\""
			            " fill=\"rgb(%d,%d,%d)\" stroke=\"#fff\"><title>",
			            LABEL + j * (size_t)cw, y, cw, CELL_H, (int)(245 - t * 186),
			            (int)(247 - t * 137), (int)(250 - t * 85));
			esc(x, x->cats[i].id);
			pl_buf_adds(&x->b, " × ");
			esc(x, col_name(ct, cols[j]));
			pl_buf_addf(&x->b, ": %lld passages, %lld documents</title></rect>\n", (long long)v,
			            (long long)ct->documents[r * ct->ncols + cols[j]]);
			if (v && cw >= 24)
				pl_buf_addf(&x->b, "<text x=\"%zu\" y=\"%zu\" text-anchor=\"middle\"%s>%lld"
				            "</text>\n", LABEL + j * (size_t)cw + (size_t)cw / 2, y + 14,
				            t > 0.5 ? " style=\"fill:#fff\"" : "", (long long)v);
		}
		y += CELL_H;
	}
	pl_buf_adds(&x->b, "</svg>\n");
}

static void cell(struct export *x, int64_t passages, int64_t documents)
{
	pl_buf_addf(&x->b, "<td class=\"n\">%lld (%lld)</td>", (long long)passages,
	            (long long)documents);
}

static int html_crosstab(struct export *x, const struct pl_crosstab *ct, const size_t *cols,
                         size_t ncols, const size_t *rows)
{
	struct pl_buf note = PL_BUF_INIT;
	ex_crosstab_note(x, ct, ncols, &note);
	pl_buf_adds(&x->b, "<h2 id=\"crosstab\">Categories by ");
	esc(x, x->o->by);
	pl_buf_adds(&x->b, "</h2>\n<p>");
	esc(x, pl_buf_str(&note));
	pl_buf_adds(&x->b, "</p>\n");
	heat_map(x, ct, cols, ncols, rows);
	pl_buf_adds(&x->b, "<table>\n<thead><tr><th>Category</th>");
	for (size_t j = 0; j < ncols; j++) {
		pl_buf_adds(&x->b, "<th>");
		esc(x, col_name(ct, cols[j]));
		pl_buf_adds(&x->b, "</th>");
	}
	pl_buf_adds(&x->b, "<th>All</th></tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < x->ncats; i++) {
		size_t r = rows[i];
		if (r == (size_t)-1)
			continue;
		pl_buf_adds(&x->b, "<tr><td>");
		esc(x, x->cats[i].id);
		pl_buf_adds(&x->b, "</td>");
		for (size_t j = 0; j < ncols; j++)
			cell(x, ct->passages[r * ct->ncols + cols[j]], ct->documents[r * ct->ncols + cols[j]]);
		cell(x, ct->row_passages[r], ct->row_documents[r]);
		pl_buf_adds(&x->b, "</tr>\n");
	}
	pl_buf_adds(&x->b, "<tr><th>All categories</th>");
	for (size_t j = 0; j < ncols; j++)
		cell(x, ct->col_passages[cols[j]], ct->col_documents[cols[j]]);
	cell(x, ct->total_passages, ct->total_documents);
	pl_buf_adds(&x->b, "</tr>\n</tbody>\n</table>\n");
	pl_buf_release(&note);
	return PL_OK;
}

static int html_category(struct export *x, const struct ex_category *c)
{
	pl_buf_adds(&x->b, "<h2>");
	esc(x, c->id);
	pl_buf_adds(&x->b, ": ");
	esc(x, c->title);
	pl_buf_adds(&x->b, "</h2>\n<p>");
	ex_counts(x, c);
	pl_buf_adds(&x->b, "</p>\n");
	return PL_OK;
}

static int html_meta(struct export *x, const char *key, const char *value)
{
	pl_buf_adds(&x->b, " · ");
	esc(x, key);
	pl_buf_adds(&x->b, ": ");
	esc(x, value);
	return PL_OK;
}

static int html_passage(struct export *x, const struct ex_category *c, const struct ex_passage *p)
{
	pl_buf_adds(&x->b, "<figure>\n<blockquote>");
	esc(x, p->text);
	pl_buf_adds(&x->b, "</blockquote>\n<figcaption><cite>");
	esc(x, p->title);
	pl_buf_addf(&x->b, "</cite>, passage %lld", (long long)p->ordinal);
	if (p->speaker) {
		pl_buf_adds(&x->b, " · speaker: ");
		esc(x, p->speaker);
	}
	int rc = ex_each_meta(x, p, html_meta);
	pl_buf_addf(&x->b, " · passage id %lld", (long long)p->id);
	if (p->campaign)
		pl_buf_addf(&x->b, " · one of %lld copies of a campaign", (long long)p->campaign);
	pl_buf_adds(&x->b, " · tags: ");
	esc(x, p->tags);
	if (p->hits) {
		pl_buf_adds(&x->b, " (");
		esc(x, c->id);
		pl_buf_addf(&x->b, ": score %.2f, %lld hits)", p->score, (long long)p->hits);
	}
	pl_buf_adds(&x->b, "</figcaption>\n</figure>\n");
	return rc;
}

static int html_end(struct export *x)
{
	pl_buf_adds(&x->b, "</body>\n</html>\n");
	return PL_OK;
}

const struct report_ops ex_html_ops = {
	html_begin, html_run, html_summary, html_crosstab, html_category, html_passage, html_end,
};
