/* The native offload service: see service.h for the process model and wire format.
 *
 * Invariants: a request is owned by its core's queue until that core takes it; only
 * the reader thread pushes and only the owning core pops, both under `qlock`; replies
 * are written whole under `wlock`, so frames of different cores never interleave on
 * fd 3. Host-only (POSIX read/write on fds 0 and 3). */
#define _POSIX_C_SOURCE 200809L /* read/write/ssize_t under -std=c99 */
#include "service.h"
#include "platform.h"
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>

#define SVC_RESULTS_FD 3
#define SVC_CONTROL 0xFFFFFFFFu

typedef struct svc_req {
  struct svc_req *next;
  uint32_t len;
  uint8_t *body; /* len bytes: launch, core, entry, arguments */
} svc_req;

typedef struct {
  svc_req *head, *tail;
  ep_cond cond;
} svc_queue;

static ep_mutex qlock, wlock;
static svc_queue *queues;
static int ncores_svc;
static uint8_t *idle; /* per core: declared idle by the host (out of the run) */
static int closing;

static uint16_t rd16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static uint32_t rd32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

/* Reads exactly n bytes; 0 at end of input (or a read error: the host is gone). */
static int read_all(int fd, uint8_t *buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = read(fd, buf + got, n - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return 0;
    got += (size_t)r;
  }
  return 1;
}

static void write_all(int fd, const uint8_t *buf, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, buf, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) ep_plat_exit(1); /* the host is gone: nobody is left to answer */
    buf += w;
    n -= (size_t)w;
  }
}

static void fail_request(const char *what) {
  const char *head = "epython: internal error in the native offload service: ";
  ep_plat_write(2, head, strlen(head));
  ep_plat_write(2, what, strlen(what));
  ep_plat_write(2, "\n", 1);
  ep_plat_exit(1);
}

/* Busy/idle declarations of the host (service.h). `idle[c]` is only touched here, so the
   runtime's count of live cores changes once per transition. A batch's busy frame comes
   before its requests: no core of a launch starts before all of them are back in the run. */
static void control(const uint8_t *body, uint32_t len) {
  uint16_t op = rd16(body + 4), count = rd16(body + 6);
  if (len < 8u + 2u * count) fail_request("a control frame shorter than its cores");
  for (uint16_t i = 0; i < count; i++) {
    uint16_t core = rd16(body + 8 + 2 * i);
    if (core >= ncores_svc) fail_request("a control frame for a core the service does not have");
    int want = op == 1;
    if (idle[core] == want) continue;
    idle[core] = want;
    ep_service_core_idle(core, want);
  }
}

static void *reader(void *arg) {
  (void)arg;
  for (;;) {
    uint8_t head[4];
    if (!read_all(0, head, 4)) break;
    uint32_t len = rd32(head);
    if (len < 8) fail_request("a request shorter than its header");
    uint8_t *body = ep_plat_malloc(len);
    svc_req *r = ep_plat_malloc(sizeof *r);
    if (!body || !r) fail_request("out of memory for a request");
    if (!read_all(0, body, len)) break;
    if (rd32(body) == SVC_CONTROL) {
      control(body, len);
      ep_plat_free(body);
      ep_plat_free(r);
      continue;
    }
    uint16_t core = rd16(body + 4);
    if (core >= ncores_svc) fail_request("a request for a core the service does not have");
    r->next = 0;
    r->len = len;
    r->body = body;
    ep_mutex_lock(&qlock);
    svc_queue *q = &queues[core];
    if (q->tail) q->tail->next = r;
    else q->head = r;
    q->tail = r;
    ep_cond_signal(&q->cond);
    ep_mutex_unlock(&qlock);
  }
  /* Back in the run before they end: each core leaves it once, when its thread finishes. */
  for (int i = 0; i < ncores_svc; i++) {
    if (idle[i]) { idle[i] = 0; ep_service_core_idle(i, 0); }
  }
  ep_mutex_lock(&qlock);
  closing = 1;
  for (int i = 0; i < ncores_svc; i++) ep_cond_signal(&queues[i].cond);
  ep_mutex_unlock(&qlock);
  return 0;
}

/* The next request of core `me`, or NULL once the host has closed stdin and the queue is empty. */
static svc_req *next_request(int me) {
  svc_queue *q = &queues[me];
  ep_mutex_lock(&qlock);
  while (!q->head && !closing) ep_cond_wait(&q->cond, &qlock);
  svc_req *r = q->head;
  if (r) {
    q->head = r->next;
    if (!q->head) q->tail = 0;
  }
  ep_mutex_unlock(&qlock);
  return r;
}

static int reader_started;

