/*
 * <machine/elf_machdep.h>: ELF machine constants for x86_64 and its
 * relocation types (the ones a static loader or linker meets).
 */

#ifndef _X86_64_ELF_MACHDEP_H_
#define _X86_64_ELF_MACHDEP_H_

#define ELF64_MACHDEP_ENDIANNESS ELFDATA2LSB
#define ELF64_MACHDEP_ID	 EM_X86_64
#define ELF64_MACHDEP_ID_CASES                                                 \
	case EM_X86_64:                                                        \
		break;
#define ARCH_ELFSIZE 64

#define R_X86_64_NONE	   0
#define R_X86_64_64	   1
#define R_X86_64_PC32	   2
#define R_X86_64_GOT32	   3
#define R_X86_64_PLT32	   4
#define R_X86_64_COPY	   5
#define R_X86_64_GLOB_DAT  6
#define R_X86_64_JUMP_SLOT 7
#define R_X86_64_RELATIVE  8
#define R_X86_64_GOTPCREL  9
#define R_X86_64_32	   10
#define R_X86_64_32S	   11
#define R_X86_64_16	   12
#define R_X86_64_PC16	   13
#define R_X86_64_8	   14
#define R_X86_64_PC8	   15
#define R_X86_64_DTPMOD64  16
#define R_X86_64_DTPOFF64  17
#define R_X86_64_TPOFF64   18
#define R_X86_64_TLSGD	   19
#define R_X86_64_TLSLD	   20
#define R_X86_64_DTPOFF32  21
#define R_X86_64_GOTTPOFF  22
#define R_X86_64_TPOFF32   23
#define R_X86_64_PC64	   24
#define R_X86_64_GOTOFF64  25
#define R_X86_64_GOTPC32   26
#define R_X86_64_IRELATIVE 37

#define R_TYPE(name) __CONCAT(R_X86_64_, name)

#endif /* !_X86_64_ELF_MACHDEP_H_ */
