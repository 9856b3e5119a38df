/*
 * ingest.c - files and directories into the store, in batched transactions,
 * with one verdict per file (see ingest.h).
 */
#include "plenary/ingest.h"
#include "plenary/buf.h"
#include "plenary/tokenizer.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A batch is committed when any of these is reached: big enough that the
 * commit cost vanishes, small enough that an interrupt loses little. */
#define BATCH_PASSAGES 4000
#define BATCH_BYTES (16u << 20)
#define BATCH_DOCS 500
#define MAX_FRONT_MATTER 64

struct pending {
	char *path, *message;
	enum pl_verdict_kind kind;
	int64_t passages;
};

struct ingest {
	struct pl_store *s;
	const struct pl_ingest_opts *o;
	struct pl_ingest_totals *t;
	const char *lang;
	int in_txn;
	size_t batch_docs, batch_passages, batch_bytes;
	struct pending *pend;
	size_t npend, cappend;
	struct pl_buf bytes;       /* the file being read, reused */
	struct pl_buf display;     /* its path, escaped */
};

/* State of one document while its passages are written. */
struct doc {
	struct ingest *in;
	struct pl_doc_row row;
	char lang[PL_LANG_MAX];
	char *fm_key[MAX_FRONT_MATTER], *fm_value[MAX_FRONT_MATTER];
	size_t nfm;
	int64_t id, passages, words;
	int db_failed;             /* the error came from the store: stop the run */
	struct pl_err *err;
};

static int interrupted(const struct ingest *in)
{
	return in->o->interrupted && *in->o->interrupted;
}

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

static int verdict(struct ingest *in, enum pl_verdict_kind kind, int64_t passages,
                   const char *message)
{
	if (in->npend == in->cappend) {
		size_t cap = in->cappend ? in->cappend * 2 : 64;
		struct pending *p = realloc(in->pend, cap * sizeof *p);
		if (!p)
			return PL_ENOMEM;
		in->pend = p;
		in->cappend = cap;
	}
	struct pending *p = &in->pend[in->npend];
	p->path = strdup(pl_buf_str(&in->display));
	p->message = strdup(message ? message : "");
	p->kind = kind;
	p->passages = passages;
	if (!p->path || !p->message) {
		free(p->path);
		free(p->message);
		return PL_ENOMEM;
	}
	in->npend++;
	return PL_OK;
}

/* Counts and reports the pending verdicts, once they are on disk. */
static void flush_verdicts(struct ingest *in)
{
	for (size_t i = 0; i < in->npend; i++) {
		struct pending *p = &in->pend[i];
		int64_t *counter[] = { &in->t->ingested, &in->t->replaced, &in->t->unchanged,
		                       &in->t->skipped, &in->t->failed };
		(*counter[p->kind])++;
		in->t->files++;
		in->t->passages += p->passages;
		if (in->o->verdict) {
			struct pl_verdict v = { p->path, p->kind, p->passages, p->message };
			in->o->verdict(in->o->ctx, &v);
		}
		free(p->path);
		free(p->message);
	}
	in->npend = 0;
}

static int commit(struct ingest *in, struct pl_err *err)
{
	if (in->in_txn) {
		in->in_txn = 0;
		int rc = pl_store_commit(in->s, err);
		if (rc)
			return rc;
	}
	in->batch_docs = in->batch_passages = in->batch_bytes = 0;
	flush_verdicts(in);
	return PL_OK;
}

/* Reads a whole regular file into in->bytes. Returns PL_OK, or PL_ESKIP /
 * PL_EIO with the reason in err. */
