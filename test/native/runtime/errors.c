/* Failures, one per argv[1]: each must end the run with the interpreter's report and
   status (3 for a deadlock, 1 for an error). */
#include <stdlib.h>
#include <string.h>
#include "say.h"

static const char *mode;

static int core_main(void) {
  int me = ep_coreid(), n = ep_numcores();
  int32_t v = me;
  ep_payload p = int_payload(&v), in;
  if (!strcmp(mode, "recv-cycle")) {        /* every core receives from the next: nobody sends */
    say("core %d waits\n", me);
    ep_recv(&in, (me + 1) % n, 12);
  } else if (!strcmp(mode, "send-cycle")) { /* rendezvous sends around a ring: all block */
    ep_send(&p, (me + 1) % n, 14);
  } else if (!strcmp(mode, "finished-peer")) {
    if (me == 0) ep_recv(&in, 1, 16);       /* core 1 ends without sending */
  } else if (!strcmp(mode, "sync-missing")) {
    if (me != 2) ep_sync(18);               /* core 2 ends without calling sync */
  } else if (!strcmp(mode, "fail")) {
    if (me == 2) ep_fail("ZeroDivisionError", 7, "compute", "division by zero");
    if (me == 0) ep_recv(&in, 1, 9);        /* waits forever: the failure must stop it */
    else ep_sync(10);
  } else if (!strcmp(mode, "mismatch")) {   /* sendrecv met by recv */
    if (me == 0) ep_sendrecv(&p, &in, 1, 20);
    else if (me == 1) ep_recv(&in, 0, 21);
  } else if (!strcmp(mode, "bad-peer")) {
    if (me == 0) ep_send(&p, n + 3, 22);
  } else if (!strcmp(mode, "self")) {
    if (me == 1) ep_recv(&in, 1, 23);
  } else if (!strcmp(mode, "overflow")) {
    v = 2000000000;
    ep_reduce(&p, EP_OP_SUM, 24);
  } else if (!strcmp(mode, "scatter-count")) { /* the root's list is one item short */
    int32_t items[64] = { 0 };
    ep_payload list = { EP_LIST, EP_INT, n - 1, items };
    ep_scatter(&list, &in, 0, 27);
  } else if (!strcmp(mode, "collective-mismatch")) {
    if (me == 0) ep_sync(25); else ep_bcast(&p, 0, 26);
  }
  return 0;
}

int main(int argc, char **argv) {
  mode = argc > 1 ? argv[1] : "recv-cycle";
  int ncores = argc > 2 ? atoi(argv[2]) : 4;
  return ep_run(ncores, 1, "prog.py", core_main, argc, argv);
}
