/*
 * ingest.c - files and directories into the store (see ingest.h).
 *
 * Two threads share the work. A reader walks the paths and prepares each
 * file completely in memory: read, hash, decode, segment. The caller's
 * thread takes prepared documents from a small bounded queue and writes
 * them, in batched transactions. Everything that can go wrong with a file
 * goes wrong while preparing it, so writing can only fail for database
 * reasons, which stop the run: no per-document savepoint is needed (a
 * savepoint would make FTS5 flush its pending index at every document).
 * Memory is bounded by the queue: a few documents, the largest file first.
 */
#include "plenary/ingest.h"
#include "plenary/buf.h"
#include "plenary/formats.h"
#include "plenary/read_office.h"
#include "plenary/read_pdf.h"
#include "plenary/tokenizer.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A batch is committed when any of these is reached: big enough that the
 * commit and FTS5's flush vanish in the cost, small enough that an
 * interrupt loses seconds of work and another writer waits little. */
#define BATCH_PASSAGES 20000
#define BATCH_BYTES (16u << 20)
#define BATCH_DOCS 2000
#define QUEUE_DOCS 32
#define QUEUE_BYTES (64u << 20)
#define MAX_FRONT_MATTER 64
#define NO_STRING SIZE_MAX

/* A passage whose strings live in the document's arena, by offset. */
struct ppassage {
	unsigned ordinal;
	size_t start, end;
	size_t text, len, speaker, section;
	size_t meta, nmeta;         /* pairs from meta_offs[2 * meta] on */
};

/* A file, ready to write (kind PL_V_INGESTED) or just a verdict. */
struct prepared {
	struct prepared *next;
	enum pl_verdict_kind kind;
	char *display;              /* the path as found, escaped */
	char *key;                  /* canonical path, escaped */
	char *message;              /* why skipped/failed, or decoding notes */
	char hash[65];
	int64_t size, mtime, words;
	const char *format, *encoding;
	char lang[PL_LANG_MAX];
	size_t title;               /* arena offsets */
	size_t fm_key[MAX_FRONT_MATTER], fm_value[MAX_FRONT_MATTER];
	size_t nfm;
	struct ppassage *passages;
	size_t npassages, cap;
	size_t *meta_offs;          /* key, value arena offsets of passage metadata */
	size_t nmeta_offs, meta_cap;
	size_t cut;                 /* passages cut from longer paragraphs */
	struct pl_buf arena;
};

struct queue {
	pthread_mutex_t mu;
	pthread_cond_t changed;
	struct prepared *head, *tail;
	size_t count, bytes;
	int done;                   /* the reader has finished */
	int stop;                   /* the writer wants no more */
};

/* The reader's state. */
struct reader {
	const struct pl_ingest_opts *o;
	const char *const *paths;
	size_t npaths;
	struct queue *q;
	struct pl_buf bytes;        /* the file being read, reused */
	struct pl_buf display;      /* its path, escaped */
	int failed;                 /* out of memory: stop */
};

/* The writer's state. */
struct writer {
	struct pl_store *s;
	const struct pl_ingest_opts *o;
	struct pl_ingest_totals *t;
	int in_txn;
	size_t batch_docs, batch_passages, batch_bytes;
	struct prepared *pending;   /* verdicts waiting for the commit */
	struct prepared **pending_tail;
};

static int interrupted(const struct pl_ingest_opts *o)
{
	return o->interrupted && *o->interrupted;
}

/* ---- the queue ---- */

static void queue_put(struct queue *q, struct prepared *p)
{
	size_t size = p->arena.len;
	pthread_mutex_lock(&q->mu);
	while (!q->stop && q->count > 0 &&
	       (q->count >= QUEUE_DOCS || q->bytes + size > QUEUE_BYTES))
		pthread_cond_wait(&q->changed, &q->mu);
	p->next = NULL;
	if (q->tail)
		q->tail->next = p;
	else
		q->head = p;
	q->tail = p;
	q->count++;
	q->bytes += size;
	pthread_cond_broadcast(&q->changed);
	pthread_mutex_unlock(&q->mu);
}

