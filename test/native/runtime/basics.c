/* The messaging semantics, one scenario per argv[1]; every line printed is checked by
   test/native/runtime.test.ts against values it computes itself. */
#include <stdlib.h>
#include <string.h>
#include "say.h"

/* Ring: core i sends to i+1 and receives from i-1. Even cores send first and odd cores
   receive first, so rendezvous sends cannot all block (needs an even core count). */
static int ring(void) {
  int me = ep_coreid(), n = ep_numcores();
  int32_t token = me * 10;
  ep_payload out = int_payload(&token), in;
  char text[32];
  int len = snprintf(text, sizeof text, "hello from %d", me);
  ep_payload sout = str_payload(text, len), sin;
  if (me % 2 == 0) {
    ep_send(&out, (me + 1) % n, 10);
    ep_send(&sout, (me + 1) % n, 11);
    ep_recv(&in, (me + n - 1) % n, 12);
    ep_recv(&sin, (me + n - 1) % n, 13);
  } else {
    ep_recv(&in, (me + n - 1) % n, 12);
    ep_recv(&sin, (me + n - 1) % n, 13);
    ep_send(&out, (me + 1) % n, 10);
    ep_send(&sout, (me + 1) % n, 11);
  }
  say("ring %d got %d and '%s' (%d bytes)\n", me, *(int32_t *)in.data, (char *)sin.data, (int)sin.count);
  ep_free(in.data);
  ep_free(sin.data);
  return 0;
}

/* Sendrecv pairs (i, i^1), then a halo swap with both neighbours on a line of cores:
   each core's list of 3 doubles goes to both neighbours. */
static int pairs(void) {
  int me = ep_coreid(), n = ep_numcores();
  int32_t v = 100 + me;
  ep_payload out = int_payload(&v), in;
  if ((me ^ 1) < n) {
    ep_sendrecv(&out, &in, me ^ 1, 20);
    say("pair %d got %d\n", me, *(int32_t *)in.data);
    ep_free(in.data);
  }
  double mine[3] = { me + 0.5, me + 0.25, me + 0.125 };
  ep_payload list = list_payload(EP_FLOAT64, 3, mine);
  double left = -1, right = -1;
  /* Left-going then right-going exchanges, ordered by parity as real halo codes do. */
  for (int phase = 0; phase < 2; phase++) {
    int peer = (me % 2 == phase) ? me + 1 : me - 1;
    if (peer < 0 || peer >= n) continue;
    ep_sendrecv(&list, &in, peer, 30);
    if (in.type != EP_LIST || in.elem_type != EP_FLOAT64 || in.count != 3) return 2;
    if (peer < me) left = ((double *)in.data)[0]; else right = ((double *)in.data)[2];
    ep_free(in.data);
  }
  say("halo %d left %g right %g\n", me, left, right);
  return 0;
}

static void show(const char *what, const ep_payload *p) {
  char buf[512];
  int n = 0;
  if (p->type == EP_LIST) {
    n += snprintf(buf + n, sizeof buf - (size_t)n, "[");
    for (int i = 0; i < p->count; i++) {
      const char *sep = i ? ", " : "";
      if (p->elem_type == EP_INT) n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%d", sep, ((int32_t *)p->data)[i]);
      else if (p->elem_type == EP_FLOAT32) n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%.9g", sep, ((float *)p->data)[i]);
      else if (p->elem_type == EP_FLOAT64) n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%.17g", sep, ((double *)p->data)[i]);
      else n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%s", sep, ((unsigned char *)p->data)[i] ? "True" : "False");
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "]");
  } else if (p->type == EP_INT) snprintf(buf, sizeof buf, "int %d", *(int32_t *)p->data);
  else if (p->type == EP_FLOAT32) snprintf(buf, sizeof buf, "float32 %.9g", *(float *)p->data);
  else if (p->type == EP_FLOAT64) snprintf(buf, sizeof buf, "float64 %.17g", *(double *)p->data);
  else if (p->type == EP_BOOL) snprintf(buf, sizeof buf, "bool %s", *(unsigned char *)p->data ? "True" : "False");
  else if (p->type == EP_STR) snprintf(buf, sizeof buf, "str '%s'", (char *)p->data);
  else if (p->type == EP_NONE) snprintf(buf, sizeof buf, "None");
  else snprintf(buf, sizeof buf, "bytes %d", (int)p->count);
  say("%s %s\n", what, buf);
}

