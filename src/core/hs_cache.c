/*
 * hs_cache.c - the tagger's compiled prefilter, kept on disk between runs.
 *
 * File layout: the magic "PLHS1\n", the pattern count as 8 bytes (little
 * endian), one byte per pattern (1: left out of the database), then what
 * hs_serialize_database() wrote.
 */
#include "hs_cache.h"
#include "plenary/buf.h"
#include "plenary/tagger.h"
#include "plenary/text.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAGIC "PLHS1\n"
#define MAGIC_LEN 6
#define MAX_FILE (256u << 20)

static char *cache_dir;

void pl_tagger_cache_dir(const char *dir)
{
	free(cache_dir);
	cache_dir = dir && *dir ? strdup(dir) : NULL;
}

const char *pl_hs_cache_dir(void)
{
	return cache_dir;
}

void pl_hs_cache_key(const char *const *exprs, size_t n, unsigned flags, char key[65])
{
	struct pl_buf b = PL_BUF_INIT;
	hs_platform_info_t plat = { 0 };
	hs_populate_platform(&plat);
	/* A database is only valid for the Hyperscan that wrote it, and is
	 * tuned for the CPU it was compiled on. */
	pl_buf_addf(&b, "%s\n%s\n%u %llu %u %zu\n", MAGIC, hs_version(), plat.tune,
	            plat.cpu_features, flags, n);
	for (size_t i = 0; i < n; i++) {
		pl_buf_adds(&b, exprs[i] ? exprs[i] : "\x01");
		pl_buf_addc(&b, '\0');
	}
	pl_sha256_hex(b.data, b.len, key);
	pl_buf_release(&b);
}

static int file_path(struct pl_buf *path, const char *key, const char *suffix)
{
	pl_buf_clear(path);
	return pl_buf_addf(path, "%s/%s%s", cache_dir, key, suffix);
}

static int read_all(const char *path, struct pl_buf *out)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char chunk[65536];
	size_t got;
	int rc = 0;
	while (!rc && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
		rc = out->len + got > MAX_FILE ? -1 : pl_buf_add(out, chunk, got);
	if (ferror(f))
		rc = -1;
	fclose(f);
	return rc;
}

hs_database_t *pl_hs_cache_load(const char *key, unsigned char *left_out, size_t n)
{
	if (!cache_dir)
		return NULL;
	struct pl_buf path = PL_BUF_INIT, data = PL_BUF_INIT;
	hs_database_t *db = NULL;
	size_t head = MAGIC_LEN + 8 + n;
	if (!file_path(&path, key, ".hsdb") && !read_all(pl_buf_str(&path), &data) &&
	    data.len > head && !memcmp(data.data, MAGIC, MAGIC_LEN)) {
		uint64_t count = 0;
		for (int i = 7; i >= 0; i--)
			count = count << 8 | (unsigned char)data.data[MAGIC_LEN + i];
		if (count == n &&
		    hs_deserialize_database(data.data + head, data.len - head, &db) != HS_SUCCESS)
			db = NULL;
		if (db)
			for (size_t i = 0; i < n; i++)
				left_out[i] = data.data[MAGIC_LEN + 8 + i] != 0;
	}
	pl_buf_release(&path);
	pl_buf_release(&data);
	return db;
}

/* mkdir -p, for the cache directory and the ~/.cache it may be in. */
static int make_dirs(char *path)
{
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		int rc = mkdir(path, 0700);
		*p = '/';
		if (rc && errno != EEXIST)
			return -1;
	}
	return mkdir(path, 0700) && errno != EEXIST ? -1 : 0;
}

void pl_hs_cache_save(const char *key, const hs_database_t *db, const unsigned char *left_out,
                      size_t n)
{
	char *bytes = NULL, *dir = cache_dir ? strdup(cache_dir) : NULL;
	size_t len = 0;
	struct pl_buf path = PL_BUF_INIT, tmp = PL_BUF_INIT;
	if (!dir || make_dirs(dir) || hs_serialize_database(db, &bytes, &len) != HS_SUCCESS ||
	    file_path(&path, key, ".hsdb") || file_path(&tmp, key, ".XXXXXX"))
		goto done;
	int fd = mkstemp(tmp.data);
	if (fd < 0)
		goto done;
	FILE *f = fdopen(fd, "wb");
	unsigned char count[8];
	for (int i = 0; i < 8; i++)
		count[i] = (unsigned char)((uint64_t)n >> (8 * i));
	int ok = f && fwrite(MAGIC, 1, MAGIC_LEN, f) == MAGIC_LEN && fwrite(count, 1, 8, f) == 8 &&
	         fwrite(left_out, 1, n, f) == n && fwrite(bytes, 1, len, f) == len;
	ok = f ? (fclose(f) == 0 && ok) : (close(fd), 0);
	/* Another process may be writing the same file: rename is atomic, and
	 * either copy is right. */
	if (!ok || rename(tmp.data, path.data) != 0)
		unlink(tmp.data);
done:
	free(bytes);
	free(dir);
	pl_buf_release(&path);
	pl_buf_release(&tmp);
}
