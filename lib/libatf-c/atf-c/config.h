/*
 * atf-c/config.h: ATF's build-time configuration as test programs query
 * it (atf_arch, atf_machine, atf_shell, atf_workdir, ...); each value can
 * be overridden by an environment variable of the same name in capitals.
 */
#ifndef _ATF_C_CONFIG_H_
#define _ATF_C_CONFIG_H_

#include <stdbool.h>

const char *atf_config_get(const char *);
bool atf_config_get_bool(const char *);

#endif /* !_ATF_C_CONFIG_H_ */
