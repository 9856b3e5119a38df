/* harness.c - runs the registered unit tests. */
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct test { const char *name; test_fn fn; };
static struct test tests[1024];
static size_t ntests;
static int failed_current;
static char tmpdir[256];

void harness_register(const char *name, test_fn fn)
{
	if (ntests < sizeof tests / sizeof tests[0])
		tests[ntests++] = (struct test){ name, fn };
}

void harness_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	failed_current = 1;
	printf("  # %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

const char *harness_tmpdir(void)
{
	return tmpdir;
}

int main(int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/plenary-unit-XXXXXX");
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return 1;
	}
	int passed = 0, failed = 0;
	for (size_t i = 0; i < ntests; i++) {
		if (filter && !strstr(tests[i].name, filter))
			continue;
		failed_current = 0;
		fflush(stdout);
		tests[i].fn();
		if (failed_current) {
			printf("FAIL %s\n", tests[i].name);
			failed++;
		} else {
			printf("ok %s\n", tests[i].name);
			passed++;
		}
	}
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
