/* common.c - the checks every fuzz target shares (common.h). */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fuzz_must(int ok, const char *what, const char *file, int line)
{
	if (ok)
		return;
	fprintf(stderr, "%s:%d: contract broken: %s\n", file, line, what);
	abort();
}

static void check_string(const char *s, const char *what)
{
	FUZZ_MUST(s, what);
	FUZZ_MUST(pl_utf8_valid(s, strlen(s)), what);
}

static int check_passage(void *ctx, const struct pl_passage *p)
{
	struct fuzz_sink *fs = ctx;
	FUZZ_MUST(p->ordinal == fs->last_ordinal + 1, "passage ordinals go 1, 2, ...");
	fs->last_ordinal = p->ordinal;
	FUZZ_MUST(p->text && strlen(p->text) == p->len, "passage text is len bytes, no NUL");
	FUZZ_MUST(pl_utf8_valid(p->text, p->len), "passage text is valid UTF-8");
	FUZZ_MUST(p->start <= p->end, "passage span is ordered");
	FUZZ_MUST(!fs->text_len || p->end <= fs->text_len, "passage span is within the text");
	if (p->speaker)
		check_string(p->speaker, "speaker is valid UTF-8");
	if (p->section)
		check_string(p->section, "section is valid UTF-8");
	FUZZ_MUST(!p->nmeta || p->meta, "metadata pairs are given");
	for (size_t i = 0; i < p->nmeta; i++) {
		check_string(p->meta[i].key, "metadata key is valid UTF-8");
		check_string(p->meta[i].value, "metadata value is valid UTF-8");
	}
	return PL_OK;
}

static int check_meta(void *ctx, const char *key, const char *value)
{
	(void)ctx;
	check_string(key, "document metadata key is valid UTF-8");
	check_string(value, "document metadata value is valid UTF-8");
	return PL_OK;
}

void fuzz_sink_init(struct fuzz_sink *fs, size_t text_len)
{
	fs->sink = (struct pl_segment_sink){ fs, check_passage, check_meta };
	fs->text_len = text_len;
	fs->last_ordinal = 0;
}

void fuzz_notes_release(struct pl_buf *notes)
{
	FUZZ_MUST(pl_utf8_valid(pl_buf_str(notes), notes->len), "notes are valid UTF-8");
	pl_buf_release(notes);
}

void fuzz_status(int rc, const struct pl_err *err, int allowed_mask)
{
	if (rc == PL_OK)
		return;
	FUZZ_MUST(rc < 0 && -rc < 31 && (allowed_mask & (1 << -rc)), "status is one documented");
	FUZZ_MUST(err->msg[0] != '\0', "a failure comes with a message");
}

int fuzz_decode(const uint8_t *data, size_t size, const struct pl_decode_opts *opts,
                struct pl_decoded *out)
{
	static const struct pl_decode_opts detect = { 0 };
	struct pl_err err = { 0 };
	int rc = pl_text_decode(data, size, opts ? opts : &detect, out, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_EBINARY) | FUZZ_ALLOW(PL_ESKIP) | FUZZ_ALLOW(PL_ENOMEM));
	if (rc) {
		FUZZ_MUST(!out->text, "a failed decode leaves no text");
		return rc;
	}
	FUZZ_MUST(out->text && out->text[out->len] == '\0', "decoded text is NUL-terminated");
	FUZZ_MUST(strlen(out->text) == out->len, "decoded text holds no NUL");
	FUZZ_MUST(pl_utf8_valid(out->text, out->len), "decoded text is valid UTF-8");
	FUZZ_MUST(!memchr(out->text, '\r', out->len), "decoded text has LF line ends only");
	return rc;
}