/* bcast, reduce (every op; ints, floats, lists, an int/float mix), gather, sync. */
static int collectives(void) {
  int me = ep_coreid(), n = ep_numcores();
  char word[16] = "";
  ep_payload w = str_payload(word, 0);
  if (me == n - 1) w = str_payload("spam", 4);
  ep_bcast(&w, n - 1, 40);
  show("bcast", &w);
  if (me != n - 1) ep_free(w.data);

  static const ep_op ops[] = { EP_OP_SUM, EP_OP_MIN, EP_OP_MAX, EP_OP_PROD };
  static const char *names[] = { "sum", "min", "max", "prod" };
  for (int k = 0; k < 4; k++) {
    int32_t v = (me % 3) + 1;            /* 1,2,3,1,2,3... */
    ep_payload p = int_payload(&v);
    ep_reduce(&p, ops[k], 41);
    char what[32];
    snprintf(what, sizeof what, "reduce-int-%s", names[k]);
    show(what, &p);
    ep_free(p.data);
  }
  float f = 0.1f * (float)(me + 1);
  ep_payload pf = float_payload(&f);
  ep_reduce(&pf, EP_OP_SUM, 42);
  show("reduce-float-sum", &pf);
  ep_free(pf.data);

  /* Core 0 gives a float, the others ints: the sum becomes a float; max keeps the type of
     the value it picks. */
  int32_t iv = me * 2;
  double dv = 0.5;
  ep_payload mixed = me == 0 ? double_payload(&dv) : int_payload(&iv);
  ep_reduce(&mixed, EP_OP_SUM, 43);
  show("reduce-mixed-sum", &mixed);
  ep_free(mixed.data);
  mixed = me == 0 ? double_payload(&dv) : int_payload(&iv);
  ep_reduce(&mixed, EP_OP_MAX, 44);
  show("reduce-mixed-max", &mixed);
  ep_free(mixed.data);

  int32_t vec[3] = { me, -me, 7 };
  ep_payload pv = list_payload(EP_INT, 3, vec);
  ep_reduce(&pv, EP_OP_SUM, 45);
  show("reduce-list-sum", &pv);
  ep_free(pv.data);

  char text[32];
  int len = snprintf(text, sizeof text, "core-%d", me * me);
  ep_payload g = str_payload(text, len), all;
  ep_gather(&g, &all, 0, 46);
  if (me == 0) {
    for (int i = 0; i < n; i++) {
      ep_payload item;
      ep_gathered_item(&all, i, &item);
      say("gather %d '%.*s'\n", i, (int)item.count, (char *)item.data);
    }
  } else if (all.type != EP_NONE) return 2;
  ep_free(all.data);

  int32_t mine = me * 3;
  ep_payload m = int_payload(&mine), every;
  ep_allgather(&m, &every, 48);
  char line[1024];
  int at = snprintf(line, sizeof line, "allgather");
  for (int i = 0; i < n; i++) {
    ep_payload item;
    ep_gathered_item(&every, i, &item);
    at += snprintf(line + at, sizeof line - (size_t)at, " %d", *(int32_t *)item.data);
  }
  say("%s\n", line);
  ep_free(every.data);

  /* scatter from the last core: a list of ints (one each), then strings packed as records. */
  int32_t *squares = malloc(sizeof(int32_t) * (size_t)n);
  ep_payload *words = malloc(sizeof(ep_payload) * (size_t)n);
  char (*texts)[16] = malloc(16 * (size_t)n);
  for (int i = 0; i < n; i++) {
    squares[i] = i * i + 1;
    words[i] = str_payload(texts[i], snprintf(texts[i], 16, "item-%d", i));
  }
  ep_payload sq = list_payload(EP_INT, n, squares), packed, got;
  ep_scatter(&sq, &got, n - 1, 49);
  show("scatter-int", &got);
  ep_free(got.data);
  ep_pack_records(words, n, &packed);
  ep_scatter(&packed, &got, n - 1, 50);
  show("scatter-str", &got);
  ep_free(got.data);
  ep_free(packed.data);
  free(squares);
  free(words);
  free(texts);
  /* Lines printed before a barrier come before lines printed after it. */
  say("before sync\n");
  ep_sync(47);
  say("after sync\n");
  return 0;
}

