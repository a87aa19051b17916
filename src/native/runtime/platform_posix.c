/* The platform layer on POSIX: libc and pthreads. The only file of the runtime that
 * includes system headers beyond <stddef.h>/<stdint.h>/<stdarg.h>. */
#define _POSIX_C_SOURCE 200809L
#include "platform.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The opaque storage must hold the real objects (checked at compile time). */
typedef char ep_check_mutex[sizeof(pthread_mutex_t) <= sizeof(ep_mutex) ? 1 : -1];
typedef char ep_check_cond[sizeof(pthread_cond_t) <= sizeof(ep_cond) ? 1 : -1];
typedef char ep_check_thread[sizeof(pthread_t) <= sizeof(ep_thread) ? 1 : -1];

void *ep_plat_malloc(size_t bytes) { return malloc(bytes ? bytes : 1); }
void *ep_plat_realloc(void *p, size_t bytes) { return realloc(p, bytes ? bytes : 1); }
void ep_plat_free(void *p) { free(p); }
void ep_plat_memcpy(void *dst, const void *src, size_t n) { if (n) memcpy(dst, src, n); }
void ep_plat_memset(void *dst, int byte, size_t n) { if (n) memset(dst, byte, n); }

void ep_plat_write(int stream, const char *s, size_t n) {
  int fd = stream == 2 ? STDERR_FILENO : STDOUT_FILENO;
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return; /* a closed pipe: output is lost, the run goes on (as the interpreter) */
    }
    s += w;
    n -= (size_t)w;
  }
}

int ep_plat_vformat(char *buf, size_t size, const char *fmt, va_list ap) { return vsnprintf(buf, size, fmt, ap); }
int ep_plat_format(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}

/* _exit, not exit: other cores' threads may still be running, and no stdio buffers hold
   output (every line went out with write()). */
void ep_plat_exit(int status) { _exit(status); }

uint64_t ep_plat_time_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int ep_plat_ncpus(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

const char *ep_plat_getenv(const char *name) { return getenv(name); }

void ep_mutex_init(ep_mutex *m) { pthread_mutex_init((pthread_mutex_t *)(void *)m, NULL); }
void ep_mutex_lock(ep_mutex *m) { pthread_mutex_lock((pthread_mutex_t *)(void *)m); }
void ep_mutex_unlock(ep_mutex *m) { pthread_mutex_unlock((pthread_mutex_t *)(void *)m); }
void ep_cond_init(ep_cond *c) { pthread_cond_init((pthread_cond_t *)(void *)c, NULL); }
void ep_cond_wait(ep_cond *c, ep_mutex *m) { pthread_cond_wait((pthread_cond_t *)(void *)c, (pthread_mutex_t *)(void *)m); }
void ep_cond_signal(ep_cond *c) { pthread_cond_signal((pthread_cond_t *)(void *)c); }

int ep_thread_start(ep_thread *t, void *(*fn)(void *), void *arg) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  /* Generated code may recurse deeply (the interpreter allows deep recursion): give every
     core 8 MB of stack whatever the process limit; untouched pages cost nothing. */
  pthread_attr_setstacksize(&attr, (size_t)8 << 20);
  int rc = pthread_create((pthread_t *)(void *)t, &attr, fn, arg);
  pthread_attr_destroy(&attr);
  return rc;
}
void ep_thread_join(ep_thread *t) { pthread_join(*(pthread_t *)(void *)t, NULL); }
void ep_thread_exit(void) { pthread_exit(NULL); }
void ep_thread_yield(void) { sched_yield(); }

/* __thread is a GCC/Clang extension accepted under -std=c99; a bare-metal port keeps one
   core per hart and returns that hart's core. */
static __thread void *current_core;
void ep_plat_set_self(void *core) { current_core = core; }
void *ep_plat_self(void) { return current_core; }
