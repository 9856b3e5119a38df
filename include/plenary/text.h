/*
 * text.h - decoding raw file bytes into normalised UTF-8, and escaping text
 * for display.
 *
 * Contract: pl_text_decode() turns the bytes of a file into text plenary can
 * store: valid UTF-8, no BOM, no NUL, LF line endings. It recognises UTF-8
 * (with or without BOM), UTF-16LE/BE with BOM, and legacy Windows-1252 text
 * (chosen only when the input is invalid UTF-8, holds no valid multi-byte
 * UTF-8 sequence, and every byte is defined in CP1252). Otherwise invalid
 * UTF-8 sequences become U+FFFD and are counted. A NUL byte (outside UTF-16
 * with a BOM) makes the file binary: PL_EBINARY with a message naming the
 * byte offset and, when the magic bytes say so, what kind of file it is.
 * Terminal control characters are kept: they are data. pl_text_escape() is
 * what makes them safe to print.
 */
#ifndef PLENARY_TEXT_H
#define PLENARY_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "plenary/buf.h"
#include "plenary/error.h"

enum pl_encoding {
	PL_ENC_AUTO = 0,
	PL_ENC_UTF8,
	PL_ENC_UTF16LE,
	PL_ENC_UTF16BE,
	PL_ENC_CP1252,
	PL_ENC_LATIN1
};

/* What pl_text_decode() found and did (bits of pl_decoded.flags). */
enum {
	PL_DEC_BOM     = 1u << 0,  /* a byte-order mark was stripped */
	PL_DEC_UTF16   = 1u << 1,  /* transcoded from UTF-16 */
	PL_DEC_CP1252  = 1u << 2,  /* decoded as Windows-1252 (warn the user) */
	PL_DEC_INVALID = 1u << 3,  /* invalid sequences replaced by U+FFFD */
	PL_DEC_CRLF    = 1u << 4,  /* CRLF line ends normalised to LF */
	PL_DEC_CR      = 1u << 5,  /* lone CR line ends normalised to LF */
	PL_DEC_NUL     = 1u << 6   /* NULs replaced by U+FFFD (allow_nul only) */
};

struct pl_decode_opts {
	enum pl_encoding encoding;  /* PL_ENC_AUTO: detect as described above */
	int strict_utf8;            /* invalid UTF-8 is an error (PL_ESKIP) */
	int allow_nul;              /* NUL becomes U+FFFD instead of PL_EBINARY */
};

struct pl_decoded {
	char *text;               /* malloc'd, NUL-terminated, valid UTF-8 */
	size_t len;
	unsigned flags;           /* PL_DEC_* */
	enum pl_encoding encoding;  /* what the input was taken to be */
	size_t n_invalid;         /* replaced sequences (PL_DEC_INVALID) */
	size_t first_invalid;     /* byte offset in the input of the first one */
};

/* Parses "utf-8", "utf8", "utf-16le", "utf-16be", "cp1252", "windows-1252",
 * "latin1", "iso-8859-1", "auto" (any case). Returns PL_OK or PL_EUSAGE. */
int pl_encoding_parse(const char *name, enum pl_encoding *out, struct pl_err *err);
const char *pl_encoding_name(enum pl_encoding enc);

/* Decodes `len` bytes. On success `out` owns a new text; release it with
 * pl_decoded_release(). On failure `out->text` is NULL. Errors: PL_EBINARY,
 * PL_ESKIP (strict_utf8), PL_ENOMEM. */
int pl_text_decode(const void *bytes, size_t len, const struct pl_decode_opts *opts,
                   struct pl_decoded *out, struct pl_err *err);
void pl_decoded_release(struct pl_decoded *d);

/* Decodes one UTF-8 code point at s[0..n): returns its length (1-4) and
 * stores it in *cp, or returns 0 if the bytes there are not valid UTF-8
 * (overlong, surrogate, > U+10FFFF, truncated). */
size_t pl_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Nonzero if s[0..n) is entirely valid UTF-8. */
int pl_utf8_valid(const char *s, size_t n);

/* Escaping for display (bits of pl_text_escape's flags). */
enum {
	PL_ESC_NEWLINE = 1u << 0,  /* also escape \n as "\n" (else kept) */
	PL_ESC_TAB     = 1u << 1   /* also escape \t as "\t" (else kept) */
};

/* Appends s[0..n) to `out`, with every character that could act on a
 * terminal made visible: C0 controls and DEL as "\x1b"-style escapes, C1
 * controls (U+0080-U+009F) and the bidi embedding/override/isolate controls
 * (U+202A-U+202E, U+2066-U+2069) and the noncharacters U+FFFE and U+FFFF
 * as "\u202e", invalid UTF-8 bytes as "\xff".
 * A backslash is NOT doubled: the result is for human eyes, not parsing. */
int pl_text_escape(struct pl_buf *out, const char *s, size_t n, unsigned flags);

/* Appends s as a JSON string, quotes included: " \ and controls escaped,
 * invalid UTF-8 as \ufffd, U+2028/U+2029 escaped. If `marks` is not NULL,
 * the search highlight bytes \x02 and \x03 become it. */
int pl_text_json(struct pl_buf *out, const char *s, const char *marks);

/* SHA-256 of the bytes, as 64 lowercase hex digits plus NUL in hex[65]. */
void pl_sha256_hex(const void *bytes, size_t len, char hex[65]);

#endif