/* Nonblocking sends, test_sent/wait_sent and probe, deterministically ordered by syncs. */
static int nonblocking(void) {
  int me = ep_coreid();
  if (me == 0) {
    ep_sync(50);
    int32_t vals[3] = { 7, 8, 9 };
    for (int i = 0; i < 3; i++) {
      ep_payload p = int_payload(&vals[i]);
      ep_isend(&p, 1, 51);
      vals[i] = -1; /* the payload was copied: later changes must not show */
    }
    say("test_sent before %d\n", ep_test_sent(1, 52));
    ep_sync(53);
    ep_wait_sent(1, 54);
    say("test_sent after %d\n", ep_test_sent(1, 55));
  } else if (me == 1) {
    say("probe before %d\n", ep_probe(0, 60));
    ep_sync(61);
    while (!ep_probe(0, 62)) {}
    say("probe after 1\n");
    ep_sync(63);
    for (int i = 0; i < 3; i++) {
      ep_payload in;
      ep_recv(&in, 0, 64);
      say("got %d\n", *(int32_t *)in.data);
      ep_free(in.data);
    }
  } else {
    ep_sync(70);
    ep_sync(71);
  }
  return 0;
}

/* Many cores: a token around the whole ring (blocking, one at a time), a reduce and a bcast. */
static int many(void) {
  int me = ep_coreid(), n = ep_numcores();
  int32_t token = 0;
  ep_payload p = int_payload(&token), in;
  if (me == 0) {
    token = 1;
    ep_send(&p, 1, 80);
    ep_recv(&in, n - 1, 81);
    say("token came back as %d\n", *(int32_t *)in.data);
  } else {
    ep_recv(&in, me - 1, 82);
    token = *(int32_t *)in.data + 1;
    ep_send(&p, (me + 1) % n, 83);
  }
  ep_free(in.data);
  int32_t id = me;
  ep_payload r = int_payload(&id);
  ep_reduce(&r, EP_OP_SUM, 84);
  int32_t sum = *(int32_t *)r.data;
  ep_free(r.data);
  int32_t root = me == n / 2 ? 42 : 0;
  ep_payload b = int_payload(&root);
  ep_bcast(&b, n / 2, 85);
  if (*(int32_t *)b.data != 42 || sum != n * (n - 1) / 2) say("wrong: sum %d bcast %d\n", sum, *(int32_t *)b.data);
  if (me != n / 2) ep_free(b.data);
  if (me == 0) say("sum %d\n", sum);
  return 0;
}

static const char *mode;
static int core_main(void) {
  if (!strcmp(mode, "ring")) return ring();
  if (!strcmp(mode, "pairs")) return pairs();
  if (!strcmp(mode, "collectives")) return collectives();
  if (!strcmp(mode, "nonblocking")) return nonblocking();
  if (!strcmp(mode, "many")) return many();
  if (!strcmp(mode, "exit")) { if (ep_coreid() == 1) ep_exit(5); return ep_coreid() == 2 ? 6 : 0; }
  return 9;
}

int main(int argc, char **argv) {
  mode = argc > 1 ? argv[1] : "ring";
  int ncores = argc > 2 ? atoi(argv[2]) : 4;
  return ep_run(ncores, 1, "prog.py", core_main, argc, argv);
}
