/*
 * strmode: render a file mode as the 11-character ls(1) string plus NUL,
 * e.g. "drwxr-xr-x " (type, three permission triplets with setuid,
 * setgid and sticky folded in, and a trailing space).
 */
#include <sys/stat.h>
#include <string.h>

static char
type_char(mode_t mode)
{
	switch (mode & S_IFMT) {
	case S_IFDIR:
		return 'd';
	case S_IFCHR:
		return 'c';
	case S_IFBLK:
		return 'b';
	case S_IFREG:
		return '-';
	case S_IFLNK:
		return 'l';
	case S_IFSOCK:
		return 's';
	case S_IFIFO:
		return 'p';
	default:
		return '?';
	}
}

/* The execute column: x, or the special bit's letter (lower if also x). */
static char
exec_char(mode_t mode, mode_t xbit, mode_t special, char set)
{
	if (mode & special)
		return (mode & xbit) ? set : (char)(set - 'a' + 'A');
	return (mode & xbit) ? 'x' : '-';
}

void
strmode(mode_t mode, char *p)
{
	p[0] = type_char(mode);
	p[1] = (mode & S_IRUSR) ? 'r' : '-';
	p[2] = (mode & S_IWUSR) ? 'w' : '-';
	p[3] = exec_char(mode, S_IXUSR, S_ISUID, 's');
	p[4] = (mode & S_IRGRP) ? 'r' : '-';
	p[5] = (mode & S_IWGRP) ? 'w' : '-';
	p[6] = exec_char(mode, S_IXGRP, S_ISGID, 's');
	p[7] = (mode & S_IROTH) ? 'r' : '-';
	p[8] = (mode & S_IWOTH) ? 'w' : '-';
	p[9] = exec_char(mode, S_IXOTH, S_ISVTX, 't');
	p[10] = ' ';
	p[11] = '\0';
}