/* Next document, or NULL when the reader is done and the queue empty. */
static struct prepared *queue_get(struct queue *q)
{
	pthread_mutex_lock(&q->mu);
	while (!q->head && !q->done)
		pthread_cond_wait(&q->changed, &q->mu);
	struct prepared *p = q->head;
	if (p) {
		q->head = p->next;
		if (!q->head)
			q->tail = NULL;
		q->count--;
		q->bytes -= p->arena.len;
		pthread_cond_broadcast(&q->changed);
	}
	pthread_mutex_unlock(&q->mu);
	return p;
}

static int queue_stopped(struct queue *q)
{
	pthread_mutex_lock(&q->mu);
	int stop = q->stop;
	pthread_mutex_unlock(&q->mu);
	return stop;
}

static void queue_finish(struct queue *q, int stop)
{
	pthread_mutex_lock(&q->mu);
	if (stop)
		q->stop = 1;
	else
		q->done = 1;
	pthread_cond_broadcast(&q->changed);
	pthread_mutex_unlock(&q->mu);
}

static void prepared_free(struct prepared *p)
{
	if (!p)
		return;
	free(p->display);
	free(p->key);
	free(p->message);
	free(p->passages);
	free(p->meta_offs);
	pl_buf_release(&p->arena);
	free(p);
}

/* ---- preparing a file (reader thread) ---- */

/* Paths are stored as given when they are plain UTF-8; otherwise every byte
 * that is not (or a control) becomes \xNN and '\' becomes '\\', reversibly. */
static int escape_path(struct pl_buf *out, const char *p)
{
	size_t n = strlen(p);
	int plain = pl_utf8_valid(p, n) && !strchr(p, '\\');
	for (size_t i = 0; plain && i < n; i++)
		plain = (unsigned char)p[i] >= 0x20 && p[i] != 0x7f;
	pl_buf_clear(out);
	if (plain)
		return pl_buf_add(out, p, n);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t k = pl_utf8_decode(p + i, n - i, &cp);
		int rc;
		if (p[i] == '\\')
			rc = pl_buf_adds(out, "\\\\"), k = 1;
		else if (k == 0 || cp < 0x20 || cp == 0x7f)
			rc = pl_buf_addf(out, "\\x%02x", (unsigned char)p[i]), k = 1;
		else
			rc = pl_buf_add(out, p + i, k);
		if (rc)
			return rc;
		i += k;
	}
	return PL_OK;
}

/* Appends a NUL-terminated string to the arena; returns its offset. */
static size_t arena_add(struct prepared *p, const char *s, size_t n)
{
	size_t off = p->arena.len;
	if (pl_buf_add(&p->arena, s, n) || pl_buf_addc(&p->arena, '\0'))
		return NO_STRING;
	return off;
}

static const char *arena_str(const struct prepared *p, size_t off)
{
	return off == NO_STRING ? NULL : p->arena.data + off;
}

/* A new item for the current path, with a verdict and message. */
static struct prepared *new_item(struct reader *r, enum pl_verdict_kind kind, const char *msg)
{
	struct prepared *p = calloc(1, sizeof *p);
	if (!p || !(p->display = strdup(pl_buf_str(&r->display))) ||
	    !(p->message = strdup(msg ? msg : ""))) {
		prepared_free(p);
		r->failed = 1;
		return NULL;
	}
	p->kind = kind;
	p->title = NO_STRING;
	return p;
}

static void put_verdict(struct reader *r, enum pl_verdict_kind kind, const char *msg)
{
	struct prepared *p = new_item(r, kind, msg);
	if (p)
		queue_put(r->q, p);
}

/* Reads a whole regular file into r->bytes. Returns PL_OK, or PL_ESKIP /
 * PL_EIO with the reason in err. */
