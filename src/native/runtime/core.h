/* The single-core runtime of natively compiled ePython programs (C99).
 *
 * Generated C (src/native/emitC.ts) includes this header. It gives the value
 * representations and every operation whose Python semantics need more than one C
 * operator: checked int32 arithmetic (OverflowError with the interpreter's message),
 * Python's floor division and modulo, list indexing with IndexError, text formatting
 * exactly as the interpreter prints (src/vm/format.ts), and the random module (MT19937,
 * CPython's algorithms, the interpreter's per-core seeds).
 *
 * Freestanding-ready: everything here goes through ep_alloc / ep_write / ep_fail
 * (parallel.h, the transport's platform layer); core.c itself uses libc only for
 * snprintf/strtod (float text) and libm, both available on bare-metal newlib.
 *
 * Invariants: an ep_int is always a value the interpreter could hold (int32, never
 * wrapped); an ep_float is the run's precision (float32 unless EP_FLOAT64); lists are
 * shared by reference (ep_list *) like Python's, strings are immutable values. */
#ifndef EP_CORE_H
#define EP_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include "parallel.h"

typedef int32_t ep_int;
typedef uint8_t ep_bool;
typedef uint8_t ep_none;
#ifdef EP_USE_FLOAT64
typedef double ep_float;
#define EP_F32 0
#else
typedef float ep_float;
#define EP_F32 1
#endif

/* The thread-local storage class of per-core state (one core = one thread on host). */
#define EP_TLS __thread

#define EP_LIKELY(x) __builtin_expect(!!(x), 1)
#define EP_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* A Python list: `len` elements of `esize` bytes each, packed in data[0..cap). */
typedef struct ep_list {
  int32_t len;
  int32_t cap;
  int32_t esize;
  void *data;
} ep_list;

/* An immutable string: `len` bytes of UTF-8 (not NUL-terminated in general). */
typedef struct ep_str {
  int32_t len;
  const char *data;
} ep_str;

#define EP_STR_LIT(s) ((ep_str){ (int32_t)(sizeof(s) - 1), (s) })
/* Element i of list l holding C type T (no check: callers checked or proved i). */
#define EP_AT(T, l, i) (((T *)(l)->data)[(i)])

/* --------------------------------------------------------------- errors */
void ep_overflow2(const char *op, int64_t a, int64_t b, double r, int line, const char *fn)
    __attribute__((noreturn));
void ep_zero_div(const char *msg, int line, const char *fn) __attribute__((noreturn));
void ep_index_error(const char *msg, int line, const char *fn) __attribute__((noreturn));
void ep_value_error(const char *msg, int line, const char *fn) __attribute__((noreturn));

/* -------------------------------------------------- checked int arithmetic */
static inline ep_int ep_add(ep_int a, ep_int b, int line, const char *fn) {
  ep_int r;
  if (EP_UNLIKELY(__builtin_add_overflow(a, b, &r))) ep_overflow2("+", a, b, (double)a + b, line, fn);
  return r;
}
static inline ep_int ep_sub(ep_int a, ep_int b, int line, const char *fn) {
  ep_int r;
  if (EP_UNLIKELY(__builtin_sub_overflow(a, b, &r))) ep_overflow2("-", a, b, (double)a - b, line, fn);
  return r;
}
static inline ep_int ep_mul(ep_int a, ep_int b, int line, const char *fn) {
  ep_int r;
  if (EP_UNLIKELY(__builtin_mul_overflow(a, b, &r))) ep_overflow2("*", a, b, (double)a * b, line, fn);
  return r;
}
static inline ep_int ep_neg(ep_int a, int line, const char *fn) {
  if (EP_UNLIKELY(a == INT32_MIN)) ep_fail("OverflowError", line, fn, "int overflow: -(-2147483648) does not fit in a 32-bit int");
  return -a;
}
/* Python's // on ints: floor of the exact quotient. */
static inline ep_int ep_floordiv(ep_int a, ep_int b, int line, const char *fn) {
  if (EP_UNLIKELY(b == 0)) ep_zero_div("integer division or modulo by zero", line, fn);
  if (EP_UNLIKELY(a == INT32_MIN && b == -1)) ep_overflow2("//", a, b, 2147483648.0, line, fn);
  ep_int q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}
