/*
 * buf.h - a growable byte buffer, always NUL-terminated.
 *
 * Used wherever the core builds text of unknown length (decoded documents,
 * escaped output, SQL fragments). Appends return PL_OK or PL_ENOMEM; after a
 * failed append the buffer keeps its previous content.
 */
#ifndef PLENARY_BUF_H
#define PLENARY_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "plenary/error.h"

struct pl_buf {
	char *data;   /* NUL-terminated when len > 0 or after any append */
	size_t len;
	size_t cap;
};

#define PL_BUF_INIT { NULL, 0, 0 }

int pl_buf_reserve(struct pl_buf *b, size_t extra);
int pl_buf_add(struct pl_buf *b, const void *data, size_t n);
int pl_buf_addc(struct pl_buf *b, char c);
int pl_buf_adds(struct pl_buf *b, const char *s);
int pl_buf_addf(struct pl_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int pl_buf_vaddf(struct pl_buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Appends the UTF-8 encoding of code point `cp` (which must be valid). */
int pl_buf_add_utf8(struct pl_buf *b, unsigned cp);
void pl_buf_clear(struct pl_buf *b);     /* len = 0, keeps memory */
void pl_buf_release(struct pl_buf *b);   /* frees memory */
/* Hands the data to the caller (who frees it) and resets the buffer. */
char *pl_buf_detach(struct pl_buf *b, size_t *len);
/* The content as a C string ("" for an empty buffer). */
const char *pl_buf_str(const struct pl_buf *b);
/* Appends the whole file at path (text files people write: lexicons,
 * dictionaries); over max bytes is PL_EUSAGE ("too large for WHAT"). */
int pl_buf_read_file(struct pl_buf *b, const char *path, size_t max, const char *what,
                     struct pl_err *err);

#endif