static int read_file(struct reader *r, const char *path, struct stat *st, struct pl_err *err)
{
	int64_t max = r->o->max_file_size > 0 ? r->o->max_file_size : PL_MAX_FILE_SIZE_DEFAULT;
	for (int attempt = 0;; attempt++) {
		/* O_NONBLOCK: a FIFO must not hang us before fstat says what it is. */
		int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
		if (fd < 0)
			return pl_err_set(err, PL_EIO, "%s", strerror(errno));
		if (fstat(fd, st) != 0) {
			int e = errno;
			close(fd);
			return pl_err_set(err, PL_EIO, "%s", strerror(e));
		}
		if (!S_ISREG(st->st_mode)) {
			close(fd);
			const char *what = S_ISDIR(st->st_mode) ? "a directory" :
			                   S_ISFIFO(st->st_mode) ? "a FIFO" :
			                   S_ISCHR(st->st_mode) ? "a character device" :
			                   S_ISSOCK(st->st_mode) ? "a socket" : "a special file";
			return pl_err_set(err, PL_ESKIP, "not a regular file (%s)", what);
		}
		if (st->st_size > max) {
			close(fd);
			return pl_err_set(err, PL_ESKIP, "%lld MiB is over the size limit (%lld MiB); "
			                  "raise it with --max-file-size", (long long)(st->st_size >> 20),
			                  (long long)(max >> 20));
		}
		pl_buf_clear(&r->bytes);
		if (pl_buf_reserve(&r->bytes, (size_t)st->st_size + 1)) {
			close(fd);
			return pl_err_set(err, PL_EIO, "out of memory reading %lld bytes",
			                  (long long)st->st_size);
		}
		ssize_t n;
		while ((n = read(fd, r->bytes.data + r->bytes.len,
		                 r->bytes.cap - r->bytes.len - 1)) != 0) {
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0) {
				int e = errno;
				close(fd);
				return pl_err_set(err, PL_EIO, "%s", strerror(e));
			}
			r->bytes.len += (size_t)n;
			if ((int64_t)r->bytes.len > max) {
				close(fd);
				return pl_err_set(err, PL_ESKIP, "grew over the size limit while being read");
			}
			if (r->bytes.len + 1 == r->bytes.cap && pl_buf_reserve(&r->bytes, r->bytes.cap)) {
				close(fd);
				return pl_err_set(err, PL_EIO, "out of memory");
			}
		}
		struct stat after;
		int changed = fstat(fd, &after) != 0 || after.st_size != st->st_size ||
		              after.st_mtim.tv_sec != st->st_mtim.tv_sec ||
		              after.st_mtim.tv_nsec != st->st_mtim.tv_nsec ||
		              (off_t)r->bytes.len != st->st_size;
		close(fd);
		if (!changed)
			return PL_OK;
		if (attempt == 1)
			return pl_err_set(err, PL_EIO, "changed while being read (twice); "
			                  "ingest it again when it is complete");
	}
}

static void describe_decoding(struct pl_buf *notes, const struct pl_decoded *d)
{
	if (d->flags & PL_DEC_CP1252)
		pl_buf_addf(notes, "%sdecoded as Windows-1252 (it is not valid UTF-8; "
		            "use --encoding to choose another)", notes->len ? "; " : "");
	if (d->flags & PL_DEC_UTF16)
		pl_buf_addf(notes, "%stranscoded from UTF-16", notes->len ? "; " : "");
	if (d->flags & PL_DEC_INVALID)
		pl_buf_addf(notes, "%s%zu invalid UTF-8 sequence%s replaced by U+FFFD "
		            "(first at byte %zu)", notes->len ? "; " : "", d->n_invalid,
		            d->n_invalid == 1 ? "" : "s", d->first_invalid);
	if (d->flags & PL_DEC_NUL)
		pl_buf_addf(notes, "%sNUL bytes replaced by U+FFFD", notes->len ? "; " : "");
	if (d->flags & (PL_DEC_CRLF | PL_DEC_CR))
		pl_buf_addf(notes, "%s%s line ends normalised", notes->len ? "; " : "",
		            (d->flags & PL_DEC_CRLF) ? "CRLF" : "CR");
}

static int64_t count_words(const char *s, size_t n)
{
	int64_t words = 0;
	int in_word = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int w = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
		words += w && !in_word;
		in_word = w;
	}
	return words;
}

/* \x02 and \x03 mark search hits in snippets (PL_HL_START, PL_HL_END): a
 * document's own become \x1a (SUB), shown escaped like other controls. */
static void unmark(char *s, size_t n)
{
	for (char *c = s; (c = memchr(c, '\x02', (size_t)(s + n - c))); )
		*c++ = '\x1a';
	for (char *c = s; (c = memchr(c, '\x03', (size_t)(s + n - c))); )
		*c++ = '\x1a';
}

