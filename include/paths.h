/*
 * <paths.h>: well-known paths of the system.
 */

#ifndef _PATHS_H_
#define _PATHS_H_

/* Default search path. */
#define _PATH_DEFPATH "/usr/bin:/bin:/usr/pkg/bin:/usr/local/bin"
/* All standard utilities path. */
#define _PATH_STDPATH "/usr/bin:/bin:/usr/sbin:/sbin:/usr/pkg/bin:/usr/pkg/sbin"

#define _PATH_AUDIO    "/dev/audio"
#define _PATH_BSHELL   "/bin/sh"
#define _PATH_CONSOLE  "/dev/console"
#define _PATH_CONSTTY  "/dev/constty"
#define _PATH_CSHELL   "/bin/csh"
#define _PATH_DEFTAPE  "/dev/nrst0"
#define _PATH_DEVCDB   "/var/run/dev.cdb"
#define _PATH_DEVDB    "/var/run/dev.db"
#define _PATH_DEVNULL  "/dev/null"
#define _PATH_DEVZERO  "/dev/zero"
#define _PATH_DRUM     "/dev/drum"
#define _PATH_FSTAB    "/etc/fstab"
#define _PATH_GROUP    "/etc/group"
#define _PATH_KMEM     "/dev/kmem"
#define _PATH_KSYMS    "/dev/ksyms"
#define _PATH_LOCALE   "/usr/share/locale"
#define _PATH_MAILDIR  "/var/mail"
#define _PATH_MAN      "/usr/share/man"
#define _PATH_MEM      "/dev/mem"
#define _PATH_NOLOGIN  "/etc/nologin"
#define _PATH_PASSWD   "/etc/passwd"
#define _PATH_PRINTCAP "/etc/printcap"
#define _PATH_RANDOM   "/dev/random"
#define _PATH_SENDMAIL "/usr/sbin/sendmail"
#define _PATH_SHELLS   "/etc/shells"
#define _PATH_SHM      "/var/shm"
#define _PATH_SKEYKEYS "/etc/skeykeys"
#define _PATH_SYSMON   "/dev/sysmon"
#define _PATH_TTY      "/dev/tty"
#define _PATH_UNIX     "/bulkhead"
#define _PATH_URANDOM  "/dev/urandom"
#define _PATH_VI       "/usr/bin/vi"

/* Provide trailing slash, since mostly used for building pathnames. */
#define _PATH_DEV	"/dev/"
#define _PATH_DEV_PTS	"/dev/pts/"
#define _PATH_EMUL_AOUT "/emul/aout/"
#define _PATH_TMP	"/tmp/"
#define _PATH_VARDB	"/var/db/"
#define _PATH_VARRUN	"/var/run/"
#define _PATH_VARTMP	"/var/tmp/"

#endif /* !_PATHS_H_ */
