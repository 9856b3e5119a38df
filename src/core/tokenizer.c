/*
 * tokenizer.c - the `snowball` FTS5 tokenizer: unicode61 words, case folded,
 * stemmed per language with libstemmer (which needs the accents: French
 * "terminée" stems like "terminer" only with its "é"), then diacritics
 * folded, behind a cache of recent words. Words whose stem differs from them
 * are collected for the vocabulary table, which makes prefix queries
 * complete. See tokenizer.h for the rules.
 */
#include "plenary/tokenizer.h"
#include "plenary/buf.h"

#include <ctype.h>
#include <libstemmer.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_STEM_BYTES 64     /* longer tokens pass through, as in FTS5 porter */
#define MAX_LANGS 16          /* stemmers one instance keeps open */
#define CACHE_MIN_SLOTS (1u << 10)   /* a query needs few; indexing grows it */
#define CACHE_MAX_SLOTS (1u << 18)
#define POOL_PER_SLOT 64u

/* libstemmer's algorithms with their ISO 639-1 and 639-2 codes. */
static const struct lang {
	const char *code, *name, *alias;
} langs[] = {
	{ "ar", "arabic", "ara" },     { "hy", "armenian", "hye" },
	{ "eu", "basque", "eus" },     { "ca", "catalan", "cat" },
	{ "da", "danish", "dan" },     { "nl", "dutch", "nld" },
	{ "en", "english", "eng" },    { "fi", "finnish", "fin" },
	{ "fr", "french", "fra" },     { "de", "german", "deu" },
	{ "el", "greek", "ell" },      { "hi", "hindi", "hin" },
	{ "hu", "hungarian", "hun" },  { "id", "indonesian", "ind" },
	{ "ga", "irish", "gle" },      { "it", "italian", "ita" },
	{ "lt", "lithuanian", "lit" }, { "ne", "nepali", "nep" },
	{ "no", "norwegian", "nor" },  { "pt", "portuguese", "por" },
	{ "ro", "romanian", "ron" },   { "ru", "russian", "rus" },
	{ "sr", "serbian", "srp" },    { "es", "spanish", "spa" },
	{ "sv", "swedish", "swe" },    { "ta", "tamil", "tam" },
	{ "tr", "turkish", "tur" },    { "yi", "yiddish", "yid" },
};
#define NLANGS (sizeof langs / sizeof langs[0])

struct pl_tokenizer_ctx {
	char query[MAX_LANGS][PL_LANG_MAX];
	int nquery;
	struct pl_buf vocabulary;   /* "word\0stem\0" pairs not yet stored */
	unsigned epoch;             /* bumped when recorded pairs were lost */
	fts5_tokenizer words_api;   /* unicode61, for pl_tokenizer_fold() */
	Fts5Tokenizer *words;
};

/* A cached token: pool[off..) holds the token, then its stem. klen == 0
 * marks an empty slot. */
struct centry {
	uint32_t hash, off;
	uint16_t klen, slen;
	uint8_t lang;
};

struct stemmer {
	char code[PL_LANG_MAX];
	struct sb_stemmer *sb;   /* NULL: language without a stemmer */
};

struct snowball {
	struct pl_tokenizer_ctx *ctx;
	fts5_tokenizer inner;
	Fts5Tokenizer *words;    /* unicode61, case folded, accents kept */
	Fts5Tokenizer *fold;     /* unicode61, diacritics removed: folds stems */
	char scratch[4 * MAX_STEM_BYTES + 16];
	int scratch_len;
	struct stemmer stemmers[MAX_LANGS];
	int nstemmers;
	struct centry *slots;
	uint32_t nslots, used;
	char *pool;                /* nslots * POOL_PER_SLOT bytes */
	uint32_t pool_len;
	unsigned epoch;          /* the ctx's epoch the cache belongs to */
};

/* State of one xTokenize call, passed through unicode61's callback. */
struct call {
	struct snowball *sb;
	void *pctx;
	int (*xtoken)(void *, int, const char *, int, int, int);
	int flags;
	int skip;          /* bytes of language marker before the text */
	int lang;          /* stemmer index for document/aux text */
};

