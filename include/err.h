/*
 * <err.h>: formatted error messages (err, warn and friends), each
 * prefixed with the program name and, for the non-x forms, followed by
 * the message for errno (or for an explicit code in the c forms).
 */
#ifndef _ERR_H_
#define _ERR_H_

#include <sys/cdefs.h>

__BEGIN_DECLS
__dead void err(int, const char *, ...) __printflike(2, 3);
__dead void verr(int, const char *, __builtin_va_list) __printflike(2, 0);
__dead void errx(int, const char *, ...) __printflike(2, 3);
__dead void verrx(int, const char *, __builtin_va_list) __printflike(2, 0);
__dead void errc(int, int, const char *, ...) __printflike(3, 4);
__dead void verrc(int, int, const char *, __builtin_va_list) __printflike(3, 0);
void warn(const char *, ...) __printflike(1, 2);
void vwarn(const char *, __builtin_va_list) __printflike(1, 0);
void warnx(const char *, ...) __printflike(1, 2);
void vwarnx(const char *, __builtin_va_list) __printflike(1, 0);
void warnc(int, const char *, ...) __printflike(2, 3);
void vwarnc(int, const char *, __builtin_va_list) __printflike(2, 0);
__END_DECLS

#endif /* !_ERR_H_ */
