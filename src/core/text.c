/* text.c - decoding file bytes into normalised UTF-8; escaping for display. */
#include "plenary/text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *name;
	enum pl_encoding enc;
} encodings[] = {
	/* The first name of each encoding is the one pl_encoding_name() gives. */
	{ "auto", PL_ENC_AUTO },
	{ "utf-8", PL_ENC_UTF8 },
	{ "utf8", PL_ENC_UTF8 },
	{ "utf-16le", PL_ENC_UTF16LE },
	{ "utf-16be", PL_ENC_UTF16BE },
	{ "cp1252", PL_ENC_CP1252 },
	{ "windows-1252", PL_ENC_CP1252 },
	{ "latin1", PL_ENC_LATIN1 },
	{ "iso-8859-1", PL_ENC_LATIN1 },
};

#define N_ENCODINGS (sizeof encodings / sizeof encodings[0])

int pl_encoding_parse(const char *name, enum pl_encoding *out, struct pl_err *err)
{
	for (size_t i = 0; i < N_ENCODINGS; i++) {
		if (strcasecmp(name, encodings[i].name) == 0) {
			*out = encodings[i].enc;
			return PL_OK;
		}
	}
	return pl_err_set(err, PL_EUSAGE, "unknown encoding '%s' (expected auto, utf-8, "
	                  "utf-16le, utf-16be, cp1252 or latin1)", name);
}

const char *pl_encoding_name(enum pl_encoding enc)
{
	for (size_t i = 0; i < N_ENCODINGS; i++)
		if (encodings[i].enc == enc)
			return encodings[i].name;
	return "unknown";
}

/* Windows-1252 bytes 0x80-0x9F; 0 marks the five undefined ones. Bytes
 * 0xA0-0xFF are Latin-1. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
	0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178
};

/* Magic numbers of the binary files people most often feed a text tool. */
static const struct {
	const char *magic;
	const char *hint;
} magics[] = {
	{ "%PDF", "it is a PDF: ingest it with --format pdf (or auto)" },
	{ "\x1f\x8b", "it is gzip-compressed: decompress it first" },
	{ "\x89PNG", "it is a PNG image" },
	{ "PK\x03\x04", "it is a zip archive: only DOCX and ODT ones are read (--format docx or odt)" },
	{ "\x7f" "ELF", "it is an ELF executable" },
	{ "\xff\xd8\xff", "it is a JPEG image" },
};

/*
 * Decodes one UTF-8 sequence at s[0..n), n >= 1: returns its length and sets
 * *cp, or returns 0 and sets *skip to the length of the maximal invalid
 * subpart (Unicode 3.9), so that each one becomes a single U+FFFD as in
 * ICU, ripgrep and WHATWG. The lo/hi bounds on the second byte reject
 * overlongs (E0 80.., F0 80..), surrogates (ED A0..) and > U+10FFFF (F4 90..).
 */