void ep_svc_serve(const ep_svc_entry *entries, int count) {
  int me = ep_coreid();
  /* The reader starts with the first core that serves, not before ep_run: its control frames
     change the runtime's count of live cores, which ep_run initialises. */
  ep_mutex_lock(&qlock);
  if (!reader_started) {
    static ep_thread thread;
    reader_started = 1;
    if (ep_thread_start(&thread, reader, 0) != 0) fail_request("cannot start the request reader");
  }
  ep_mutex_unlock(&qlock);
  ep_svc_out out = { 0, 0, 0 };
  for (svc_req *r; (r = next_request(me)) != 0;) {
    uint16_t entry = rd16(r->body + 6);
    if (entry >= count) fail_request("a request for a kernel the service was not built with");
    out.len = 0;
    ep_svc_put_u32(&out, 0); /* the frame length, set below */
    ep_svc_put_u32(&out, rd32(r->body));
    ep_svc_put_u16(&out, (uint16_t)me);
    ep_svc_in in = { r->body + 8, r->body + r->len };
    entries[entry](&in, &out);
    uint32_t n = (uint32_t)(out.len - 4);
    memcpy(out.buf, &n, 4);
    ep_plat_free(r->body);
    ep_plat_free(r);
    ep_mutex_lock(&wlock);
    write_all(SVC_RESULTS_FD, out.buf, out.len);
    ep_mutex_unlock(&wlock);
  }
  ep_plat_free(out.buf);
}

int ep_svc_main(int argc, char **argv, const char *file, int (*core_main)(void)) {
  int cores = 1, prefix = 1;
  uint32_t seed = 0x9e3779b9u;
  for (int n = 1; n < argc; n++) {
    if (!strcmp(argv[n], "--cores") && n + 1 < argc) cores = atoi(argv[++n]);
    else if (!strcmp(argv[n], "--no-prefix")) prefix = 0;
    else if (!strcmp(argv[n], "--seed") && n + 1 < argc) seed = (uint32_t)strtoul(argv[++n], NULL, 10);
  }
  if (cores < 1 || cores > 65535) fail_request("the core count must be from 1 to 65535");
  ep_random_set_base(seed);
  ncores_svc = cores;
  ep_mutex_init(&qlock);
  ep_mutex_init(&wlock);
  queues = ep_plat_malloc(sizeof(svc_queue) * (size_t)cores);
  idle = ep_plat_malloc((size_t)cores);
  if (!queues || !idle) fail_request("out of memory");
  ep_plat_memset(idle, 0, (size_t)cores);
  for (int i = 0; i < cores; i++) {
    queues[i].head = queues[i].tail = 0;
    ep_cond_init(&queues[i].cond);
  }
  return ep_run(cores, prefix, file, core_main, 1, argv);
}

/* ------------------------------------------------------------------ values */

static const uint8_t *take(ep_svc_in *in, size_t n) {
  if ((size_t)(in->end - in->p) < n) fail_request("a request shorter than its arguments");
  const uint8_t *p = in->p;
  in->p += n;
  return p;
}

ep_int ep_svc_get_int(ep_svc_in *in) { int32_t v; memcpy(&v, take(in, 4), 4); return v; }
double ep_svc_get_float(ep_svc_in *in) { double v; memcpy(&v, take(in, 8), 8); return v; }
ep_bool ep_svc_get_bool(ep_svc_in *in) { return *take(in, 1) != 0; }
uint32_t ep_svc_get_count(ep_svc_in *in) { return rd32(take(in, 4)); }

ep_str ep_svc_get_str(ep_svc_in *in) {
  uint32_t n = ep_svc_get_count(in);
  const uint8_t *src = take(in, n);
  /* A copy: the request buffer is freed once the kernel returns, the str may live on. */
  char *data = ep_alloc(n + 1);
  memcpy(data, src, n);
  data[n] = 0;
  return (ep_str){ (int32_t)n, data };
}

static void put(ep_svc_out *out, const void *p, size_t n) {
  if (out->len + n > out->cap) {
    size_t cap = out->cap ? out->cap * 2 : 256;
    while (cap < out->len + n) cap *= 2;
    uint8_t *b = ep_plat_realloc(out->buf, cap);
    if (!b) fail_request("out of memory for a result");
    out->buf = b;
    out->cap = cap;
  }
  memcpy(out->buf + out->len, p, n);
  out->len += n;
}

void ep_svc_put_u16(ep_svc_out *out, uint16_t v) { put(out, &v, 2); }
void ep_svc_put_u32(ep_svc_out *out, uint32_t v) { put(out, &v, 4); }
void ep_svc_put_int(ep_svc_out *out, ep_int v) { put(out, &v, 4); }
void ep_svc_put_float(ep_svc_out *out, double v) { put(out, &v, 8); }
void ep_svc_put_bool(ep_svc_out *out, ep_bool v) { uint8_t b = v != 0; put(out, &b, 1); }
void ep_svc_put_str(ep_svc_out *out, ep_str s) {
  ep_svc_put_u32(out, (uint32_t)s.len);
  put(out, s.data, (size_t)s.len);
}