/* Python's % on ints: the result takes the divisor's sign. */
static inline ep_int ep_mod(ep_int a, ep_int b, int line, const char *fn) {
  if (EP_UNLIKELY(b == 0)) ep_zero_div("integer division or modulo by zero", line, fn);
  if (b == -1) return 0;
  ep_int r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
ep_int ep_ipow(ep_int a, ep_int b, int line, const char *fn);
ep_int ep_lshift(ep_int a, ep_int b, int line, const char *fn);
ep_int ep_rshift(ep_int a, ep_int b, int line, const char *fn);

/* ---------------------------------------------------------- float rules */
/* Float rules on doubles (ints convert exactly); callers round once to ep_float,
 * as the interpreter rounds every result to the run's precision. */
static inline double ep_fdiv(double a, double b, int line, const char *fn) {
  if (EP_UNLIKELY(b == 0)) ep_zero_div("float division by zero", line, fn);
  return a / b;
}
/* int / int: Python's true division. */
static inline double ep_idiv(ep_int a, ep_int b, int line, const char *fn) {
  if (EP_UNLIKELY(b == 0)) ep_zero_div("division by zero", line, fn);
  return (double)a / (double)b;
}
/* float / float at the run's precision (one correctly rounded division). */
static inline ep_float ep_fdiv_f(ep_float a, ep_float b, int line, const char *fn) {
  if (EP_UNLIKELY(b == 0)) ep_zero_div("float division by zero", line, fn);
  return a / b;
}
static inline ep_int ep_abs_i(ep_int a, int line, const char *fn) {
  if (EP_UNLIKELY(a == INT32_MIN)) ep_fail("OverflowError", line, fn, "int overflow: abs(-2147483648) does not fit in a 32-bit int");
  return a < 0 ? -a : a;
}
double ep_ffloordiv(double a, double b, int line, const char *fn);
double ep_fmod(double a, double b, int line, const char *fn);
double ep_fpow_slow(double a, double b, int line, const char *fn);
/* CPython's float_pow: a positive finite base to a finite exponent is C's pow (every
 * special case is elsewhere), so that path is inline. */
static inline double ep_fpow(double a, double b, int line, const char *fn) {
  if (EP_LIKELY(a > 0 && a < INFINITY && b > -INFINITY && b < INFINITY)) {
    double r = pow(a, b);
    if (EP_LIKELY(r < INFINITY)) return r;
  }
  return ep_fpow_slow(a, b, line, fn);
}
/* float -> int conversions (int(), math.floor/ceil, round()): OverflowError/ValueError. */
ep_int ep_float_to_int(double x, int line, const char *fn);
double ep_round_half_even(double x);

/* ----------------------------------------------------------------- math */
double ep_math_sqrt(double x, int line, const char *fn);
double ep_math_log(double x, int line, const char *fn);
double ep_math_checked(double r, double x, int line, const char *fn);

/* ---------------------------------------------------------------- lists */
ep_list *ep_list_new(int32_t len, int32_t esize);
/* Normalises index i (negative counts from the end) or raises IndexError. */
static inline int32_t ep_index(const ep_list *l, ep_int i, int store, int line, const char *fn) {
  int32_t k = i < 0 ? i + l->len : i;
  if (EP_UNLIKELY(k < 0 || k >= l->len))
    ep_index_error(store ? "list assignment index out of range" : "list index out of range", line, fn);
  return k;
}
/* Python's truth of a list value that may be None (NULL). */
static inline int ep_list_truth(const ep_list *l) { return l != NULL && l->len != 0; }
/* Room for one more element; returns a pointer to the new last slot. */
void *ep_list_push(ep_list *l);
ep_list *ep_list_slice(const ep_list *l, ep_int lo, ep_int hi, int has_lo, int has_hi);
ep_list *ep_list_concat(const ep_list *a, const ep_list *b);
ep_list *ep_list_repeat(const ep_list *a, ep_int n, int line, const char *fn);
ep_list *ep_list_copy(const ep_list *a);
/* Removes element k (already normalised) into out (esize bytes). */
void ep_list_remove_at(ep_list *l, int32_t k, void *out);
void ep_list_insert(ep_list *l, ep_int i, const void *elem);
ep_int ep_pop_index(const ep_list *l, ep_int i, int line, const char *fn);
ep_list *ep_range_list(ep_int start, ep_int stop, ep_int step, int line, const char *fn);
void ep_list_reverse(ep_list *l);
/* Sorts a list of ints (kind 0), floats (1), strs (2) or bools (3) ascending (stable). */
void ep_list_sort(ep_list *l, int kind);

/* -------------------------------------------------------------- strings */
ep_str ep_str_concat(ep_str a, ep_str b);
int ep_str_eq(ep_str a, ep_str b);
int ep_str_cmp(ep_str a, ep_str b);
ep_str ep_str_repeat(ep_str a, ep_int n, int line, const char *fn);
ep_int ep_str_len(ep_str s);
/* str methods (ASCII case mapping and whitespace, as the interpreter's for ASCII text). */
ep_str ep_str_join(ep_str sep, const ep_list *items);
ep_str ep_str_upper(ep_str s);
ep_str ep_str_lower(ep_str s);
ep_str ep_str_strip(ep_str s);
ep_bool ep_str_startswith(ep_str s, ep_str prefix);
ep_bool ep_str_endswith(ep_str s, ep_str suffix);
ep_int ep_str_find(ep_str s, ep_str sub);
ep_str ep_str_replace(ep_str s, ep_str old, ep_str new_);
ep_list *ep_str_split(ep_str s);
/* `needle in hay` for strs. */
int ep_str_contains(ep_str hay, ep_str needle);
ep_str ep_str_index(ep_str s, ep_int i, int line, const char *fn);

/* -------------------------------------------------------- text building */
typedef struct ep_buf {
  char *p;
  size_t len;
  size_t cap;
} ep_buf;

void ep_buf_init(ep_buf *b);
void ep_buf_bytes(ep_buf *b, const char *s, size_t n);
void ep_buf_cstr(ep_buf *b, const char *s);
void ep_buf_char(ep_buf *b, char c);
void ep_buf_int(ep_buf *b, ep_int v);
/* Python's str()/repr() of a float at the run's precision (f32: shortest for float32). */
void ep_buf_float(ep_buf *b, double x, int f32);
void ep_buf_bool(ep_buf *b, ep_bool v);
void ep_buf_str(ep_buf *b, ep_str s);
void ep_buf_repr_str(ep_buf *b, ep_str s);
/* A copy of the text as a str (the buffer may live on the stack). */
ep_str ep_buf_take(ep_buf *b);
/* A buffer starting in caller-provided storage (grows with ep_alloc when full). */
#define EP_BUF_LOCAL(name, size) char name##_store[size]; ep_buf name = { name##_store, 0, size }
/* One `%` conversion: flags "-+ 0#" as given, width/prec -1 when absent. */
typedef struct ep_conv {
  const char *flags;
  int width;
  int prec;
  char code;
} ep_conv;
void ep_fmt_int(ep_buf *b, const ep_conv *c, ep_int v);
void ep_fmt_float(ep_buf *b, const ep_conv *c, double x, int line, const char *fn);
void ep_fmt_text(ep_buf *b, const ep_conv *c, ep_str s);
/* Writes the buffer (whole lines) as the calling core's output and resets it. */
void ep_buf_flush(ep_buf *b);

ep_str ep_int_str(ep_int v);
ep_str ep_float_str(double x);

/* ------------------------------------------------------------- messages */
/* Checks that a received payload has the type the program's messages have. */
void ep_expect_payload(const ep_payload *p, ep_type type, ep_type elem, int line, const char *fn);
ep_list *ep_list_from_payload(const ep_payload *p, int32_t esize);
/* Number of records in an EP_BYTES payload of parallel.h's records layout. */
int32_t ep_records_count(const ep_payload *p);

/* --------------------------------------------------------------- random */
/* Base seed of the run: core c seeds its generator with (base + c * 7919) mod 2^32,
 * as the interpreter (src/device/node.ts). Set before ep_run. */
void ep_random_set_base(uint32_t base);
void ep_random_seed(ep_int n);
void ep_random_seed_words(const uint32_t *key, int n);
ep_float ep_random_random(void);
ep_float ep_random_uniform(double a, double b);
ep_int ep_random_randrange(ep_int start, ep_int stop, int line, const char *fn);
ep_int ep_random_randint(ep_int a, ep_int b, int line, const char *fn);
/* The generator's primitives, for values.c: CPython's randbelow (0 < n <= 2^32), a
 * 53-bit random() double, one 32-bit word, and gauss()'s kept second deviate (which
 * seed() forgets). */
uint64_t ep_randbelow(uint64_t n);
double ep_random53(void);
uint32_t ep_random_u32(void);
int ep_gauss_next(double *z);
void ep_gauss_keep(double z);

#include "values.h"

#endif
