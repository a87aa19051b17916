/* 1-D Jacobi with halo exchange: every core owns `local` points of a rod held at 1 on the
 * left end and 0 on the right; each iteration swaps one halo value with each neighbour
 * (sendrecv, ordered by parity so pairs meet at once), and every 100 iterations the
 * residual is reduced. At the end the field is gathered on core 0 and compared, bit for
 * bit, with the same iterations done serially — so a lost or misordered halo cannot pass.
 * Usage: jacobi [local] [iterations] [cores]; the elapsed time goes to stderr. */
#include <stdlib.h>
#include <string.h>
#include "say.h"

static int local = 1000, iterations = 2000;

static void exchange(double *u, int me, int n, int peer) {
  if (peer < 0 || peer >= n) return;
  int right = peer > me;
  double edge = right ? u[local] : u[1];
  ep_payload out = double_payload(&edge), in;
  ep_sendrecv(&out, &in, peer, 20);
  if (right) u[local + 1] = *(double *)in.data;
  else u[0] = *(double *)in.data;
  ep_free(in.data);
}

static int core_main(void) {
  int me = ep_coreid(), n = ep_numcores();
  double *u = calloc((size_t)local + 2, sizeof *u), *v = calloc((size_t)local + 2, sizeof *v);
  if (me == 0) u[0] = v[0] = 1.0; /* the fixed boundary values live in the outer halos */
  double start = ep_wtime(), residual = 0;
  for (int it = 0; it < iterations; it++) {
    int first = me % 2 == 0 ? me + 1 : me - 1, second = me % 2 == 0 ? me - 1 : me + 1;
    exchange(u, me, n, first);
    exchange(u, me, n, second);
    double r = 0;
    for (int i = 1; i <= local; i++) {
      v[i] = 0.5 * (u[i - 1] + u[i + 1]);
      r += (v[i] - u[i]) * (v[i] - u[i]);
    }
    double *t = u; u = v; v = t;
    if (it % 100 == 99) {
      ep_payload p = double_payload(&r);
      ep_reduce(&p, EP_OP_SUM, 30);
      residual = *(double *)p.data;
      ep_free(p.data);
    }
  }
  double elapsed = ep_wtime() - start;
  ep_payload part = list_payload(EP_FLOAT64, local, u + 1), all;
  ep_gather(&part, &all, 0, 40);
  if (me == 0) {
    int total = local * n;
    double *s = calloc((size_t)total + 2, sizeof *s), *w = calloc((size_t)total + 2, sizeof *w);
    s[0] = w[0] = 1.0;
    for (int it = 0; it < iterations; it++) {
      for (int i = 1; i <= total; i++) w[i] = 0.5 * (s[i - 1] + s[i + 1]);
      double *t = s; s = w; w = t;
    }
    int same = 1;
    for (int c = 0; c < n; c++) {
      ep_payload item;
      ep_gathered_item(&all, c, &item);
      if (item.count != local || memcmp(item.data, s + 1 + (size_t)c * (size_t)local, (size_t)local * sizeof(double))) same = 0;
    }
    say("residual %.6e\n", residual);
    say("%s\n", same ? "field matches the serial computation" : "field DIFFERS from the serial computation");
    char t[64];
    int len = snprintf(t, sizeof t, "jacobi: %d cores, %d points each, %d iterations: %.3f s\n", n, local, iterations, elapsed);
    fwrite(t, 1, (size_t)len, stderr);
    free(s);
    free(w);
  }
  ep_free(all.data);
  free(u);
  free(v);
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1) local = atoi(argv[1]);
  if (argc > 2) iterations = atoi(argv[2]);
  return ep_run(argc > 3 ? atoi(argv[3]) : 16, 1, "jacobi.py", core_main, argc, argv);
}
