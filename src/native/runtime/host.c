/* Target `host`: one process, one thread per core.
 *
 * Synchronisation: one mutex guards all runtime state (channels, collective rounds,
 * wait states). A core that must wait records what it waits for and PARKS on its own
 * condition variable — it never spins, so 256 cores on 2 CPUs cost nothing while they
 * wait. Whoever changes state a parked core waits for wakes it (wake() un-parks it and
 * signals); the woken core re-checks its condition and parks again if needed.
 *
 * Deadlock detection follows from this: `waiting` counts parked cores, `live` the
 * cores that have not finished. Both change only under the mutex, and a core parks
 * only after finding its condition unsatisfied, so when waiting == live no core can
 * ever wake another: the run is deadlocked. It is checked whenever a core parks or
 * finishes, so it costs nothing and is never late.
 *
 * Channels: one FIFO per ordered pair (src, dst). A blocking send enqueues a message
 * that points at the sender's own data (the sender stays parked until the receiver has
 * copied it, so no copy is made at send time); a nonblocking send enqueues a copy.
 *
 * Collectives: the k-th collective call of every core is round k. Rounds alternate
 * between two slots: round k+2 can only start once every core has arrived at round
 * k+1, i.e. after every core has taken its result from round k, so a slot is never
 * reused while its result is still being read. The last core to arrive completes the
 * round (fold, copy of the root's data, gather records) and wakes the others. */
#include "shared.h"

#define EP_HOST_MAX_CORES 1024 /* the channel table is cores² entries */

enum { K_SEND, K_SENDRECV, K_ISEND };                   /* message kinds */
enum { W_NONE, W_SEND, W_RECV, W_SENDRECV, W_WAIT_SENT, W_COLL }; /* what a core waits in */
enum { C_SYNC, C_BCAST, C_REDUCE, C_GATHER, C_ALLGATHER, C_SCATTER }; /* collective kinds */

typedef struct msg {
  struct msg *next;
  ep_payload p;
  int kind;
  int taken; /* set by the receiver once it has copied the data (blocking kinds) */
  int owned; /* data and msg are heap copies the receiver frees (isend, a late sendrecv) */
} msg;

typedef struct {
  msg *head, *tail;
  int32_t pending_isends; /* nonblocking sends on this channel not yet received */
} channel;

typedef struct core_s {
  int id;
  ep_cond cond;
  int parked;   /* counted in `waiting`; cleared by wake() */
  int finished;
  int status;
  int op, peer, line;   /* the wait (op W_NONE when running) */
  /* While parked in recv/sendrecv: where a sender may deliver the value directly. */
  ep_payload *inbox_out;
  int delivered;
  int coll_kind, coll_arg;
  uint64_t collectives; /* rounds entered */
  ep_outbuf out;
  struct core_s **to_signal; /* cores this core woke while holding the lock (see leave) */
  int nsignal;
  ep_thread thread;
  int (*main)(void);
} core;

typedef struct {
  int arrived;
  uint64_t completed; /* rounds completed on this slot */
  int kind, arg, first_core;
  const ep_payload **items;
  ep_payload result;  /* owned by the slot (freed when the slot is reused) */
} round_slot;

static ep_mutex lock;
static core *lock_owner; /* the core holding `lock`, if any (so ep_fail can tell) */
static core *cores;
static channel *channels;
static round_slot slots[2];
static int live, waiting, stopping, deadlocked;

static channel *chan(int src, int dst) { return &channels[(size_t)src * (size_t)ep_rt.ncores + (size_t)dst]; }
static core *self(void) { return ep_plat_self(); }

static void enter(core *me) { ep_mutex_lock(&lock); lock_owner = me; }

/* Signals the cores that `me` woke. Done after releasing the lock where possible: a core
   signalled while the lock is held wakes only to block on the lock again, which doubles
   the context switches of every message. */
static void signal_woken(core *me) {
  for (int i = 0; i < me->nsignal; i++) ep_cond_signal(&me->to_signal[i]->cond);
  me->nsignal = 0;
}

static void leave(void) {
  core *me = lock_owner;
  lock_owner = 0;
  ep_mutex_unlock(&lock);
  if (me) signal_woken(me);
}

