/* test_text.c - decoding, escaping and SHA-256. */
#include "harness.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plenary/text.h"

#define LIT(s) s, sizeof(s) - 1
#define R "\xef\xbf\xbd"  /* U+FFFD */

static const struct pl_decode_opts o_auto = { PL_ENC_AUTO, 0, 0 };
static const struct pl_decode_opts o_utf8 = { PL_ENC_UTF8, 0, 0 };
static const struct pl_decode_opts o_strict = { PL_ENC_AUTO, 1, 0 };
static const struct pl_decode_opts o_nul = { PL_ENC_AUTO, 0, 1 };

/* The output contract: NUL-terminated valid UTF-8 with no NUL or CR. */
static int well_formed(const struct pl_decoded *d)
{
	return d->text && d->text[d->len] == '\0' && pl_utf8_valid(d->text, d->len) &&
	       !memchr(d->text, '\0', d->len) && !memchr(d->text, '\r', d->len);
}

/* A deterministic pseudo-random generator (LCG), so failures reproduce. */
static uint32_t rnd_state = 12345;
static uint32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return rnd_state >> 8;
}

/* Reads the whole output of a shell command; returns its length or -1. */
static long run_cmd(const char *cmd, char *buf, size_t cap)
{
	FILE *f = popen(cmd, "r");
	if (!f)
		return -1;
	size_t n = fread(buf, 1, cap, f);
	return pclose(f) == 0 ? (long)n : -1;
}

static int write_file(const char *path, const void *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	size_t w = fwrite(data, 1, n, f);
	return fclose(f) == 0 && w == n ? 0 : -1;
}

/* ---- encoding names ---- */

TEST(encoding_parse_names)
{
	static const struct { const char *name; enum pl_encoding enc; } cases[] = {
		{ "auto", PL_ENC_AUTO }, { "UTF-8", PL_ENC_UTF8 }, { "utf8", PL_ENC_UTF8 },
		{ "utf-16le", PL_ENC_UTF16LE }, { "UTF-16BE", PL_ENC_UTF16BE },
		{ "cp1252", PL_ENC_CP1252 }, { "Windows-1252", PL_ENC_CP1252 },
		{ "latin1", PL_ENC_LATIN1 }, { "ISO-8859-1", PL_ENC_LATIN1 },
	};
	struct pl_err e;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		enum pl_encoding enc = PL_ENC_AUTO;
		pl_err_clear(&e);
		CHECK_INT(pl_encoding_parse(cases[i].name, &enc, &e), PL_OK);
		CHECK_INT(enc, cases[i].enc);
		enum pl_encoding again;
		CHECK_INT(pl_encoding_parse(pl_encoding_name(enc), &again, &e), PL_OK);
		CHECK_INT(again, enc);
	}
	CHECK_STR(pl_encoding_name(PL_ENC_UTF16LE), "utf-16le");
	CHECK_STR(pl_encoding_name(PL_ENC_CP1252), "cp1252");
}

TEST(encoding_parse_unknown)
{
	struct pl_err e;
	enum pl_encoding enc;
	pl_err_clear(&e);
	CHECK_INT(pl_encoding_parse("ebcdic", &enc, &e), PL_EUSAGE);
	CHECK_INT(e.code, PL_EUSAGE);
	CHECK(strstr(e.msg, "unknown encoding 'ebcdic'") != NULL);
}

/* ---- UTF-8 primitives ---- */

