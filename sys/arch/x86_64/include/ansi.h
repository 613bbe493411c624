/*
 * <machine/ansi.h>: types that several standard headers must define.
 *
 * Each header that needs one of these does
 *	#ifdef _BSD_SIZE_T_
 *	typedef _BSD_SIZE_T_ size_t;
 *	#undef _BSD_SIZE_T_
 *	#endif
 * so the typedef appears exactly once however many headers are included.
 */

#ifndef _X86_64_ANSI_H_
#define _X86_64_ANSI_H_

#include <machine/int_types.h>

#define _BSD_CLOCK_T_	  unsigned int	    /* clock() */
#define _BSD_PTRDIFF_T_	  long int	    /* ptr1 - ptr2 */
#define _BSD_SIZE_T_	  unsigned long int /* sizeof() */
#define _BSD_SSIZE_T_	  long int	    /* byte count or error */
#define _BSD_TIME_T_	  __int64_t	    /* time() */
#define _BSD_CLOCKID_T_	  int		    /* clockid_t */
#define _BSD_TIMER_T_	  int		    /* timer_t */
#define _BSD_SUSECONDS_T_ int		    /* suseconds_t */
#define _BSD_USECONDS_T_  unsigned int	    /* useconds_t */
#define _BSD_WCHAR_T_	  int		    /* wchar_t */
#define _BSD_WINT_T_	  int		    /* wint_t */
#define _BSD_MBSTATE_T_                                                        \
	union {                                                                \
		__int64_t __mbstateL;                                          \
		char __mbstate8[128];                                          \
	}

#endif /* !_X86_64_ANSI_H_ */
