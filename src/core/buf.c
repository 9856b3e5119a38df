/* buf.c - growable byte buffer. */
#include "plenary/buf.h"
#include "plenary/error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pl_buf_reserve(struct pl_buf *b, size_t extra)
{
	if (extra >= SIZE_MAX - b->len - 1)
		return PL_ENOMEM;
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return PL_OK;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	char *p = realloc(b->data, cap);
	if (!p)
		return PL_ENOMEM;
	b->data = p;
	b->cap = cap;
	return PL_OK;
}

int pl_buf_add(struct pl_buf *b, const void *data, size_t n)
{
	if (pl_buf_reserve(b, n))
		return PL_ENOMEM;
	if (n)
		memcpy(b->data + b->len, data, n);
	b->len += n;
	b->data[b->len] = '\0';
	return PL_OK;
}

int pl_buf_addc(struct pl_buf *b, char c)
{
	return pl_buf_add(b, &c, 1);
}

int pl_buf_adds(struct pl_buf *b, const char *s)
{
	return pl_buf_add(b, s, strlen(s));
}

int pl_buf_vaddf(struct pl_buf *b, const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0 || pl_buf_reserve(b, (size_t)n)) {
		va_end(again);
		return PL_ENOMEM;
	}
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
	va_end(again);
	b->len += (size_t)n;
	return PL_OK;
}

int pl_buf_addf(struct pl_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = pl_buf_vaddf(b, fmt, ap);
	va_end(ap);
	return rc;
}

int pl_buf_add_utf8(struct pl_buf *b, unsigned cp)
{
	unsigned char s[4];
	size_t n;
	if (cp < 0x80) {
		s[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		s[0] = (unsigned char)(0xC0 | (cp >> 6));
		s[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		s[0] = (unsigned char)(0xE0 | (cp >> 12));
		s[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		s[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		s[0] = (unsigned char)(0xF0 | (cp >> 18));
		s[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		s[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		s[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	return pl_buf_add(b, s, n);
}

void pl_buf_clear(struct pl_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void pl_buf_release(struct pl_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

char *pl_buf_detach(struct pl_buf *b, size_t *len)
{
	char *p = b->data;
	if (!p)
		p = calloc(1, 1);
	if (len)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

const char *pl_buf_str(const struct pl_buf *b)
{
	return b->data ? b->data : "";
}

int pl_buf_read_file(struct pl_buf *b, const char *path, size_t max, const char *what,
                     struct pl_err *err)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return pl_err_set(err, PL_EIO, "cannot open '%s': %s", path, strerror(errno));
	char chunk[65536];
	size_t n, start = b->len;
	int rc = PL_OK;
	while (!rc && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b->len - start + n > max)
			rc = pl_err_set(err, PL_EUSAGE, "cannot load '%s': over %zu MiB, too large for %s",
			                path, max >> 20, what);
		else if (pl_buf_add(b, chunk, n))
			rc = pl_err_set(err, PL_ENOMEM, "cannot load '%s': out of memory", path);
	}
	if (!rc && ferror(f))
		rc = pl_err_set(err, PL_EIO, "cannot read '%s': %s", path, strerror(errno));
	fclose(f);
	return rc;
}