int pl_lang_canonical(const char *name, char out[PL_LANG_MAX], int *stemmed,
                      struct pl_err *err)
{
	char low[32];
	size_t n = strlen(name);
	if (n == 0 || n >= sizeof low)
		return pl_err_set(err, PL_ELANG, "unknown language '%s'", name);
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)tolower((unsigned char)name[i]);
	for (size_t i = 0; i < NLANGS; i++) {
		if (!strcmp(low, langs[i].code) || !strcmp(low, langs[i].name) ||
		    !strcmp(low, langs[i].alias)) {
			strcpy(out, langs[i].code);
			if (stemmed)
				*stemmed = 1;
			return PL_OK;
		}
	}
	/* Any other ISO 639 code is accepted and indexed unstemmed. */
	int letters = 1;
	for (size_t i = 0; i < n; i++)
		letters &= islower((unsigned char)low[i]) != 0;
	if ((n == 2 || n == 3) && letters) {
		strcpy(out, low);
		if (stemmed)
			*stemmed = 0;
		return PL_OK;
	}
	return pl_err_set(err, PL_ELANG,
	                  "unknown language '%s' (give an ISO 639 code such as en, fr, es, ru, ar, "
	                  "or a name such as english)", name);
}

const char *pl_lang_list(void)
{
	static char list[NLANGS * 24];
	if (!list[0]) {
		size_t off = 0;
		for (size_t i = 0; i < NLANGS; i++)
			off += (size_t)snprintf(list + off, sizeof list - off, "%s%s (%s)",
			                        i ? ", " : "", langs[i].code, langs[i].name);
	}
	return list;
}

int pl_tokenizer_set_query_langs(struct pl_tokenizer_ctx *ctx, const char *codes)
{
	ctx->nquery = 0;
	for (const char *p = codes; p && *p && ctx->nquery < MAX_LANGS;) {
		size_t n = strcspn(p, ",");
		if (n > 0 && n < PL_LANG_MAX) {
			memcpy(ctx->query[ctx->nquery], p, n);
			ctx->query[ctx->nquery++][n] = '\0';
		}
		p += n + (p[n] == ',');
	}
	if (ctx->nquery == 0)
		strcpy(ctx->query[ctx->nquery++], "en");
	return PL_OK;
}

