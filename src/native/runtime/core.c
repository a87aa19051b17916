/* The single-core runtime (see core.h): errors, arithmetic rules that need a call,
 * lists, strings, Python's text formatting and the random module. */
#include "core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ errors */

/* Python's str() of the exact double result of an int operation, as the interpreter's
 * JavaScript prints it: integers below 2^53 in full, "inf" for overflowed powers. */
static void exact_text(char *out, size_t n, double r) {
  if (!isfinite(r)) snprintf(out, n, "inf");
  else if (fabs(r) < 9007199254740992.0) snprintf(out, n, "%lld", (long long)r);
  else snprintf(out, n, "%.17g", r);
}

void ep_overflow2(const char *op, int64_t a, int64_t b, double r, int line, const char *fn) {
  char text[64];
  exact_text(text, sizeof text, r);
  ep_fail("OverflowError", line, fn, "int overflow: %lld %s %lld = %s does not fit in a 32-bit int",
          (long long)a, op, (long long)b, text);
}

void ep_zero_div(const char *msg, int line, const char *fn) { ep_fail("ZeroDivisionError", line, fn, "%s", msg); }
void ep_index_error(const char *msg, int line, const char *fn) { ep_fail("IndexError", line, fn, "%s", msg); }
void ep_value_error(const char *msg, int line, const char *fn) { ep_fail("ValueError", line, fn, "%s", msg); }

/* ------------------------------------------------------------- arithmetic */

/* x ** y for y >= 0 by squaring in doubles, as numbers.ts intPow: inf once the
 * result cannot fit, so the message shows the interpreter's value. */
ep_int ep_ipow(ep_int a, ep_int b, int line, const char *fn) {
  if (b < 0) {
    if (a == 0) ep_zero_div("0.0 cannot be raised to a negative power", line, fn);
    ep_value_error("native code: an int raised to a negative int is a float; write a float base", line, fn);
  }
  double r = 1, base = a;
  uint32_t e = (uint32_t)b;
  while (e > 0) {
    if (e & 1) r *= base;
    e >>= 1;
    if (e) base *= base;
    if (fabs(r) > 9007199254740992.0 || (e && fabs(base) > 9007199254740992.0)) { r = INFINITY; break; }
  }
  if (!(r >= -2147483648.0 && r <= 2147483647.0)) ep_overflow2("**", a, b, r, line, fn);
  return (ep_int)r;
}

ep_int ep_lshift(ep_int a, ep_int b, int line, const char *fn) {
  if (b < 0) ep_value_error("negative shift count", line, fn);
  double r = b > 62 ? (a == 0 ? 0 : INFINITY) : (double)a * (double)((int64_t)1 << b);
  if (!(r >= -2147483648.0 && r <= 2147483647.0)) ep_overflow2("<<", a, b, r, line, fn);
  return (ep_int)r;
}

ep_int ep_rshift(ep_int a, ep_int b, int line, const char *fn) {
  if (b < 0) ep_value_error("negative shift count", line, fn);
  return b > 31 ? (a < 0 ? -1 : 0) : (a >> b);
}

/* CPython's float_divmod: [floor quotient, remainder with the divisor's sign]. */
static double divmod_floor(double vx, double wx, double *modp) {
  double mod = fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1; }
  } else mod = copysign(0.0, wx);
  double floordiv;
  if (div != 0) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = copysign(0.0, vx / wx);
  *modp = mod;
  return floordiv;
}

double ep_ffloordiv(double a, double b, int line, const char *fn) {
  if (b == 0) ep_zero_div("float floor division by zero", line, fn);
  double m;
  return divmod_floor(a, b, &m);
}

double ep_fmod(double a, double b, int line, const char *fn) {
  if (b == 0) ep_zero_div("float modulo", line, fn);
  double mod = fmod(a, b);
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else mod = copysign(0.0, b);
  return mod;
}

static int is_odd_integer(double x) { return isfinite(x) && fabs(fmod(x, 2)) == 1; }

