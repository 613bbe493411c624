/*
 * boot.c: turn boot modules into processes.
 *
 * A module's name is the base name of the last word of its command line:
 * GRUB's `module2 /boot/pm pm' gives "pm", QEMU's `-initrd "obj/spin
 * spin_a"' gives "spin_a".  The boot-image table gives the slot, queue,
 * quantum and privilege id; each process gets its own address space with
 * the ELF image, a 16 KiB stack below USER_STACK_TOP, and starts at the ELF
 * entry with rdi pointing to its name (a NUL-terminated string on the
 * stack).  Modules the table marks BOOT_DATA (the root file-system image)
 * are not run: they stay where the loader put them (reserved memory) and
 * boot_data_module() tells where, for the memory driver's RAM disk;
 * boot_data_list() lists them all for SYS_GETINFO GET_BOOTMODS.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"

#define USER_STACK_TOP	 0x00007fffffe00000UL
#define USER_STACK_PAGES 4
#define MAX_DATA_MODULES NR_BOOT_DATA

static struct data_module {
	char dm_name[16];
	paddr_t dm_start;
	size_t dm_size;
} data_modules[MAX_DATA_MODULES];
static int ndata_modules;

static void
module_name(const char *cmdline, char *name, size_t size)
{
	const char *w = cmdline, *s;
	size_t n;

	for (s = cmdline; *s != '\0'; s++)
		if (*s != ' ' && (s == cmdline || s[-1] == ' '))
			w = s; /* start of the last word */
	for (s = w; *s != '\0' && *s != ' '; s++)
		if (*s == '/')
			w = s + 1;
	n = (size_t)(s - w) < size - 1 ? (size_t)(s - w) : size - 1;
	memcpy(name, w, n);
	name[n] = '\0';
}

static int
setup_stack(struct proc *p, uint64_t *sp, uint64_t *argp)
{
	uintptr_t va;
	paddr_t pa;
	size_t len = strlen(p->p_name) + 1;
	int r;

	for (va = USER_STACK_TOP - USER_STACK_PAGES * PAGE_SIZE;
	     va < USER_STACK_TOP; va += PAGE_SIZE) {
		if ((pa = pmem_alloc_page()) == PMEM_NONE)
			return -ENOMEM;
		if ((r = pt_map(p, va, pa, PT_WRITE | PT_KOWNED)) != 0) {
			pmem_free_page(pa);
			return r;
		}
	}
	*argp = USER_STACK_TOP - 32;
	if ((r = copyout(p, *argp, p->p_name, len)) != 0)
		return r;
	*sp = USER_STACK_TOP - 64;
	return 0;
}

static int
load_module(struct proc *p, paddr_t start, size_t size)
{
	uint64_t entry, sp, arg;
	int r;

	if ((r = pt_new_space(p)) != 0)
		return r;
	if ((r = elf_load(p, PHYS_TO_VIRT(start), size, &entry)) != 0)
		return r;
	if ((r = setup_stack(p, &sp, &arg)) != 0)
		return r;
	arch_user_ctx_init(p, entry, sp, arg);
	return 0;
}

static int
keep_data_module(const char *name, paddr_t start, size_t size)
{
	struct data_module *dm;

	if (ndata_modules >= MAX_DATA_MODULES) {
		kprintf("boot: data module %s: too many, ignored\n", name);
		return -ENOMEM;
	}
	dm = &data_modules[ndata_modules++];
	strlcpy(dm->dm_name, name, sizeof(dm->dm_name));
	dm->dm_start = start;
	dm->dm_size = size;
	kprintf(
	    "boot: %s: data, %lu bytes at %lx\n", name, (uint64_t)size, start);
	return 0;
}

/* Where the data module `name' is; 0 or -ENOENT. */
int
boot_data_module(const char *name, paddr_t *start, size_t *size)
{
	int i;

	for (i = 0; i < ndata_modules; i++) {
		if (strcmp(data_modules[i].dm_name, name) != 0)
			continue;
		*start = data_modules[i].dm_start;
		*size = data_modules[i].dm_size;
		return 0;
	}
	return -ENOENT;
}

/* Copy the data modules to km[0 .. max); returns how many there are. */
int
boot_data_list(struct kinfo_bootmod *km, int max)
{
	int i;

	for (i = 0; i < ndata_modules && i < max; i++) {
		memcpy(km[i].km_name, data_modules[i].dm_name,
		    sizeof(km[i].km_name));
		km[i].km_base = data_modules[i].dm_start;
		km[i].km_len = data_modules[i].dm_size;
	}
	return ndata_modules;
}

int
proc_from_module(const char *cmdline, paddr_t start, size_t size)
{
	const struct boot_image *bi;
	struct proc *p;
	char name[16];
	int slot, r;

	module_name(cmdline, name, sizeof(name));
	bi = boot_image_lookup(name);
	if (bi != NULL && bi->bi_slot == BOOT_DATA)
		return keep_data_module(name, start, size);
	slot = proc_alloc_slot(bi != NULL ? bi->bi_slot : -1);
	if ((p = proc_new(slot, name)) == NULL) {
		kprintf("boot: module %s: no free slot, skipped\n", name);
		return -EBUSY;
	}
	if (bi != NULL) {
		p->p_priority = bi->bi_priority;
		p->p_quantum_size = p->p_quantum_left = bi->bi_quantum;
	}
	if ((r = load_module(p, start, size)) != 0) {
		kprintf("boot: module %s: cannot load (error %d), skipped\n",
		    name, r);
		proc_kill(p, NULL);
		return r;
	}
	priv_init_boot(p, bi != NULL ? bi->bi_priv : PRIV_ID_USER);
	kprintf("boot: %s: endpoint %d, entry %lx\n", p->p_name, p->p_endpoint,
	    p->p_ctx.rip);
	rts_clear(p, RTS_STOPPED);
	return 0;
}

void
boot_load_modules(void)
{
	const struct boot_module *m;
	int i;

	for (i = 0; i < boot_info.bi_nmods; i++) {
		m = &boot_info.bi_mods[i];
		proc_from_module(
		    m->bm_cmdline, m->bm_start, m->bm_end - m->bm_start);
	}
}