int ep_coreid(void) { core *me = self(); return me ? me->id : 0; }
int ep_numcores(void) { return ep_rt.ncores; }

void ep_write(const char *s, size_t n) {
  core *me = self();
  if (me) ep_out_write(&me->out, s, n);
  else ep_plat_write(1, s, n);
}

/* ------------------------------------------------------------------ reports */

static const char *coll_name(int kind) {
  switch (kind) {
    case C_SYNC: return "sync";
    case C_BCAST: return "bcast";
    case C_REDUCE: return "reduce";
    case C_ALLGATHER: return "allgather";
    case C_SCATTER: return "scatter";
    default: return "gather";
  }
}

static void describe_collective(char *buf, size_t size, int kind, int arg) {
  if (kind == C_SYNC || kind == C_ALLGATHER) ep_plat_format(buf, size, "%s", coll_name(kind));
  else if (kind == C_REDUCE) ep_plat_format(buf, size, "reduce('%s')", ep_op_name((ep_op)arg));
  else ep_plat_format(buf, size, "%s (root %d)", coll_name(kind), arg);
}

/* "3, 5-7": the ids of finished cores, for hints. */
static void finished_ranges(char *buf, size_t size, int *count) {
  size_t n = 0;
  *count = 0;
  buf[0] = 0;
  for (int i = 0; i < ep_rt.ncores && n < size; i++) {
    if (!cores[i].finished) continue;
    int j = i;
    while (j + 1 < ep_rt.ncores && cores[j + 1].finished) j++;
    *count += j - i + 1;
    n += (size_t)(j == i ? ep_plat_format(buf + n, size - n, "%s%d", n ? ", " : "", i)
                         : ep_plat_format(buf + n, size - n, "%s%d-%d", n ? ", " : "", i, j));
    i = j;
  }
}

/* What core c is doing, as the interpreter's reports say it. */
static void describe(const core *c, char *buf, size_t size) {
  char what[64], hint[200];
  hint[0] = 0;
  if (c->finished) { ep_plat_format(buf, size, "finished"); return; }
  if (!c->parked && c->op == W_NONE) { ep_plat_format(buf, size, "running"); return; }
  switch (c->op) {
    case W_SEND: ep_plat_format(what, sizeof what, "send to core %d", c->peer); break;
    case W_RECV: ep_plat_format(what, sizeof what, "recv from core %d", c->peer); break;
    case W_SENDRECV: ep_plat_format(what, sizeof what, "sendrecv with core %d", c->peer); break;
    case W_WAIT_SENT: ep_plat_format(what, sizeof what, "wait_sent for core %d", c->peer); break;
    default: describe_collective(what, sizeof what, c->coll_kind, c->coll_arg); break;
  }
  if (c->op == W_COLL) {
    char ids[160];
    int n;
    finished_ranges(ids, sizeof ids, &n);
    if (n) ep_plat_format(hint, sizeof hint, " — core%s %s finished without calling it", n == 1 ? "" : "s", ids);
  } else if (cores[c->peer].finished) {
    ep_plat_format(hint, sizeof hint, " — core %d has finished", c->peer);
  }
  ep_plat_format(buf, size, "waiting in %s at %s:%d%s", what, ep_rt.file, c->line, hint);
}

