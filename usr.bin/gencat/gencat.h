/*
 * gencat.h: gencat(1)'s catalogue in memory: sets sorted by number, each
 * with its messages sorted by number.  catalog.c holds it and reads and
 * writes the binary form; gencat.c parses message source files into it.
 */
#ifndef GENCAT_H
#define GENCAT_H

#include <stddef.h>

struct msg {
	int no;
	char *text; /* NUL-terminated; may hold no other NUL */
};

struct set {
	int no;
	struct msg *msgs;
	size_t nmsgs;
};

struct catalog {
	struct set *sets;
	size_t nsets;
};

/* The set numbered no, created if missing. */
struct set *cat_set(struct catalog *, int);
/* Store (replacing) message no of set s; text is taken over. */
void cat_put(struct set *, int, char *);
/* Delete message no of set s, or the whole set no. */
void cat_delmsg(struct set *, int);
void cat_delset(struct catalog *, int);

/* Load an existing catalogue file into c; -1 if it is not one. */
int cat_read(struct catalog *, const char *);
/* Write c in the binary form to fd; -1 with errno on error. */
int cat_write(const struct catalog *, int);

/* Parse message source file `name' (its stream f) into c. */
int parse_msgfile(struct catalog *, const char *, void *);

#endif /* !GENCAT_H */