static uint32_t hash_token(const char *s, int n, int lang)
{
	uint32_t h = 2166136261u ^ (uint32_t)lang;
	for (int i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Index of the stemmer for `code`, opening it on first use. */
static int stemmer_index(struct snowball *sb, const char *code)
{
	for (int i = 0; i < sb->nstemmers; i++)
		if (!strcmp(sb->stemmers[i].code, code))
			return i;
	if (sb->nstemmers == MAX_LANGS)
		return 0;
	struct stemmer *st = &sb->stemmers[sb->nstemmers];
	snprintf(st->code, sizeof st->code, "%s", code);
	st->sb = sb_stemmer_new(code, "UTF_8");
	return sb->nstemmers++;
}

static void cache_clear(struct snowball *sb)
{
	memset(sb->slots, 0, sb->nslots * sizeof *sb->slots);
	sb->used = 0;
	sb->pool_len = 0;
}

/* Empties the cache, doubling it while it is below its largest size. */
static int cache_reset(struct snowball *sb, uint32_t nslots)
{
	if (nslots != sb->nslots) {
		struct centry *slots = realloc(sb->slots, nslots * sizeof *slots);
		if (slots)
			sb->slots = slots;
		char *pool = slots ? realloc(sb->pool, (size_t)nslots * POOL_PER_SLOT) : NULL;
		if (pool)
			sb->pool = pool;
		if (!slots || !pool)
			return SQLITE_NOMEM;
		sb->nslots = nslots;
	}
	cache_clear(sb);
	return SQLITE_OK;
}

static int same(const char *a, int na, const char *b, int nb)
{
	return na == nb && !memcmp(a, b, (size_t)na);
}

static int fold_cb(void *p, int tflags, const char *tok, int ntok, int s, int e)
{
	struct snowball *sb = p;
	(void)tflags, (void)s, (void)e;
	if (sb->scratch_len + ntok > (int)sizeof sb->scratch)
		return SQLITE_ERROR;
	memcpy(sb->scratch + sb->scratch_len, tok, (size_t)ntok);
	sb->scratch_len += ntok;
	return SQLITE_OK;
}

/* s[0..n) with diacritics removed: s itself when it is ASCII, else a copy
 * in sb->scratch (valid until the next call). Returns the length, or -1. */
static int fold(struct snowball *sb, const char *s, int n, const char **out)
{
	int ascii = 1;
	for (int i = 0; i < n && ascii; i++)
		ascii = !((unsigned char)s[i] & 0x80);
	*out = s;
	if (ascii)
		return n;
	sb->scratch_len = 0;
	if (sb->inner.xTokenize(sb->fold, sb, FTS5_TOKENIZE_DOCUMENT, s, n, fold_cb) != SQLITE_OK)
		return -1;
	*out = sb->scratch;
	return sb->scratch_len;
}

static int stem_token(struct snowball *sb, int lang, const char *tok, int ntok, int record,
                      const struct centry **out)
{
	if (sb->epoch != sb->ctx->epoch) {
		cache_clear(sb);   /* pairs recorded from it were dropped */
		sb->epoch = sb->ctx->epoch;
	}
	uint32_t h = hash_token(tok, ntok, lang);
	uint32_t mask = sb->nslots - 1, i = h & mask;
	for (;; i = (i + 1) & mask) {
		struct centry *c = &sb->slots[i];
		if (c->klen == 0)
			break;
		if (c->hash == h && c->lang == lang && c->klen == ntok &&
		    !memcmp(sb->pool + c->off, tok, (size_t)ntok)) {
			*out = c;
			return SQLITE_OK;
		}
	}
	/* Room for the token and a stem a few times its length, at worst. */
	if (sb->used >= sb->nslots / 2 ||
	    sb->pool_len + 8u * MAX_STEM_BYTES > sb->nslots * POOL_PER_SLOT) {
		uint32_t n = sb->nslots < CACHE_MAX_SLOTS ? sb->nslots * 2 : sb->nslots;
		if (cache_reset(sb, n) != SQLITE_OK)
			return SQLITE_NOMEM;
		i = h & (sb->nslots - 1);
	}
	struct centry *c = &sb->slots[i];
	c->hash = h;
	c->lang = (uint8_t)lang;
	c->off = sb->pool_len;
	memcpy(sb->pool + sb->pool_len, tok, (size_t)ntok);
	sb->pool_len += (uint32_t)ntok;

	const char *stem = tok;
	int nstem = ntok;
	struct sb_stemmer *st = sb->stemmers[lang].sb;
	if (st) {
		const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)tok, ntok);
		if (!r)
			return SQLITE_NOMEM;
		stem = (const char *)r;
		nstem = sb_stemmer_length(st);
	}
	if (nstem > 4 * MAX_STEM_BYTES)
		nstem = 4 * MAX_STEM_BYTES;
	if ((nstem = fold(sb, stem, nstem, &stem)) < 0)
		return SQLITE_ERROR;
	memcpy(sb->pool + sb->pool_len, stem, (size_t)nstem);
	stem = sb->pool + sb->pool_len;
	sb->pool_len += (uint32_t)nstem;
	/* A word its stem does not start from must be findable by prefix. */
	const char *word;
	int nword = fold(sb, tok, ntok, &word);
	if (nword < 0)
		return SQLITE_ERROR;
	if (record && !same(stem, nstem, word, nword) &&
	    (pl_buf_add(&sb->ctx->vocabulary, word, (size_t)nword) ||
	     pl_buf_addc(&sb->ctx->vocabulary, '\0') ||
	     pl_buf_add(&sb->ctx->vocabulary, stem, (size_t)nstem) ||
	     pl_buf_addc(&sb->ctx->vocabulary, '\0')))
		return SQLITE_NOMEM;
	c->klen = (uint16_t)ntok;
	c->slen = (uint16_t)nstem;
	sb->used++;
	*out = c;
	return SQLITE_OK;
}

static const char *stem_of(const struct snowball *sb, const struct centry *c)
{
	return sb->pool + c->off + c->klen;
}

