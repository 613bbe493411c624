/*
 * table.c: the boot image: fixed slots (== endpoints, generation 0), run
 * queue, quantum and privilege id of each boot service, in boot-module
 * order (<minix/com.h>).  K2 gives the privilege ids their meaning
 * (priv.h).  Test programs (names starting with "t_") get the next free
 * slot and the test privileges; other unlisted modules get the next free
 * slot and the default user privileges.  Entries with BOOT_DATA are data,
 * not programs: the kernel keeps them in memory (boot_data_module()).
 */

#include "kernel.h"
#include "proc.h"

const struct boot_image boot_image[] = {
	{ "ds", DS_PROC_NR, PRIV_ID_SYS, 4, 8 },
	{ "rs", RS_PROC_NR, PRIV_ID_SYS, 4, 8 },
	{ "pm", PM_PROC_NR, PRIV_ID_SYS, 4, 8 },
	{ "vfs", VFS_PROC_NR, PRIV_ID_VFS, 5, 8 },
	{ "memory", MEM_PROC_NR, PRIV_ID_SYS, 3, 8 },
	{ "tty", TTY_PROC_NR, PRIV_ID_TTY, 3, 8 },
	{ "vm", VM_PROC_NR, PRIV_ID_SYS, 2, 8 },
	{ "pfs", PFS_PROC_NR, PRIV_ID_SYS, 5, 8 },
	{ "ext2", EXT2_PROC_NR, PRIV_ID_SYS, 5, 8 },
	{ "init", INIT_PROC_NR, PRIV_ID_USER, USER_Q, DEFAULT_QUANTUM },
	{ "rootfs", BOOT_DATA, 0, 0, 0 }, /* RAM-disk image, not a program */
};
const int nr_boot_image = __arraycount(boot_image);

/* In-kernel test programs: any module whose name starts with "t_". */
static const struct boot_image test_image = { "t_*", -1, PRIV_ID_TEST, USER_Q,
	DEFAULT_QUANTUM };

const struct boot_image *
boot_image_lookup(const char *name)
{
	int i;

	for (i = 0; i < nr_boot_image; i++)
		if (strcmp(boot_image[i].bi_name, name) == 0)
			return &boot_image[i];
	if (name[0] == 't' && name[1] == '_')
		return &test_image;
	return NULL;
}
