/* zipmem.c - a zip built in memory from named parts (zipmem.h). */
#include "zipmem.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

char *make_zip(const struct part *parts, size_t n, int stored, size_t *len)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_source_keep(src);
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	for (size_t i = 0; z && i < n; i++) {
		size_t k = parts[i].len ? parts[i].len : strlen(parts[i].data);
		zip_source_t *s = zip_source_buffer(z, parts[i].data, k, 0);
		zip_int64_t at = zip_file_add(z, parts[i].name, s, ZIP_FL_ENC_UTF_8);
		if (stored && at >= 0)
			zip_set_file_compression(z, (zip_uint64_t)at, ZIP_CM_STORE, 0);
	}
	char *out = NULL;
	if (z && zip_close(z) == 0 && zip_source_open(src) == 0) {
		zip_source_seek(src, 0, SEEK_END);
		*len = (size_t)zip_source_tell(src);
		zip_source_seek(src, 0, SEEK_SET);
		out = malloc(*len + 1);
		if (out && zip_source_read(src, out, *len) != (zip_int64_t)*len) {
			free(out);
			out = NULL;
		}
		zip_source_close(src);
	}
	zip_source_free(src);
	zip_error_fini(&ze);
	return out;
}