/* A query word: its stem in every query language, as alternatives. */
static int emit_query_word(struct call *k, const char *tok, int ntok, int s, int e)
{
	struct snowball *sb = k->sb;
	struct pl_tokenizer_ctx *ctx = sb->ctx;
	/* Copies, because computing one stem may clear the cache. */
	char forms[MAX_LANGS][4 * MAX_STEM_BYTES];
	int nforms[MAX_LANGS], n = 0;
	for (int q = 0; q < ctx->nquery; q++) {
		const struct centry *c;
		int rc = stem_token(sb, stemmer_index(sb, ctx->query[q]), tok, ntok, 0, &c);
		if (rc != SQLITE_OK)
			return rc;
		const char *f = stem_of(sb, c);
		int nf = c->slen;
		int dup = 0;
		for (int j = 0; j < n && !dup; j++)
			dup = same(forms[j], nforms[j], f, nf);
		if (!dup) {
			memcpy(forms[n], f, (size_t)nf);
			nforms[n++] = nf;
		}
	}
	for (int j = 0; j < n; j++) {
		int rc = k->xtoken(k->pctx, j ? FTS5_TOKEN_COLOCATED : 0, forms[j], nforms[j], s, e);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

static int word_cb(void *p, int tflags, const char *tok, int ntok, int s, int e)
{
	struct call *k = p;
	(void)tflags;
	s += k->skip;
	e += k->skip;
	/* Long tokens are matched as written, prefixes folded. Snippets and
	 * highlights (AUX) only count positions: no need to stem. */
	if (ntok > MAX_STEM_BYTES || (k->flags & FTS5_TOKENIZE_AUX))
		return k->xtoken(k->pctx, 0, tok, ntok, s, e);
	if (k->flags & FTS5_TOKENIZE_PREFIX) {
		const char *f;
		int nf = fold(k->sb, tok, ntok, &f);
		return nf < 0 ? SQLITE_ERROR : k->xtoken(k->pctx, 0, f, nf, s, e);
	}
	if (k->flags & FTS5_TOKENIZE_QUERY)
		return emit_query_word(k, tok, ntok, s, e);
	const struct centry *c;
	int rc = stem_token(k->sb, k->lang, tok, ntok, 1, &c);
	if (rc != SQLITE_OK)
		return rc;
	return k->xtoken(k->pctx, 0, stem_of(k->sb, c), c->slen, s, e);
}

static int sb_tokenize(Fts5Tokenizer *t, void *pctx, int flags, const char *text, int ntext,
                       int (*xtoken)(void *, int, const char *, int, int, int))
{
	struct snowball *sb = (struct snowball *)t;
	struct call k = { sb, pctx, xtoken, flags, 0, 0 };
	/* A stem search.c looked up for a prefix: matched exactly as it is. */
	if ((flags & FTS5_TOKENIZE_QUERY) && ntext > 1 && text[0] == PL_STEM_MARK)
		return xtoken(pctx, 0, text + 1, ntext - 1, 0, ntext);
	char code[PL_LANG_MAX] = "en";
	if (ntext > 0 && text[0] == '\x01') {
		const char *end = memchr(text + 1, '\x01', ntext - 1 < PL_LANG_MAX ? (size_t)ntext - 1 : PL_LANG_MAX);
		if (end) {
			memcpy(code, text + 1, (size_t)(end - text - 1));
			code[end - text - 1] = '\0';
			k.skip = (int)(end - text) + 1;
		}
	}
	if (!(flags & FTS5_TOKENIZE_QUERY))
		k.lang = stemmer_index(sb, code);
	return sb->inner.xTokenize(sb->words, &k, flags, text + k.skip, ntext - k.skip, word_cb);
}

static void sb_delete(Fts5Tokenizer *t)
{
	struct snowball *sb = (struct snowball *)t;
	if (!sb)
		return;
	if (sb->words)
		sb->inner.xDelete(sb->words);
	if (sb->fold)
		sb->inner.xDelete(sb->fold);
	for (int i = 0; i < sb->nstemmers; i++)
		if (sb->stemmers[i].sb)
			sb_stemmer_delete(sb->stemmers[i].sb);
	free(sb->slots);
	free(sb->pool);
	free(sb);
}

struct registration {
	struct pl_tokenizer_ctx *ctx;
	fts5_api *api;
};

static int sb_create(void *p, const char **argv, int argc, Fts5Tokenizer **out)
{
	struct registration *reg = p;
	(void)argv, (void)argc;
	struct snowball *sb = calloc(1, sizeof *sb);
	if (!sb)
		return SQLITE_NOMEM;
	sb->ctx = reg->ctx;
	sb->epoch = reg->ctx->epoch;
	void *ud = NULL;
	int rc = cache_reset(sb, CACHE_MIN_SLOTS);
	if (rc == SQLITE_OK)
		rc = reg->api->xFindTokenizer(reg->api, "unicode61", &ud, &sb->inner);
	static const char *keep[] = { "remove_diacritics", "0" };
	static const char *drop[] = { "remove_diacritics", "2" };
	if (rc == SQLITE_OK)
		rc = sb->inner.xCreate(ud, keep, 2, &sb->words);
	if (rc == SQLITE_OK)
		rc = sb->inner.xCreate(ud, drop, 2, &sb->fold);
	if (rc != SQLITE_OK) {
		sb_delete((Fts5Tokenizer *)sb);
		return rc;
	}
	*out = (Fts5Tokenizer *)sb;
	return SQLITE_OK;
}

static void registration_free(void *p)
{
	free(p);
}

int pl_tokenizer_register(sqlite3 *db, struct pl_tokenizer_ctx **ctxp, struct pl_err *err)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	if (!api)
		return pl_err_set(err, PL_EDB, "this SQLite has no FTS5 (install Debian's libsqlite3-0)");
	struct pl_tokenizer_ctx *ctx = calloc(1, sizeof *ctx);
	struct registration *reg = calloc(1, sizeof *reg);
	if (!ctx || !reg) {
		free(ctx);
		free(reg);
		return pl_err_set(err, PL_ENOMEM, "out of memory");
	}
	pl_tokenizer_set_query_langs(ctx, "");
	reg->ctx = ctx;
	reg->api = api;
	void *ud = NULL;
	static const char *fold[] = { "remove_diacritics", "2" };
	if (api->xFindTokenizer(api, "unicode61", &ud, &ctx->words_api) != SQLITE_OK ||
	    ctx->words_api.xCreate(ud, fold, 2, &ctx->words) != SQLITE_OK) {
		free(ctx);
		free(reg);
		return pl_err_set(err, PL_EDB, "cannot create the unicode61 tokenizer");
	}
	fts5_tokenizer tok = { sb_create, sb_delete, sb_tokenize };
	if (api->xCreateTokenizer(api, "snowball", reg, &tok, registration_free) != SQLITE_OK) {
		pl_tokenizer_ctx_free(ctx);
		return pl_err_set(err, PL_EDB, "cannot register the snowball tokenizer: %s",
		                  sqlite3_errmsg(db));
	}
	*ctxp = ctx;
	return PL_OK;
}

void pl_tokenizer_ctx_free(struct pl_tokenizer_ctx *ctx)
{
	if (!ctx)
		return;
	if (ctx->words)
		ctx->words_api.xDelete(ctx->words);
	pl_buf_release(&ctx->vocabulary);
	free(ctx);
}

int pl_tokenizer_drain_vocabulary(struct pl_tokenizer_ctx *ctx, pl_vocabulary_fn fn, void *arg)
{
	int rc = PL_OK;
	const char *p = pl_buf_str(&ctx->vocabulary), *end = p + ctx->vocabulary.len;
	while (fn && !rc && p < end) {
		const char *stem = p + strlen(p) + 1;
		rc = fn(arg, p, stem);
		p = stem + strlen(stem) + 1;
	}
	if (!fn && ctx->vocabulary.len)
		ctx->epoch++;   /* dropped: the caches must see these words again */
	pl_buf_clear(&ctx->vocabulary);
	return rc;
}

static int join_cb(void *p, int tflags, const char *tok, int ntok, int s, int e)
{
	struct pl_buf *out = p;
	(void)tflags, (void)s, (void)e;
	if (out->len && pl_buf_addc(out, ' '))
		return SQLITE_NOMEM;
	return pl_buf_add(out, tok, (size_t)ntok) ? SQLITE_NOMEM : SQLITE_OK;
}

int pl_tokenizer_fold(struct pl_tokenizer_ctx *ctx, const char *s, size_t n, struct pl_buf *out)
{
	pl_buf_clear(out);
	if (n > INT32_MAX)
		return PL_ENOMEM;
	int rc = ctx->words_api.xTokenize(ctx->words, out, FTS5_TOKENIZE_QUERY, s, (int)n, join_cb);
	return rc == SQLITE_OK ? PL_OK : PL_ENOMEM;
}