static int keep_meta(struct prepared *p, const struct pl_kv *kv, size_t n)
{
	if (p->nmeta_offs + 2 * n > p->meta_cap) {
		size_t cap = p->meta_cap ? p->meta_cap : 64;
		while (cap < p->nmeta_offs + 2 * n)
			cap *= 2;
		size_t *m = realloc(p->meta_offs, cap * sizeof *m);
		if (!m)
			return PL_ENOMEM;
		p->meta_offs = m;
		p->meta_cap = cap;
	}
	for (size_t i = 0; i < n; i++) {
		size_t k = arena_add(p, kv[i].key, strlen(kv[i].key));
		size_t v = arena_add(p, kv[i].value, strlen(kv[i].value));
		if (k == NO_STRING || v == NO_STRING)
			return PL_ENOMEM;
		p->meta_offs[p->nmeta_offs++] = k;
		p->meta_offs[p->nmeta_offs++] = v;
	}
	return PL_OK;
}

/* Segmenter callbacks: copy into the document's arena. */
static int on_passage(void *ctx, const struct pl_passage *ps)
{
	struct prepared *p = ctx;
	if (p->npassages == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 64;
		struct ppassage *n = realloc(p->passages, cap * sizeof *n);
		if (!n)
			return PL_ENOMEM;
		p->passages = n;
		p->cap = cap;
	}
	struct ppassage *prev = p->npassages ? &p->passages[p->npassages - 1] : NULL;
	struct ppassage *pp = &p->passages[p->npassages];
	*pp = (struct ppassage){ ps->ordinal, ps->start, ps->end, NO_STRING, ps->len,
	                         NO_STRING, NO_STRING, p->nmeta_offs / 2, ps->nmeta };
	if (keep_meta(p, ps->meta, ps->nmeta))
		return PL_ENOMEM;
	/* Speakers and sections repeat from passage to passage: store them once. */
	if (ps->speaker)
		pp->speaker = prev && prev->speaker != NO_STRING &&
		              !strcmp(arena_str(p, prev->speaker), ps->speaker)
		              ? prev->speaker : arena_add(p, ps->speaker, strlen(ps->speaker));
	if (ps->section)
		pp->section = prev && prev->section != NO_STRING &&
		              !strcmp(arena_str(p, prev->section), ps->section)
		              ? prev->section : arena_add(p, ps->section, strlen(ps->section));
	pp->text = arena_add(p, ps->text, ps->len);
	if (pp->text == NO_STRING || (ps->speaker && pp->speaker == NO_STRING) ||
	    (ps->section && pp->section == NO_STRING))
		return PL_ENOMEM;
	unmark(p->arena.data + pp->text, ps->len);
	p->npassages++;
	p->cut += ps->cut != 0;
	p->words += count_words(ps->text, ps->len);
	return PL_OK;
}

static int on_front_matter(void *ctx, const char *key, const char *value)
{
	struct prepared *p = ctx;
	if (!strcmp(key, "title")) {
		p->title = arena_add(p, value, strlen(value));
		return p->title == NO_STRING ? PL_ENOMEM : PL_OK;
	}
	if (!strcmp(key, "lang") || !strcmp(key, "language")) {
		char code[PL_LANG_MAX];
		if (pl_lang_canonical(value, code, NULL, NULL) == PL_OK)
			memcpy(p->lang, code, sizeof code);
		return PL_OK;
	}
	if (p->nfm == MAX_FRONT_MATTER)
		return PL_OK;
	p->fm_key[p->nfm] = arena_add(p, key, strlen(key));
	p->fm_value[p->nfm] = arena_add(p, value, strlen(value));
	if (p->fm_key[p->nfm] == NO_STRING || p->fm_value[p->nfm] == NO_STRING)
		return PL_ENOMEM;
	p->nfm++;
	return PL_OK;
}

/* Title: front matter's, else the file name without its extension. */
static size_t default_title(struct prepared *p)
{
	const char *slash = strrchr(p->display, '/');
	const char *name = slash && slash[1] ? slash + 1 : p->display;
	const char *dot = strrchr(name, '.');
	return arena_add(p, name, dot && dot != name ? (size_t)(dot - name) : strlen(name));
}

/* Queues a prepared file for the writer (NULL or without a message: out of
 * memory). */
