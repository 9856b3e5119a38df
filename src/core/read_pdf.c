/*
 * read_pdf.c - PDF documents through pdftotext (see read_pdf.h).
 *
 * pdftotext -layout keeps each printed line a line and ends each page with
 * a form feed. Running heads and feet are found by comparing the first and
 * last few lines of every page, with digits made alike ("Page 3 of 9" is
 * "Page # of #"); they and page numbers are cut from the page's edges, and
 * the pages, a blank line apart, go to pl_segment() as PL_FMT_PDF, which
 * rebuilds paragraphs across lines and pages.
 */
#include "plenary/read_pdf.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "plenary/buf.h"
#include "plenary/text.h"

extern char **environ;

#define EDGE 3          /* lines looked at, at the top and at the bottom of a page */
#define KEY_MAX 160     /* a longer line is no running head */
#define STDERR_KEEP 2048

enum pl_doc_format pl_pdf_detect(const char *path, const char *data, size_t len)
{
	size_t n = path ? strlen(path) : 0;
	if ((len >= 5 && !memcmp(data, "%PDF-", 5)) || (n > 4 && !strcasecmp(path + n - 4, ".pdf")))
		return PL_FMT_PDF;
	return PL_FMT_AUTO;
}

/* ---- running pdftotext ---- */

static int64_t now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Reads what fd has into out (at most keep bytes are kept, the rest
 * counted in *more); returns 0 at end of file, 1 otherwise, -1 on error. */
static int drain(int fd, struct pl_buf *out, size_t keep, size_t *more)
{
	char chunk[65536];
	ssize_t n = read(fd, chunk, sizeof chunk);
	if (n < 0)
		return errno == EINTR || errno == EAGAIN ? 1 : -1;
	if (n == 0)
		return 0;
	size_t room = out->len < keep ? keep - out->len : 0, k = (size_t)n < room ? (size_t)n : room;
	if (k && pl_buf_add(out, chunk, k))
		return -1;
	*more += (size_t)n - k;
	return 1;
}

/* The last line pdftotext wrote to stderr, for the verdict. */
static const char *last_line(struct pl_buf *b)
{
	while (b->len && strchr("\n\r ", b->data[b->len - 1]))
		b->data[--b->len] = '\0';
	const char *nl = b->len ? strrchr(b->data, '\n') : NULL;
	return nl ? nl + 1 : b->len ? b->data : "no message";
}

/* Starts pdftotext with its stdout and stderr on pipes. */
static int spawn(const char *path, pid_t *pid, int out[2], int errp[2], struct pl_err *err)
{
	char *const argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", (char *)path, "-", NULL };
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, dfl;

	sigemptyset(&none);
	sigemptyset(&dfl);
	sigaddset(&dfl, SIGPIPE);   /* the CLI ignores it; pdftotext need not */
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_adddup2(&fa, errp[1], 2);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &dfl);
	int e = posix_spawnp(pid, "pdftotext", &fa, &attr, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	if (e == ENOENT)
		return pl_err_set(err, PL_EFORMAT, "pdftotext is not installed: install poppler-utils "
		                  "(apt-get install poppler-utils) to ingest PDF files");
	if (e)
		return pl_err_set(err, PL_EFORMAT, "cannot run pdftotext: %s", strerror(e));
	return PL_OK;
}

