/*
 * zipmem.h - a zip built in memory from named parts, for the tests of the
 * DOCX and ODT reader (unit tests and fuzz targets alike).
 */
#ifndef PLENARY_TEST_ZIPMEM_H
#define PLENARY_TEST_ZIPMEM_H

#include <stddef.h>

struct part {
	const char *name, *data;
	size_t len;   /* 0: strlen(data) */
};

/* A zip of the parts (deflated, or stored as they are when `stored`), in a malloc'd
 * buffer of *len bytes, or NULL. */
char *make_zip(const struct part *parts, size_t n, int stored, size_t *len);

#endif
