/*
 * multiboot.c: read what the boot loader left us (multiboot 1 or 2).
 *
 * mb_parse() copies the memory map and the module list (with command
 * lines) into boot_info, and tells the page allocator about every range it
 * must never hand out: the information structure itself, the memory map,
 * the module table, every command line and every module.  Loaders put these
 * anywhere, GRUB often in gaps of low memory or right after our .bss, so
 * each is reserved explicitly.  Usable RAM is added afterwards by kmain.
 */

#include "kernel.h"
#include "arch.h"
#include "vm.h"

#define MB1_BOOT_MAGIC 0x2badb002
#define MB2_BOOT_MAGIC 0x36d76289

struct boot_info boot_info;

static void
reserve(paddr_t start, paddr_t len)
{
	pmem_reserve(start, start + len);
}

static void
add_mem(uint64_t base, uint64_t len)
{
	struct boot_info *bi = &boot_info;

	if (bi->bi_nmem >= MAX_MEM_RANGES || len == 0)
		return;
	bi->bi_mem[bi->bi_nmem].mri_start = base;
	bi->bi_mem[bi->bi_nmem].mri_end = base + len;
	bi->bi_nmem++;
}

/*
 * Copy a loader string at physical pa into dst, reserving it.  A string
 * too long for dst keeps its end (a module's name is its last word).
 */
static void
copy_str(char *dst, size_t size, paddr_t pa)
{
	const char *s;
	size_t len;

	if (pa == 0 || pa >= DIRECT_BOOT_SIZE) {
		dst[0] = '\0';
		return;
	}
	s = PHYS_TO_VIRT(pa);
	len = strlen(s);
	reserve(pa, len + 1);
	strlcpy(dst, len >= size ? s + len - (size - 1) : s, size);
}

static void
add_module(paddr_t start, paddr_t end, paddr_t cmdline)
{
	struct boot_info *bi = &boot_info;
	struct boot_module *m;

	if (end < start)
		end = start;
	reserve(start, end - start);
	if (bi->bi_nmods >= MAX_BOOT_MODULES) {
		kprintf("mb_parse: too many modules, ignoring one\n");
		return;
	}
	m = &bi->bi_mods[bi->bi_nmods++];
	m->bm_start = start;
	m->bm_end = end;
	copy_str(m->bm_cmdline, sizeof(m->bm_cmdline), cmdline);
}

static void
mb1_parse(paddr_t info)
{
	const uint32_t *w = PHYS_TO_VIRT(info);
	const uint32_t *mod;
	const uint8_t *e, *end;
	uint32_t i;

	reserve(info, 120);
	if (w[0] & (1 << 9))
		copy_str(
		    boot_info.bi_loader, sizeof(boot_info.bi_loader), w[16]);
	if (w[0] & (1 << 3)) {
		reserve(w[6], (paddr_t)w[5] * 16);
		mod = PHYS_TO_VIRT(w[6]);
		for (i = 0; i < w[5]; i++, mod += 4)
			add_module(mod[0], mod[1], mod[2]);
	}
	if ((w[0] & (1 << 6)) == 0)
		panic("mb1_parse: loader gave no memory map");
	reserve(w[12], w[11]);
	e = PHYS_TO_VIRT(w[12]);
	end = e + w[11];
	while (e < end) {
		uint32_t size = *(const uint32_t *)e;
		uint64_t base = *(const uint64_t *)(e + 4);
		uint64_t len = *(const uint64_t *)(e + 12);

		if (*(const uint32_t *)(e + 20) == 1)
			add_mem(base, len);
		e += size + 4;
	}
}

static void
mb2_mmap(const uint8_t *tag, uint32_t tag_size)
{
	uint32_t esize = *(const uint32_t *)(tag + 8);
	const uint8_t *e;

	if (esize < 24)
		panic("mb2_mmap: bad entry size %u", esize);
	for (e = tag + 16; e + esize <= tag + tag_size; e += esize)
		if (*(const uint32_t *)(e + 16) == 1)
			add_mem(
			    *(const uint64_t *)e, *(const uint64_t *)(e + 8));
}

static void
mb2_parse(paddr_t info)
{
	const uint8_t *base = PHYS_TO_VIRT(info);
	uint32_t total = *(const uint32_t *)base;
	uint32_t off, type, size;
	int have_mmap = 0;

	reserve(info, total);
	for (off = 8; off + 8 <= total; off += (size + 7) & ~7U) {
		const uint8_t *tag = base + off;

		type = *(const uint32_t *)tag;
		size = *(const uint32_t *)(tag + 4);
		if (type == 0 || size < 8)
			break;
		if (type == 2)
			strlcpy(boot_info.bi_loader, (const char *)tag + 8,
			    sizeof(boot_info.bi_loader));
		else if (type == 3)
			add_module(*(const uint32_t *)(tag + 8),
			    *(const uint32_t *)(tag + 12), info + off + 16);
		else if (type == 6) {
			mb2_mmap(tag, size);
			have_mmap = 1;
		}
	}
	if (!have_mmap)
		panic("mb2_parse: loader gave no memory map");
}

void
mb_parse(uint32_t magic, paddr_t info)
{
	if (info >= DIRECT_BOOT_SIZE)
		panic("mb_parse: boot information above 4 GiB (%lx)", info);
	if (magic == MB1_BOOT_MAGIC)
		mb1_parse(info);
	else if (magic == MB2_BOOT_MAGIC)
		mb2_parse(info);
	else
		panic("mb_parse: not loaded by a multiboot loader (magic %x)",
		    magic);
	kprintf("boot: loader \"%s\", %d module(s), %d RAM range(s)\n",
	    boot_info.bi_loader, boot_info.bi_nmods, boot_info.bi_nmem);
}