/* Runs pdftotext on path; its output in *text. */
static int run_pdftotext(const char *path, struct pl_buf *text, struct pl_err *err)
{
	int out[2] = { -1, -1 }, errp[2] = { -1, -1 };
	pid_t pid;
	struct pl_buf msg = PL_BUF_INIT;

	if (pipe(out) || pipe(errp)) {
		int e = errno;
		for (int i = 0; i < 2; i++)
			if (out[i] >= 0)
				close(out[i]);
		return pl_err_set(err, PL_EFORMAT, "cannot run pdftotext: %s", strerror(e));
	}
	for (int i = 0; i < 2; i++) {   /* no other child may inherit them */
		fcntl(out[i], F_SETFD, FD_CLOEXEC);
		fcntl(errp[i], F_SETFD, FD_CLOEXEC);
	}
	int rc = spawn(path, &pid, out, errp, err);
	close(out[1]);
	close(errp[1]);
	if (rc) {
		close(out[0]);
		close(errp[0]);
		return rc;
	}
	struct pollfd fds[2] = { { out[0], POLLIN, 0 }, { errp[0], POLLIN, 0 } };
	int64_t deadline = now_ms() + PL_PDF_TIMEOUT * 1000;
	size_t over = 0, ignored = 0;
	int open = 2, why = 0;   /* why: 1 timeout, 2 too much, 3 out of memory */
	while (open && !why) {
		int64_t left = deadline - now_ms();
		if (left <= 0) {
			why = 1;
			break;
		}
		if (poll(fds, 2, (int)(left < 1000 ? left : 1000)) < 0 && errno != EINTR)
			break;
		for (int i = 0; i < 2; i++) {
			if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			int r = i == 0 ? drain(fds[0].fd, text, PL_PDF_MAX_TEXT, &over)
			               : drain(fds[1].fd, &msg, STDERR_KEEP, &ignored);
			if (r < 0 && i == 0)
				why = 3;
			if (r <= 0) {
				close(fds[i].fd);
				fds[i].fd = -1;
				open--;
			}
		}
		if (over)
			why = 2;
	}
	if (why)
		kill(pid, SIGKILL);
	for (int i = 0; i < 2; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (why == 1)
		rc = pl_err_set(err, PL_EFORMAT, "pdftotext took more than %d s: stopped",
		                PL_PDF_TIMEOUT);
	else if (why == 2)
		rc = pl_err_set(err, PL_EFORMAT, "pdftotext wrote more than %zu MiB of text: stopped",
		                PL_PDF_MAX_TEXT >> 20);
	else if (why == 3)
		rc = pl_err_set(err, PL_ENOMEM, "out of memory reading pdftotext's output");
	else if (WIFSIGNALED(status))
		rc = pl_err_set(err, PL_EFORMAT, "pdftotext was killed by signal %d",
		                WTERMSIG(status));
	else if (WEXITSTATUS(status))
		rc = pl_err_set(err, PL_EFORMAT, "pdftotext cannot read it (exit %d): %s",
		                WEXITSTATUS(status), last_line(&msg));
	pl_buf_release(&msg);
	return rc;
}

/* ---- pages, their heads and feet ---- */

struct line {
	size_t a, b;        /* in the text, without the line end */
	int gap;            /* a blank line came before it */
};

struct page {
	struct line *lines;
	size_t n;
	size_t top, bottom; /* lines kept: [top, bottom) */
	unsigned running[2];   /* bit i: edge line i at the top, the bottom, runs */
};

/* An edge line of some page, by its normalised text. */
struct edge {
	char key[KEY_MAX + 1];
	size_t page, i;     /* the page, and the line's rank from its edge */
	int foot;           /* at the bottom */
};

/* The line's text with runs of digits as one '#' and runs of spaces as one
 * ' '; 0 when it is too long to be a running head. */
static int line_key(const char *s, const struct line *l, char key[KEY_MAX + 1])
{
	size_t k = 0;
	for (size_t i = l->a; i < l->b; i++) {
		char c = s[i] >= '0' && s[i] <= '9' ? '#' : s[i] == '\t' ? ' ' : s[i];
		if (k && (c == '#' || c == ' ') && key[k - 1] == c)
			continue;
		if (k == KEY_MAX)
			return 0;
		key[k++] = c;
	}
	key[k] = '\0';
	return 1;
}

/* "12", "- 12 -", "Page 12", "12 of 40", "12/40": a page number (not a
 * row of figures). */
static int page_number(const char *key)
{
	int numbers = 0;
	if (!strncasecmp(key, "page ", 5))
		key += 5;
	for (const char *k = key; *k; k++)
		numbers += *k == '#';
	if (numbers < 1 || numbers > 2)
		return 0;
	while (*key) {
		if (!strncasecmp(key, "of ", 3))
			key += 3;
		else if (strchr("# -/|.", *key))
			key++;
		else
			return 0;
	}
	return 1;
}

static int compare_edges(const void *x, const void *y)
{
	const struct edge *a = x, *b = y;
	int c = a->foot - b->foot;
	if (!c)
		c = strcmp(a->key, b->key);
	return c ? c : (a->page > b->page) - (a->page < b->page);
}

/* Marks, in their pages, the edge lines whose text is at the same edge of
 * more than half of the pages, or of two when it holds a number: a
 * chapter's running head, with the page number. */
static void mark_running(struct edge *e, size_t n, struct page *pages, size_t npages)
{
	qsort(e, n, sizeof *e, compare_edges);
	for (size_t i = 0, j; i < n; i = j) {
		size_t count = 0;
		for (j = i; j < n && e[j].foot == e[i].foot && !strcmp(e[j].key, e[i].key); j++)
			count += j == i || e[j].page != e[j - 1].page;
		int running = count >= 2 && (count * 2 > npages || strchr(e[i].key, '#'));
		for (size_t k = i; running && k < j; k++)
			pages[e[k].page].running[e[k].foot] |= 1u << e[k].i;
	}
}

/* Non-blank lines of page p, from the top (foot 0) or the bottom. */
static const struct line *edge_line(const struct page *p, size_t i, int foot)
{
	return foot ? &p->lines[p->n - 1 - i] : &p->lines[i];
}

/* Finds the running heads and feet among the EDGE first and last lines of
 * every page. */
static int find_running(const char *s, struct page *pages, size_t npages)
{
	struct edge *e = calloc(npages * EDGE * 2 + 1, sizeof *e);
	size_t n = 0;
	if (!e)
		return PL_ENOMEM;
	for (size_t p = 0; p < npages; p++)
		for (int foot = 0; foot < 2; foot++)
			for (size_t i = 0; i < EDGE && i < pages[p].n; i++)
				if (line_key(s, edge_line(&pages[p], i, foot), e[n].key)) {
					e[n].page = p;
					e[n].i = i;
					e[n++].foot = foot;
				}
	mark_running(e, n, pages, npages);
	free(e);
	return PL_OK;
}

/* Whether the i-th line from a page's edge is a running head or foot, or a
 * page number. */
static int drop(const char *s, const struct page *pg, size_t i, int foot)
{
	char key[KEY_MAX + 1];
	return i < EDGE && ((pg->running[foot] >> i) & 1 ||
	                    (line_key(s, edge_line(pg, i, foot), key) && page_number(key)));
}

/* Moves each page's [top, bottom) past what drop() says. */
static void trim_pages(const char *s, struct page *pages, size_t npages)
{
	for (size_t p = 0; p < npages; p++) {
		struct page *pg = &pages[p];
		pg->top = 0;
		pg->bottom = pg->n;
		while (pg->top < pg->bottom && drop(s, pg, pg->top, 0))
			pg->top++;
		while (pg->bottom > pg->top && drop(s, pg, pg->n - pg->bottom, 1))
			pg->bottom--;
	}
}

/* Splits text at form feeds into pages of non-blank lines. */
static int split_pages(const char *s, size_t len, struct page **out, size_t *nout)
{
	size_t npages = 1, nlines = 0;
	for (size_t i = 0; i < len; i++) {
		npages += s[i] == '\f' && i + 1 < len;   /* a last feed opens no page */
		nlines += s[i] == '\n' || s[i] == '\f';
	}
	struct page *pages = calloc(npages, sizeof *pages);
	struct line *lines = calloc(nlines + 1, sizeof *lines);
	if (!pages || !lines) {
		free(pages);
		free(lines);
		return PL_ENOMEM;
	}
	size_t p = 0, nl = 0;
	int gap = 0;
	pages[0].lines = lines;
	for (size_t a = 0; a < len;) {
		size_t b = a;
		while (b < len && s[b] != '\n' && s[b] != '\f')
			b++;
		size_t e = b;
		while (e > a && strchr(" \t\r", s[e - 1]))
			e--;
		if (e > a && strspn(s + a, " \t") < e - a) {
			lines[nl++] = (struct line){ a, e, gap };
			pages[p].n++;
			gap = 0;
		} else {
			gap = 1;
		}
		if (b < len && s[b] == '\f' && b + 1 < len)
			pages[++p].lines = lines + nl;
		a = b + 1;
	}
	*out = pages;
	*nout = npages;
	return PL_OK;
}

/* ---- passages with their pages ---- */

struct paged {
	const struct pl_segment_sink *sink;
	const size_t *page_at;   /* where page i + 1 starts in the cleaned text */
	size_t npages;
};

static size_t page_of(const struct paged *pg, size_t off)
{
	size_t lo = 0, hi = pg->npages;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (pg->page_at[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}

static int on_paged(void *ctx, const struct pl_passage *p)
{
	const struct paged *pg = ctx;
	size_t first = page_of(pg, p->start), last = page_of(pg, p->end ? p->end - 1 : 0);
	char page[48];
	if (last > first)
		snprintf(page, sizeof page, "%zu-%zu", first, last);
	else
		snprintf(page, sizeof page, "%zu", first);
	struct pl_kv kv = { "page", page };
	struct pl_passage q = *p;
	q.meta = &kv;
	q.nmeta = 1;
	return pg->sink->passage ? pg->sink->passage(pg->sink->ctx, &q) : PL_OK;
}

static int on_paged_meta(void *ctx, const char *key, const char *value)
{
	const struct paged *pg = ctx;
	return pg->sink->meta ? pg->sink->meta(pg->sink->ctx, key, value) : PL_OK;
}

/* Lays the kept lines of the pages end to end, a blank line between pages,
 * noting where each page starts; *chars counts the non-blank bytes. */
static int join_pages(const char *s, const struct page *pages, size_t npages, struct pl_buf *out,
                      size_t *page_at, size_t *chars)
{
	*chars = 0;
	for (size_t p = 0; p < npages; p++) {
		page_at[p] = out->len;
		for (size_t i = pages[p].top; i < pages[p].bottom; i++) {
			const struct line *l = &pages[p].lines[i];
			for (size_t k = l->a; k < l->b; k++)
				*chars += s[k] != ' ' && s[k] != '\t';
			if ((l->gap && i > pages[p].top && pl_buf_addc(out, '\n')) ||
			    pl_buf_add(out, s + l->a, l->b - l->a) || pl_buf_addc(out, '\n'))
				return PL_ENOMEM;
		}
		if (pl_buf_addc(out, '\n'))
			return PL_ENOMEM;
	}
	return PL_OK;
}

/* Cleans the decoded pdftotext output and segments it. */
static int segment_pages(const char *s, size_t len, const struct pl_segment_opts *opts,
                         const struct pl_segment_sink *sink, struct pl_err *err)
{
	struct page *pages = NULL;
	size_t npages = 0, chars = 0, *page_at = NULL;
	struct pl_buf text = PL_BUF_INIT;
	int rc = split_pages(s, len, &pages, &npages);
	if (!rc)
		rc = find_running(s, pages, npages);
	if (!rc) {
		trim_pages(s, pages, npages);
		rc = (page_at = calloc(npages, sizeof *page_at)) ? PL_OK : PL_ENOMEM;
	}
	if (!rc)
		rc = join_pages(s, pages, npages, &text, page_at, &chars);
	if (rc == PL_ENOMEM)
		rc = pl_err_set(err, PL_ENOMEM, "out of memory reading a PDF's text");
	if (!rc && chars < PL_PDF_MIN_CHARS * npages)
		rc = pl_err_set(err, PL_ESKIP, "no text layer (%zu characters on %zu page%s): "
		                "a scanned PDF? run OCR first (e.g. ocrmypdf)", chars, npages,
		                npages == 1 ? "" : "s");
	char count[32];
	snprintf(count, sizeof count, "%zu", npages);
	if (!rc && sink->meta)
		rc = sink->meta(sink->ctx, "pages", count);
	if (!rc) {
		struct paged pg = { sink, page_at, npages };
		struct pl_segment_sink paged = { &pg, on_paged, on_paged_meta };
		struct pl_segment_opts so = { PL_FMT_PDF, opts ? opts->max_passage : 0 };
		rc = pl_segment(text.data, text.len, &so, &paged, err);
	}
	if (pages)
		free(pages[0].lines);
	free(pages);
	free(page_at);
	pl_buf_release(&text);
	return rc;
}

int pl_read_pdf(const char *path, const struct pl_segment_opts *opts,
                const struct pl_segment_sink *sink, struct pl_err *err)
{
	static const struct pl_segment_sink no_sink;
	struct pl_buf raw = PL_BUF_INIT, arg = PL_BUF_INIT;
	struct pl_decoded dec = { 0 };
	/* a name starting with '-' would be taken for an option */
	int rc = pl_buf_addf(&arg, "%s%s", path[0] == '-' ? "./" : "", path)
	         ? pl_err_set(err, PL_ENOMEM, "out of memory") : PL_OK;
	if (!rc)
		rc = run_pdftotext(arg.data, &raw, err);
	if (!rc) {
		/* pdftotext writes UTF-8; make sure of it, as of any text stored */
		struct pl_decode_opts d = { PL_ENC_UTF8, 0, 1 };
		rc = pl_text_decode(raw.data ? raw.data : "", raw.len, &d, &dec, err);
	}
	if (!rc)
		rc = segment_pages(dec.text, dec.len, opts, sink ? sink : &no_sink, err);
	pl_decoded_release(&dec);
	pl_buf_release(&raw);
	pl_buf_release(&arg);
	return rc;
}
