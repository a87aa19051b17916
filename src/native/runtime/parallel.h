/* The native parallel runtime: what generated C (and hand-written C) calls to run as
 * one core of an ePython run. Two implementations share this interface:
 *   host.c — target `host`: one process, one thread per core;
 *   mpi.c  — target `mpi`: one MPI rank per core.
 * Both build on shared.c (payloads, reductions, output lines, error reports) and the
 * platform layer platform.h (memory, output, time, threads), so the runtime itself
 * needs no libc and can move to bare-metal micro-cores.
 *
 * Semantics are the simulated device's (docs/device.md): every ordered pair of cores
 * has a FIFO channel; send is a rendezvous; collectives are called by every core in
 * the same order; reduce is an allreduce folded in core-id order.
 *
 * `line` arguments are the ePython source line of the call, for error reports. */
#ifndef EP_PARALLEL_H
#define EP_PARALLEL_H

#include <stddef.h>
#include <stdint.h>

/* Values that travel between cores. type: EP_NONE, EP_BOOL (one byte: C99 _Bool / uint8_t),
   EP_INT (int32_t), EP_FLOAT32, EP_FLOAT64, EP_STR (utf-8 bytes), EP_LIST (count elements of
   elem_type, packed, for lists of numbers/bools), EP_BYTES (opaque: anything else the
   compiler serialises itself). */
typedef enum { EP_NONE, EP_BOOL, EP_INT, EP_FLOAT32, EP_FLOAT64, EP_STR, EP_LIST, EP_BYTES } ep_type;
typedef struct { ep_type type; ep_type elem_type; int32_t count; void *data; } ep_payload;
/* count: elements for EP_LIST, bytes for EP_STR/EP_BYTES, 1 for scalars (data points at one
   value), 0 for EP_NONE (data may be NULL). Received data is allocated with ep_alloc, is
   followed by one zero byte (so a received EP_STR is also a C string), and is owned by the
   receiver (release with ep_free). */

typedef enum { EP_OP_SUM, EP_OP_MIN, EP_OP_MAX, EP_OP_PROD } ep_op;

int  ep_coreid(void);
int  ep_numcores(void);
void ep_send(const ep_payload *p, int dest, int line);         /* rendezvous: returns once received */
void ep_recv(ep_payload *out, int src, int line);
void ep_sendrecv(const ep_payload *p, ep_payload *out, int peer, int line);
int  ep_probe(int src, int line);                               /* 1 if a message from src waits */
void ep_isend(const ep_payload *p, int dest, int line);         /* nonblocking_send: the payload is copied */
int  ep_test_sent(int dest, int line);                          /* 1 when every isend to dest was received */
void ep_wait_sent(int dest, int line);
/* Collectives. Results replace *p / fill *out with a fresh ep_alloc'd buffer; an input
   buffer is never written and stays the caller's. */
void ep_bcast(ep_payload *p, int root, int line);               /* in on root, out elsewhere */
void ep_reduce(ep_payload *p, ep_op op, int line);              /* allreduce of a scalar or element-wise of a list; result on every core */
/* out on root: EP_BYTES holding numcores() records in core-id order, each an ep_record_header
   followed by header.nbytes data bytes, padded with zeros to a multiple of 8 bytes; read them
   with ep_gathered_item. EP_NONE elsewhere. */
void ep_gather(const ep_payload *p, ep_payload *out, int root, int line);
void ep_sync(int line);

/* Output of the calling core: whole lines are written with the "[device N] " prefix (unless
   prefixes are off), in one write per line so lines of different cores never interleave.
   A partial last line is written (with a newline) when the core ends. */
void ep_write(const char *s, size_t n);
/* A runtime error on the calling core: prints "Error on device core N:" + traceback line
   ("  File \"prog.py\", line L, in func"; without ", in func" when func is NULL) +
   "Kind: message" to stderr, stops every core, the process exits with status 1. */
void ep_fail(const char *kind, int line, const char *func, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 4, 5), noreturn))
#endif
  ;
/* Starts the run: ncores cores each running core_main(), whose return value is the core's exit
   status; returns the run's status (0 or the first non-zero core status by core id, 1 on a
   failure, 3 on a deadlock). prefix: 1 to prefix output lines. file: the ePython source name
   for reports. host: ncores <= 0 means the EPYTHON_CORES environment variable, else one core
   per CPU. mpi: ncores is ignored (the cores are the ranks of MPI_COMM_WORLD). */
int  ep_run(int ncores, int prefix, const char *file, int (*core_main)(void), int argc, char **argv);
void *ep_alloc(size_t bytes);                                    /* never returns NULL (fails MemoryError) */

/* ---- additions to the N1/N2 contract ---- */
void ep_free(void *p);                                           /* releases ep_alloc'd memory (NULL is fine) */
/* Ends the calling core with an exit status (ePython's exit(n)); its pending output is written. */
void ep_exit(int status)
#if defined(__GNUC__)
  __attribute__((noreturn))
#endif
  ;
int    ep_argc(void);                                            /* the program's arguments as given to ep_run */
char **ep_argv(void);
double ep_wtime(void);                                           /* seconds from an arbitrary origin (monotonic) */

/* allgather: ep_gather's records on every core. */
void ep_allgather(const ep_payload *p, ep_payload *out, int line);
/* scatter: root passes an EP_LIST of numcores() elements (core i gets element i as a
   scalar) or an EP_BYTES of numcores() records in ep_gather's layout (core i gets item i,
   e.g. strings or lists the compiler packed with ep_pack_records); *out on every core. */
void ep_scatter(const ep_payload *p, ep_payload *out, int root, int line);
/* Packs n payloads into the records layout (a fresh ep_alloc'd EP_BYTES payload). */
void ep_pack_records(const ep_payload *items, int n, ep_payload *out);

/* One record of a gathered buffer (see ep_gather). */
typedef struct { int32_t type, elem_type, count, nbytes; } ep_record_header;
/* Item i (0 <= i < numcores()) of the buffer ep_gather produced: fills *item with a payload
   whose data points INTO the gathered buffer (not a separate allocation). */
void ep_gathered_item(const ep_payload *gathered, int i, ep_payload *item);

#endif