TEST(utf8_decode_basic)
{
	uint32_t cp = 0;
	CHECK_INT(pl_utf8_decode("A", 1, &cp), 1);
	CHECK_INT(cp, 'A');
	CHECK_INT(pl_utf8_decode("\xc3\xa9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(pl_utf8_decode("\xe2\x82\xac", 3, &cp), 3);
	CHECK_INT(cp, 0x20AC);
	CHECK_INT(pl_utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	CHECK_INT(cp, 0x1F600);
	CHECK_INT(pl_utf8_decode("\xf4\x8f\xbf\xbf", 4, &cp), 4);
	CHECK_INT(cp, 0x10FFFF);
	CHECK_INT(pl_utf8_decode("", 0, &cp), 0);
	CHECK_INT(pl_utf8_decode("\xe2\x82\xac", 2, &cp), 0);  /* truncated */
	CHECK_INT(pl_utf8_decode("\xc0\xaf", 2, &cp), 0);
	CHECK_INT(pl_utf8_decode("\xed\xa0\x80", 3, &cp), 0);
	CHECK_INT(pl_utf8_decode("\xf4\x90\x80\x80", 4, &cp), 0);
	CHECK_INT(pl_utf8_decode("\xf5\x80\x80\x80", 4, &cp), 0);
}

/* Reference decoder straight from the definition: the textbook bit layout,
 * then reject non-shortest forms, surrogates and values past U+10FFFF. */
static size_t ref_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t len = s[0] < 0x80 ? 1 : s[0] < 0xC0 ? 0 : s[0] < 0xE0 ? 2 :
	             s[0] < 0xF0 ? 3 : s[0] < 0xF8 ? 4 : 0;
	if (!len || len > n)
		return 0;
	uint32_t v = len == 1 ? s[0] : s[0] & (0x7Fu >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (s[i] & 0x3F);
	}
	if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

TEST(utf8_decode_matches_reference_exhaustively)
{
	unsigned char s[4];
	uint32_t a = 0, b = 0;
	/* Every 1-, 2- and 3-byte string, and 4-byte ones around the edges. */
	for (unsigned x = 0; x < 1u << 24; x++) {
		s[0] = (unsigned char)(x >> 16);
		s[1] = (unsigned char)(x >> 8);
		s[2] = (unsigned char)x;
		for (size_t n = 1; n <= 3; n++) {
			if (n < 3 && (x & ((1u << (8 * (3 - n))) - 1)))
				continue;  /* shorter strings once each */
			size_t ka = pl_utf8_decode((const char *)s, n, &a);
			size_t kb = ref_decode(s, n, &b);
			if (ka != kb || (ka && a != b)) {
				harness_fail(__FILE__, __LINE__, "%02x %02x %02x (n=%zu): %zu vs %zu",
				             s[0], s[1], s[2], n, ka, kb);
				return;
			}
		}
	}
	static const unsigned char edge[] = { 0x00, 0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xFF };
	for (unsigned l = 0xF0; l <= 0xFF; l++)
		for (unsigned m = 0; m < 256; m++)
			for (size_t i = 0; i < sizeof edge; i++)
				for (size_t j = 0; j < sizeof edge; j++) {
					s[0] = (unsigned char)l;
					s[1] = (unsigned char)m;
					s[2] = edge[i];
					s[3] = edge[j];
					size_t ka = pl_utf8_decode((const char *)s, 4, &a);
					size_t kb = ref_decode(s, 4, &b);
					CHECK_INT(ka, kb);
					CHECK(!ka || a == b);
				}
}

TEST(utf8_valid)
{
	CHECK(pl_utf8_valid("", 0));
	CHECK(pl_utf8_valid(LIT("plain ascii text, longer than eight bytes")));
	CHECK(pl_utf8_valid(LIT("caf\xc3\xa9 \xe6\xbc\xa2\xe5\xad\x97 \xf0\x9f\x98\x80")));
	CHECK(!pl_utf8_valid(LIT("0123456789abcdef\xff")));
	CHECK(!pl_utf8_valid(LIT("abcdefgh\xe2\x82")));
	CHECK(!pl_utf8_valid(LIT("\xed\xa0\x80")));
	CHECK(pl_utf8_valid("a\0b", 3));  /* NUL is valid UTF-8 */
}

/* ---- decoding: invalid UTF-8 ---- */

static const struct {
	const char *in;
	size_t len;
	const char *out;
	size_t n_invalid, first;
} invalid_cases[] = {
	{ LIT("a\xff" "b"), "a" R "b", 1, 1 },                    /* stray 0xFF */
	{ LIT("ab\xe2\x82"), "ab" R, 1, 2 },                      /* truncated at EOF */
	{ LIT("\xf0\x9f\x98"), R, 1, 0 },                         /* truncated 4-byte */
	{ LIT("\xe2\x82x"), R "x", 1, 0 },                        /* truncated inside */
	{ LIT("\xc0\xaf"), R R, 2, 0 },                           /* overlong '/' */
	{ LIT("\xc1\xbf"), R R, 2, 0 },
	{ LIT("x\xe0\x80\x80"), "x" R R R, 3, 1 },                /* overlong NUL */
	{ LIT("\xf0\x80\x80\x80"), R R R R, 4, 0 },
	{ LIT("\xed\xa0\x80"), R R R, 3, 0 },                     /* surrogate D800 */
	{ LIT("\xed\xbf\xbf"), R R R, 3, 0 },                     /* surrogate DFFF */
	{ LIT("\xf4\x90\x80\x80"), R R R R, 4, 0 },               /* U+110000 */
	{ LIT("\xf5"), R, 1, 0 },
	{ LIT("\xf8\x88\x80\x80\x80"), R R R R R, 5, 0 },         /* old 5-byte form */
	{ LIT("\x80\xbf"), R R, 2, 0 },                           /* lone continuations */
	{ LIT("abcdefgh\xfe\xff" "ijklmnop"), "abcdefgh" R R "ijklmnop", 2, 8 },
};

TEST(decode_invalid_utf8_forced)
{
	struct pl_err e;
	for (size_t i = 0; i < sizeof invalid_cases / sizeof invalid_cases[0]; i++) {
		struct pl_decoded d;
		int rc = pl_text_decode(invalid_cases[i].in, invalid_cases[i].len, &o_utf8, &d, &e);
		if (rc != PL_OK || strcmp(d.text, invalid_cases[i].out) != 0 ||
		    d.n_invalid != invalid_cases[i].n_invalid ||
		    d.first_invalid != invalid_cases[i].first || !well_formed(&d) ||
		    d.flags != PL_DEC_INVALID || d.encoding != PL_ENC_UTF8) {
			harness_fail(__FILE__, __LINE__, "case %zu: rc %d, %zu invalid at %zu",
			             i, rc, d.n_invalid, d.first_invalid);
			pl_decoded_release(&d);
			return;
		}
		pl_decoded_release(&d);
	}
}

/* In AUTO mode, a valid multi-byte character first rules out Windows-1252. */
TEST(decode_invalid_utf8_auto)
{
	struct pl_err e;
	for (size_t i = 0; i < sizeof invalid_cases / sizeof invalid_cases[0]; i++) {
		char in[64], want[64];
		struct pl_decoded d;
		memcpy(in, "\xc3\xa9", 2);
		memcpy(in + 2, invalid_cases[i].in, invalid_cases[i].len);
		snprintf(want, sizeof want, "\xc3\xa9%s", invalid_cases[i].out);
		int rc = pl_text_decode(in, invalid_cases[i].len + 2, &o_auto, &d, &e);
		if (rc != PL_OK || strcmp(d.text, want) != 0 ||
		    d.n_invalid != invalid_cases[i].n_invalid ||
		    d.first_invalid != invalid_cases[i].first + 2 || !well_formed(&d) ||
		    d.flags != PL_DEC_INVALID || d.encoding != PL_ENC_UTF8) {
			harness_fail(__FILE__, __LINE__, "case %zu: rc %d", i, rc);
			pl_decoded_release(&d);
			return;
		}
		pl_decoded_release(&d);
	}
}

TEST(decode_valid_boundaries_unchanged)
{
	static const char in[] = "\xc2\x80|\xdf\xbf|\xe0\xa0\x80|\xed\x9f\xbf|\xee\x80\x80|"
	                         "\xef\xbf\xbf|\xf0\x90\x80\x80|\xf4\x8f\xbf\xbf";
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT(in), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, in);
	CHECK_INT(d.len, sizeof in - 1);
	CHECK_INT(d.flags, 0);
	CHECK_INT(d.n_invalid, 0);
	CHECK_INT(d.encoding, PL_ENC_UTF8);
	pl_decoded_release(&d);
	CHECK(d.text == NULL);
}

TEST(decode_mixed_valid_and_stray_byte_is_not_cp1252)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("caf\xc3\xa9 na\xefve"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "caf\xc3\xa9 na" R "ve");
	CHECK_INT(d.encoding, PL_ENC_UTF8);
	CHECK_INT(d.flags, PL_DEC_INVALID);
	CHECK_INT(d.n_invalid, 1);
	CHECK_INT(d.first_invalid, 8);
	CHECK(well_formed(&d));
	pl_decoded_release(&d);
}

TEST(decode_undefined_cp1252_byte_is_not_cp1252)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("caf\xe9 \x81"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "caf" R " " R);
	CHECK_INT(d.encoding, PL_ENC_UTF8);
	CHECK_INT(d.n_invalid, 2);
	CHECK_INT(d.first_invalid, 3);
	pl_decoded_release(&d);
}

