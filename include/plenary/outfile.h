/*
 * outfile.h - writing a file whole or not at all.
 *
 * Contract: pl_outfile_write() has a writer fill a temporary file beside the
 * target, flushes it to disk and renames it over the target, so the target
 * is either as it was or complete: a failed write (a full disk, a file size
 * limit, a writer's error) never leaves half a file. The writer returns a
 * status from error.h and fills err on failure.
 */
#ifndef PLENARY_OUTFILE_H
#define PLENARY_OUTFILE_H

#include <stddef.h>
#include <stdio.h>

#include "plenary/error.h"

typedef int (*pl_outfile_writer)(FILE *f, void *ctx, struct pl_err *err);

/* Writes path through write(f, ctx, err). tmp (tmp_size bytes) holds the
 * temporary file's name while it exists and "" otherwise, for a signal
 * handler to remove it. A write error is PL_EIO. */
int pl_outfile_write(const char *path, pl_outfile_writer write, void *ctx, char *tmp,
                     size_t tmp_size, struct pl_err *err);

#endif