static void submit(struct reader *r, struct prepared *p)
{
	if (p && !p->message)
		r->failed = 1;
	if (p && !r->failed)
		queue_put(r->q, p);
	else
		prepared_free(p);
}

/* The format of a DOCX, ODT or PDF file (forced, or by its magic bytes or
 * extension), else PL_FMT_AUTO: a file to decode as text. */
static enum pl_doc_format document_format(const struct reader *r, const char *path)
{
	enum pl_doc_format fmt = r->o->format;
	if (fmt == PL_FMT_AUTO && (fmt = pl_pdf_detect(path, r->bytes.data, r->bytes.len)) == PL_FMT_AUTO)
		fmt = pl_office_detect(path, r->bytes.data, r->bytes.len);
	return fmt == PL_FMT_DOCX || fmt == PL_FMT_ODT || fmt == PL_FMT_PDF ? fmt : PL_FMT_AUTO;
}

/* A new item for the file just read into r->bytes: its key (its real path,
 * escaped; *real keeps that path for the caller), hash, size, mtime and
 * language. Returns PL_OK, PL_ENOMEM, or PL_EIO with the reason in why;
 * *out is NULL only when out of memory. */
static int new_file_item(struct reader *r, const char *path, const struct stat *st,
                         struct prepared **out, char **real, struct pl_err *why)
{
	struct prepared *p = *out = new_item(r, PL_V_INGESTED, NULL);
	struct pl_buf key = PL_BUF_INIT;
	if (!p)
		return PL_ENOMEM;
	if (!(*real = realpath(path, NULL)))
		return pl_err_set(why, PL_EIO, "%s", strerror(errno));
	if (escape_path(&key, *real)) {
		pl_buf_release(&key);
		return PL_ENOMEM;
	}
	p->key = pl_buf_detach(&key, NULL);
	pl_sha256_hex(r->bytes.data, r->bytes.len, p->hash);
	p->size = (int64_t)r->bytes.len;
	p->mtime = st->st_mtim.tv_sec;
	snprintf(p->lang, sizeof p->lang, "%s", r->o->language ? r->o->language : "en");
	return PL_OK;
}

/* Gives the item (NULL: out of memory) its title, verdict and message, and
 * queues it. rc is how reading it went: a failure's reason replaces the
 * notes, and PL_ESKIP makes the verdict on_skip. */
static void finish_item(struct reader *r, struct prepared *p, int rc,
                        enum pl_verdict_kind on_skip, const struct pl_err *why,
                        struct pl_buf *notes)
{
	if (!p) {
		submit(r, p);
		return;
	}
	if (!rc && p->title == NO_STRING && (p->title = default_title(p)) == NO_STRING)
		rc = PL_ENOMEM;
	if (rc) {
		p->kind = rc == PL_ESKIP ? on_skip : PL_V_FAILED;
		pl_buf_clear(notes);
		pl_buf_adds(notes, rc == PL_ENOMEM ? "out of memory" : why->msg);
	} else if (!p->npassages) {
		pl_buf_addf(notes, "%sno text (recorded with 0 passages)", notes->len ? "; " : "");
	}
	free(p->message);
	p->message = pl_buf_detach(notes, NULL);
	submit(r, p);
}

/* Reads a DOCX, ODT or PDF file, already in r->bytes, with its own reader
 * rather than as text. Returns 1 when the file was one (its verdict is on
 * its way), else 0. */
static int prepare_document(struct reader *r, const char *path, const struct stat *st)
{
	enum pl_doc_format fmt = document_format(r, path);
	if (fmt == PL_FMT_AUTO)
		return 0;
	struct pl_err why = { 0 };
	struct prepared *p;
	struct pl_buf notes = PL_BUF_INIT;
	char *real = NULL;
	int rc = new_file_item(r, path, st, &p, &real, &why);
	if (!rc) {
		p->encoding = pl_encoding_name(PL_ENC_UTF8);   /* of the text taken out */
		p->format = pl_doc_format_name(fmt);
		struct pl_segment_opts so = { fmt, r->o->max_passage };
		struct pl_segment_sink sink = { p, on_passage, on_front_matter };
		rc = fmt == PL_FMT_PDF ? pl_read_pdf(real, &so, &sink, &why)
		     : pl_read_office(r->bytes.data, r->bytes.len, fmt, &so, &sink, &why);
	}
	finish_item(r, p, rc, PL_V_SKIPPED, &why, &notes);
	free(real);
	pl_buf_release(&notes);
	return 1;
}

