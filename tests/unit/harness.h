/*
 * harness.h - a minimal unit-test harness.
 *
 *   TEST(decode_strips_bom) { CHECK(x == 1); CHECK_STR(s, "abc"); }
 *
 * Tests register themselves at load time; the runner prints "ok NAME" or
 * "FAIL NAME: file:line: what" per test, which tests/run.sh adds up.
 * `harness_filter` (argv[1]) runs only tests whose name contains it.
 */
#ifndef PLENARY_TEST_HARNESS_H
#define PLENARY_TEST_HARNESS_H

#include <stddef.h>
#include <string.h>

typedef void (*test_fn)(void);
void harness_register(const char *name, test_fn fn);
void harness_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Path of a scratch directory that exists for the whole run. */
const char *harness_tmpdir(void);

#define TEST(name)                                                        \
	static void test_##name(void);                                     \
	__attribute__((constructor)) static void register_##name(void)     \
	{ harness_register(#name, test_##name); }                          \
	static void test_##name(void)

#define CHECK(cond)                                                        \
	do { if (!(cond)) { harness_fail(__FILE__, __LINE__, "%s", #cond); return; } } while (0)

#define CHECK_INT(a, b)                                                    \
	do { long long a_ = (long long)(a), b_ = (long long)(b);           \
	     if (a_ != b_) { harness_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", \
	                                  #a, a_, b_); return; } } while (0)

#define CHECK_STR(a, b)                                                    \
	do { const char *a_ = (a), *b_ = (b);                              \
	     if (!a_ || !b_ || strcmp(a_, b_) != 0) {                      \
	         harness_fail(__FILE__, __LINE__, "%s is \"%s\", expected \"%s\"", \
	                      #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); return; } } while (0)

#endif
