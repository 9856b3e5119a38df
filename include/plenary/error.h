/*
 * error.h - status codes and the error buffer every core function fills.
 *
 * Contract: a core function that can fail returns an `int` status (PL_OK is 0,
 * every failure is negative) and, on failure, leaves a complete, printable
 * message in the caller's `struct pl_err` ("cannot open 'x.txt': No such file
 * or directory"). The core never prints and never exits; front ends decide how
 * to show the message and which exit code it maps to.
 */
#ifndef PLENARY_ERROR_H
#define PLENARY_ERROR_H

#include <stddef.h>

/* One list generates the enum and the names (see pl_status_name). */
#define PL_STATUS_LIST(X)                                           \
	X(PL_OK,       0,   "ok")                                       \
	X(PL_ENOMEM,  -1,   "out of memory")                            \
	X(PL_EIO,     -2,   "input/output error")                       \
	X(PL_EDB,     -3,   "database error")                           \
	X(PL_EUSAGE,  -4,   "usage error")                              \
	X(PL_EQUERY,  -5,   "malformed query")                          \
	X(PL_EBINARY, -6,   "binary file")                              \
	X(PL_ESKIP,   -7,   "skipped")                                  \
	X(PL_EBUSY,   -8,   "database is locked")                       \
	X(PL_EINTR,   -9,   "interrupted")                              \
	X(PL_ENOTDB,  -10,  "not a plenary database")                   \
	X(PL_EFULL,   -11,  "disk full")                                \
	X(PL_ERDONLY, -12,  "read-only database")                       \
	X(PL_ELANG,   -13,  "unknown language")                         \
	X(PL_EFORMAT, -14,  "malformed document")

enum pl_status {
#define PL_STATUS_ENUM(name, value, text) name = value,
	PL_STATUS_LIST(PL_STATUS_ENUM)
#undef PL_STATUS_ENUM
};

struct pl_err {
	int code;        /* the last status set, PL_OK when none */
	char msg[1024];  /* complete message, lowercase, no full stop */
};

/* Short name of a status, e.g. "malformed query". */
const char *pl_status_name(int code);

/* Fills `err` (may be NULL) with a formatted message and returns `code`. */
int pl_err_set(struct pl_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Prefixes the message already in `err` with "prefix: "; returns err->code. */
int pl_err_prefix(struct pl_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void pl_err_clear(struct pl_err *err);

#endif
