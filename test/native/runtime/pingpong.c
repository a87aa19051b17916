/* Message round-trip latency between cores 0 and 1: `rounds` round trips of one int,
 * then of a list of 1000 doubles. Other cores idle. Usage: pingpong [rounds] [cores]. */
#include <stdlib.h>
#include "say.h"

static int rounds = 20000;

static double trip(ep_payload *p) {
  int me = ep_coreid();
  ep_payload in;
  ep_sync(1);
  double start = ep_wtime();
  for (int i = 0; i < rounds; i++) {
    if (me == 0) { ep_send(p, 1, 2); ep_recv(&in, 1, 3); ep_free(in.data); }
    else if (me == 1) { ep_recv(&in, 0, 4); ep_send(p, 0, 5); ep_free(in.data); }
  }
  return (ep_wtime() - start) / rounds * 1e6;
}

static int core_main(void) {
  int32_t v = 1;
  ep_payload p = int_payload(&v);
  double small = trip(&p);
  static double big[1000];
  ep_payload q = list_payload(EP_FLOAT64, 1000, big);
  double large = trip(&q);
  if (ep_coreid() == 0) say("round trip: %.2f us (int), %.2f us (1000 doubles)\n", small, large);
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1) rounds = atoi(argv[1]);
  return ep_run(argc > 2 ? atoi(argv[2]) : 2, 1, "pingpong.py", core_main, argc, argv);
}
