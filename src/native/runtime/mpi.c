/* Target `mpi`: every core is an MPI rank of MPI_COMM_WORLD (ep_run's ncores is ignored;
 * `mpirun -np N` chooses). This file is the only one that includes <mpi.h>: it is the
 * transport half of the platform layer for this target.
 *
 * Point to point: one message per value — a wire header (kind, type, elem_type, count)
 * followed by the data — all on one tag, so MPI's non-overtaking rule gives every
 * (src, dst) pair a FIFO channel, and sends and nonblocking sends stay ordered.
 *   send     = MPI_Ssend: synchronous, it returns once the receive has matched it, which
 *              is the device's rendezvous.
 *   recv     = MPI_Probe (for the size) + MPI_Recv into a buffer the receiver keeps.
 *   sendrecv = MPI_Issend + recv + MPI_Wait: both sides post before either waits.
 *   isend    = MPI_Issend of a copy; test_sent/wait_sent test/wait every request to dest.
 *   probe    = MPI_Iprobe.
 * Collectives map to MPI_Barrier, MPI_Bcast (header, then data), MPI_Gather/Gatherv (gather
 * records, the same layout as host), and reduce = MPI_Allgather/Allgatherv of every
 * contribution folded in core-id order on every rank by ep_fold: the exact interpreter
 * result (float sums in core order, int32 overflow raised, int/float mixes), which
 * MPI_Allreduce's unspecified order and wrapping ints cannot give. It moves ranks × size
 * bytes, which for the scalars and short vectors ePython reduces is one message anyway.
 *
 * Not detected over MPI: deadlocks (a stuck run hangs: use `mpirun --timeout S`) and a
 * mismatch of collectives between ranks (MPI's behaviour is undefined there). */
#include <mpi.h>

#include "shared.h"

#define TAG_P2P 1
#define TAG_NEVER 2 /* never sent: ranks park on it while an erring rank aborts the job */

enum { K_SEND, K_SENDRECV, K_ISEND };

typedef struct { int32_t kind, type, elem_type, count; } wire_header;

typedef struct {
  MPI_Request *req;
  char **buf;
  int n, cap;
} pending_sends;

static int rank = 0;
static ep_outbuf out;
static pending_sends *pending; /* per destination rank */

int ep_coreid(void) { return rank; }
int ep_numcores(void) { return ep_rt.ncores; }
void ep_write(const char *s, size_t n) { ep_out_write(&out, s, n); }

void ep_target_fail(int core, const char *kind, int line, const char *func, const char *msg) {
  ep_out_finish(&out);
  char text[2048];
  size_t n = ep_format_failure(text, sizeof text, core, kind, line, func, msg);
  ep_plat_write(2, text, n);
  MPI_Abort(MPI_COMM_WORLD, 1);
  ep_plat_exit(1);
}

/* Ends this rank's part of the run. Every rank ends here (from ep_run or ep_exit): the
   statuses are exchanged so that every rank exits with the run's status — the first
   non-zero one by core id, as on host — instead of mpirun's "first to exit in time".
   Pending nonblocking sends never received are left to MPI_Finalize. */
static int finish_run(int status) {
  ep_out_finish(&out);
  int *all = ep_alloc(sizeof(int) * (size_t)ep_rt.ncores);
  MPI_Allgather(&status, 1, MPI_INT, all, 1, MPI_INT, MPI_COMM_WORLD);
  int run_status = 0;
  for (int i = 0; i < ep_rt.ncores && !run_status; i++) run_status = all[i];
  ep_free(all);
  MPI_Finalize();
  return run_status;
}

void ep_exit(int status) { ep_plat_exit(finish_run(status)); }

/* ------------------------------------------------------------ point to point */

/* The wire form of a payload: header then data, in `small` when it fits, else in a fresh
   ep_alloc'd buffer (the caller frees it when it differs from `small`). */
static char *pack(const ep_payload *p, int kind, char *small, size_t small_size, int *len) {
  size_t bytes = ep_payload_bytes(p);
  size_t total = sizeof(wire_header) + bytes;
  if (total > 0x7fffffff) ep_fail("OverflowError", 0, 0, "message of %lu bytes is too large for MPI", (unsigned long)total);
  char *buf = total <= small_size ? small : ep_alloc(total);
  wire_header h = { kind, (int32_t)p->type, (int32_t)p->elem_type, p->count };
  ep_plat_memcpy(buf, &h, sizeof h);
  ep_plat_memcpy(buf + sizeof h, p->data, bytes);
  *len = (int)total;
  return buf;
}