TEST(decode_strict_utf8)
{
	struct pl_decoded d;
	struct pl_err e;
	pl_err_clear(&e);
	CHECK_INT(pl_text_decode(LIT("ok\nthen caf\xe9"), &o_strict, &d, &e), PL_ESKIP);
	CHECK(d.text == NULL);
	CHECK_INT(e.code, PL_ESKIP);
	CHECK_STR(e.msg, "invalid UTF-8 at byte 11 (use --encoding cp1252 if it is a "
	                 "Windows-1252 file)");
	CHECK_INT(pl_text_decode(LIT("\xc3\xa9t\xc3\xa9\r\n"), &o_strict, &d, &e), PL_OK);
	CHECK_STR(d.text, "\xc3\xa9t\xc3\xa9\n");
	pl_decoded_release(&d);
}

/* ---- decoding: Windows-1252 and forced 8-bit encodings ---- */

TEST(decode_cp1252_fallback)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("caf\xe9 \x93quoted\x94"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d");
	CHECK_INT(d.encoding, PL_ENC_CP1252);
	CHECK_INT(d.flags, PL_DEC_CP1252);
	CHECK_INT(d.n_invalid, 0);
	CHECK(well_formed(&d));
	pl_decoded_release(&d);

	CHECK_INT(pl_text_decode(LIT("\x80 5\r\n\xff\r\n"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "\xe2\x82\xac 5\n\xc3\xbf\n");
	CHECK_INT(d.flags, PL_DEC_CP1252 | PL_DEC_CRLF);
	pl_decoded_release(&d);
}

TEST(decode_cp1252_table_matches_iconv)
{
	unsigned char all[128];
	char path[300], cmd[400], want[1024];
	for (int i = 0; i < 128; i++)
		all[i] = (unsigned char)(0x80 + i);
	snprintf(path, sizeof path, "%s/cp1252.bin", harness_tmpdir());
	CHECK(write_file(path, all, sizeof all) == 0);
	/* Leave out the five undefined bytes, which iconv rejects. */
	snprintf(cmd, sizeof cmd, "tr -d '\\201\\215\\217\\220\\235' < '%s' | iconv -f CP1252 -t UTF-8", path);
	long n = run_cmd(cmd, want, sizeof want - 1);
	CHECK(n > 0);
	want[n] = '\0';

	struct pl_decode_opts o = { PL_ENC_CP1252, 0, 0 };
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(all, sizeof all, &o, &d, &e), PL_OK);
	CHECK_INT(d.n_invalid, 5);
	CHECK_INT(d.first_invalid, 1);  /* 0x81 */
	/* Drop our five U+FFFD to compare with iconv's output. */
	char got[1024];
	size_t m = 0;
	for (size_t i = 0; i < d.len; i++) {
		if (i + 3 <= d.len && memcmp(d.text + i, R, 3) == 0) {
			i += 2;
			continue;
		}
		got[m++] = d.text[i];
	}
	got[m] = '\0';
	CHECK_STR(got, want);
	CHECK(well_formed(&d));
	pl_decoded_release(&d);
}

TEST(decode_forced_latin1_and_utf8)
{
	struct pl_decode_opts latin1 = { PL_ENC_LATIN1, 0, 0 };
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("\x93" "caf\xe9\xef\xbb\xbf"), &latin1, &d, &e), PL_OK);
	CHECK_STR(d.text, "\xc2\x93" "caf\xc3\xa9\xc3\xaf\xc2\xbb\xc2\xbf");
	CHECK_INT(d.encoding, PL_ENC_LATIN1);
	CHECK_INT(d.flags, 0);
	pl_decoded_release(&d);

	/* A BOM is not stripped under an 8-bit encoding: it is three letters. */
	CHECK_INT(pl_text_decode(LIT("\xef\xbb\xbfx"), &latin1, &d, &e), PL_OK);
	CHECK_STR(d.text, "\xc3\xaf\xc2\xbb\xc2\xbfx");
	pl_decoded_release(&d);

	/* Forced UTF-8 never falls back to Windows-1252. */
	CHECK_INT(pl_text_decode(LIT("caf\xe9"), &o_utf8, &d, &e), PL_OK);
	CHECK_STR(d.text, "caf" R);
	CHECK_INT(d.encoding, PL_ENC_UTF8);
	CHECK_INT(d.flags, PL_DEC_INVALID);
	pl_decoded_release(&d);
}

