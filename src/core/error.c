/* error.c - status names and the error buffer. */
#include "plenary/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *pl_status_name(int code)
{
	switch (code) {
#define PL_STATUS_CASE(name, value, text) case name: return text;
	PL_STATUS_LIST(PL_STATUS_CASE)
#undef PL_STATUS_CASE
	}
	return "unknown error";
}

int pl_err_set(struct pl_err *err, int code, const char *fmt, ...)
{
	if (!err)
		return code;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	err->code = code;
	return code;
}

int pl_err_prefix(struct pl_err *err, const char *fmt, ...)
{
	if (!err)
		return PL_OK;
	char old[sizeof err->msg];
	memcpy(old, err->msg, sizeof old);
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	size_t at = n < 0 ? 0 : (size_t)n;
	if (at + 2 < sizeof err->msg) {
		/* Whatever does not fit is cut: a message, not data. */
		memcpy(err->msg + at, ": ", 2);
		at += 2;
		size_t room = sizeof err->msg - at - 1, len = strnlen(old, room);
		memcpy(err->msg + at, old, len);
		err->msg[at + len] = '\0';
	}
	return err->code;
}

void pl_err_clear(struct pl_err *err)
{
	if (err) {
		err->code = PL_OK;
		err->msg[0] = '\0';
	}
}
