/* The native offload service (target host only): the executable behind an offload
 * device's native kernels (src/native/service.ts writes its `main`).
 *
 * One process, one thread per device core (host.c). Every core runs the module's top
 * level once, then serves kernel launches until the host closes stdin, so module
 * globals persist between launches as they do on the simulated device. A reader
 * thread takes requests from stdin and hands each to its core; a core answers on
 * file descriptor 3 (stdout and stderr stay the program's output and error report).
 *
 * Wire format (little-endian, the host's byte order: host and service share a machine):
 *   request  (stdin): u32 n, then n bytes: u32 launch, u16 core, u16 entry, arguments
 *   control  (stdin): u32 n, then u32 0xFFFFFFFF, u16 op, u16 count, count x u16 core:
 *            op 0 (busy): requests for these cores follow; op 1 (idle): the host has no
 *            kernel for these cores now (they leave the run for deadlock detection)
 *   response (fd 3):  u32 n, then n bytes: u32 launch, u16 core, result, written-back lists
 *   values, by the type the entry was compiled for (the host knows it too):
 *     int i32 | float f64 | bool u8 | None (nothing) | str u32 bytes + UTF-8
 *     list u32 count (0xFFFFFFFF: None) + elements | tuple: its fields in order
 * A runtime error ends the process (host.c reports it on stderr and exits 1). */
#ifndef EP_SERVICE_H
#define EP_SERVICE_H

#include "core.h"

typedef struct { const uint8_t *p, *end; } ep_svc_in;
typedef struct { uint8_t *buf; size_t len, cap; } ep_svc_out;
/* One compiled kernel: decodes its arguments from `in`, runs, encodes into `out`. */
typedef void (*ep_svc_entry)(ep_svc_in *in, ep_svc_out *out);

#define EP_SVC_NONE_LIST 0xFFFFFFFFu

/* Implemented by host.c: core `id` has no work from the host (idle 1) or has again (0);
   idle cores are out of the run for deadlock detection. */
void ep_service_core_idle(int id, int idle);

/* The service's main: options `--cores N`, `--no-prefix`, `--seed S`. */
int ep_svc_main(int argc, char **argv, const char *file, int (*core_main)(void));
/* The calling core's loop: runs the requests addressed to it until stdin closes. */
void ep_svc_serve(const ep_svc_entry *entries, int count);

ep_int   ep_svc_get_int(ep_svc_in *in);
double   ep_svc_get_float(ep_svc_in *in);
ep_bool  ep_svc_get_bool(ep_svc_in *in);
ep_str   ep_svc_get_str(ep_svc_in *in);
uint32_t ep_svc_get_count(ep_svc_in *in);

void ep_svc_put_u16(ep_svc_out *out, uint16_t v);
void ep_svc_put_u32(ep_svc_out *out, uint32_t v);
void ep_svc_put_int(ep_svc_out *out, ep_int v);
void ep_svc_put_float(ep_svc_out *out, double v);
void ep_svc_put_bool(ep_svc_out *out, ep_bool v);
void ep_svc_put_str(ep_svc_out *out, ep_str s);

#endif
