/* What both targets share (shared.c): payload sizes and copies, gather records, the
 * in-order reduction, per-core output lines, error reports. Internal to the runtime.
 * Freestanding: uses only the platform layer. */
#ifndef EP_SHARED_H
#define EP_SHARED_H

#include "parallel.h"
#include "platform.h"

/* The run, as ep_run received it (set by the target before any core starts). */
typedef struct {
  const char *file;
  int prefix;
  int ncores;
  int argc;
  char **argv;
} ep_run_info;
extern ep_run_info ep_rt;

/* ---- implemented by the target (host.c or mpi.c) ---- */
/* Reports a runtime error of core `core` (already formatted message) and stops the run. */
void ep_target_fail(int core, const char *kind, int line, const char *func, const char *msg)
#if defined(__GNUC__)
  __attribute__((noreturn))
#endif
  ;

/* ---- payloads ---- */
size_t ep_elem_size(ep_type t);
size_t ep_payload_bytes(const ep_payload *p);
/* *out = a copy of the header, data of `bytes` bytes copied from `data` into a fresh
   ep_alloc'd buffer followed by one zero byte. */
void ep_payload_fill(ep_payload *out, const ep_payload *header, const void *data, size_t bytes);

/* ---- gather records: ep_record_header + data, padded to 8 bytes ---- */
size_t ep_record_size(const ep_payload *p);
void   ep_record_write(char *dst, const ep_payload *p); /* writes ep_record_size(p) bytes */

/* The records a scatter hands out: one per core from the root's payload (see ep_scatter),
   as a fresh EP_BYTES payload; 0 with err_msg (size 256) filled when the root's data is
   not numcores() items. */
int ep_scatter_records(const ep_payload *p, int n, ep_payload *out, char *err_msg);
/* *out = a fresh copy of record i of a records buffer. */
void ep_record_copy(const ep_payload *records, int i, ep_payload *out);

/* ---- reduce: folds items[0..n-1] (core i's contribution is items[i]) in core-id order,
   exactly as the interpreter: ints stay 32-bit (OverflowError), a float makes a float,
   lists reduce element-wise. On success fills *out (fresh buffer) and returns 1; on an
   error fills *err_core, err_kind and err_msg (size 256) and returns 0. */
int ep_fold(const ep_payload *const *items, int n, ep_op op, ep_payload *out,
            int *err_core, const char **err_kind, char *err_msg);
const char *ep_op_name(ep_op op);

/* ---- output: a core's pending line, starting with its prefix ---- */
typedef struct {
  char *buf;
  size_t len, cap, prefix_len;
} ep_outbuf;
void ep_out_init(ep_outbuf *o, int core, int prefix);
void ep_out_write(ep_outbuf *o, const char *s, size_t n); /* writes every completed line */
void ep_out_finish(ep_outbuf *o);                         /* writes a partial last line, frees */

/* ---- errors ---- */
/* The interpreter's report of a runtime error, into buf (NUL-terminated); returns length. */
size_t ep_format_failure(char *buf, size_t size, int core, const char *kind, int line,
                         const char *func, const char *msg);
/* Fails unless peer is a core of the run (and not the caller unless self_ok); `original`
   is the original ePython's text for a bad peer ("Attempting to send to ..."). */
void ep_check_peer(int me, int peer, const char *op, const char *original, int self_ok, int line);
#define EP_BAD_SEND "Attempting to send to non-existent or inactive process"
#define EP_BAD_RECV "Attempting to receive from non-existent or inactive process"
#define EP_BAD_SENDRECV "Attempting to sendrecv with non-existent or inactive process"
const char *ep_type_name(ep_type t);

#endif
