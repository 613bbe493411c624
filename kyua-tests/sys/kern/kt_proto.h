/*
 * kt_proto.h: messages between the IPC test programs.
 *
 * kt_ipc (the controller) drives kt_peer instances (kt_peer_a/_b/_c)
 * with commands; m_u64[] carries the arguments and the results.  The
 * other programs report to the controller with KT_REPORT (a result line in
 * m_u8) and KT_DONE.
 */

#ifndef _KT_PROTO_H_
#define _KT_PROTO_H_

#define KT_BASE	     0x7000
#define P_ECHO	     (KT_BASE + 1)  /* reply [0]+1, [1]=m_source seen */
#define P_SEND_TO    (KT_BASE + 2)  /* SEND P_DATA([1]) to [0]; no reply */
#define P_NOTIFY_N   (KT_BASE + 3)  /* NOTIFY [0] [1] times, then reply */
#define P_ATOMIC     (KT_BASE + 4)  /* ask [0] to P_TRY_CTL [1]; reply r */
#define P_TRY_CTL    (KT_BASE + 5)  /* SENDNB+NOTIFY [0]; reply results */
#define P_SENDREC_TO (KT_BASE + 6)  /* SENDREC to [0]; SEND r to source */
#define P_RECV_FROM  (KT_BASE + 7)  /* RECEIVE from [0]; SEND r to source */
#define P_COPY	     (KT_BASE + 8)  /* grant op, see below; reply r+data */
#define P_SETGRANT   (KT_BASE + 9)  /* make an indirect grant, see below */
#define P_EXIT	     (KT_BASE + 10) /* exit now */
#define P_DATA	     (KT_BASE + 11) /* payload message */
#define P_RESULT     (KT_BASE + 12) /* result of a command, [0] = r */
#define KT_REPORT    (KT_BASE + 20) /* m_u8: a result line to print */
#define KT_DONE	     (KT_BASE + 21) /* a program finished */
#define KT_HELLO     (KT_BASE + 22) /* user program asks for endpoints */

/*
 * P_COPY: [0] granter, [1] gid, [2] offset, [3] bytes, [4] op, [5] value.
 * ops: COPY_FROM (reply carries the first 32 bytes read in m_u64[2..5]),
 * COPY_TO (writes bytes of value [5]), MEMSET (pattern [5]), VCOPY_FROM
 * (SYS_VSAFECOPY, two halves).
 * P_SETGRANT: make entry 0 of the peer's own table an indirect grant:
 * [0] grantee, [1] from, [2] ref gid, [3] start, [4] len, [5] flags;
 * reply [0] = 0, [1] = the new gid.
 */
#define COPY_FROM   1
#define COPY_TO	    2
#define COPY_MEMSET 3
#define COPY_VFROM  4

#endif /* !_KT_PROTO_H_ */