/* Reads, hashes, decodes and segments one file. */
static void prepare_file(struct reader *r, const char *path)
{
	const struct pl_ingest_opts *o = r->o;
	struct stat st;
	struct pl_err why = { 0 };
	int rc = read_file(r, path, &st, &why);
	if (rc) {
		put_verdict(r, rc == PL_ESKIP ? PL_V_SKIPPED : PL_V_FAILED, why.msg);
		return;
	}
	if (prepare_document(r, path, &st))
		return;
	struct pl_decoded dec = { 0 };
	rc = pl_text_decode(r->bytes.data, r->bytes.len, &o->decode, &dec, &why);
	if (rc) {
		put_verdict(r, rc == PL_EBINARY ? PL_V_SKIPPED : PL_V_FAILED, why.msg);
		return;
	}
	struct prepared *p;
	struct pl_buf notes = PL_BUF_INIT;
	char *real = NULL;
	rc = new_file_item(r, path, &st, &p, &real, &why);
	if (!rc) {
		p->encoding = pl_encoding_name(dec.encoding);
		enum pl_doc_format fmt = o->format ? o->format
		                         : pl_format_detect(path, dec.text, dec.len);
		p->format = pl_doc_format_name(fmt);
		describe_decoding(&notes, &dec);
		struct pl_format_opts fo = { fmt, o->max_passage, o->text_columns, o->meta_columns };
		struct pl_segment_sink sink = { p, on_passage, on_front_matter };
		rc = pl_format_read(path, dec.text, dec.len, &fo, &sink, &notes, &why);
	}
	if (!rc && p->cut)
		pl_buf_addf(&notes, "%s%zu passages are pieces of paragraphs longer than %zu bytes, "
		            "split at sentence ends", notes.len ? "; " : "", p->cut,
		            o->max_passage ? o->max_passage : (size_t)PL_MAX_PASSAGE_DEFAULT);
	/* a ParlaMint -meta.tsv is read with its transcript, not on its own */
	finish_item(r, p, rc, PL_V_COMPANION, &why, &notes);
	free(real);
	pl_buf_release(&notes);
	pl_decoded_release(&dec);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(struct reader *r, const char *path, int top);

static void walk_dir(struct reader *r, const char *path)
{
	DIR *dir = opendir(path);
	if (!dir) {
		put_verdict(r, PL_V_FAILED, strerror(errno));
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while (!r->failed && (e = readdir(dir))) {
		if (e->d_name[0] == '.')
			continue;   /* hidden files, ".", ".." */
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **grown = realloc(names, cap * sizeof *grown);
			if (!grown) {
				r->failed = 1;
				break;
			}
			names = grown;
		}
		if (!(names[n] = strdup(e->d_name)))
			r->failed = 1;
		else
			n++;
	}
	closedir(dir);
	qsort(names, n, sizeof *names, compare_names);
	struct pl_buf child = PL_BUF_INIT;
	for (size_t i = 0; i < n && !r->failed && !interrupted(r->o) && !queue_stopped(r->q); i++) {
		pl_buf_clear(&child);
		if (pl_buf_addf(&child, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/",
		                names[i]))
			r->failed = 1;
		else
			walk(r, child.data, 0);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	pl_buf_release(&child);
}

static void walk(struct reader *r, const char *path, int top)
{
	struct stat st;
	if (escape_path(&r->display, path)) {
		r->failed = 1;
		return;
	}
	if (lstat(path, &st) != 0) {
		put_verdict(r, PL_V_FAILED, strerror(errno));
		return;
	}
	if (S_ISLNK(st.st_mode)) {
		if (stat(path, &st) != 0) {
			put_verdict(r, PL_V_FAILED, errno == ELOOP ? "symbolic link loop"
			                                           : "broken symbolic link");
			return;
		}
		if (S_ISDIR(st.st_mode) && !top) {
			put_verdict(r, PL_V_SKIPPED, "symbolic link to a directory, not followed");
			return;
		}
	}
	if (S_ISDIR(st.st_mode))
		walk_dir(r, path);
	else if (S_ISSOCK(st.st_mode))
		put_verdict(r, PL_V_SKIPPED, "not a regular file (a socket)");   /* open() fails */
	else
		prepare_file(r, path);
}

static void *read_all(void *arg)
{
	struct reader *r = arg;
	for (size_t i = 0; i < r->npaths && !r->failed && !interrupted(r->o) &&
	                   !queue_stopped(r->q); i++)
		walk(r, r->paths[i], 1);
	queue_finish(r->q, 0);
	return NULL;
}

/* ---- writing (caller's thread) ---- */

/* Counts and reports the pending verdicts, once they are on disk. */
static void flush_verdicts(struct writer *w)
{
	struct prepared *p = w->pending;
	while (p) {
		int64_t *counter[] = { &w->t->ingested, &w->t->replaced, &w->t->unchanged,
		                       &w->t->skipped, &w->t->failed, &w->t->companions };
		(*counter[p->kind])++;
		w->t->files++;
		int64_t n = p->kind <= PL_V_REPLACED ? (int64_t)p->npassages : 0;
		w->t->passages += n;
		if (w->o->verdict) {
			struct pl_verdict v = { p->display, p->kind, n, p->message };
			w->o->verdict(w->o->ctx, &v);
		}
		struct prepared *next = p->next;
		prepared_free(p);
		p = next;
	}
	w->pending = NULL;
	w->pending_tail = &w->pending;
}

static void hold_verdict(struct writer *w, struct prepared *p)
{
	p->next = NULL;
	*w->pending_tail = p;
	w->pending_tail = &p->next;
	if (!w->in_txn)
		flush_verdicts(w);   /* nothing to roll back: report at once */
}

static int commit(struct writer *w, struct pl_err *err)
{
	if (w->in_txn) {
		w->in_txn = 0;
		int rc = pl_store_commit(w->s, err);
		if (rc)
			return rc;
	}
	w->batch_docs = w->batch_passages = w->batch_bytes = 0;
	flush_verdicts(w);
	return PL_OK;
}

static int write_passages(struct writer *w, const struct prepared *p, int64_t id,
                          struct pl_err *err)
{
	/* as many pairs as the passage with most (a CSV row: every column) */
	size_t most = 0;
	for (size_t i = 0; i < p->npassages; i++)
		most = p->passages[i].nmeta > most ? p->passages[i].nmeta : most;
	struct pl_kv *meta = malloc((most ? most : 1) * sizeof *meta);
	if (!meta)
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	int rc = PL_OK;
	for (size_t i = 0; !rc && i < p->npassages; i++) {
		const struct ppassage *pp = &p->passages[i];
		if ((i & 255) == 255 && interrupted(w->o)) {
			rc = pl_err_set(err, PL_EINTR, "interrupted");
			break;
		}
		for (size_t k = 0; k < pp->nmeta; k++)
			meta[k] = (struct pl_kv){ arena_str(p, p->meta_offs[2 * (pp->meta + k)]),
			                          arena_str(p, p->meta_offs[2 * (pp->meta + k) + 1]) };
		struct pl_passage ps = { pp->ordinal, pp->start, pp->end, arena_str(p, pp->text),
		                         pp->len, arena_str(p, pp->speaker), arena_str(p, pp->section),
		                         0, meta, pp->nmeta };
		rc = pl_store_passage_add(w->s, id, p->lang, &ps, err);
	}
	free(meta);
	return rc;
}

static int write_document(struct writer *w, struct prepared *p, struct pl_err *err)
{
	if (!w->in_txn) {
		int rc = pl_store_begin(w->s, err);
		if (rc)
			return rc;
		w->in_txn = 1;
	}
	/* Checked inside the write transaction, so two runs on one database
	 * cannot both add the same path. */
	int64_t old_id = 0, id;
	char old_hash[65];
	int rc = pl_store_doc_find(w->s, p->key, &old_id, old_hash, err);
	if (rc < 0)
		return rc;
	if (rc == 1 && !strcmp(p->hash, old_hash)) {
		p->kind = PL_V_UNCHANGED;
		p->message[0] = '\0';
		return PL_OK;
	}
	if (rc == 1) {
		p->kind = PL_V_REPLACED;
		if ((rc = pl_store_doc_remove(w->s, old_id, err)))
			return rc;
	}
	struct pl_doc_row row = { p->key, arena_str(p, p->title), p->format, p->lang, p->encoding,
	                          p->hash, p->message[0] ? p->message : NULL, p->size, p->mtime };
	if ((rc = pl_store_doc_add(w->s, &row, &id, err)))
		return rc;
	for (size_t i = 0; !rc && i < w->o->nmeta; i++)
		rc = pl_store_doc_meta(w->s, id, w->o->meta[i].key, w->o->meta[i].value, err);
	/* The file's own front matter is more specific than --meta: it wins. */
	for (size_t i = 0; !rc && i < p->nfm; i++)
		rc = pl_store_doc_meta(w->s, id, arena_str(p, p->fm_key[i]),
		                       arena_str(p, p->fm_value[i]), err);
	if (!rc)
		rc = write_passages(w, p, id, err);
	if (!rc)
		rc = pl_store_doc_finish(w->s, id, (int64_t)p->npassages, p->words, err);
	w->batch_docs++;
	w->batch_passages += p->npassages;
	w->batch_bytes += (size_t)p->size;
	return rc;
}

static int write_all(struct writer *w, struct queue *q, struct pl_err *err)
{
	struct prepared *p;
	int rc = PL_OK;
	while ((p = queue_get(q))) {
		if (interrupted(w->o))
			rc = pl_err_set(err, PL_EINTR, "interrupted");
		else if (p->kind == PL_V_INGESTED)
			rc = write_document(w, p, err);
		w->t->bytes += p->size;
		if (rc) {
			prepared_free(p);
			return rc;
		}
		if (w->o->progress)
			w->o->progress(w->o->ctx, w->t, p->display);
		hold_verdict(w, p);   /* may free p */
		if (w->batch_passages >= BATCH_PASSAGES || w->batch_bytes >= BATCH_BYTES ||
		    w->batch_docs >= BATCH_DOCS)
			if ((rc = commit(w, err)))
				return rc;
	}
	return commit(w, err);
}

int pl_ingest(struct pl_store *s, const char *const *paths, size_t npaths,
              const struct pl_ingest_opts *opts, struct pl_ingest_totals *totals,
              struct pl_err *err)
{
	memset(totals, 0, sizeof *totals);
	struct queue q = { .mu = PTHREAD_MUTEX_INITIALIZER, .changed = PTHREAD_COND_INITIALIZER };
	struct reader r = { .o = opts, .paths = paths, .npaths = npaths, .q = &q };
	struct writer w = { .s = s, .o = opts, .t = totals };
	w.pending_tail = &w.pending;
	pthread_t thread;
	if (pthread_create(&thread, NULL, read_all, &r) != 0)
		return pl_err_set(err, PL_ENOMEM, "cannot start a thread: %s", strerror(errno));
	pl_store_map(s, 0);   /* memory bounded by the page cache, whatever the corpus */
	int rc = write_all(&w, &q, err);
	pl_store_map(s, 1);
	queue_finish(&q, 1);
	pthread_join(thread, NULL);
	for (struct prepared *p = q.head, *next; p; p = next) {
		next = p->next;
		prepared_free(p);
	}
	if (!rc && r.failed)
		rc = pl_err_set(err, PL_ENOMEM, "out of memory while reading files");
	if (!rc && interrupted(opts))
		rc = pl_err_set(err, PL_EINTR, "interrupted");
	if (rc) {
		size_t lost = 0;
		for (struct prepared *p = w.pending; p; p = p->next)
			lost += p->kind <= PL_V_REPLACED;
		pl_store_rollback(s);
		if (lost)
			pl_err_prefix(err, "%zu file%s of the last batch rolled back", lost,
			              lost == 1 ? "" : "s");
		/* Those verdicts never reached the disk: drop them unreported. */
		for (struct prepared *p = w.pending, *next; p; p = next) {
			next = p->next;
			prepared_free(p);
		}
	} else {
		rc = pl_store_refresh_languages(s, err);
	}
	pl_buf_release(&r.bytes);
	pl_buf_release(&r.display);
	return rc;
}