static inline size_t utf8_step(const unsigned char *s, size_t n, uint32_t *cp,
                               size_t *skip)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t len;
	uint32_t v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2 || c > 0xF4) {
		*skip = 1;
		return 0;
	}
	if (c < 0xE0) {
		len = 2;
		v = c & 0x1F;
	} else if (c < 0xF0) {
		len = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else {
		len = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	}
	for (size_t i = 1; i < len; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*skip = i;
			return 0;
		}
		v = v << 6 | (s[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = v;
	return len;
}

size_t pl_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	size_t skip;
	return n ? utf8_step((const unsigned char *)s, n, cp, &skip) : 0;
}

#define ONES  UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

int pl_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		uint64_t w;
		if (n - i >= 8) {
			memcpy(&w, p + i, 8);
			if (!(w & HIGHS)) {
				i += 8;
				continue;
			}
		}
		uint32_t cp;
		size_t skip, k = utf8_step(p + i, n - i, &cp, &skip);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

/* Nonzero if any byte of w is NUL, CR or non-ASCII: everything else is
 * copied as is. (v - ONES) & ~v & HIGHS is the "has a zero byte" test. */
static int special8(uint64_t w)
{
	uint64_t cr = w ^ (ONES * '\r');
	return ((((w - ONES) & ~w) | ((cr - ONES) & ~cr) | w) & HIGHS) != 0;
}

struct dec {
	const unsigned char *p;  /* the whole input */
	size_t n;
	const struct pl_decode_opts *opts;
	struct pl_decoded *d;
	struct pl_err *err;
	char *o;                 /* output cursor */
	int multi;               /* a valid multi-byte UTF-8 sequence was seen */
};

static char *put_utf8(char *o, uint32_t cp)
{
	if (cp < 0x80) {
		*o++ = (char)cp;
	} else if (cp < 0x800) {
		*o++ = (char)(0xC0 | cp >> 6);
		*o++ = (char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		*o++ = (char)(0xE0 | cp >> 12);
		*o++ = (char)(0x80 | (cp >> 6 & 0x3F));
		*o++ = (char)(0x80 | (cp & 0x3F));
	} else {
		*o++ = (char)(0xF0 | cp >> 18);
		*o++ = (char)(0x80 | (cp >> 12 & 0x3F));
		*o++ = (char)(0x80 | (cp >> 6 & 0x3F));
		*o++ = (char)(0x80 | (cp & 0x3F));
	}
	return o;
}

/* Replaces the invalid sequence at input byte `at` with U+FFFD. */
static char *put_invalid(struct dec *x, char *o, size_t at)
{
	if (x->d->n_invalid++ == 0)
		x->d->first_invalid = at;
	return put_utf8(o, 0xFFFD);
}

/* A NUL at input byte `at`: U+FFFD if allowed, else the file is binary. */
static int put_nul(struct dec *x, char **o, size_t at, int utf16)
{
	if (x->opts->allow_nul) {
		*o = put_utf8(*o, 0xFFFD);
		x->d->flags |= PL_DEC_NUL;
		return PL_OK;
	}
	for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++) {
		size_t len = strlen(magics[i].magic);
		if (x->n >= len && memcmp(x->p, magics[i].magic, len) == 0)
			return pl_err_set(x->err, PL_EBINARY, "appears to be binary "
			                  "(NUL at byte %zu); %s", at, magics[i].hint);
	}
	if (utf16)
		return pl_err_set(x->err, PL_EBINARY, "appears to be binary (NUL at byte %zu)", at);
	/* Latin-script UTF-16LE has its NULs at odd offsets, UTF-16BE at even. */
	return pl_err_set(x->err, PL_EBINARY, "appears to be binary (NUL at byte %zu); if "
	                  "it is UTF-16 without a byte-order mark, pass --encoding utf-16%s",
	                  at, at % 2 ? "le" : "be");
}

/* Decodes p[i..n) as UTF-8, Windows-1252 or Latin-1 into x->o. */
static int decode_bytes(struct dec *x, size_t i, enum pl_encoding enc)
{
	const unsigned char *p = x->p;
	size_t n = x->n;
	char *o = x->o;  /* a local: stores through char * could alias x->o */

	while (i < n) {
		if (n - i >= 8) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			if (!special8(w)) {
				memcpy(o, &w, 8);
				o += 8;
				i += 8;
				continue;
			}
		}
		unsigned char c = p[i];
		if (c >= 0x80 && enc == PL_ENC_UTF8) {
			uint32_t cp;
			size_t skip, k = utf8_step(p + i, n - i, &cp, &skip);
			if (k) {
				while (k--)  /* k <= 4: cheaper than a memcpy call */
					*o++ = (char)p[i++];
				x->multi = 1;
				continue;
			}
			if (x->opts->strict_utf8)
				return pl_err_set(x->err, PL_ESKIP, "invalid UTF-8 at byte %zu (use "
				                  "--encoding cp1252 if it is a Windows-1252 file)", i);
			o = put_invalid(x, o, i);
			i += skip;
		} else if (c >= 0x80) {
			uint32_t cp = enc == PL_ENC_CP1252 && c < 0xA0 ? cp1252_c1[c - 0x80] : c;
			o = cp ? put_utf8(o, cp) : put_invalid(x, o, i);
			i++;
		} else if (c == '\r') {
			*o++ = '\n';
			i++;
			if (i < n && p[i] == '\n') {
				i++;
				x->d->flags |= PL_DEC_CRLF;
			} else {
				x->d->flags |= PL_DEC_CR;
			}
		} else if (c == 0) {
			int rc = put_nul(x, &o, i, 0);
			if (rc)
				return rc;
			i++;
		} else {
			*o++ = (char)c;
			i++;
		}
	}
	x->o = o;
	return PL_OK;
}