/* ---- decoding: BOMs and UTF-16 ---- */

TEST(decode_utf8_bom_stripped)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("\xef\xbb\xbfhello"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "hello");  /* offsets in the text start after the BOM */
	CHECK_INT(d.len, 5);
	CHECK_INT(d.flags, PL_DEC_BOM);
	CHECK_INT(d.encoding, PL_ENC_UTF8);
	pl_decoded_release(&d);

	CHECK_INT(pl_text_decode(LIT("\xef\xbb\xbf"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "");
	CHECK_INT(d.flags, PL_DEC_BOM);
	pl_decoded_release(&d);

	/* The BOM declares UTF-8: no Windows-1252 guess. first_invalid counts
	 * input bytes, so it points into the file as a hex dump shows it. */
	CHECK_INT(pl_text_decode(LIT("\xef\xbb\xbf" "caf\xe9"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "caf" R);
	CHECK_INT(d.flags, PL_DEC_BOM | PL_DEC_INVALID);
	CHECK_INT(d.first_invalid, 6);
	pl_decoded_release(&d);

	CHECK_INT(pl_text_decode(LIT("\xef\xbb\xbfx"), &o_utf8, &d, &e), PL_OK);
	CHECK_STR(d.text, "x");
	CHECK_INT(d.flags, PL_DEC_BOM);
	pl_decoded_release(&d);
}

TEST(decode_utf16le_bom)
{
	/* "hi\r\n", U+00E9, U+1F600 as a surrogate pair, then an unpaired high
	 * surrogate before 'a' and an unpaired low one before 'b'. */
	static const char in[] = "\xff\xfe" "h\0i\0\r\0\n\0\xe9\0" "\x3d\xd8\x00\xde"
	                         "\x00\xd8" "a\0" "\x00\xdc" "b\0";
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(in, sizeof in - 1, &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "hi\n\xc3\xa9\xf0\x9f\x98\x80" R "a" R "b");
	CHECK_INT(d.encoding, PL_ENC_UTF16LE);
	CHECK_INT(d.flags, PL_DEC_BOM | PL_DEC_UTF16 | PL_DEC_CRLF | PL_DEC_INVALID);
	CHECK_INT(d.n_invalid, 2);
	CHECK_INT(d.first_invalid, 16);
	CHECK(well_formed(&d));
	pl_decoded_release(&d);
}

TEST(decode_utf16be_bom)
{
	static const char in[] = "\xfe\xff" "\0h\0i\0\r\0x" "\xd8\x3d\xde\x00" "\xdb\xff";
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(in, sizeof in - 1, &o_auto, &d, &e), PL_OK);
	/* A high surrogate at the very end is unpaired. */
	CHECK_STR(d.text, "hi\nx\xf0\x9f\x98\x80" R);
	CHECK_INT(d.encoding, PL_ENC_UTF16BE);
	CHECK_INT(d.flags, PL_DEC_BOM | PL_DEC_UTF16 | PL_DEC_CR | PL_DEC_INVALID);
	CHECK_INT(d.first_invalid, 14);
	pl_decoded_release(&d);
}

TEST(decode_utf16_odd_length_and_forced)
{
	struct pl_decode_opts le = { PL_ENC_UTF16LE, 0, 0 }, be = { PL_ENC_UTF16BE, 0, 0 };
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("\xff\xfe" "a\0b"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "a" R);
	CHECK_INT(d.first_invalid, 4);
	pl_decoded_release(&d);

	/* Forced, without a BOM; a matching BOM is stripped, another is not. */
	CHECK_INT(pl_text_decode(LIT("h\0i\0"), &le, &d, &e), PL_OK);
	CHECK_STR(d.text, "hi");
	CHECK_INT(d.flags, PL_DEC_UTF16);
	pl_decoded_release(&d);
	CHECK_INT(pl_text_decode(LIT("\xfe\xff\0h"), &be, &d, &e), PL_OK);
	CHECK_STR(d.text, "h");
	CHECK_INT(d.flags, PL_DEC_UTF16 | PL_DEC_BOM);
	pl_decoded_release(&d);
	CHECK_INT(pl_text_decode(LIT("\xfe\xff\0h"), &le, &d, &e), PL_OK);
	CHECK_STR(d.text, "\xef\xbf\xbe\xe6\xa0\x80");  /* U+FFFE U+6800 */
	pl_decoded_release(&d);

	/* U+0000 inside UTF-16 is a NUL too. */
	CHECK_INT(pl_text_decode(LIT("\xff\xfe" "a\0\0\0"), &o_auto, &d, &e), PL_EBINARY);
	CHECK_STR(e.msg, "appears to be binary (NUL at byte 4)");
	CHECK_INT(pl_text_decode(LIT("\xff\xfe" "a\0\0\0"), &o_nul, &d, &e), PL_OK);
	CHECK_STR(d.text, "a" R);
	CHECK_INT(d.flags & PL_DEC_NUL, PL_DEC_NUL);
	pl_decoded_release(&d);
}

static const char utf16_sample[] =
	"Gr\xc3\xbc\xc3\x9f" "e, \xe6\xbc\xa2\xe5\xad\x97, \xf0\x9f\x98\x80\xf0\x9f\x87\xab\xf0\x9f\x87\xb7,"
	" e\xcc\x81, \xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9, \xf4\x8f\xbf\xbf\n";

/* glibc iconv is an independent UTF-16 encoder to check against. */
static int check_utf16_roundtrip(const char *iconv_name, const char *bom)
{
	char path[300], cmd[400], bytes[1024];
	snprintf(path, sizeof path, "%s/sample.txt", harness_tmpdir());
	if (write_file(path, utf16_sample, sizeof utf16_sample - 1))
		return 0;
	snprintf(cmd, sizeof cmd, "iconv -f UTF-8 -t %s '%s'", iconv_name, path);
	memcpy(bytes, bom, 2);
	long n = run_cmd(cmd, bytes + 2, sizeof bytes - 2);
	if (n <= 0)
		return 0;
	struct pl_decoded d;
	struct pl_err e;
	if (pl_text_decode(bytes, (size_t)n + 2, &o_auto, &d, &e) != PL_OK)
		return 0;
	int ok = strcmp(d.text, utf16_sample) == 0 && d.n_invalid == 0;
	pl_decoded_release(&d);
	return ok;
}

TEST(decode_utf16_matches_iconv)
{
	CHECK(check_utf16_roundtrip("UTF-16LE", "\xff\xfe"));
	CHECK(check_utf16_roundtrip("UTF-16BE", "\xfe\xff"));
}

/* ---- decoding: NUL and binary files ---- */

TEST(decode_utf16_without_bom_is_binary)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("h\0i\0"), &o_auto, &d, &e), PL_EBINARY);
	CHECK(d.text == NULL);
	CHECK_INT(e.code, PL_EBINARY);
	CHECK_STR(e.msg, "appears to be binary (NUL at byte 1); if it is UTF-16 without a "
	                 "byte-order mark, pass --encoding utf-16le");
	CHECK_INT(pl_text_decode(LIT("\0h\0i"), &o_auto, &d, &e), PL_EBINARY);
	CHECK(strstr(e.msg, "NUL at byte 0") != NULL);
	CHECK(strstr(e.msg, "--encoding utf-16be") != NULL);
}