/* Strings equal (no libc here). */
static int same_text(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

/* Appends one line per group of consecutive cores in the same state ("  core 0-15
   [device 0-15]: waiting in sync at prog.py:4"), skipping `skip` and, if
   unfinished_only, finished cores. Returns the new length. */
static size_t core_lines(char *buf, size_t size, size_t n, int skip, int unfinished_only) {
  char a[320], b[320];
  for (int i = 0; i < ep_rt.ncores && n < size; i++) {
    if (i == skip || (unfinished_only && cores[i].finished)) continue;
    describe(&cores[i], a, sizeof a);
    int j = i;
    while (j + 1 < ep_rt.ncores && j + 1 != skip && !(unfinished_only && cores[j + 1].finished)) {
      describe(&cores[j + 1], b, sizeof b);
      if (!same_text(a, b)) break;
      j++;
    }
    if (j == i) n += (size_t)ep_plat_format(buf + n, size - n, "  core %d [device %d]: %s\n", i, i, a);
    else n += (size_t)ep_plat_format(buf + n, size - n, "  core %d-%d [device %d-%d]: %s\n", i, j, i, j, a);
    i = j;
  }
  return n < size ? n : size - 1;
}

static size_t report_size(void) { return 512 + (size_t)ep_rt.ncores * 400; }

/* Set by the native offload service (ep_service_core_idle): a deadlock ends the process. */
static int service_mode;

/* Called with the lock held by the core that found waiting == live. */
static void report_deadlock(void) {
  size_t size = report_size();
  char *text = ep_plat_malloc(size);
  if (text) {
    size_t n = (size_t)ep_plat_format(text, size, "Deadlock: no core can make progress.\n");
    n = core_lines(text, size, n, -1, 0);
    ep_plat_write(2, text, n);
    ep_plat_free(text);
  }
  stopping = 1;
  deadlocked = 1;
  /* A service's cores without work wait outside this runtime and cannot be stopped. */
  if (service_mode) ep_plat_exit(3);
  for (int i = 0; i < ep_rt.ncores; i++) ep_cond_signal(&cores[i].cond);
}

/* The native offload service (service.c, service.h): a core the host has no kernel for is
   out of the run for deadlock detection (nothing can come from it until the host gives it
   work), so cores waiting for it are reported as the interpreter reports them. Called by
   the service's request reader, which has no core. */
void ep_service_core_idle(int id, int idle) {
  enter(0);
  service_mode = 1;
  (void)id;
  if (idle) {
    live--;
    if (live > 0 && waiting == live && !stopping) report_deadlock();
  } else {
    live++;
  }
  leave();
}

/* A core leaves the run (finished, or stopped by a deadlock): its last partial line is written. */
static void finish(core *me) {
  ep_out_finish(&me->out);
  me->finished = 1;
  me->op = W_NONE;
  live--;
  if (live > 0 && waiting == live && !stopping) report_deadlock();
}

void ep_target_fail(int id, const char *kind, int line, const char *func, const char *msg) {
  core *me = self();
  if (!me || lock_owner != me) enter(me);
  if (me) ep_out_finish(&me->out);
  size_t size = report_size() + 2048;
  char *text = ep_plat_malloc(size);
  if (text) {
    size_t n = ep_format_failure(text, size, id, kind, line, func, msg);
    if (ep_rt.ncores > 1 && n < size) {
      int finished = 0, parked = 0, running = 0;
      for (int i = 0; i < ep_rt.ncores; i++) {
        if (i == id) continue;
        if (cores[i].finished) finished++;
        else if (cores[i].parked) parked++;
        else running++;
      }
      n += (size_t)ep_plat_format(text + n, size - n, "(%d other core%s stopped:", ep_rt.ncores - 1, ep_rt.ncores == 2 ? "" : "s");
      const char *sep = " ";
      if (finished && n < size) { n += (size_t)ep_plat_format(text + n, size - n, "%s%d had finished", sep, finished); sep = ", "; }
      if (parked && n < size) { n += (size_t)ep_plat_format(text + n, size - n, "%s%d %s waiting", sep, parked, parked == 1 ? "was" : "were"); sep = ", "; }
      if (running && n < size) n += (size_t)ep_plat_format(text + n, size - n, "%s%d %s still running", sep, running, running == 1 ? "was" : "were");
      if (n < size) n += (size_t)ep_plat_format(text + n, size - n, ")\n");
      if (n >= size) n = size - 1;
      n = core_lines(text, size, n, id, 1);
    }
    ep_plat_write(2, text, n);
  }
  /* Other cores may be busy computing and cannot be stopped politely: end the process. */
  ep_plat_exit(1);
}

/* -------------------------------------------------------------- waiting */

/* Parks the calling core until someone wakes it. Lock held; the caller re-checks its
   condition afterwards. On a deadlock (now or later) the core leaves the run. */
static void park(core *me, int op, int peer, int line) {
  me->op = op;
  me->peer = peer;
  me->line = line;
  me->parked = 1;
  waiting++;
  if (waiting == live && !stopping) report_deadlock();
  signal_woken(me); /* before sleeping; the condition wait releases the lock at once */
  lock_owner = 0;
  while (me->parked && !stopping) ep_cond_wait(&me->cond, &lock);
  lock_owner = me; /* the wait released and re-took the lock */
  if (stopping) {
    finish(me);
    leave();
    ep_thread_exit();
  }
  me->op = W_NONE;
}

static void wake(core *c) {
  if (!c->parked) return;
  c->parked = 0;
  waiting--;
  /* The waker is the lock's owner; the main thread never wakes anyone. Invariant: a core
     appears at most once in to_signal, since it is un-parked here and parks again only
     after running. */
  core *me = lock_owner;
  me->to_signal[me->nsignal++] = c;
}

/* c waits for a message from `from` to arrive (recv or sendrecv). */
static void wake_receiver(core *c, int from) {
  if (c->parked && (c->op == W_RECV || c->op == W_SENDRECV) && c->peer == from) wake(c);
}

/* --------------------------------------------------------- point to point */

static void enqueue(channel *ch, msg *m) {
  m->next = 0;
  if (ch->tail) ch->tail->next = m;
  else ch->head = m;
  ch->tail = m;
}

static const char *kind_name(int kind) {
  return kind == K_SEND ? "send" : kind == K_SENDRECV ? "sendrecv" : "nonblocking_send";
}

/* The receiver `me` called op(src) but the head message from src is of the wrong kind. */
static void mismatch(core *me, const char *op, int src, int kind, int line) {
  leave();
  ep_fail("DeadlockError", line, 0,
          "core %d called %s(%d) but core %d called %s(%d): sendrecv must be matched by sendrecv on the other core, and send by recv",
          me->id, op, src, src, kind_name(kind), me->id);
}

/* Takes the head message of `ch` (from core src) into *out. Lock held. */
static void take(channel *ch, int src, ep_payload *out) {
  msg *m = ch->head;
  ch->head = m->next;
  if (!ch->head) ch->tail = 0;
  ep_payload_fill(out, &m->p, m->p.data, ep_payload_bytes(&m->p));
  core *sender = &cores[src];
  if (m->owned) {
    int isend = m->kind == K_ISEND;
    ep_free(m->p.data);
    ep_free(m);
    if (isend && --ch->pending_isends == 0 && sender->parked && sender->op == W_WAIT_SENT) wake(sender);
  } else {
    m->taken = 1; /* m lives on the sender's stack: touch it no more */
    if (sender->parked && (sender->op == W_SEND || sender->op == W_SENDRECV) && !sender->inbox_out) wake(sender);
  }
}

/* Direct delivery: when `c` is already parked receiving from `from` with nothing queued
   before this message, the sender copies the value into the receiver's result and wakes
   it. The rendezvous is then complete at once, so the sender does not park: one wake per
   message instead of two (receiver woken, then sender woken). A kind that does not
   match the receiver's call is queued instead, for the receiver to report. Lock held. */
static int try_deliver(core *c, int from, const ep_payload *p, int kind) {
  if (!c->parked || !c->inbox_out || c->delivered || c->peer != from) return 0;
  if (!(c->op == W_RECV && kind != K_SENDRECV) && !(c->op == W_SENDRECV && kind == K_SENDRECV)) return 0;
  if (chan(from, c->id)->head) return 0;
  ep_payload_fill(c->inbox_out, p, p->data, ep_payload_bytes(p));
  c->delivered = 1;
  wake(c);
  return 1;
}

static msg *heap_message(const ep_payload *p, int kind) {
  msg *m = ep_alloc(sizeof *m);
  ep_payload_fill(&m->p, p, p->data, ep_payload_bytes(p)); /* later changes by the sender do not show */
  m->kind = kind;
  m->taken = 0;
  m->owned = 1;
  return m;
}

/* Parks `me` until a message from src is queued or delivered into *out (1 if delivered). */
static int await_message(core *me, int op, int src, ep_payload *out, int line) {
  channel *ch = chan(src, me->id);
  me->inbox_out = out;
  me->delivered = 0;
  while (!ch->head && !me->delivered) park(me, op, src, line);
  me->inbox_out = 0;
  return me->delivered;
}

void ep_send(const ep_payload *p, int dest, int line) {
  core *me = self();
  ep_check_peer(me->id, dest, "send", EP_BAD_SEND, 0, line);
  enter(me);
  if (!try_deliver(&cores[dest], me->id, p, K_SEND)) {
    msg m;
    m.p = *p;
    m.kind = K_SEND;
    m.taken = 0;
    m.owned = 0;
    enqueue(chan(me->id, dest), &m);
    wake_receiver(&cores[dest], me->id);
    while (!m.taken) park(me, W_SEND, dest, line);
  }
  leave();
}

void ep_recv(ep_payload *out, int src, int line) {
  core *me = self();
  ep_check_peer(me->id, src, "recv", EP_BAD_RECV, 0, line);
  enter(me);
  if (!await_message(me, W_RECV, src, out, line)) {
    channel *ch = chan(src, me->id);
    if (ch->head->kind == K_SENDRECV) mismatch(me, "recv", src, K_SENDRECV, line);
    take(ch, src, out);
  }
  leave();
}

void ep_sendrecv(const ep_payload *p, ep_payload *out, int peer, int line) {
  core *me = self();
  ep_check_peer(me->id, peer, "sendrecv", EP_BAD_SENDRECV, 0, line);
  enter(me);
  channel *in = chan(peer, me->id);
  if (in->head) {
    /* The peer came first: its value waits for us and it waits for ours. Deliver ours
       before taking theirs (taking wakes it, and delivery needs it still parked). */
    if (in->head->kind != K_SENDRECV) mismatch(me, "sendrecv", peer, in->head->kind, line);
    if (!try_deliver(&cores[peer], me->id, p, K_SENDRECV)) {
      enqueue(chan(me->id, peer), heap_message(p, K_SENDRECV));
      wake_receiver(&cores[peer], me->id);
    }
    take(in, peer, out);
  } else {
    /* We come first: post ours (the peer takes it when it arrives) and wait for theirs. */
    msg m;
    m.p = *p;
    m.kind = K_SENDRECV;
    m.taken = 0;
    m.owned = 0;
    enqueue(chan(me->id, peer), &m);
    wake_receiver(&cores[peer], me->id);
    if (!await_message(me, W_SENDRECV, peer, out, line)) {
      if (in->head->kind != K_SENDRECV) mismatch(me, "sendrecv", peer, in->head->kind, line);
      take(in, peer, out);
    }
    /* The peer takes ours before answering, so this only waits on a peer that queued its
       answer without taking ours (it cannot, short of failing). */
    while (!m.taken) park(me, W_SENDRECV, peer, line);
  }
  leave();
}

int ep_probe(int src, int line) {
  core *me = self();
  ep_check_peer(me->id, src, "probe", EP_BAD_RECV, 1, line);
  enter(me);
  int waiting_msg = chan(src, me->id)->head != 0;
  leave();
  /* A core polling probe() in a loop must let the sender run (cores outnumber CPUs). */
  if (!waiting_msg) ep_thread_yield();
  return waiting_msg;
}

void ep_isend(const ep_payload *p, int dest, int line) {
  core *me = self();
  ep_check_peer(me->id, dest, "nonblocking_send", EP_BAD_SEND, 0, line);
  enter(me);
  if (!try_deliver(&cores[dest], me->id, p, K_ISEND)) {
    channel *ch = chan(me->id, dest);
    enqueue(ch, heap_message(p, K_ISEND));
    ch->pending_isends++;
    wake_receiver(&cores[dest], me->id);
  }
  leave();
}

int ep_test_sent(int dest, int line) {
  core *me = self();
  ep_check_peer(me->id, dest, "test_sent", EP_BAD_SEND, 1, line);
  enter(me);
  int done = chan(me->id, dest)->pending_isends == 0;
  leave();
  if (!done) ep_thread_yield();
  return done;
}

void ep_wait_sent(int dest, int line) {
  core *me = self();
  ep_check_peer(me->id, dest, "wait_sent", EP_BAD_SEND, 1, line);
  enter(me);
  while (chan(me->id, dest)->pending_isends > 0) park(me, W_WAIT_SENT, dest, line);
  leave();
}

/* ------------------------------------------------------------ collectives */

static void complete(round_slot *s, core *me, int line) {
  int n = ep_rt.ncores;
  ep_free(s->result.data);
  s->result.type = EP_NONE;
  s->result.count = 0;
  s->result.data = 0;
  if (s->kind == C_BCAST) {
    const ep_payload *root = s->items[s->arg];
    ep_payload_fill(&s->result, root, root->data, ep_payload_bytes(root));
  } else if (s->kind == C_REDUCE) {
    int bad;
    const char *kind;
    char msg[256];
    if (!ep_fold(s->items, n, (ep_op)s->arg, &s->result, &bad, &kind, msg)) {
      ep_target_fail(bad, kind, line, 0, msg); /* lock held by me: ep_target_fail knows */
    }
  } else if (s->kind == C_GATHER || s->kind == C_ALLGATHER) {
    ep_payload *all = ep_alloc(sizeof(ep_payload) * (size_t)n);
    for (int i = 0; i < n; i++) all[i] = *s->items[i];
    ep_pack_records(all, n, &s->result);
    ep_free(all);
  } else if (s->kind == C_SCATTER) {
    char msg[256];
    if (!ep_scatter_records(s->items[s->arg], n, &s->result, msg)) {
      ep_target_fail(s->arg, "ValueError", s->arg == me->id ? line : cores[s->arg].line, 0, msg);
    }
  }
  (void)me;
}

/* Enters the calling core's next round with its contribution; returns the completed slot
   with the lock held. */
static round_slot *collective(core *me, int kind, int arg, const ep_payload *p, int line) {
  enter(me);
  round_slot *s = &slots[me->collectives & 1];
  me->collectives++;
  if (s->arrived == 0) {
    s->kind = kind;
    s->arg = arg;
    s->first_core = me->id;
  } else if (s->kind != kind || s->arg != arg) {
    /* Named in core-id order and reported by the higher id, whichever arrived first, so
       the report does not depend on the schedule. */
    char mine[64], first[64];
    describe_collective(first, sizeof first, s->kind, s->arg);
    describe_collective(mine, sizeof mine, kind, arg);
    int low = me->id < s->first_core ? me->id : s->first_core;
    int high = me->id < s->first_core ? s->first_core : me->id;
    char msg[256];
    ep_plat_format(msg, sizeof msg,
                   "collective mismatch: core %d called %s but core %d called %s; every core must call the same collectives in the same order",
                   low, low == me->id ? mine : first, high, high == me->id ? mine : first);
    /* The first core is parked in this round, its line recorded. */
    ep_target_fail(high, "RuntimeError", high == me->id ? line : cores[high].line, 0, msg);
  }
  s->items[me->id] = p;
  uint64_t round = s->completed;
  me->coll_kind = kind;
  me->coll_arg = arg;
  if (++s->arrived == ep_rt.ncores) {
    complete(s, me, line);
    s->arrived = 0;
    s->completed++;
    for (int i = 0; i < ep_rt.ncores; i++) {
      if (cores[i].parked && cores[i].op == W_COLL) wake(&cores[i]);
    }
  } else {
    while (s->completed == round) park(me, W_COLL, -1, line);
  }
  return s;
}

void ep_sync(int line) {
  core *me = self();
  ep_payload none = { EP_NONE, EP_NONE, 0, 0 };
  collective(me, C_SYNC, 0, &none, line);
  leave();
}

void ep_bcast(ep_payload *p, int root, int line) {
  core *me = self();
  ep_check_peer(me->id, root, "bcast", EP_BAD_RECV, 1, line);
  round_slot *s = collective(me, C_BCAST, root, p, line);
  if (me->id != root) ep_payload_fill(p, &s->result, s->result.data, ep_payload_bytes(&s->result));
  leave();
}

void ep_reduce(ep_payload *p, ep_op op, int line) {
  core *me = self();
  round_slot *s = collective(me, C_REDUCE, (int)op, p, line);
  ep_payload_fill(p, &s->result, s->result.data, ep_payload_bytes(&s->result));
  leave();
}

void ep_gather(const ep_payload *p, ep_payload *out, int root, int line) {
  core *me = self();
  ep_check_peer(me->id, root, "gather", EP_BAD_RECV, 1, line);
  round_slot *s = collective(me, C_GATHER, root, p, line);
  if (me->id == root) {
    *out = s->result; /* the root takes the records buffer itself */
    s->result.data = 0;
    s->result.type = EP_NONE;
  } else {
    out->type = EP_NONE;
    out->elem_type = EP_NONE;
    out->count = 0;
    out->data = 0;
  }
  leave();
}

void ep_allgather(const ep_payload *p, ep_payload *out, int line) {
  core *me = self();
  round_slot *s = collective(me, C_ALLGATHER, 0, p, line);
  ep_payload_fill(out, &s->result, s->result.data, ep_payload_bytes(&s->result));
  leave();
}

void ep_scatter(const ep_payload *p, ep_payload *out, int root, int line) {
  core *me = self();
  ep_check_peer(me->id, root, "scatter", EP_BAD_RECV, 1, line);
  round_slot *s = collective(me, C_SCATTER, root, p, line);
  ep_record_copy(&s->result, me->id, out);
  leave();
}

/* -------------------------------------------------------------------- run */

void ep_exit(int status) {
  core *me = self();
  if (!me) ep_plat_exit(status);
  enter(me);
  me->status = status;
  finish(me);
  leave();
  ep_thread_exit();
}

static void *core_thread(void *arg) {
  core *me = arg;
  ep_plat_set_self(me);
  int status = me->main();
  enter(me);
  me->status = status;
  finish(me);
  leave();
  return 0;
}

static int cores_from_environment(void) {
  const char *s = ep_plat_getenv("EPYTHON_CORES");
  int n = 0;
  if (s) for (; *s >= '0' && *s <= '9' && n < 1000000; s++) n = n * 10 + (*s - '0');
  return n > 0 ? n : ep_plat_ncpus();
}

static void startup_error(const char *msg, int n) {
  char text[200];
  int len = ep_plat_format(text, sizeof text, "epython: %s (%d cores asked, at most %d)\n", msg, n, EP_HOST_MAX_CORES);
  ep_plat_write(2, text, (size_t)len);
}

int ep_run(int ncores, int prefix, const char *file, int (*core_main)(void), int argc, char **argv) {
  int n = ncores > 0 ? ncores : cores_from_environment();
  if (n > EP_HOST_MAX_CORES) { startup_error("too many cores for the host target", n); return 1; }
  ep_rt.file = file ? file : "prog.py";
  ep_rt.prefix = prefix;
  ep_rt.ncores = n;
  ep_rt.argc = argc;
  ep_rt.argv = argv;
  ep_mutex_init(&lock);
  cores = ep_alloc(sizeof(core) * (size_t)n);
  channels = ep_alloc(sizeof(channel) * (size_t)n * (size_t)n);
  ep_plat_memset(cores, 0, sizeof(core) * (size_t)n);
  ep_plat_memset(channels, 0, sizeof(channel) * (size_t)n * (size_t)n);
  for (int k = 0; k < 2; k++) {
    ep_plat_memset(&slots[k], 0, sizeof slots[k]);
    slots[k].items = ep_alloc(sizeof(ep_payload *) * (size_t)n);
  }
  live = n;
  waiting = 0;
  stopping = 0;
  deadlocked = 0;
  for (int i = 0; i < n; i++) {
    cores[i].id = i;
    cores[i].main = core_main;
    ep_cond_init(&cores[i].cond);
    ep_out_init(&cores[i].out, i, prefix);
    cores[i].to_signal = ep_alloc(sizeof(core *) * (size_t)n);
  }
  for (int i = 0; i < n; i++) {
    if (ep_thread_start(&cores[i].thread, core_thread, &cores[i]) != 0) {
      startup_error("cannot start a thread per core", n);
      ep_plat_exit(1);
    }
  }
  for (int i = 0; i < n; i++) ep_thread_join(&cores[i].thread);
  int status = 0;
  if (deadlocked) status = 3;
  else for (int i = 0; i < n && !status; i++) status = cores[i].status;
  for (int k = 0; k < 2; k++) { ep_free(slots[k].items); ep_free(slots[k].result.data); slots[k].result.data = 0; }
  /* Messages left in channels (sent without a matching receive) belong to no one now. */
  for (size_t c = 0; c < (size_t)n * (size_t)n; c++) {
    for (msg *m = channels[c].head, *next; m; m = next) {
      next = m->next;
      if (m->owned) { ep_free(m->p.data); ep_free(m); }
    }
  }
  for (int i = 0; i < n; i++) ep_free(cores[i].to_signal);
  ep_free(channels);
  ep_free(cores);
  return status;
}