static uint32_t unit16(const unsigned char *p, int be)
{
	return be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

/* Decodes p[i..n) as UTF-16 into x->o. UTF-16 files are rare: no fast path. */
static int decode_utf16(struct dec *x, size_t i, int be)
{
	const unsigned char *p = x->p;
	size_t n = x->n;
	char *o = x->o;

	while (n - i >= 2) {
		size_t at = i;
		uint32_t cp = unit16(p + i, be);
		i += 2;
		if (cp >= 0xD800 && cp <= 0xDFFF) {
			uint32_t lo = cp < 0xDC00 && n - i >= 2 ? unit16(p + i, be) : 0;
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				o = put_utf8(o, 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00));
				i += 2;
			} else {
				o = put_invalid(x, o, at);
			}
		} else if (cp == '\r') {
			*o++ = '\n';
			if (n - i >= 2 && unit16(p + i, be) == '\n') {
				i += 2;
				x->d->flags |= PL_DEC_CRLF;
			} else {
				x->d->flags |= PL_DEC_CR;
			}
		} else if (cp == 0) {
			int rc = put_nul(x, &o, at, 1);
			if (rc)
				return rc;
		} else {
			o = put_utf8(o, cp);
		}
	}
	if (i < n)  /* odd length: a truncated code unit */
		o = put_invalid(x, o, i);
	x->o = o;
	return PL_OK;
}

/* The encoding announced by a byte-order mark, and the mark's length. */
static enum pl_encoding sniff_bom(const unsigned char *p, size_t n, size_t *bom)
{
	*bom = 0;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		*bom = 3;
		return PL_ENC_UTF8;
	}
	if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
		*bom = 2;
		return PL_ENC_UTF16LE;
	}
	if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		*bom = 2;
		return PL_ENC_UTF16BE;
	}
	return PL_ENC_AUTO;
}

static int cp1252_defined(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] >= 0x80 && p[i] < 0xA0 && !cp1252_c1[p[i] - 0x80])
			return 0;
	return 1;
}

int pl_text_decode(const void *bytes, size_t len, const struct pl_decode_opts *opts,
                   struct pl_decoded *out, struct pl_err *err)
{
	static const struct pl_decode_opts defaults;
	struct dec x = { bytes, len, opts ? opts : &defaults, out, err, NULL, 0 };
	size_t bom;
	enum pl_encoding enc = x.opts->encoding, found = sniff_bom(x.p, len, &bom);

	memset(out, 0, sizeof *out);
	if (enc == PL_ENC_AUTO)
		enc = found != PL_ENC_AUTO ? found : PL_ENC_UTF8;
	else if (enc != found)
		bom = 0;  /* a forced encoding strips only its own mark */
	int utf16 = enc == PL_ENC_UTF16LE || enc == PL_ENC_UTF16BE;

	/* Sized once for the worst case: every byte an invalid sequence or a
	 * Windows-1252 punctuation mark (3 output bytes each), or every UTF-16
	 * unit a BMP character (2 -> 3). Pages never written cost no memory,
	 * and the buffer is shrunk to fit at the end. */
	if (len > (SIZE_MAX - 4) / 3)
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	size_t cap = utf16 ? len / 2 * 3 + 3 : len * 3;
	char *buf = malloc(cap + 1);
	if (!buf)
		return pl_err_set(err, PL_ENOMEM, "out of memory");

	x.o = buf;
	int rc = utf16 ? decode_utf16(&x, bom, enc == PL_ENC_UTF16BE)
	               : decode_bytes(&x, bom, enc);
	/* Invalid UTF-8 without a single valid multi-byte sequence is most
	 * likely legacy Windows text: decode again as such. */
	if (rc == PL_OK && x.opts->encoding == PL_ENC_AUTO && !bom && out->n_invalid &&
	    !x.multi && cp1252_defined(x.p, len)) {
		memset(out, 0, sizeof *out);
		enc = PL_ENC_CP1252;
		x.o = buf;
		rc = decode_bytes(&x, 0, enc);
		out->flags |= PL_DEC_CP1252;
	}
	if (rc) {
		free(buf);
		memset(out, 0, sizeof *out);
		return rc;
	}