TEST(decode_nul_is_binary)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("abc\0def"), &o_auto, &d, &e), PL_EBINARY);
	CHECK(d.text == NULL);
	CHECK(strstr(e.msg, "appears to be binary (NUL at byte 3)") == e.msg);

	/* Deep inside a long ASCII text, found by the 8-byte fast path. */
	char big[5000];
	memset(big, 'x', sizeof big);
	big[4321] = '\0';
	CHECK_INT(pl_text_decode(big, sizeof big, &o_auto, &d, &e), PL_EBINARY);
	CHECK(strstr(e.msg, "(NUL at byte 4321)") != NULL);

	/* Forced 8-bit encodings too. */
	struct pl_decode_opts latin1 = { PL_ENC_LATIN1, 0, 0 };
	CHECK_INT(pl_text_decode(LIT("a\0"), &latin1, &d, &e), PL_EBINARY);
}

TEST(decode_allow_nul)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("abc\0def\0"), &o_nul, &d, &e), PL_OK);
	CHECK_STR(d.text, "abc" R "def" R);
	CHECK_INT(d.len, 12);
	CHECK_INT(d.flags, PL_DEC_NUL);
	CHECK_INT(d.n_invalid, 0);
	CHECK(well_formed(&d));
	pl_decoded_release(&d);
}

