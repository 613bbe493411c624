/*
 * elf.c: load a static ELF64 executable (a boot module) into a process.
 *
 * elf_check() validates everything first: identification, machine, type,
 * program-header table inside the file, every PT_LOAD inside the file and
 * inside user space, no overflow, entry inside user space.  Only then does
 * elf_load() map pages (kernel-owned, so they are freed with the address
 * space).  A bad module is reported and skipped by the caller; it never
 * panics the kernel.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"

#define EI_NIDENT   16
#define ELFCLASS64  2
#define ELFDATA2LSB 1
#define ET_EXEC	    2
#define EM_X86_64   62
#define PT_LOAD	    1
#define PF_X	    1
#define PF_W	    2
#define MAX_PHNUM   32
#define MAX_IMAGE   (64UL << 20) /* bytes of memory per boot module */

struct elf64_ehdr {
	uint8_t e_ident[EI_NIDENT];
	uint16_t e_type, e_machine;
	uint32_t e_version;
	uint64_t e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum;
	uint16_t e_shentsize, e_shnum, e_shstrndx;
};

struct elf64_phdr {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr;
	uint64_t p_filesz, p_memsz, p_align;
};

static const char *
elf_check_header(const struct elf64_ehdr *eh, size_t size)
{
	static const uint8_t magic[4] = { 0x7f, 'E', 'L', 'F' };

	if (size < sizeof(*eh) || memcmp(eh->e_ident, magic, 4) != 0)
		return "not an ELF file";
	if (eh->e_ident[4] != ELFCLASS64 || eh->e_ident[5] != ELFDATA2LSB)
		return "not ELF64 little-endian";
	if (eh->e_type != ET_EXEC || eh->e_machine != EM_X86_64)
		return "not an x86_64 executable";
	if (eh->e_phentsize != sizeof(struct elf64_phdr) || eh->e_phnum == 0 ||
	    eh->e_phnum > MAX_PHNUM)
		return "bad program-header table";
	if (eh->e_phoff > size ||
	    size - eh->e_phoff < (uint64_t)eh->e_phnum * eh->e_phentsize)
		return "program headers outside the file";
	if (eh->e_phoff % 8 != 0)
		return "misaligned program headers";
	if (eh->e_entry < PAGE_SIZE || eh->e_entry >= USER_TOP)
		return "entry point outside user space";
	return NULL;
}

static const char *
elf_check_phdr(const struct elf64_phdr *ph, size_t size, uint64_t *total)
{
	if (ph->p_type != PT_LOAD)
		return NULL;
	if (ph->p_filesz > ph->p_memsz)
		return "segment file size above memory size";
	if (ph->p_offset > size || size - ph->p_offset < ph->p_filesz)
		return "segment outside the file";
	if (ph->p_vaddr < PAGE_SIZE || ph->p_vaddr >= USER_TOP ||
	    USER_TOP - ph->p_vaddr < ph->p_memsz)
		return "segment outside user space";
	*total += ph->p_memsz;
	if (*total > MAX_IMAGE)
		return "image too large";
	return NULL;
}

static const char *
elf_check(const uint8_t *img, size_t size)
{
	const struct elf64_ehdr *eh = (const void *)img;
	const struct elf64_phdr *ph;
	const char *err;
	uint64_t total = 0;
	int i, nload = 0;

	if ((err = elf_check_header(eh, size)) != NULL)
		return err;
	ph = (const void *)(img + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++) {
		if ((err = elf_check_phdr(&ph[i], size, &total)) != NULL)
			return err;
		nload += ph[i].p_type == PT_LOAD;
	}
	return nload == 0 ? "no loadable segment" : NULL;
}

/* Map (or reuse) the page at va and copy the file bytes that fall in it. */
static int
load_page(struct proc *p, uintptr_t va, const struct elf64_phdr *ph,
    const uint8_t *img)
{
	unsigned flags = PT_KOWNED | ((ph->p_flags & PF_W) ? PT_WRITE : 0) |
	    ((ph->p_flags & PF_X) ? PT_EXEC : 0);
	unsigned old;
	paddr_t pa;
	uint64_t lo, hi;
	int r;

	if (pt_lookup(p, va, &pa, &old) == 0) {
		flags |= old;
	} else if ((pa = pmem_alloc_page()) == PMEM_NONE) {
		return -ENOMEM;
	}
	if ((r = pt_map(p, va, PAGE_ROUND_DOWN(pa), flags)) != 0)
		return r;
	lo = va > ph->p_vaddr ? va : ph->p_vaddr;
	hi = ph->p_vaddr + ph->p_filesz;
	if (hi > va + PAGE_SIZE)
		hi = va + PAGE_SIZE;
	if (lo < hi)
		memcpy((uint8_t *)PHYS_TO_VIRT(PAGE_ROUND_DOWN(pa)) + (lo - va),
		    img + ph->p_offset + (lo - ph->p_vaddr), hi - lo);
	return 0;
}

int
elf_load(struct proc *p, const uint8_t *img, size_t size, uint64_t *entry)
{
	const struct elf64_ehdr *eh = (const void *)img;
	const struct elf64_phdr *ph;
	const char *err;
	uintptr_t va;
	int i, r;

	if ((err = elf_check(img, size)) != NULL) {
		kprintf("elf_load: %s: %s\n", p->p_name, err);
		return -ENOEXEC;
	}
	ph = (const void *)(img + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
			continue;
		for (va = PAGE_ROUND_DOWN(ph[i].p_vaddr);
		     va < ph[i].p_vaddr + ph[i].p_memsz; va += PAGE_SIZE)
			if ((r = load_page(p, va, &ph[i], img)) != 0)
				return r;
	}
	*entry = eh->e_entry;
	return 0;
}
