/* Test helper: printf to the calling core's output (prefixed lines through ep_write). */
#ifndef EP_TEST_SAY_H
#define EP_TEST_SAY_H
#include <stdarg.h>
#include <stdio.h>
#include "parallel.h"

static inline void say(const char *fmt, ...) {
  char buf[4096];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  ep_write(buf, (size_t)(n < (int)sizeof buf ? n : (int)sizeof buf - 1));
}

static inline ep_payload int_payload(int32_t *v) { ep_payload p = { EP_INT, EP_NONE, 1, v }; return p; }
static inline ep_payload float_payload(float *v) { ep_payload p = { EP_FLOAT32, EP_NONE, 1, v }; return p; }
static inline ep_payload double_payload(double *v) { ep_payload p = { EP_FLOAT64, EP_NONE, 1, v }; return p; }
static inline ep_payload str_payload(const char *s, int32_t n) { ep_payload p = { EP_STR, EP_NONE, n, (void *)s }; return p; }
static inline ep_payload list_payload(ep_type elem, int32_t count, void *data) { ep_payload p = { EP_LIST, elem, count, data }; return p; }
#endif
