/*
 * <poll.h>: input/output multiplexing; see <sys/poll.h>.
 */

#ifndef _POLL_H_
#define _POLL_H_

#include <sys/poll.h>

#endif /* !_POLL_H_ */