TEST(decode_binary_magic_hints)
{
	static const struct { const char *in; size_t len; const char *hint; } cases[] = {
		{ LIT("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\0"), "it is a PDF: ingest it with --format pdf (or auto)" },
		{ LIT("\x1f\x8b\x08\0\0\0\0\0"), "gzip" },
		{ LIT("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "PNG image" },
		{ LIT("PK\x03\x04\x14\0\x06\0"), "zip archive: only DOCX and ODT" },
		{ LIT("\x7f" "ELF\x02\x01\x01\0"), "ELF executable" },
		{ LIT("\xff\xd8\xff\xe0\0\x10JFIF"), "JPEG image" },
	};
	struct pl_err e;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct pl_decoded d;
		int rc = pl_text_decode(cases[i].in, cases[i].len, &o_auto, &d, &e);
		if (rc != PL_EBINARY || !strstr(e.msg, cases[i].hint) ||
		    !strstr(e.msg, "appears to be binary (NUL at byte ")) {
			harness_fail(__FILE__, __LINE__, "case %zu: rc %d, \"%s\"", i, rc, e.msg);
			return;
		}
	}
}

/* ---- decoding: line ends, empty input ---- */

TEST(decode_crlf_and_lone_cr)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(LIT("one\r\ntwo\r\n"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "one\ntwo\n");
	CHECK_INT(d.flags, PL_DEC_CRLF);
	pl_decoded_release(&d);

	CHECK_INT(pl_text_decode(LIT("old\rmac\r"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "old\nmac\n");
	CHECK_INT(d.flags, PL_DEC_CR);
	pl_decoded_release(&d);

	CHECK_INT(pl_text_decode(LIT("a\r\r\nb\n\rc"), &o_auto, &d, &e), PL_OK);
	CHECK_STR(d.text, "a\n\nb\n\nc");
	CHECK_INT(d.flags, PL_DEC_CR | PL_DEC_CRLF);
	pl_decoded_release(&d);
}

/* CR LF pairs straddling the 8-byte words of the fast path. */
TEST(decode_crlf_at_every_offset)
{
	for (size_t at = 0; at < 20; at++) {
		char in[32], want[32];
		struct pl_decoded d;
		struct pl_err e;
		memset(in, 'a', sizeof in);
		memcpy(in + at, "\r\n", 2);
		memset(want, 'a', sizeof want);
		want[at] = '\n';
		want[sizeof in - 1] = '\0';
		CHECK_INT(pl_text_decode(in, sizeof in, &o_auto, &d, &e), PL_OK);
		CHECK_STR(d.text, want);
		CHECK_INT(d.len, sizeof in - 1);
		pl_decoded_release(&d);
	}
}

TEST(decode_empty)
{
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode("", 0, &o_auto, &d, &e), PL_OK);
	CHECK(d.text != NULL);
	CHECK_STR(d.text, "");
	CHECK_INT(d.len, 0);
	CHECK_INT(d.flags, 0);
	CHECK_INT(d.encoding, PL_ENC_UTF8);
	pl_decoded_release(&d);
	CHECK_INT(pl_text_decode(NULL, 0, NULL, &d, &e), PL_OK);  /* NULL opts: auto */
	CHECK_STR(d.text, "");
	pl_decoded_release(&d);
}

TEST(decode_long_valid_text_is_identity)
{
	static const char *pieces[] = { "plain words ", "caf\xc3\xa9 ", "\xe6\xbc\xa2\xe5\xad\x97",
	                                "\xf0\x9f\x98\x80", "\n", "\t", "\x1b[2J", "e\xcc\x81" };
	char in[20000];
	size_t n = 0;
	while (n < sizeof in - 32) {
		const char *p = pieces[rnd() % 8];
		memcpy(in + n, p, strlen(p));
		n += strlen(p);
	}
	struct pl_decoded d;
	struct pl_err e;
	CHECK_INT(pl_text_decode(in, n, &o_strict, &d, &e), PL_OK);
	CHECK_INT(d.len, n);
	CHECK(memcmp(d.text, in, n) == 0);
	CHECK_INT(d.flags, 0);
	pl_decoded_release(&d);
}

/*
 * Reference UTF-8 decoder for the random test: each maximal subpart (the
 * longest prefix of some valid sequence) becomes one U+FFFD; CR LF and CR
 * become LF; NUL becomes U+FFFD.
 */
static int ref_is_prefix(const unsigned char *s, size_t m)
{
	unsigned char t[4];
	uint32_t cp;
	for (unsigned b = 0x80; b <= 0xBF; b++) {
		memcpy(t, s, m);
		for (size_t k = m; k < 4; k++)
			t[k] = k == 1 ? (unsigned char)b : 0x80;
		if (ref_decode(t, 4, &cp) > m)
			return 1;
	}
	return 0;
}

static size_t ref_utf8(const unsigned char *s, size_t n, char *out)
{
	size_t i = 0, o = 0;
	uint32_t cp;
	while (i < n) {
		size_t k = ref_decode(s + i, n - i, &cp);
		if (s[i] == '\r') {
			out[o++] = '\n';
			i += i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
		} else if (s[i] == 0) {
			memcpy(out + o, R, 3);
			o += 3;
			i++;
		} else if (k) {
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
		} else {
			size_t m = 1;
			while (i + m < n && m < 3 && ref_is_prefix(s + i, m + 1))
				m++;
			memcpy(out + o, R, 3);
			o += 3;
			i += m;
		}
	}
	return o;
}

static void random_bytes(unsigned char *buf, size_t n)
{
	static const unsigned char special[] = { 0, '\r', '\n', 0x80, 0xBF, 0xC2, 0xE0, 0xED,
	                                         0xEF, 0xF0, 0xF4, 0xFF, 0x81, 0x93, 0xD8, 0xDC };
	for (size_t i = 0; i < n; i++) {
		uint32_t r = rnd();
		buf[i] = r % 4 == 0 ? special[(r >> 4) % 16] :
		         r % 4 == 1 ? (unsigned char)(r >> 8) : (unsigned char)('a' + (r >> 8) % 26);
	}
}

TEST(decode_random_utf8_matches_reference)
{
	static const struct pl_decode_opts o = { PL_ENC_UTF8, 0, 1 };
	unsigned char in[300];
	char want[1000];
	for (int round = 0; round < 20000; round++) {
		size_t n = rnd() % sizeof in;
		random_bytes(in, n);
		struct pl_decoded d;
		struct pl_err e;
		size_t wn = ref_utf8(in, n, want);
		int rc = pl_text_decode(in, n, &o, &d, &e);
		if (rc != PL_OK || d.len != wn || memcmp(d.text, want, wn) != 0 || !well_formed(&d)) {
			harness_fail(__FILE__, __LINE__, "round %d (n=%zu): rc %d, len %zu vs %zu",
			             round, n, rc, d.len, wn);
			pl_decoded_release(&d);
			return;
		}
		pl_decoded_release(&d);
	}
}

TEST(decode_random_all_encodings_well_formed)
{
	static const enum pl_encoding encs[] = { PL_ENC_AUTO, PL_ENC_UTF8, PL_ENC_UTF16LE,
	                                         PL_ENC_UTF16BE, PL_ENC_CP1252, PL_ENC_LATIN1 };
	unsigned char in[300];
	for (int round = 0; round < 5000; round++) {
		size_t n = rnd() % sizeof in;
		random_bytes(in, n);
		if (round % 3 == 0 && n >= 2)
			memcpy(in, round % 2 ? "\xff\xfe" : "\xfe\xff", 2);
		for (size_t k = 0; k < sizeof encs / sizeof encs[0]; k++) {
			for (int allow = 0; allow <= 1; allow++) {
				struct pl_decode_opts o = { encs[k], 0, allow };
				struct pl_decoded d;
				struct pl_err e;
				int rc = pl_text_decode(in, n, &o, &d, &e);
				int ok = rc == PL_OK ? well_formed(&d) && d.len <= 3 * n + 3 :
				         rc == PL_EBINARY && !allow && d.text == NULL;
				pl_decoded_release(&d);
				if (!ok) {
					harness_fail(__FILE__, __LINE__, "round %d enc %d allow %d: rc %d",
					             round, (int)encs[k], allow, rc);
					return;
				}
			}
		}
	}
}

/* ---- escaping ---- */

TEST(escape_cases)
{
	static const struct { const char *in; size_t len; unsigned flags; const char *out; } cases[] = {
		{ LIT("\x1b[2J"), 0, "\\x1b[2J" },
		{ LIT("\x1b]52;c;SGVsbG8=\x07"), 0, "\\x1b]52;c;SGVsbG8=\\x07" },
		{ LIT("csi \xc2\x9b" "31m"), 0, "csi \\u009b31m" },
		{ LIT("nel \xc2\x85."), 0, "nel \\u0085." },
		{ LIT("abc\xe2\x80\xae" "fed"), 0, "abc\\u202efed" },
		{ LIT("\xe2\x80\xaa\xe2\x81\xa6x\xe2\x81\xa9"), 0, "\\u202a\\u2066x\\u2069" },
		{ LIT("bad \xff\xfe!"), 0, "bad \\xff\\xfe!" },
		{ LIT("cut \xe2\x82"), 0, "cut \\xe2\\x82" },
		{ LIT("\xed\xa0\x80"), 0, "\\xed\\xa0\\x80" },
		{ LIT("del\x7f nul\0 cr\r"), 0, "del\\x7f nul\\x00 cr\\x0d" },
		{ LIT("a\tb\nc"), 0, "a\tb\nc" },
		{ LIT("a\tb\nc"), PL_ESC_NEWLINE, "a\tb\\nc" },
		{ LIT("a\tb\nc"), PL_ESC_TAB, "a\\tb\nc" },
		{ LIT("a\tb\nc"), PL_ESC_TAB | PL_ESC_NEWLINE, "a\\tb\\nc" },
		{ LIT("back\\slash"), 0, "back\\slash" },
		{ LIT("\xe6\xbc\xa2\xe5\xad\x97 e\xcc\x81 \xf0\x9f\x98\x80 \xf0\x9f\x87\xab\xf0\x9f\x87\xb7"),
		  0, "\xe6\xbc\xa2\xe5\xad\x97 e\xcc\x81 \xf0\x9f\x98\x80 \xf0\x9f\x87\xab\xf0\x9f\x87\xb7" },
		{ LIT("\xe2\x80\x8f\xc2\xa0\xe2\x80\xa9"), 0, "\xe2\x80\x8f\xc2\xa0\xe2\x80\xa9" },
		{ LIT(""), 0, "" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct pl_buf b = PL_BUF_INIT;
		int rc = pl_text_escape(&b, cases[i].in, cases[i].len, cases[i].flags);
		int ok = rc == PL_OK && strcmp(pl_buf_str(&b), cases[i].out) == 0 &&
		         b.len == strlen(cases[i].out);
		if (!ok)
			harness_fail(__FILE__, __LINE__, "case %zu: \"%s\", expected \"%s\"",
			             i, pl_buf_str(&b), cases[i].out);
		pl_buf_release(&b);
		if (!ok)
			return;
	}
}

TEST(escape_appends_and_output_is_safe)
{
	struct pl_buf b = PL_BUF_INIT;
	CHECK_INT(pl_buf_adds(&b, "> "), PL_OK);
	CHECK_INT(pl_text_escape(&b, LIT("\x1b[31mred"), 0), PL_OK);
	CHECK_STR(pl_buf_str(&b), "> \\x1b[31mred");

	/* Whatever goes in, what comes out is valid UTF-8 without controls. */
	unsigned char in[300];
	for (int round = 0; round < 2000; round++) {
		size_t n = rnd() % sizeof in;
		random_bytes(in, n);
		pl_buf_clear(&b);
		CHECK_INT(pl_text_escape(&b, (const char *)in, n, PL_ESC_NEWLINE | PL_ESC_TAB), PL_OK);
		CHECK(pl_utf8_valid(b.data, b.len));
		for (size_t i = 0; i < b.len; ) {
			uint32_t cp;
			size_t k = pl_utf8_decode(b.data + i, b.len - i, &cp);
			CHECK(cp >= 0x20 && cp != 0x7F && (cp < 0x80 || cp > 0x9F));
			CHECK(!(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069));
			i += k;
		}
	}
	pl_buf_release(&b);
}

/* ---- SHA-256 ---- */

/* Expected digests computed with coreutils sha256sum. */
TEST(sha256_known_digests)
{
	char hex[65];
	pl_sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	pl_sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	pl_sha256_hex(LIT("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"), hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char *a = malloc(1000000);
	CHECK(a != NULL);
	memset(a, 'a', 1000000);
	pl_sha256_hex(a, 1000000, hex);
	free(a);
	CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Every padding case (around 55/56/64 bytes) and a few sizes, against sha256sum. */
TEST(sha256_matches_sha256sum)
{
	static const size_t sizes[] = { 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129,
	                                1000, 4096, 65537 };
	static unsigned char data[65537];
	char path[300], cmd[400], want[100], hex[65];
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)rnd();
	snprintf(path, sizeof path, "%s/sha.bin", harness_tmpdir());
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		CHECK(write_file(path, data, sizes[i]) == 0);
		snprintf(cmd, sizeof cmd, "sha256sum '%s'", path);
		CHECK(run_cmd(cmd, want, sizeof want) >= 64);
		want[64] = '\0';
		pl_sha256_hex(data, sizes[i], hex);
		CHECK_STR(hex, want);
	}
}
