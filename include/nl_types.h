/*
 * <nl_types.h>: message catalogue types (catopen and friends are not
 * provided yet; nl_item is used by <langinfo.h>).
 */
#ifndef _NL_TYPES_H_
#define _NL_TYPES_H_

#include <sys/cdefs.h>

#define NL_SETD	      1
#define NL_CAT_LOCALE 1

typedef struct __nl_cat_d *nl_catd;
typedef long nl_item;

#endif /* !_NL_TYPES_H_ */