/* CPython's float_pow (numbers.ts floatPow). */
double ep_fpow_slow(double iv, double iw, int line, const char *fn) {
  if (iw == 0) return 1;
  if (isnan(iv)) return iv;
  if (isnan(iw)) return iv == 1 ? 1 : iw;
  if (!isfinite(iw)) {
    double a = fabs(iv);
    if (a == 1) return 1;
    return (iw > 0) == (a > 1) ? fabs(iw) : 0;
  }
  if (!isfinite(iv)) {
    int odd = is_odd_integer(iw);
    if (iw > 0) return odd ? iv : fabs(iv);
    return odd ? copysign(0.0, iv) : 0;
  }
  if (iv == 0) {
    if (iw < 0) ep_zero_div("0.0 cannot be raised to a negative power", line, fn);
    return is_odd_integer(iw) ? iv : 0;
  }
  int negate = 0;
  if (iv < 0) {
    if (iw != floor(iw))
      ep_value_error("negative number cannot be raised to a fractional power (complex numbers are not supported)", line, fn);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1) return negate ? -1 : 1;
  double r = pow(iv, iw);
  if (!isfinite(r)) ep_fail("OverflowError", line, fn, "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

ep_int ep_float_to_int(double x, int line, const char *fn) {
  if (isnan(x)) ep_value_error("cannot convert float NaN to integer", line, fn);
  if (!isfinite(x)) ep_fail("OverflowError", line, fn, "cannot convert float infinity to integer");
  double t = trunc(x);
  if (!(t >= -2147483648.0 && t <= 2147483647.0)) {
    char text[64];
    exact_text(text, sizeof text, t);
    ep_fail("OverflowError", line, fn, "int overflow: %s does not fit in a 32-bit int", text);
  }
  return (ep_int)t;
}

double ep_round_half_even(double x) {
  double r = round(x);
  if (fabs(fmod(x, 1)) == 0.5 && fmod(r, 2) != 0) r -= copysign(1.0, x);
  return r;
}

double ep_math_sqrt(double x, int line, const char *fn) {
  if (x < 0) ep_value_error("math domain error", line, fn);
  return sqrt(x);
}

double ep_math_log(double x, int line, const char *fn) {
  if (x <= 0) ep_value_error("math domain error", line, fn);
  return log(x);
}

/* A libm result r of a finite argument x: nan is a domain error, inf a range error. */
double ep_math_checked(double r, double x, int line, const char *fn) {
  if (isnan(r) && !isnan(x)) ep_value_error("math domain error", line, fn);
  if (isinf(r) && isfinite(x)) ep_fail("OverflowError", line, fn, "math range error");
  return r;
}

/* ------------------------------------------------------------------ lists */

ep_list *ep_list_new(int32_t len, int32_t esize) {
  ep_list *l = ep_alloc(sizeof *l);
  l->len = len;
  l->cap = len < 4 ? 4 : len;
  l->esize = esize;
  l->data = ep_alloc((size_t)l->cap * (size_t)esize);
  memset(l->data, 0, (size_t)l->cap * (size_t)esize);
  return l;
}

static void list_reserve(ep_list *l, int32_t need) {
  if (need <= l->cap) return;
  int32_t cap = l->cap * 2 > need ? l->cap * 2 : need;
  void *d = ep_alloc((size_t)cap * (size_t)l->esize);
  memcpy(d, l->data, (size_t)l->len * (size_t)l->esize);
  l->data = d; /* the old block stays: the runtime never frees (no collector yet) */
  l->cap = cap;
}

void *ep_list_push(ep_list *l) {
  list_reserve(l, l->len + 1);
  return (char *)l->data + (size_t)(l->len++) * (size_t)l->esize;
}

/* Python's slice bounds clamping for step 1. */
ep_list *ep_list_slice(const ep_list *l, ep_int lo, ep_int hi, int has_lo, int has_hi) {
  int32_t n = l->len;
  int32_t a = has_lo ? lo : 0, b = has_hi ? hi : n;
  if (a < 0) { a += n; if (a < 0) a = 0; } else if (a > n) a = n;
  if (b < 0) { b += n; if (b < 0) b = 0; } else if (b > n) b = n;
  int32_t len = b > a ? b - a : 0;
  ep_list *r = ep_list_new(len, l->esize);
  if (len) memcpy(r->data, (char *)l->data + (size_t)a * (size_t)l->esize, (size_t)len * (size_t)l->esize);
  return r;
}

ep_list *ep_list_concat(const ep_list *a, const ep_list *b) {
  ep_list *r = ep_list_new(a->len + b->len, a->esize);
  memcpy(r->data, a->data, (size_t)a->len * (size_t)a->esize);
  memcpy((char *)r->data + (size_t)a->len * (size_t)a->esize, b->data, (size_t)b->len * (size_t)a->esize);
  return r;
}

ep_list *ep_list_repeat(const ep_list *a, ep_int n, int line, const char *fn) {
  if (n < 0) n = 0;
  int64_t len = (int64_t)a->len * n;
  if (len > INT32_MAX) ep_fail("MemoryError", line, fn, "list too large");
  ep_list *r = ep_list_new((int32_t)len, a->esize);
  size_t chunk = (size_t)a->len * (size_t)a->esize;
  for (ep_int i = 0; i < n; i++) memcpy((char *)r->data + chunk * (size_t)i, a->data, chunk);
  return r;
}

ep_list *ep_list_copy(const ep_list *a) { return ep_list_slice(a, 0, 0, 0, 0); }

void ep_list_remove_at(ep_list *l, int32_t k, void *out) {
  size_t es = (size_t)l->esize;
  char *d = l->data;
  memcpy(out, d + (size_t)k * es, es);
  memmove(d + (size_t)k * es, d + (size_t)(k + 1) * es, (size_t)(l->len - k - 1) * es);
  l->len--;
}

/* list.pop(i)'s index: IndexError with the interpreter's messages. */
ep_int ep_pop_index(const ep_list *l, ep_int i, int line, const char *fn) {
  if (l->len == 0) ep_index_error("pop from empty list", line, fn);
  int32_t k = i < 0 ? i + l->len : i;
  if (k < 0 || k >= l->len) ep_index_error("pop index out of range", line, fn);
  return k;
}

void ep_list_insert(ep_list *l, ep_int i, const void *elem) {
  int32_t n = l->len;
  int32_t k = i < 0 ? (i + n < 0 ? 0 : i + n) : (i > n ? n : i);
  list_reserve(l, n + 1);
  size_t es = (size_t)l->esize;
  char *d = l->data;
  memmove(d + (size_t)(k + 1) * es, d + (size_t)k * es, (size_t)(n - k) * es);
  memcpy(d + (size_t)k * es, elem, es);
  l->len++;
}

ep_list *ep_range_list(ep_int start, ep_int stop, ep_int step, int line, const char *fn) {
  if (step == 0) ep_value_error("range() arg 3 must not be zero", line, fn);
  int64_t n = step > 0 ? ((int64_t)stop - start + step - 1) / step : ((int64_t)start - stop - step - 1) / -step;
  if (n < 0) n = 0;
  ep_list *l = ep_list_new((int32_t)n, sizeof(ep_int));
  for (int64_t i = 0; i < n; i++) EP_AT(ep_int, l, i) = (ep_int)(start + i * step);
  return l;
}

void ep_list_reverse(ep_list *l) {
  size_t es = (size_t)l->esize;
  char *d = l->data;
  /* byte-wise swap: elements (tuples) may be of any size */
  for (int32_t i = 0, j = l->len - 1; i < j; i++, j--) {
    char *x = d + (size_t)i * es, *y = d + (size_t)j * es;
    for (size_t k = 0; k < es; k++) { char t = x[k]; x[k] = y[k]; y[k] = t; }
  }
}

static int less_of(const void *a, const void *b, int kind) {
  if (kind == 0) return *(const ep_int *)a < *(const ep_int *)b;
  if (kind == 1) return *(const ep_float *)a < *(const ep_float *)b;
  if (kind == 3) return *(const ep_bool *)a < *(const ep_bool *)b;
  return ep_str_cmp(*(const ep_str *)a, *(const ep_str *)b) < 0;
}

/* Stable merge sort (Python's sort is stable; qsort is not). */
void ep_list_sort(ep_list *l, int kind) {
  size_t es = (size_t)l->esize;
  int32_t n = l->len;
  char *a = l->data, *tmp = ep_alloc((size_t)n * es + 1);
  for (int32_t width = 1; width < n; width *= 2) {
    for (int32_t lo = 0; lo < n; lo += 2 * width) {
      int32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      int32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (less_of(a + (size_t)j * es, a + (size_t)i * es, kind)) memcpy(tmp + (size_t)k++ * es, a + (size_t)j++ * es, es);
        else memcpy(tmp + (size_t)k++ * es, a + (size_t)i++ * es, es);
      }
      while (i < mid) memcpy(tmp + (size_t)k++ * es, a + (size_t)i++ * es, es);
      while (j < hi) memcpy(tmp + (size_t)k++ * es, a + (size_t)j++ * es, es);
    }
    memcpy(a, tmp, (size_t)n * es);
  }
}

/* ---------------------------------------------------------------- strings */

ep_str ep_str_concat(ep_str a, ep_str b) {
  char *d = ep_alloc((size_t)a.len + (size_t)b.len + 1);
  memcpy(d, a.data, (size_t)a.len);
  memcpy(d + a.len, b.data, (size_t)b.len);
  d[a.len + b.len] = 0;
  return (ep_str){ a.len + b.len, d };
}

int ep_str_eq(ep_str a, ep_str b) { return a.len == b.len && memcmp(a.data, b.data, (size_t)a.len) == 0; }

/* Code-point order equals UTF-8 byte order. */
int ep_str_cmp(ep_str a, ep_str b) {
  int32_t n = a.len < b.len ? a.len : b.len;
  int c = memcmp(a.data, b.data, (size_t)n);
  return c ? c : (a.len > b.len) - (a.len < b.len);
}

ep_str ep_str_repeat(ep_str a, ep_int n, int line, const char *fn) {
  if (n <= 0 || a.len == 0) return (ep_str){ 0, "" };
  int64_t len = (int64_t)a.len * n;
  if (len > INT32_MAX) ep_fail("MemoryError", line, fn, "string too large");
  char *d = ep_alloc((size_t)len + 1);
  for (ep_int i = 0; i < n; i++) memcpy(d + (size_t)i * (size_t)a.len, a.data, (size_t)a.len);
  d[len] = 0;
  return (ep_str){ (int32_t)len, d };
}

int ep_str_contains(ep_str hay, ep_str needle) {
  if (needle.len == 0) return 1;
  for (int32_t i = 0; i + needle.len <= hay.len; i++)
    if (memcmp(hay.data + i, needle.data, (size_t)needle.len) == 0) return 1;
  return 0;
}

ep_str ep_str_join(ep_str sep, const ep_list *items) {
  ep_buf b;
  ep_buf_init(&b);
  for (int32_t i = 0; items && i < items->len; i++) {
    if (i) ep_buf_str(&b, sep);
    ep_buf_str(&b, EP_AT(ep_str, items, i));
  }
  return ep_buf_take(&b);
}

static ep_str map_case(ep_str s, int upper) {
  char *d = ep_alloc((size_t)s.len + 1);
  for (int32_t i = 0; i < s.len; i++) {
    char c = s.data[i];
    if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
    else if (!upper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
    d[i] = c;
  }
  d[s.len] = 0;
  return (ep_str){ s.len, d };
}

ep_str ep_str_upper(ep_str s) { return map_case(s, 1); }
ep_str ep_str_lower(ep_str s) { return map_case(s, 0); }

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

ep_str ep_str_strip(ep_str s) {
  int32_t a = 0, b = s.len;
  while (a < b && is_space(s.data[a])) a++;
  while (b > a && is_space(s.data[b - 1])) b--;
  return (ep_str){ b - a, s.data + a };
}

ep_bool ep_str_startswith(ep_str s, ep_str p) { return p.len <= s.len && memcmp(s.data, p.data, (size_t)p.len) == 0; }
ep_bool ep_str_endswith(ep_str s, ep_str p) { return p.len <= s.len && memcmp(s.data + s.len - p.len, p.data, (size_t)p.len) == 0; }

/* Byte offset converted to a code-point index (Python's find counts characters). */
ep_int ep_str_find(ep_str s, ep_str sub) {
  for (int32_t i = 0; i + sub.len <= s.len; i++)
    if (memcmp(s.data + i, sub.data, (size_t)sub.len) == 0) return ep_str_len((ep_str){ i, s.data });
  return -1;
}

ep_str ep_str_replace(ep_str s, ep_str old, ep_str new_) {
  ep_buf b;
  ep_buf_init(&b);
  int32_t i = 0;
  if (old.len == 0) {
    /* Python inserts new_ before every character and at the end */
    for (; i < s.len; i++) {
      if (((unsigned char)s.data[i] & 0xC0) != 0x80) ep_buf_str(&b, new_);
      ep_buf_char(&b, s.data[i]);
    }
    ep_buf_str(&b, new_);
    return ep_buf_take(&b);
  }
  while (i < s.len) {
    if (i + old.len <= s.len && memcmp(s.data + i, old.data, (size_t)old.len) == 0) {
      ep_buf_str(&b, new_);
      i += old.len;
    } else ep_buf_char(&b, s.data[i++]);
  }
  return ep_buf_take(&b);
}

ep_list *ep_str_split(ep_str s) {
  ep_list *l = ep_list_new(0, sizeof(ep_str));
  int32_t i = 0;
  for (;;) {
    while (i < s.len && is_space(s.data[i])) i++;
    if (i >= s.len) break;
    int32_t j = i;
    while (j < s.len && !is_space(s.data[j])) j++;
    *(ep_str *)ep_list_push(l) = (ep_str){ j - i, s.data + i };
    i = j;
  }
  return l;
}

/* Length in code points (UTF-8 continuation bytes do not count). */
ep_int ep_str_len(ep_str s) {
  ep_int n = 0;
  for (int32_t i = 0; i < s.len; i++) n += ((unsigned char)s.data[i] & 0xC0) != 0x80;
  return n;
}

ep_str ep_str_index(ep_str s, ep_int i, int line, const char *fn) {
  ep_int n = ep_str_len(s);
  ep_int k = i < 0 ? i + n : i;
  if (k < 0 || k >= n) ep_index_error("string index out of range", line, fn);
  int32_t at = 0;
  for (ep_int c = 0; c < k; at++) if (((unsigned char)s.data[at + 1] & 0xC0) != 0x80) c++;
  int32_t end = at + 1;
  while (end < s.len && ((unsigned char)s.data[end] & 0xC0) == 0x80) end++;
  return (ep_str){ end - at, s.data + at };
}

/* ------------------------------------------------------------- text buffer */

void ep_buf_init(ep_buf *b) {
  b->cap = 128;
  b->len = 0;
  b->p = ep_alloc(b->cap);
}

void ep_buf_bytes(ep_buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = (b->len + n + 1) * 2;
    char *p = ep_alloc(cap);
    memcpy(p, b->p, b->len);
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

void ep_buf_cstr(ep_buf *b, const char *s) { ep_buf_bytes(b, s, strlen(s)); }
void ep_buf_char(ep_buf *b, char c) { ep_buf_bytes(b, &c, 1); }

void ep_buf_int(ep_buf *b, ep_int v) {
  char t[16];
  int n = snprintf(t, sizeof t, "%ld", (long)v);
  ep_buf_bytes(b, t, (size_t)n);
}

void ep_buf_bool(ep_buf *b, ep_bool v) { ep_buf_cstr(b, v ? "True" : "False"); }
void ep_buf_str(ep_buf *b, ep_str s) { ep_buf_bytes(b, s.data, (size_t)s.len); }

/* Python's repr() of a str: single quotes unless the text has ' and no ". */
void ep_buf_repr_str(ep_buf *b, ep_str s) {
  int sq = memchr(s.data, '\'', (size_t)s.len) != NULL, dq = memchr(s.data, '"', (size_t)s.len) != NULL;
  char q = sq && !dq ? '"' : '\'';
  ep_buf_char(b, q);
  for (int32_t i = 0; i < s.len; i++) {
    unsigned char c = (unsigned char)s.data[i];
    char t[8];
    if (c == (unsigned char)q || c == '\\') { ep_buf_char(b, '\\'); ep_buf_char(b, (char)c); }
    else if (c == '\n') ep_buf_cstr(b, "\\n");
    else if (c == '\r') ep_buf_cstr(b, "\\r");
    else if (c == '\t') ep_buf_cstr(b, "\\t");
    else if (c < 0x20 || c == 0x7f) { snprintf(t, sizeof t, "\\x%02x", c); ep_buf_cstr(b, t); }
    else ep_buf_char(b, (char)c);
  }
  ep_buf_char(b, q);
}

ep_str ep_buf_take(ep_buf *b) {
  char *d = ep_alloc(b->len + 1);
  memcpy(d, b->p, b->len);
  d[b->len] = 0;
  return (ep_str){ (int32_t)b->len, d };
}

static const char *type_name(ep_type t) {
  static const char *names[] = { "None", "bool", "int", "float", "float", "str", "list", "bytes" };
  return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

void ep_expect_payload(const ep_payload *p, ep_type type, ep_type elem, int line, const char *fn) {
  if (p->type != type || (type == EP_LIST && p->count > 0 && p->elem_type != elem))
    ep_fail("TypeError", line, fn, "native code: received a %s where the program's messages are %s",
            type_name(p->type), type_name(type));
}

/* parallel.h: each record is an ep_record_header and header.nbytes bytes, padded to 8. */
int32_t ep_records_count(const ep_payload *p) {
  const char *at = p->data, *end = at + p->count;
  int32_t n = 0;
  while (at + sizeof(ep_record_header) <= end) {
    ep_record_header h;
    memcpy(&h, at, sizeof h);
    at += sizeof h + (((size_t)h.nbytes + 7) & ~(size_t)7);
    n++;
  }
  return n;
}

ep_list *ep_list_from_payload(const ep_payload *p, int32_t esize) {
  ep_list *l = ep_alloc(sizeof *l);
  l->len = l->cap = p->count;
  l->esize = esize;
  l->data = p->count ? p->data : ep_alloc((size_t)esize);
  return l;
}

void ep_buf_flush(ep_buf *b) {
  ep_write(b->p, b->len);
  b->len = 0;
}

/* ---------------------------------------------------------- float to text */

/* Digits of x > 0 as value = 0.d × 10^decpt (format.ts's convention). */
typedef struct { char d[24]; int decpt; } digits;

/* Parses "%.*e" output "D.DDDe±XX" into digits (trailing zeros stripped). */
static void parse_exp(const char *s, digits *out) {
  int n = 0;
  const char *p = s;
  for (; *p && *p != 'e'; p++) if (*p >= '0' && *p <= '9') out->d[n++] = *p;
  int e = atoi(p + 1);
  while (n > 1 && out->d[n - 1] == '0') n--;
  out->d[n] = 0;
  out->decpt = e + 1;
}

static int reads_back(const char *s, double x, int f32) {
  double r = strtod(s, NULL);
  return f32 ? (float)r == (float)x : r == x;
}

/* Shortest digits that read back to x (as float32 when f32), the closest among equally
 * short ones (glibc's printf rounds the exact value half-to-even, matching format.ts's
 * tie rule). Where the nearest p-digit decimal does not read back, its other neighbour
 * may (asymmetric intervals at powers of two), as format.ts candidate32 checks. */
static void shortest(double x, int f32, digits *out) {
  int maxp = f32 ? 9 : 17;
  char s[40], t[48];
  for (int p = 1; p <= maxp; p++) {
    snprintf(s, sizeof s, "%.*e", p - 1, x);
    if (reads_back(s, x, f32)) { parse_exp(s, out); return; }
    /* the other neighbour: mantissa ± 1 unit in the last digit */
    char mant[24];
    int m = 0;
    const char *q = s;
    for (; *q != 'e'; q++) if (*q != '.') mant[m++] = *q;
    mant[m] = 0;
    int e = atoi(q + 1) - (p - 1);
    long long n = atoll(mant);
    int below = strtod(s, NULL) < x;
    long long lo10 = 1;
    for (int i = 1; i < p; i++) lo10 *= 10;
    if (below) snprintf(t, sizeof t, "%llde%d", n + 1, e);
    else if (n - 1 < lo10) snprintf(t, sizeof t, "%llde%d", lo10 * 10 - 1, e - 1);
    else snprintf(t, sizeof t, "%llde%d", n - 1, e);
    if (reads_back(t, x, f32)) {
      /* t = v × 10^te, so value = 0.V × 10^(te + len(V)), V = v's digits */
      long long v = atoll(t);
      int te = atoi(strchr(t, 'e') + 1);
      int vn = snprintf(out->d, sizeof out->d, "%lld", v);
      out->decpt = te + vn;
      while (vn > 1 && out->d[vn - 1] == '0') out->d[--vn] = 0;
      return;
    }
  }
  snprintf(s, sizeof s, "%.*e", maxp - 1, x);
  parse_exp(s, out);
}

static void buf_exp_layout(ep_buf *b, const char *d, int decpt) {
  ep_buf_char(b, d[0]);
  if (d[1]) { ep_buf_char(b, '.'); ep_buf_cstr(b, d + 1); }
  char t[16];
  int e = decpt - 1;
  snprintf(t, sizeof t, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
  ep_buf_cstr(b, t);
}

void ep_buf_float(ep_buf *b, double x, int f32) {
  if (isnan(x)) { ep_buf_cstr(b, "nan"); return; }
  if (isinf(x)) { ep_buf_cstr(b, x > 0 ? "inf" : "-inf"); return; }
  if (signbit(x)) ep_buf_char(b, '-');
  double ax = fabs(x);
  digits dg;
  if (ax == 0) { dg.d[0] = '0'; dg.d[1] = 0; dg.decpt = 1; }
  else shortest(ax, f32, &dg);
  int n = (int)strlen(dg.d);
  /* Python's repr layout: exponent when the exponent is < -4 or >= 16. */
  if (dg.decpt <= -4 || dg.decpt > 16) { buf_exp_layout(b, dg.d, dg.decpt); return; }
  if (dg.decpt <= 0) {
    ep_buf_cstr(b, "0.");
    for (int i = 0; i < -dg.decpt; i++) ep_buf_char(b, '0');
    ep_buf_cstr(b, dg.d);
  } else if (dg.decpt >= n) {
    ep_buf_cstr(b, dg.d);
    for (int i = n; i < dg.decpt; i++) ep_buf_char(b, '0');
    ep_buf_cstr(b, ".0");
  } else {
    ep_buf_bytes(b, dg.d, (size_t)dg.decpt);
    ep_buf_char(b, '.');
    ep_buf_cstr(b, dg.d + dg.decpt);
  }
}

ep_str ep_int_str(ep_int v) {
  ep_buf b;
  ep_buf_init(&b);
  ep_buf_int(&b, v);
  return ep_buf_take(&b);
}

ep_str ep_float_str(double x) {
  ep_buf b;
  ep_buf_init(&b);
  ep_buf_float(&b, x, EP_F32);
  return ep_buf_take(&b);
}

/* ------------------------------------------------------ printf-style `%` */

static int has_flag(const ep_conv *c, char f) { return strchr(c->flags, f) != NULL; }

/* Pads sign+prefix+body to the width as format.ts padField. */
static void pad_field(ep_buf *b, const ep_conv *c, const char *sign, const char *body, size_t bodylen, int numeric) {
  int len = (int)(strlen(sign) + bodylen);
  int pad = c->width - len;
  if (pad <= 0) { ep_buf_cstr(b, sign); ep_buf_bytes(b, body, bodylen); return; }
  if (has_flag(c, '-')) { ep_buf_cstr(b, sign); ep_buf_bytes(b, body, bodylen); while (pad--) ep_buf_char(b, ' '); return; }
  if (has_flag(c, '0') && numeric) { ep_buf_cstr(b, sign); while (pad--) ep_buf_char(b, '0'); ep_buf_bytes(b, body, bodylen); return; }
  while (pad--) ep_buf_char(b, ' ');
  ep_buf_cstr(b, sign);
  ep_buf_bytes(b, body, bodylen);
}

static const char *sign_of(const ep_conv *c, int neg) {
  return neg ? "-" : has_flag(c, '+') ? "+" : has_flag(c, ' ') ? " " : "";
}

void ep_fmt_int(ep_buf *b, const ep_conv *c, ep_int v) {
  char t[48];
  unsigned long mag = v < 0 ? (unsigned long)(-(int64_t)v) : (unsigned long)v;
  const char *f = c->code == 'x' ? "%lx" : c->code == 'X' ? "%lX" : c->code == 'o' ? "%lo" : "%lu";
  int n = snprintf(t, sizeof t, f, mag);
  char body[96];
  int pre = 0;
  if (has_flag(c, '#') && (c->code == 'x' || c->code == 'X' || c->code == 'o')) {
    body[pre++] = '0';
    body[pre++] = c->code;
  }
  for (int z = c->prec - n; z > 0; z--) body[pre++] = '0';
  memcpy(body + pre, t, (size_t)n);
  pad_field(b, c, sign_of(c, v < 0), body, (size_t)(pre + n), 1);
}

void ep_fmt_float(ep_buf *b, const ep_conv *c, double x, int line, const char *fn) {
  char code = c->code;
  if (code == 'd' || code == 'i' || code == 'u') { ep_fmt_int(b, c, ep_float_to_int(x, line, fn)); return; }
  int prec = c->prec < 0 ? 6 : c->prec;
  char f[8], body[512];
  snprintf(f, sizeof f, "%%%s.*%c", has_flag(c, '#') ? "#" : "", code);
  int n;
  /* glibc prints the exact binary value rounded half-to-even, as format.ts does. */
  if (isnan(x)) n = snprintf(body, sizeof body, "%s", (code >= 'A' && code <= 'Z') ? "NAN" : "nan");
  else if (isinf(x)) n = snprintf(body, sizeof body, "%s", (code >= 'A' && code <= 'Z') ? "INF" : "inf");
  else n = snprintf(body, sizeof body, f, prec, fabs(x));
  if (n >= (int)sizeof body) ep_fail("ValueError", line, fn, "precision too large");
  pad_field(b, c, sign_of(c, !isnan(x) && signbit(x)), body, (size_t)n, 1);
}

void ep_fmt_text(ep_buf *b, const ep_conv *c, ep_str s) {
  int32_t n = s.len;
  if (c->prec >= 0) {
    /* precision counts code points */
    int32_t i = 0;
    for (int k = 0; i < s.len; i++) {
      if (((unsigned char)s.data[i] & 0xC0) != 0x80) { if (k == c->prec) break; k++; }
    }
    n = i;
  }
  ep_conv cc = *c;
  cc.width = c->width < 0 ? -1 : c->width + (n - ep_str_len((ep_str){ n, s.data }));
  pad_field(b, &cc, "", s.data, (size_t)n, 0);
}

/* ------------------------------------------------------------------ random */

#define MT_N 624
#define MT_M 397

typedef struct { uint32_t mt[MT_N]; int mti; int seeded; } mt_state;

static EP_TLS mt_state rng;
static uint32_t random_base;

void ep_random_set_base(uint32_t base) { random_base = base; }

static void init_genrand(mt_state *s, uint32_t seed) {
  s->mt[0] = seed;
  for (int i = 1; i < MT_N; i++) s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
  s->mti = MT_N;
}

/* CPython's init_by_array with the key of |n| (one word: every seed here fits 32 bits). */
static void init_by_key(mt_state *s, uint32_t word) {
  init_genrand(s, 19650218u);
  int i = 1, j = 0;
  for (int k = MT_N; k > 0; k--) {
    s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525u)) + word + (uint32_t)j;
    i++;
    j = 0; /* key length 1 */
    if (i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
  }
  for (int k = MT_N - 1; k > 0; k--) {
    s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
  }
  s->mt[0] = 0x80000000u;
  s->mti = MT_N;
  s->seeded = 1;
}

static uint32_t next_u32(void) {
  mt_state *s = &rng;
  if (!s->seeded) init_by_key(s, random_base + (uint32_t)ep_coreid() * 7919u);
  if (s->mti >= MT_N) {
    int kk;
    uint32_t y;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
      y = (s->mt[kk] & 0x80000000u) | (s->mt[kk + 1] & 0x7fffffffu);
      s->mt[kk] = s->mt[kk + MT_M] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    }
    for (; kk < MT_N - 1; kk++) {
      y = (s->mt[kk] & 0x80000000u) | (s->mt[kk + 1] & 0x7fffffffu);
      s->mt[kk] = s->mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    }
    y = (s->mt[MT_N - 1] & 0x80000000u) | (s->mt[0] & 0x7fffffffu);
    s->mt[MT_N - 1] = s->mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    s->mti = 0;
  }
  uint32_t y = s->mt[s->mti++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

static EP_TLS double gauss_next;
static EP_TLS int gauss_has;
int ep_gauss_next(double *z) {
  if (!gauss_has) return 0;
  gauss_has = 0;
  *z = gauss_next;
  return 1;
}
void ep_gauss_keep(double z) { gauss_next = z; gauss_has = 1; }
uint32_t ep_random_u32(void) { return next_u32(); }

/* CPython's init_by_array with a key of several words (seed() of a str or a float,
 * whose key the compiler computed as the interpreter does). */
void ep_random_seed_words(const uint32_t *key, int n) {
  mt_state *st = &rng;
  init_genrand(st, 19650218u);
  int i = 1, j = 0;
  for (int k = MT_N > n ? MT_N : n; k > 0; k--) {
    st->mt[i] = (st->mt[i] ^ ((st->mt[i - 1] ^ (st->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++;
    j++;
    if (i >= MT_N) { st->mt[0] = st->mt[MT_N - 1]; i = 1; }
    if (j >= n) j = 0;
  }
  for (int k = MT_N - 1; k > 0; k--) {
    st->mt[i] = (st->mt[i] ^ ((st->mt[i - 1] ^ (st->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= MT_N) { st->mt[0] = st->mt[MT_N - 1]; i = 1; }
  }
  st->mt[0] = 0x80000000u;
  st->mti = MT_N;
  st->seeded = 1;
  gauss_has = 0;
}

void ep_random_seed(ep_int n) {
  gauss_has = 0;
  /* CPython seeds from |n|'s 32-bit words. */
  init_by_key(&rng, n < 0 ? (uint32_t)(-(int64_t)n) : (uint32_t)n);
}

static double random53(void) {
  uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

double ep_random53(void) { return random53(); }

ep_float ep_random_random(void) {
  ep_float f = (ep_float)random53();
  /* float32 rounding must not turn random() into 1.0 */
  return f >= 1 ? (ep_float)(1 - 1.0 / 16777216.0) : f;
}

ep_float ep_random_uniform(double a, double b) { return (ep_float)(a + (b - a) * random53()); }

static int bit_length(uint64_t n) {
  int k = 0;
  while (n) { k++; n >>= 1; }
  return k;
}

/* CPython's _randbelow_with_getrandbits for 0 < n <= 2^32. */
static uint64_t randbelow(uint64_t n);
uint64_t ep_randbelow(uint64_t n) { return randbelow(n); }
static uint64_t randbelow(uint64_t n) {
  int k = bit_length(n);
  for (;;) {
    uint64_t r;
    if (k <= 32) r = next_u32() >> (32 - k);
    else {
      uint64_t lo = next_u32(), hi = next_u32() >> (64 - k);
      r = lo | (hi << 32);
    }
    if (r < n) return r;
  }
}

ep_int ep_random_randrange(ep_int start, ep_int stop, int line, const char *fn) {
  int64_t width = (int64_t)stop - start;
  if (width <= 0) ep_fail("ValueError", line, fn, "empty range for randrange() (%ld, %ld, %lld)", (long)start, (long)stop, (long long)width);
  return (ep_int)(start + (int64_t)randbelow((uint64_t)width));
}

ep_int ep_random_randint(ep_int a, ep_int b, int line, const char *fn) {
  if ((int64_t)b + 1 - a <= 0)
    ep_fail("ValueError", line, fn, "empty range for randrange() (%ld, %lld, %lld)", (long)a, (long long)b + 1, (long long)b + 1 - a);
  return (ep_int)(a + (int64_t)randbelow((uint64_t)((int64_t)b + 1 - a)));
}