static int read_file(struct ingest *in, const char *path, struct stat *st, struct pl_err *err)
{
	int64_t max = in->o->max_file_size > 0 ? in->o->max_file_size : PL_MAX_FILE_SIZE_DEFAULT;
	for (int attempt = 0;; attempt++) {
		/* O_NONBLOCK: a FIFO must not hang us before fstat says what it is. */
		int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
		if (fd < 0)
			return pl_err_set(err, PL_EIO, "%s", strerror(errno));
		if (fstat(fd, st) != 0) {
			close(fd);
			return pl_err_set(err, PL_EIO, "%s", strerror(errno));
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
		pl_buf_clear(&in->bytes);
		if (pl_buf_reserve(&in->bytes, (size_t)st->st_size + 1)) {
			close(fd);
			return pl_err_set(err, PL_EIO, "out of memory reading %lld bytes",
			                  (long long)st->st_size);
		}
		ssize_t n;
		while ((n = read(fd, in->bytes.data + in->bytes.len,
		                 in->bytes.cap - in->bytes.len - 1)) != 0) {
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0 || (int64_t)in->bytes.len > max) {
				int e = errno;
				close(fd);
				return n < 0 ? pl_err_set(err, PL_EIO, "%s", strerror(e))
				             : pl_err_set(err, PL_ESKIP, "grew over the size limit while "
				                          "being read");
			}
			in->bytes.len += (size_t)n;
			if (in->bytes.len + 1 == in->bytes.cap &&
			    pl_buf_reserve(&in->bytes, in->bytes.cap)) {
				close(fd);
				return pl_err_set(err, PL_EIO, "out of memory");
			}
		}
		struct stat after;
		int changed = fstat(fd, &after) != 0 || after.st_size != st->st_size ||
		              after.st_mtim.tv_sec != st->st_mtim.tv_sec ||
		              after.st_mtim.tv_nsec != st->st_mtim.tv_nsec ||
		              (off_t)in->bytes.len != st->st_size;
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

static int front_matter(void *ctx, const char *key, const char *value)
{
	struct doc *d = ctx;
	if (!strcmp(key, "title")) {
		free((char *)d->row.title);
		d->row.title = strdup(value);
		return d->row.title ? PL_OK : PL_ENOMEM;
	}
	if (!strcmp(key, "lang") || !strcmp(key, "language")) {
		char code[PL_LANG_MAX];
		if (pl_lang_canonical(value, code, NULL, NULL) == PL_OK)
			memcpy(d->lang, code, sizeof code);
		return PL_OK;
	}
	if (d->nfm == MAX_FRONT_MATTER)
		return PL_OK;
	d->fm_key[d->nfm] = strdup(key);
	d->fm_value[d->nfm] = strdup(value);
	d->nfm++;
	return d->fm_key[d->nfm - 1] && d->fm_value[d->nfm - 1] ? PL_OK : PL_ENOMEM;
}

/* Writes the document row and its metadata, once front matter is known. */
static int add_document(struct doc *d)
{
	struct ingest *in = d->in;
	d->row.language = d->lang;
	int rc = pl_store_doc_add(in->s, &d->row, &d->id, d->err);
	for (size_t i = 0; !rc && i < in->o->nmeta; i++)
		rc = pl_store_doc_meta(in->s, d->id, in->o->meta[i].key, in->o->meta[i].value, d->err);
	/* The file's own front matter is more specific than --meta: it wins. */
	for (size_t i = 0; !rc && i < d->nfm; i++)
		rc = pl_store_doc_meta(in->s, d->id, d->fm_key[i], d->fm_value[i], d->err);
	d->db_failed = rc != PL_OK;
	return rc;
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

static int passage(void *ctx, const struct pl_passage *p)
{
	struct doc *d = ctx;
	struct ingest *in = d->in;
	if (!d->id && add_document(d))
		return d->err->code;
	if ((p->ordinal & 255) == 0 && interrupted(in))
		return pl_err_set(d->err, PL_EINTR, "interrupted");
	int rc = pl_store_passage_add(in->s, d->id, d->lang, p, d->err);
	if (rc) {
		d->db_failed = 1;
		return rc;
	}
	d->passages++;
	d->words += count_words(p->text, p->len);
	return PL_OK;
}

static const char *basename_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash && slash[1] ? slash + 1 : path;
}

/* Title: front matter's, else the file name without its extension. */
static char *default_title(const char *display)
{
	char *t = strdup(basename_of(display));
	char *dot = t ? strrchr(t, '.') : NULL;
	if (dot && dot != t)
		*dot = '\0';
	return t;
}

static int savepoint(struct ingest *in, const char *sql, struct pl_err *err)
{
	int rc = sqlite3_exec(pl_store_db(in->s), sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? PL_OK : pl_store_error(in->s, rc, "cannot write", err);
}

/* Decodes, segments and writes one file inside the batch's transaction.
 * Returns a status only for errors that must stop the run. */
static int write_document(struct ingest *in, const char *key, const char *hash,
                          int64_t old_id, const struct stat *st, struct pl_err *err)
{
	struct pl_decoded dec = { 0 };
	struct pl_err why = { 0 };
	int rc = pl_text_decode(in->bytes.data, in->bytes.len, &in->o->decode, &dec, &why);
	if (rc == PL_EBINARY || rc == PL_ESKIP)
		return verdict(in, rc == PL_EBINARY ? PL_V_SKIPPED : PL_V_FAILED, 0, why.msg);
	if (rc)
		return verdict(in, PL_V_FAILED, 0, why.msg);

	struct pl_buf notes = PL_BUF_INIT;
	describe_decoding(&notes, &dec);
	enum pl_doc_format fmt = in->o->format ? in->o->format
	                                       : pl_segment_detect(key, dec.text, dec.len);
	struct doc d = { .in = in, .err = &why };
	d.row = (struct pl_doc_row){ .path = key, .title = default_title(pl_buf_str(&in->display)),
	                             .format = pl_doc_format_name(fmt),
	                             .encoding = pl_encoding_name(dec.encoding),
	                             .content_hash = hash, .notes = notes.len ? notes.data : NULL,
	                             .size = (int64_t)in->bytes.len, .mtime = st->st_mtim.tv_sec };
	snprintf(d.lang, sizeof d.lang, "%s", in->lang);
	struct pl_segment_opts so = { fmt, in->o->max_passage };
	struct pl_segment_sink sink = { &d, passage, front_matter };

	if ((rc = savepoint(in, "SAVEPOINT doc", err)))
		goto out;
	if (old_id && (rc = pl_store_doc_remove(in->s, old_id, &why)))
		d.db_failed = 1;
	if (!rc && !d.row.title)
		rc = pl_err_set(&why, PL_ENOMEM, "out of memory");
	if (!rc)
		rc = pl_segment(dec.text, dec.len, &so, &sink, &why);
	if (!rc && !d.id)
		rc = add_document(&d);   /* an empty file is recorded too */
	if (!rc && (rc = pl_store_doc_finish(in->s, d.id, d.passages, d.words, &why)))
		d.db_failed = 1;
	if (rc) {
		savepoint(in, "ROLLBACK TO doc; RELEASE doc", NULL);
		if (d.db_failed || rc == PL_EINTR)
			*err = why;   /* the database or the user stops the run */
		else
			rc = verdict(in, PL_V_FAILED, 0, why.msg);
		goto out;
	}
	if ((rc = savepoint(in, "RELEASE doc", err)))
		goto out;
	if (!d.passages)
		pl_buf_addf(&notes, "%sno text (recorded with 0 passages)", notes.len ? "; " : "");
	rc = verdict(in, old_id ? PL_V_REPLACED : PL_V_INGESTED, d.passages, pl_buf_str(&notes));
	in->batch_passages += (size_t)d.passages;
out:
	free((char *)d.row.title);
	for (size_t i = 0; i < d.nfm; i++) {
		free(d.fm_key[i]);
		free(d.fm_value[i]);
	}
	pl_buf_release(&notes);
	pl_decoded_release(&dec);
	return rc;
}

static int ingest_file(struct ingest *in, const char *path, struct pl_err *err)
{
	struct stat st;
	struct pl_err why = { 0 };
	int rc = read_file(in, path, &st, &why);
	if (rc)
		return verdict(in, rc == PL_ESKIP ? PL_V_SKIPPED : PL_V_FAILED, 0, why.msg);
	in->t->bytes += (int64_t)in->bytes.len;
	in->batch_bytes += in->bytes.len;
	in->batch_docs++;

	char hash[65], old_hash[65];
	pl_sha256_hex(in->bytes.data, in->bytes.len, hash);
	char *real = realpath(path, NULL);
	struct pl_buf key = PL_BUF_INIT;
	if (!real || escape_path(&key, real)) {
		free(real);
		return verdict(in, PL_V_FAILED, 0, real ? "out of memory" : strerror(errno));
	}
	free(real);

	/* The existence check runs inside the write transaction, so two runs on
	 * one database cannot both add the same path. */
	if (!in->in_txn) {
		if ((rc = pl_store_begin(in->s, err)))
			goto out;
		in->in_txn = 1;
	}
	int64_t old_id = 0;
	rc = pl_store_doc_find(in->s, key.data, &old_id, old_hash, err);
	if (rc < 0)
		goto out;
	if (rc == 1 && !strcmp(hash, old_hash))
		rc = verdict(in, PL_V_UNCHANGED, 0, "");
	else
		rc = write_document(in, key.data, hash, rc == 1 ? old_id : 0, &st, err);
	if (!rc && (in->batch_passages >= BATCH_PASSAGES || in->batch_bytes >= BATCH_BYTES ||
	            in->batch_docs >= BATCH_DOCS))
		rc = commit(in, err);
out:
	pl_buf_release(&key);
	return rc;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(struct ingest *in, const char *path, int top, struct pl_err *err);

static int walk_dir(struct ingest *in, const char *path, struct pl_err *err)
{
	DIR *dir = opendir(path);
	if (!dir)
		return verdict(in, PL_V_FAILED, 0, strerror(errno));
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = PL_OK;
	struct dirent *e;
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.')
			continue;   /* hidden files, ".", ".." */
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **p = realloc(names, cap * sizeof *p);
			if (!p) {
				rc = pl_err_set(err, PL_ENOMEM, "out of memory listing '%s'", path);
				break;
			}
			names = p;
		}
		if (!(names[n++] = strdup(e->d_name))) {
			rc = pl_err_set(err, PL_ENOMEM, "out of memory listing '%s'", path);
			break;
		}
	}
	closedir(dir);
	if (!rc)
		qsort(names, n, sizeof *names, compare_names);
	struct pl_buf child = PL_BUF_INIT;
	for (size_t i = 0; !rc && i < n; i++) {
		if (interrupted(in)) {
			rc = pl_err_set(err, PL_EINTR, "interrupted");
			break;
		}
		pl_buf_clear(&child);
		if (pl_buf_addf(&child, "%s%s%s", path,
		                path[strlen(path) - 1] == '/' ? "" : "/", names[i]))
			rc = pl_err_set(err, PL_ENOMEM, "out of memory");
		else
			rc = walk(in, child.data, 0, err);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	pl_buf_release(&child);
	return rc;
}

static int walk(struct ingest *in, const char *path, int top, struct pl_err *err)
{
	struct stat st;
	if (escape_path(&in->display, path))
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	if (lstat(path, &st) != 0)
		return verdict(in, PL_V_FAILED, 0, strerror(errno));
	if (S_ISLNK(st.st_mode)) {
		if (stat(path, &st) != 0)
			return verdict(in, PL_V_FAILED, 0, errno == ELOOP ? "symbolic link loop"
			                                                  : "broken symbolic link");
		if (S_ISDIR(st.st_mode) && !top)
			return verdict(in, PL_V_SKIPPED, 0, "symbolic link to a directory, not followed");
	}
	int rc = S_ISDIR(st.st_mode) ? walk_dir(in, path, err) : ingest_file(in, path, err);
	if (!rc && !S_ISDIR(st.st_mode) && in->o->progress)
		in->o->progress(in->o->ctx, in->t, pl_buf_str(&in->display));
	/* Outside a transaction (a skip before any write), report at once. */
	if (!rc && !in->in_txn)
		flush_verdicts(in);
	return rc;
}

int pl_ingest(struct pl_store *s, const char *const *paths, size_t npaths,
              const struct pl_ingest_opts *opts, struct pl_ingest_totals *totals,
              struct pl_err *err)
{
	struct ingest in = { .s = s, .o = opts, .t = totals, .lang = opts->language };
	if (!in.lang)
		in.lang = "en";
	memset(totals, 0, sizeof *totals);
	int rc = PL_OK;
	for (size_t i = 0; !rc && i < npaths; i++) {
		if (interrupted(&in))
			rc = pl_err_set(err, PL_EINTR, "interrupted");
		else
			rc = walk(&in, paths[i], 1, err);
	}
	if (!rc)
		rc = commit(&in, err);
	if (rc) {
		size_t lost = 0;
		for (size_t i = 0; i < in.npend; i++)
			lost += in.pend[i].kind <= PL_V_REPLACED;
		pl_store_rollback(s);
		if (in.in_txn && lost)
			pl_err_prefix(err, "%zu file%s of the last batch rolled back", lost,
			              lost == 1 ? "" : "s");
		/* Those verdicts never reached the disk: drop them unreported. */
		for (size_t i = 0; i < in.npend; i++) {
			free(in.pend[i].path);
			free(in.pend[i].message);
		}
		in.npend = 0;
	} else {
		rc = pl_store_refresh_languages(s, err);
	}
	free(in.pend);
	pl_buf_release(&in.bytes);
	pl_buf_release(&in.display);
	return rc;
}
