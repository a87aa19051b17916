/* The platform layer: everything the runtime needs from the machine. The runtime
 * (shared.c, host.c, mpi.c) calls only these, never libc or pthreads directly, so a
 * bare-metal port (RISC-V micro-cores) replaces platform_posix.c alone.
 * Invariant: none of these return on failure except where stated; allocation failure
 * is reported by the caller (ep_alloc) as a MemoryError. */
#ifndef EP_PLATFORM_H
#define EP_PLATFORM_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Memory: plain heap. NULL on exhaustion. */
void *ep_plat_malloc(size_t bytes);
void *ep_plat_realloc(void *p, size_t bytes);
void  ep_plat_free(void *p);
void  ep_plat_memcpy(void *dst, const void *src, size_t n);
void  ep_plat_memset(void *dst, int byte, size_t n);

/* Output: writes all n bytes to stream 1 (stdout) or 2 (stderr) with as few system calls as
   the OS allows (one for a line: lines of different cores must not interleave). */
void ep_plat_write(int stream, const char *s, size_t n);
/* printf-style formatting into buf (always NUL-terminated); returns the length it wanted. */
int  ep_plat_vformat(char *buf, size_t size, const char *fmt, va_list ap);
int  ep_plat_format(char *buf, size_t size, const char *fmt, ...);

/* Process. */
void ep_plat_exit(int status)                 /* ends the whole process at once */
#if defined(__GNUC__)
  __attribute__((noreturn))
#endif
  ;
uint64_t ep_plat_time_ns(void);                /* monotonic */
int  ep_plat_ncpus(void);
const char *ep_plat_getenv(const char *name);  /* NULL when unset or unsupported */

/* Threads (host target only). One mutex and condition variable type; opaque storage big
   enough for the platform's objects. */
typedef struct { uint64_t opaque[8]; } ep_mutex;
typedef struct { uint64_t opaque[8]; } ep_cond;
typedef struct { uint64_t opaque[1]; } ep_thread;
void ep_mutex_init(ep_mutex *m);
void ep_mutex_lock(ep_mutex *m);
void ep_mutex_unlock(ep_mutex *m);
void ep_cond_init(ep_cond *c);
void ep_cond_wait(ep_cond *c, ep_mutex *m);
void ep_cond_signal(ep_cond *c);
/* Starts fn(arg) on a new thread; returns 0 on success. */
int  ep_thread_start(ep_thread *t, void *(*fn)(void *), void *arg);
void ep_thread_join(ep_thread *t);
void ep_thread_exit(void)
#if defined(__GNUC__)
  __attribute__((noreturn))
#endif
  ;
void ep_thread_yield(void);
/* The calling thread's core (thread-local): what ep_coreid() and ep_write() work on. */
void  ep_plat_set_self(void *core);
void *ep_plat_self(void);

#endif