	*x.o = '\0';
	out->len = (size_t)(x.o - buf);
	char *fit = realloc(buf, out->len + 1);
	out->text = fit ? fit : buf;
	out->encoding = enc;
	if (bom)
		out->flags |= PL_DEC_BOM;
	if (utf16)
		out->flags |= PL_DEC_UTF16;
	if (out->n_invalid)
		out->flags |= PL_DEC_INVALID;
	return PL_OK;
}

void pl_decoded_release(struct pl_decoded *d)
{
	free(d->text);
	memset(d, 0, sizeof *d);
}

/* Length of the character at p[0..n) if it is safe to show as is, else 0. */
static size_t plain_len(const unsigned char *p, size_t n, unsigned flags)
{
	uint32_t cp;
	size_t skip, k;

	if (p[0] >= 0x20 && p[0] < 0x7F)
		return 1;
	if (p[0] == '\n')
		return flags & PL_ESC_NEWLINE ? 0 : 1;
	if (p[0] == '\t')
		return flags & PL_ESC_TAB ? 0 : 1;
	if (p[0] < 0x80)
		return 0;
	k = utf8_step(p, n, &cp, &skip);
	/* U+FFFE and U+FFFF are no characters at all: XML forbids them. */
	if (!k || cp <= 0x9F || (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFFFE || cp == 0xFFFF)
		return 0;
	return k;
}

/* Appends the escape of the character at p[0..n) and sets *used to the
 * bytes it covers. Invalid bytes are escaped one at a time. */
static int add_escape(struct pl_buf *out, const unsigned char *p, size_t n, size_t *used)
{
	uint32_t cp;
	size_t skip, k;

	*used = 1;
	if (p[0] == '\n')
		return pl_buf_adds(out, "\\n");
	if (p[0] == '\t')
		return pl_buf_adds(out, "\\t");
	k = p[0] < 0x80 ? 0 : utf8_step(p, n, &cp, &skip);
	if (!k)
		return pl_buf_addf(out, "\\x%02x", p[0]);
	*used = k;
	return pl_buf_addf(out, "\\u%04x", (unsigned)cp);
}

int pl_text_escape(struct pl_buf *out, const char *s, size_t n, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len0 = out->len, start = 0, i = 0;
	int rc = pl_buf_reserve(out, n);

	while (rc == PL_OK && i < n) {
		size_t k = plain_len(p + i, n - i, flags);
		if (k) {
			i += k;
			continue;
		}
		rc = pl_buf_add(out, p + start, i - start);
		if (rc == PL_OK)
			rc = add_escape(out, p + i, n - i, &k);
		i += k;
		start = i;
	}
	if (rc == PL_OK)
		rc = pl_buf_add(out, n ? s + start : "", n - start);
	if (rc != PL_OK && out->data) {
		out->len = len0;  /* leave the buffer as it was */
		out->data[len0] = '\0';
	}
	return rc;
}

int pl_text_json(struct pl_buf *b, const char *s, const char *marks)
{
	size_t len0 = b->len, n = strlen(s);
	int rc = pl_buf_addc(b, '"');
	for (size_t i = 0; !rc && i < n;) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t k = pl_utf8_decode(s + i, n - i, &cp);
		if (marks && (c == 0x02 || c == 0x03))
			rc = pl_buf_adds(b, marks);
		else if (c == '"' || c == '\\')
			rc = pl_buf_addf(b, "\\%c", c);
		else if (c == '\n')
			rc = pl_buf_adds(b, "\\n");
		else if (c == '\t')
			rc = pl_buf_adds(b, "\\t");
		else if (c < 0x20 || c == 0x7f)
			rc = pl_buf_addf(b, "\\u%04x", c);
		else if (k == 0)
			rc = pl_buf_adds(b, "\\ufffd");   /* never emit invalid UTF-8 */
		else if (cp == 0x2028 || cp == 0x2029)
			rc = pl_buf_addf(b, "\\u%04x", (unsigned)cp);
		else
			rc = pl_buf_add(b, s + i, k);
		i += k ? k : 1;
	}
	if (!rc)
		rc = pl_buf_addc(b, '"');
	if (rc && b->data) {
		b->len = len0;
		b->data[len0] = '\0';
	}
	return rc;
}
