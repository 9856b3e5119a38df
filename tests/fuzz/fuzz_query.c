/*
 * fuzz_query.c - search queries (FTS5 syntax plus key:value filters), raw
 * and literal, against a small database made once per process from a few
 * documents: ranked hits with snippets, every match marked, and counts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "plenary/ingest.h"
#include "plenary/search.h"
#include "plenary/store.h"

static const struct { const char *name, *text; } docs[] = {
	{ "statement.txt",
	  "Remittances sent home by migrant workers exceed official development aid.\n\n"
	  "Mr. Diaz (Mexico): Safe, orderly and regular migration is a shared responsibility; "
	  "COVID-19 made it harder. Don't forget the 38.5 per cent.\n\n"
	  "The Chair: Thank you. @unhcr said refugees are not migrants.\n" },
	{ "notes.md",
	  "# Financial inclusion\n\nLowering the cost of *remittances* helps families in "
	  "C\xC3\xB4te d'Ivoire.\n\n## Trafficking\n\nHuman trafficking and drug trafficking "
	  "differ.\n" },
	{ "answers.csv",
	  "country,answer\n"
	  "MEX,\"Migrants should reach banks safely, and their savings too, said the d\xC3\xA9l\xC3\xA9gation.\"\n"
	  "FRA,\"Les migrants doivent pouvoir envoyer de l'argent \xC3\xA0 leur famille sans frais.\"\n" },
};

static char dir[64], db[96];
static struct pl_store *store;

static void cleanup(void)
{
	char path[160];
	pl_store_close(store);
	for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, docs[i].name);
		unlink(path);
	}
	const char *const ext[] = { "", "-wal", "-shm" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s%s", db, ext[i]);
		unlink(path);
	}
	rmdir(dir);
}

/* The database the queries run against: the documents above, ingested. */
static struct pl_store *open_store(void)
{
	const char *tmp = getenv("TMPDIR");
	enum { NDOCS = sizeof docs / sizeof *docs };
	char paths[NDOCS][160];
	const char *list[NDOCS];
	struct pl_err err = { 0 };
	snprintf(dir, sizeof dir, "%s/plenary-fuzz.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	FUZZ_MUST(mkdtemp(dir), "cannot make a temporary directory");
	snprintf(db, sizeof db, "%s/fuzz.db", dir);
	atexit(cleanup);
	for (size_t i = 0; i < NDOCS; i++) {
		snprintf(paths[i], sizeof paths[i], "%s/%s", dir, docs[i].name);
		list[i] = paths[i];
		FILE *f = fopen(paths[i], "w");
		FUZZ_MUST(f && fputs(docs[i].text, f) >= 0 && fclose(f) == 0, "cannot write a document");
	}
	struct pl_kv meta = { "region", "Americas" };
	struct pl_ingest_opts o = { .meta = &meta, .nmeta = 1 };
	struct pl_ingest_totals t = { 0 };
	FUZZ_MUST(!pl_store_open(db, PL_OPEN_CREATE, &store, &err), err.msg);
	FUZZ_MUST(!pl_ingest(store, list, NDOCS, &o, &t, &err), err.msg);
	FUZZ_MUST(t.passages > 0, "the documents were ingested");
	return store;
}

static int check_hit(void *ctx, const struct pl_hit *h)
{
	(void)ctx;
	FUZZ_MUST(h->rank >= 1 && h->passage_id > 0, "a hit has a rank and a passage");
	FUZZ_MUST(!h->snippet || pl_utf8_valid(h->snippet, strlen(h->snippet)),
	          "a snippet is valid UTF-8");
	return PL_OK;
}

static void search(const char *query, int literal, int snippet_words)
{
	struct pl_search_opts o = { .query = query, .literal = literal, .limit = 5,
	                            .snippet_words = snippet_words };
	struct pl_err err = { 0 };
	int64_t total = -1;
	int rc = pl_search(store, &o, check_hit, NULL, &total, &err);
	fuzz_status(rc, &err, FUZZ_ALLOW(PL_ENOMEM) | FUZZ_ALLOW(PL_EQUERY) | FUZZ_ALLOW(PL_EUSAGE));
	FUZZ_MUST(rc || total >= 0, "a search that succeeds counts its matches");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!store)
		open_store();
	/* A query comes from the command line or the TUI: a C string. */
	char *query = strndup((const char *)data, size);
	FUZZ_MUST(query, "out of memory");
	search(query, 0, 0);
	search(query, 0, -1);
	search(query, 1, 0);
	free(query);
	return 0;
}
