/* output.c - shared CLI helpers: errors, option values, safe output. */
#include "cli.h"
#include "plenary/search.h"
#include "plenary/text.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int parse_format(const char *name, enum out_format *out)
{
	static const char *const names[] = { "text", "tsv", "jsonl" };
	for (int i = 0; i < 3; i++) {
		if (!strcmp(name, names[i])) {
			*out = (enum out_format)i;
			return 0;
		}
	}
	return -1;
}

/* Messages quote file names and document text: never raw to a terminal. */
static void vsay(int prefixed, const char *cmd, const char *fmt, va_list ap)
{
	struct pl_buf msg = PL_BUF_INIT, safe = PL_BUF_INIT;
	char tmp[2048];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	pl_text_escape(&safe, tmp, strlen(tmp), PL_ESC_NEWLINE);
	if (prefixed)
		pl_buf_addf(&msg, "plenary%s%s: ", cmd ? ": " : "", cmd ? cmd : "");
	pl_buf_addf(&msg, "%s\n", pl_buf_str(&safe));
	fputs(pl_buf_str(&msg), stderr);
	pl_buf_release(&msg);
	pl_buf_release(&safe);
}

void say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay(0, NULL, fmt, ap);
	va_end(ap);
}

int fail(const char *cmd, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay(1, cmd, fmt, ap);
	va_end(ap);
	return code;
}

int fail_err(const char *cmd, const struct pl_err *err)
{
	int code = err->code == PL_EUSAGE || err->code == PL_EQUERY || err->code == PL_ELANG
	           ? EXIT_USAGE : err->code == PL_EINTR ? EXIT_INTERRUPTED : EXIT_RUNTIME;
	return fail(cmd, code, "%s", err->msg[0] ? err->msg : pl_status_name(err->code));
}

int usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay(1, cmd, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try 'plenary %s%s--help'.\n", cmd ? cmd : "", cmd ? " " : "");
	return EXIT_USAGE;
}

int parse_kv(char *arg, struct pl_kv *kv)
{
	char *eq = strchr(arg, '=');
	if (!eq || eq == arg || !eq[1])
		return -1;
	*eq = '\0';
	for (char *k = arg; *k; k++) {
		if (*k >= 'A' && *k <= 'Z')
			*k = (char)(*k - 'A' + 'a');   /* keys are case-insensitive */
		else if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') || strchr("_-.", *k)))
			return -1;
	}
	kv->key = arg;
	kv->value = eq + 1;
	return 0;
}

int64_t parse_count(const char *s)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < 0)
		return -1;
	return v;
}

int64_t parse_size(const char *s)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || v < 0)
		return -1;
	int shift = 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end == 'i' && shift)
		end++;
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || v > (INT64_MAX >> shift))
		return -1;
	return (int64_t)v << shift;
}

void out_human(struct pl_buf *b, const char *s, int tty)
{
	if (!s)
		return;
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, "\x02\x03\n");
		if (tty)
			pl_text_escape(b, p, n, PL_ESC_TAB);
		else
			pl_buf_add(b, p, n);
		p += n;
		if (!*p)
			break;
		if (*p == '\n')
			pl_buf_addc(b, ' ');
		else if (tty)
			pl_buf_adds(b, *p == PL_HL_START ? "\x1b[1m" : "\x1b[0m");
		else
			pl_buf_adds(b, "**");
		p++;
	}
}

void out_tsv(struct pl_buf *b, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == PL_HL_START || c == PL_HL_END)
			pl_buf_adds(b, "**");
		else if (c == '\\')
			pl_buf_adds(b, "\\\\");
		else if (c == '\t')
			pl_buf_adds(b, "\\t");
		else if (c == '\n')
			pl_buf_adds(b, "\\n");
		else if (c == '\r')
			pl_buf_adds(b, "\\r");
		else if (c < 0x20 || c == 0x7f)
			pl_buf_addf(b, "\\x%02x", c);
		else
			pl_buf_addc(b, (char)c);
	}
}

void out_json(struct pl_buf *b, const char *s)
{
	if (s)
		pl_text_json(b, s, "**");
	else
		pl_buf_adds(b, "null");
}