static const char *kind_name(int kind) {
  return kind == K_SEND ? "send" : kind == K_SENDRECV ? "sendrecv" : "nonblocking_send";
}

/* Receives the next message from src into *out; `op` is the caller's call ("recv" accepts
   send and nonblocking_send, "sendrecv" only sendrecv). */
static void receive(ep_payload *dst, int src, const char *op, int line) {
  MPI_Status st;
  int len;
  MPI_Probe(src, TAG_P2P, MPI_COMM_WORLD, &st);
  MPI_Get_count(&st, MPI_BYTE, &len);
  char *buf = ep_alloc((size_t)len + 1);
  MPI_Recv(buf, len, MPI_BYTE, src, TAG_P2P, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  wire_header h;
  ep_plat_memcpy(&h, buf, sizeof h);
  int want_sendrecv = op[4] == 'r'; /* "sendrecv" */
  if ((h.kind == K_SENDRECV) != want_sendrecv) {
    ep_fail("DeadlockError", line, 0,
            "core %d called %s(%d) but core %d called %s(%d): sendrecv must be matched by sendrecv on the other core, and send by recv",
            rank, op, src, src, kind_name(h.kind), rank);
  }
  /* The data moves to the front of the buffer, which the receiver then owns. */
  size_t bytes = (size_t)len - sizeof h;
  for (size_t i = 0; i < bytes; i++) buf[i] = buf[i + sizeof h];
  buf[bytes] = 0;
  dst->type = (ep_type)h.type;
  dst->elem_type = (ep_type)h.elem_type;
  dst->count = h.count;
  dst->data = buf;
}

void ep_send(const ep_payload *p, int dest, int line) {
  ep_check_peer(rank, dest, "send", EP_BAD_SEND, 0, line);
  char small[256];
  int len;
  char *buf = pack(p, K_SEND, small, sizeof small, &len);
  MPI_Ssend(buf, len, MPI_BYTE, dest, TAG_P2P, MPI_COMM_WORLD);
  if (buf != small) ep_free(buf);
}

void ep_recv(ep_payload *dst, int src, int line) {
  ep_check_peer(rank, src, "recv", EP_BAD_RECV, 0, line);
  receive(dst, src, "recv", line);
}

void ep_sendrecv(const ep_payload *p, ep_payload *dst, int peer, int line) {
  ep_check_peer(rank, peer, "sendrecv", EP_BAD_SENDRECV, 0, line);
  char small[256];
  int len;
  char *buf = pack(p, K_SENDRECV, small, sizeof small, &len);
  MPI_Request req;
  MPI_Issend(buf, len, MPI_BYTE, peer, TAG_P2P, MPI_COMM_WORLD, &req);
  receive(dst, peer, "sendrecv", line);
  MPI_Wait(&req, MPI_STATUS_IGNORE);
  if (buf != small) ep_free(buf);
}

int ep_probe(int src, int line) {
  ep_check_peer(rank, src, "probe", EP_BAD_RECV, 1, line);
  int flag = 0;
  MPI_Iprobe(src, TAG_P2P, MPI_COMM_WORLD, &flag, MPI_STATUS_IGNORE);
  return flag != 0;
}

void ep_isend(const ep_payload *p, int dest, int line) {
  ep_check_peer(rank, dest, "nonblocking_send", EP_BAD_SEND, 0, line);
  pending_sends *q = &pending[dest];
  if (q->n == q->cap) {
    int cap = q->cap ? q->cap * 2 : 8;
    MPI_Request *req = ep_alloc(sizeof *req * (size_t)cap);
    char **bufs = ep_alloc(sizeof *bufs * (size_t)cap);
    ep_plat_memcpy(req, q->req, sizeof *req * (size_t)q->n);
    ep_plat_memcpy(bufs, q->buf, sizeof *bufs * (size_t)q->n);
    ep_free(q->req);
    ep_free(q->buf);
    q->req = req;
    q->buf = bufs;
    q->cap = cap;
  }
  int len;
  /* Always a heap copy: the request outlives this call, and later changes by the sender
     must not show. */
  char *buf = pack(p, K_ISEND, 0, 0, &len);
  MPI_Issend(buf, len, MPI_BYTE, dest, TAG_P2P, MPI_COMM_WORLD, &q->req[q->n]);
  q->buf[q->n++] = buf;
}

/* Drops the completed requests to dest (all of them if `wait`); 1 when none is left. */
static int settle(int dest, int wait) {
  pending_sends *q = &pending[dest];
  int kept = 0;
  for (int i = 0; i < q->n; i++) {
    int done = 1;
    if (wait) MPI_Wait(&q->req[i], MPI_STATUS_IGNORE);
    else MPI_Test(&q->req[i], &done, MPI_STATUS_IGNORE);
    if (done) ep_free(q->buf[i]);
    else { q->req[kept] = q->req[i]; q->buf[kept] = q->buf[i]; kept++; }
  }
  q->n = kept;
  return kept == 0;
}

int ep_test_sent(int dest, int line) {
  ep_check_peer(rank, dest, "test_sent", EP_BAD_SEND, 1, line);
  return settle(dest, 0);
}

void ep_wait_sent(int dest, int line) {
  ep_check_peer(rank, dest, "wait_sent", EP_BAD_SEND, 1, line);
  settle(dest, 1);
}

/* -------------------------------------------------------------- collectives */

void ep_sync(int line) {
  (void)line;
  MPI_Barrier(MPI_COMM_WORLD);
}

void ep_bcast(ep_payload *p, int root, int line) {
  ep_check_peer(rank, root, "bcast", EP_BAD_RECV, 1, line);
  int32_t h[4] = { (int32_t)p->type, (int32_t)p->elem_type, p->count, (int32_t)ep_payload_bytes(p) };
  MPI_Bcast(h, 4, MPI_INT32_T, root, MPI_COMM_WORLD);
  if (rank == root) {
    if (h[3] > 0) MPI_Bcast(p->data, h[3], MPI_BYTE, root, MPI_COMM_WORLD);
    return;
  }
  char *data = ep_alloc((size_t)h[3] + 1);
  if (h[3] > 0) MPI_Bcast(data, h[3], MPI_BYTE, root, MPI_COMM_WORLD);
  data[h[3]] = 0;
  p->type = (ep_type)h[0];
  p->elem_type = (ep_type)h[1];
  p->count = h[2];
  p->data = data;
}

/* Every rank computes the same error from the same data: the rank it names reports it and
   aborts the job; the others wait for the abort instead of printing it again. */
static void collective_error(int bad, const char *kind, int line, const char *msg) {
  if (bad == rank) ep_target_fail(bad, kind, line, 0, msg);
  ep_out_finish(&out);
  int never;
  MPI_Recv(&never, 1, MPI_INT, bad, TAG_NEVER, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  ep_plat_exit(1);
}

void ep_reduce(ep_payload *p, ep_op op, int line) {
  int n = ep_rt.ncores;
  int32_t mine[4] = { (int32_t)p->type, (int32_t)p->elem_type, p->count, (int32_t)ep_payload_bytes(p) };
  int32_t *heads = ep_alloc(sizeof(int32_t) * 4 * (size_t)n);
  MPI_Allgather(mine, 4, MPI_INT32_T, heads, 4, MPI_INT32_T, MPI_COMM_WORLD);
  int *sizes = ep_alloc(sizeof(int) * (size_t)n), *displs = ep_alloc(sizeof(int) * (size_t)n);
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    sizes[i] = heads[4 * i + 3];
    displs[i] = (int)total;
    total += (size_t)sizes[i];
  }
  char *all = ep_alloc(total + 1);
  MPI_Allgatherv(p->data, mine[3], MPI_BYTE, all, sizes, displs, MPI_BYTE, MPI_COMM_WORLD);
  ep_payload *items = ep_alloc(sizeof(ep_payload) * (size_t)n);
  const ep_payload **refs = ep_alloc(sizeof(ep_payload *) * (size_t)n);
  for (int i = 0; i < n; i++) {
    items[i].type = (ep_type)heads[4 * i];
    items[i].elem_type = (ep_type)heads[4 * i + 1];
    items[i].count = heads[4 * i + 2];
    items[i].data = all + displs[i];
    refs[i] = &items[i];
  }
  int bad;
  const char *kind;
  char msg[256];
  if (!ep_fold(refs, n, op, p, &bad, &kind, msg)) collective_error(bad, kind, line, msg);
  ep_free(refs);
  ep_free(items);
  ep_free(all);
  ep_free(displs);
  ep_free(sizes);
  ep_free(heads);
}

void ep_gather(const ep_payload *p, ep_payload *dst, int root, int line) {
  ep_check_peer(rank, root, "gather", EP_BAD_RECV, 1, line);
  int n = ep_rt.ncores;
  int size = (int)ep_record_size(p);
  char *record = ep_alloc((size_t)size);
  ep_record_write(record, p);
  int *sizes = 0, *displs = 0;
  char *all = 0;
  size_t total = 0;
  if (rank == root) {
    sizes = ep_alloc(sizeof(int) * (size_t)n);
    displs = ep_alloc(sizeof(int) * (size_t)n);
  }
  MPI_Gather(&size, 1, MPI_INT, sizes, 1, MPI_INT, root, MPI_COMM_WORLD);
  if (rank == root) {
    for (int i = 0; i < n; i++) {
      displs[i] = (int)total;
      total += (size_t)sizes[i];
    }
    all = ep_alloc(total + 1);
    all[total] = 0;
  }
  MPI_Gatherv(record, size, MPI_BYTE, all, sizes, displs, MPI_BYTE, root, MPI_COMM_WORLD);
  ep_free(record);
  ep_free(sizes);
  ep_free(displs);
  dst->type = rank == root ? EP_BYTES : EP_NONE;
  dst->elem_type = EP_NONE;
  dst->count = rank == root ? (int32_t)total : 0;
  dst->data = all;
}

void ep_allgather(const ep_payload *p, ep_payload *dst, int line) {
  (void)line;
  int n = ep_rt.ncores;
  int size = (int)ep_record_size(p);
  char *record = ep_alloc((size_t)size);
  ep_record_write(record, p);
  int *sizes = ep_alloc(sizeof(int) * (size_t)n), *displs = ep_alloc(sizeof(int) * (size_t)n);
  MPI_Allgather(&size, 1, MPI_INT, sizes, 1, MPI_INT, MPI_COMM_WORLD);
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    displs[i] = (int)total;
    total += (size_t)sizes[i];
  }
  char *all = ep_alloc(total + 1);
  all[total] = 0;
  MPI_Allgatherv(record, size, MPI_BYTE, all, sizes, displs, MPI_BYTE, MPI_COMM_WORLD);
  ep_free(record);
  ep_free(sizes);
  ep_free(displs);
  dst->type = EP_BYTES;
  dst->elem_type = EP_NONE;
  dst->count = (int32_t)total;
  dst->data = all;
}

