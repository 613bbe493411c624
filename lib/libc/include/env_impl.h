/*
 * env_impl.h: private helpers of getenv, setenv, putenv and unsetenv
 * (lib/libc/stdlib/env_core.c).
 */
#ifndef _ENV_IMPL_H_
#define _ENV_IMPL_H_

#include <stddef.h>

extern char **environ;

/* Length of a valid variable name (no '=' and not empty), else 0. */
size_t __env_namelen(const char *);

/* Index in environ of "name=...", or -1. */
long __env_find(const char *, size_t);

/* Store entry at index (or append when index < 0); -1 on ENOMEM. */
int __env_store(long, char *);

/* Remove the entry at index. */
void __env_remove(long);

#endif /* !_ENV_IMPL_H_ */