/* The separator before a field: a tab, or the JSON key. */
static void field(struct out_record *r, const char *key)
{
	if (r->format == OUT_TSV) {
		if (r->fields++)
			pl_buf_addc(r->b, '\t');
		return;
	}
	pl_buf_adds(r->b, r->fields++ ? ",\"" : "{\"");
	pl_buf_adds(r->b, key);   /* the command's own name: nothing to escape */
	pl_buf_adds(r->b, "\":");
}

void out_str_field(struct out_record *r, const char *key, const char *s)
{
	field(r, key);
	if (r->format == OUT_TSV)
		out_tsv(r->b, s);
	else
		out_json(r->b, s);
}

void out_int_field(struct out_record *r, const char *key, int64_t v)
{
	field(r, key);
	pl_buf_addf(r->b, "%lld", (long long)v);
}

void out_real_field(struct out_record *r, const char *key, double v, int decimals)
{
	field(r, key);
	pl_buf_addf(r->b, "%.*f", decimals, v);
}

void out_record_end(struct out_record *r)
{
	pl_buf_adds(r->b, r->format == OUT_TSV ? "\n" : "}\n");
	r->fields = 0;
}

int out_flush(struct pl_buf *b)
{
	size_t n = b->len ? fwrite(b->data, 1, b->len, stdout) : 0;
	int bad = n != b->len;
	pl_buf_clear(b);
	return bad;
}

int out_finish(const char *cmd)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		return fail(cmd, EXIT_RUNTIME, "cannot write the output: %s", strerror(errno));
	return EXIT_OK;
}

const char *out_thousands(int64_t v, char out[32])
{
	char digits[24];
	int n = snprintf(digits, sizeof digits, "%lld", (long long)(v < 0 ? -v : v));
	int o = 0;
	if (v < 0)
		out[o++] = '-';
	for (int i = 0; i < n; i++) {
		out[o++] = digits[i];
		if ((n - i - 1) % 3 == 0 && i != n - 1)
			out[o++] = ',';
	}
	out[o] = '\0';
	return out;
}

void out_bar(struct pl_buf *b, double v, double max, int width)
{
	static const char *const eighths[] = { "", "▏", "▎", "▍", "▌", "▋", "▊", "▉" };
	if (max <= 0 || v <= 0)
		return;
	int n = (int)(v / max * width * 8 + 0.5);
	if (n < 1)
		n = 1;   /* something is not nothing */
	for (int i = 0; i < n / 8; i++)
		pl_buf_adds(b, "█");
	pl_buf_adds(b, eighths[n % 8]);
}

/* Byte offset after the first `chars` characters of s. */
static size_t chars_prefix(const char *s, size_t chars)
{
	size_t i = 0;
	for (; s[i] && chars; chars--)
		for (i++; ((unsigned char)s[i] & 0xC0) == 0x80; i++)
			;
	return i;
}

static size_t count_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

void out_cell(struct pl_buf *b, const char *s, size_t width, unsigned flags, int tty)
{
	struct pl_buf v = PL_BUF_INIT;
	out_human(&v, s, tty);
	const char *t = pl_buf_str(&v);
	size_t n = count_chars(t);
	if (n > width && width > 0) {
		struct pl_buf cut = PL_BUF_INIT;
		if (flags & OUT_CELL_TAIL) {
			pl_buf_adds(&cut, "…");
			pl_buf_adds(&cut, t + chars_prefix(t, n - width + 1));
		} else {
			pl_buf_add(&cut, t, chars_prefix(t, width - 1));
			pl_buf_adds(&cut, "…");
		}
		pl_buf_release(&v);
		v = cut;
		n = width;
	}
	if (flags & OUT_CELL_RIGHT)
		for (; n < width; n++)
			pl_buf_addc(b, ' ');
	pl_buf_adds(b, pl_buf_str(&v));
	if (!(flags & OUT_CELL_RIGHT))
		for (; n < width; n++)
			pl_buf_addc(b, ' ');
	pl_buf_release(&v);
}

/* The temporary file being written, removed if a signal ends the command. */
static char tmp_path[CLI_TMP_MAX];

static void on_signal(int sig)
{
	if (tmp_path[0])
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

char *cli_output_file(const char *cmd, const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		fail(cmd, EXIT_USAGE, "'%s' is not a regular file: leave out -o to write to stdout",
		     path);
		return NULL;
	}
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	return tmp_path;
}