void ep_scatter(const ep_payload *p, ep_payload *dst, int root, int line) {
  ep_check_peer(rank, root, "scatter", EP_BAD_RECV, 1, line);
  int n = ep_rt.ncores;
  ep_payload records = { EP_NONE, EP_NONE, 0, 0 };
  int *sizes = 0, *displs = 0;
  if (rank == root) {
    char msg[256];
    if (!ep_scatter_records(p, n, &records, msg)) ep_target_fail(rank, "ValueError", line, 0, msg);
    sizes = ep_alloc(sizeof(int) * (size_t)n);
    displs = ep_alloc(sizeof(int) * (size_t)n);
    const char *base = records.data;
    for (int i = 0; i < n; i++) {
      ep_payload item;
      ep_gathered_item(&records, i, &item);
      displs[i] = (int)((const char *)item.data - base - (ptrdiff_t)sizeof(ep_record_header));
      sizes[i] = (int)ep_record_size(&item);
    }
  }
  int size;
  MPI_Scatter(sizes, 1, MPI_INT, &size, 1, MPI_INT, root, MPI_COMM_WORLD);
  char *record = ep_alloc((size_t)size);
  MPI_Scatterv(records.data, sizes, displs, MPI_BYTE, record, size, MPI_BYTE, root, MPI_COMM_WORLD);
  ep_payload mine = { EP_BYTES, EP_NONE, size, record };
  ep_record_copy(&mine, 0, dst);
  ep_free(record);
  ep_free(records.data);
  ep_free(sizes);
  ep_free(displs);
}

/* -------------------------------------------------------------------- run */

int ep_run(int ncores, int prefix, const char *file, int (*core_main)(void), int argc, char **argv) {
  (void)ncores;
  int size;
  MPI_Init(&argc, &argv);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  ep_rt.file = file ? file : "prog.py";
  ep_rt.prefix = prefix;
  ep_rt.ncores = size;
  ep_rt.argc = argc;
  ep_rt.argv = argv;
  ep_out_init(&out, rank, prefix);
  pending = ep_alloc(sizeof(pending_sends) * (size_t)size);
  ep_plat_memset(pending, 0, sizeof(pending_sends) * (size_t)size);
  return finish_run(core_main());
}
