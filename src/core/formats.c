/*
 * formats.c - a document's format, and the reader for it (see formats.h).
 *
 * ParlaMint comes as two files: the transcript, "X.txt", and its table,
 * "X-meta.tsv". The transcript is read with its table; the table alone is
 * not a document, and is skipped when its transcript is beside it.
 */
#include "plenary/formats.h"
#include "plenary/read_captions.h"
#include "plenary/read_csv.h"
#include "plenary/read_parlamint.h"
#include "plenary/text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define META_SUFFIX "-meta.tsv"
#define MAX_META_FILE ((long)64 << 20)

int pl_note(struct pl_buf *notes, const char *fmt, ...)
{
	va_list ap;
	char tmp[4096];
	uint32_t cp;

	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	size_t len = n < 0 ? 0 : (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1;
	/* A note past 4 KiB (a long list of column names) is cut: without the
	 * last character if the cut went through it. */
	size_t last = len ? len - 1 : 0;   /* where the last character starts */
	while (last > 0 && ((unsigned char)tmp[last] & 0xC0) == 0x80)
		last--;
	if (len && !pl_utf8_decode(tmp + last, len - last, &cp))
		len = last;
	return pl_buf_addf(notes, "%s%.*s", notes->len ? "; " : "", (int)len, tmp);
}

/* Whether the file name's extension is ext (".csv"), ignoring case. */
static int has_ext(const char *path, const char *ext)
{
	const char *slash = path ? strrchr(path, '/') : NULL;
	const char *dot = path ? strrchr(slash ? slash : path, '.') : NULL;
	return dot && !strcasecmp(dot, ext);
}

static int is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The other file of a ParlaMint pair into out: "X-meta.tsv" for "X.txt"
 * (or "X"), "X.txt" for "X-meta.tsv". Returns 0 when path is neither. */
static int partner(const char *path, struct pl_buf *out)
{
	size_t n = strlen(path), m = strlen(META_SUFFIX);
	const char *slash = strrchr(path, '/'), *dot = strrchr(slash ? slash : path, '.');

	pl_buf_clear(out);
	if (n > m && !strcmp(path + n - m, META_SUFFIX))
		return !pl_buf_add(out, path, n - m) && !pl_buf_adds(out, ".txt");
	if (!dot || !has_ext(path, ".txt"))
		dot = path + n;
	return !pl_buf_add(out, path, (size_t)(dot - path)) && !pl_buf_adds(out, META_SUFFIX);
}

/* Whether path is a ParlaMint table whose transcript is beside it. */
static int is_parlamint_table(const char *path, struct pl_buf *other)
{
	size_t n = strlen(path), m = strlen(META_SUFFIX);
	return n > m && !strcmp(path + n - m, META_SUFFIX) && partner(path, other) &&
	       is_file(other->data);
}

enum pl_doc_format pl_format_detect(const char *path, const char *text, size_t len)
{
	struct pl_buf other = PL_BUF_INIT;
	enum pl_doc_format fmt = PL_FMT_AUTO;

	if (path && is_parlamint_table(path, &other))
		fmt = PL_FMT_PARLAMINT;
	else if (has_ext(path, ".csv"))
		fmt = PL_FMT_CSV;
	else if (has_ext(path, ".vtt") || pl_captions_sniff(text, len, PL_FMT_VTT))
		fmt = PL_FMT_VTT;
	else if (has_ext(path, ".srt") || pl_captions_sniff(text, len, PL_FMT_SRT))
		fmt = PL_FMT_SRT;
	else if (path && pl_parlamint_sniff(text, len) && partner(path, &other) &&
	         is_file(other.data))
		fmt = PL_FMT_PARLAMINT;
	else if (has_ext(path, ".tsv"))
		fmt = PL_FMT_TSV;
	pl_buf_release(&other);
	return fmt ? fmt : pl_segment_detect(path, text, len);
}

/* Reads and decodes the file at path into dec. */
static int load(const char *path, struct pl_decoded *dec, struct pl_err *err)
{
	struct pl_buf bytes = PL_BUF_INIT;
	struct pl_decode_opts opts = { 0 };
	char chunk[65536];
	size_t n;
	int rc = PL_OK;
	FILE *f = fopen(path, "rb");

	if (!f)
		return pl_err_set(err, PL_EIO, "cannot open '%s': %s", path, strerror(errno));
	while (!rc && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (pl_buf_add(&bytes, chunk, n) || (long)bytes.len > MAX_META_FILE)
			rc = pl_err_set(err, PL_EIO, "cannot read '%s': over %ld MiB", path,
			                MAX_META_FILE >> 20);
	if (!rc && ferror(f))
		rc = pl_err_set(err, PL_EIO, "cannot read '%s'", path);
	fclose(f);
	if (!rc)
		rc = pl_text_decode(bytes.data ? bytes.data : "", bytes.len, &opts, dec, err);
	pl_buf_release(&bytes);
	return rc;
}

/* A ParlaMint transcript, read with its table when there is one. */
static int read_parlamint(const char *path, const char *text, size_t len,
                          const struct pl_format_opts *o, const struct pl_segment_sink *sink,
                          struct pl_buf *notes, struct pl_err *err)
{
	struct pl_buf other = PL_BUF_INIT;
	struct pl_decoded table = { 0 };
	int rc = PL_OK, have = 0;

	if (is_parlamint_table(path, &other))
		rc = pl_err_set(err, PL_ESKIP, "the speaker table of '%s', read with it", other.data);
	else if (partner(path, &other) && is_file(other.data))
		have = !(rc = load(other.data, &table, err));
	if (!rc)
		rc = pl_read_parlamint(text, len, have ? table.text : NULL, table.len, o->max_passage,
		                       sink, notes, err);
	if (rc && rc != PL_ESKIP && rc != PL_ENOMEM && have)
		pl_err_prefix(err, "'%s'", other.data);
	pl_decoded_release(&table);
	pl_buf_release(&other);
	return rc;
}

int pl_format_read(const char *path, const char *text, size_t len,
                   const struct pl_format_opts *o, const struct pl_segment_sink *sink,
                   struct pl_buf *notes, struct pl_err *err)
{
	switch (o->format) {
	case PL_FMT_CSV:
	case PL_FMT_TSV: {
		struct pl_csv_opts co = { o->format == PL_FMT_TSV ? '\t' : ',', o->text_columns,
		                          o->meta_columns, o->max_passage };
		return pl_read_csv(text, len, &co, sink, notes, err);
	}
	case PL_FMT_VTT:
	case PL_FMT_SRT:
		return pl_read_captions(text, len, o->format, o->max_passage, sink, notes, err);
	case PL_FMT_PARLAMINT:
		return read_parlamint(path, text, len, o, sink, notes, err);
	default: {
		struct pl_segment_opts so = { o->format, o->max_passage };
		return pl_segment(text, len, &so, sink, err);
	}
	}
}
