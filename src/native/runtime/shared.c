/* Runtime code both targets share: payloads, gather records, the in-order reduction,
 * output lines and error reports. Uses only the platform layer (freestanding-ready). */
#include "shared.h"

ep_run_info ep_rt = { "prog.py", 1, 1, 0, 0 };

/* ------------------------------------------------------------------ memory */

void *ep_alloc(size_t bytes) {
  void *p = ep_plat_malloc(bytes);
  if (!p) ep_fail("MemoryError", 0, 0, "out of memory (asked for %lu bytes)", (unsigned long)bytes);
  return p;
}

void ep_free(void *p) { ep_plat_free(p); }
int ep_argc(void) { return ep_rt.argc; }
char **ep_argv(void) { return ep_rt.argv; }
double ep_wtime(void) { return (double)ep_plat_time_ns() * 1e-9; }

/* ---------------------------------------------------------------- payloads */

size_t ep_elem_size(ep_type t) {
  switch (t) {
    case EP_BOOL: return 1;
    case EP_INT: case EP_FLOAT32: return 4;
    case EP_FLOAT64: return 8;
    case EP_STR: case EP_BYTES: return 1;
    default: return 0;
  }
}

size_t ep_payload_bytes(const ep_payload *p) {
  if (p->type == EP_NONE || p->count <= 0) return 0;
  return (size_t)p->count * ep_elem_size(p->type == EP_LIST ? p->elem_type : p->type);
}

void ep_payload_fill(ep_payload *out, const ep_payload *header, const void *data, size_t bytes) {
  char *copy = ep_alloc(bytes + 1);
  ep_plat_memcpy(copy, data, bytes);
  copy[bytes] = 0;
  out->type = header->type;
  out->elem_type = header->elem_type;
  out->count = header->count;
  out->data = copy;
}

/* ------------------------------------------------------------- gather records */

static size_t pad8(size_t n) { return (n + 7) & ~(size_t)7; }

size_t ep_record_size(const ep_payload *p) { return sizeof(ep_record_header) + pad8(ep_payload_bytes(p)); }

void ep_record_write(char *dst, const ep_payload *p) {
  ep_record_header h;
  size_t bytes = ep_payload_bytes(p);
  h.type = (int32_t)p->type;
  h.elem_type = (int32_t)p->elem_type;
  h.count = p->count;
  h.nbytes = (int32_t)bytes;
  ep_plat_memcpy(dst, &h, sizeof h);
  ep_plat_memcpy(dst + sizeof h, p->data, bytes);
  ep_plat_memset(dst + sizeof h + bytes, 0, pad8(bytes) - bytes);
}

void ep_gathered_item(const ep_payload *gathered, int i, ep_payload *item) {
  const char *at = gathered->data;
  const char *end = at + gathered->count;
  ep_record_header h;
  for (int k = 0;; k++) {
    if (gathered->type != EP_BYTES || at + sizeof h > end || k > i) {
      ep_fail("IndexError", 0, 0, "gathered item %d: out of range", i);
    }
    ep_plat_memcpy(&h, at, sizeof h);
    if (k == i) break;
    at += sizeof h + pad8((size_t)h.nbytes);
  }
  item->type = (ep_type)h.type;
  item->elem_type = (ep_type)h.elem_type;
  item->count = h.count;
  item->data = (void *)(at + sizeof h);
}

void ep_pack_records(const ep_payload *items, int n, ep_payload *out) {
  size_t total = 0;
  for (int i = 0; i < n; i++) total += ep_record_size(&items[i]);
  char *buf = ep_alloc(total + 1);
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    ep_record_write(buf + at, &items[i]);
    at += ep_record_size(&items[i]);
  }
  buf[total] = 0;
  out->type = EP_BYTES;
  out->elem_type = EP_NONE;
  out->count = (int32_t)total;
  out->data = buf;
}

void ep_record_copy(const ep_payload *records, int i, ep_payload *out) {
  ep_payload item;
  ep_gathered_item(records, i, &item);
  ep_payload_fill(out, &item, item.data, ep_payload_bytes(&item));
}

/* Counts the records of a records buffer (-1 when it is not one). */
static int count_records(const ep_payload *p) {
  const char *at = p->data, *end = at + p->count;
  int n = 0;
  while (at + sizeof(ep_record_header) <= end) {
    ep_record_header h;
    ep_plat_memcpy(&h, at, sizeof h);
    at += sizeof h + pad8((size_t)h.nbytes);
    n++;
  }
  return at == end ? n : -1;
}

int ep_scatter_records(const ep_payload *p, int n, ep_payload *out, char *err_msg) {
  int items = p->type == EP_LIST ? p->count : p->type == EP_BYTES ? count_records(p) : -1;
  if (items != n) {
    if (items < 0) ep_plat_format(err_msg, 256, "scatter(): the root's data must be a list of numcores() = %d items, not a %s", n, ep_type_name(p->type));
    else ep_plat_format(err_msg, 256, "scatter(): the root's data must be a list of numcores() = %d items, not %d item%s", n, items, items == 1 ? "" : "s");
    return 0;
  }
  if (p->type == EP_BYTES) {
    ep_payload_fill(out, p, p->data, (size_t)p->count);
    return 1;
  }
  ep_payload *parts = ep_alloc(sizeof(ep_payload) * (size_t)(n > 0 ? n : 1));
  size_t w = ep_elem_size(p->elem_type);
  for (int i = 0; i < n; i++) {
    parts[i].type = p->elem_type;
    parts[i].elem_type = EP_NONE;
    parts[i].count = 1;
    parts[i].data = (char *)p->data + (size_t)i * w;
  }
  ep_pack_records(parts, n, out);
  ep_free(parts);
  return 1;
}

/* -------------------------------------------------------------------- reduce */

const char *ep_op_name(ep_op op) {
  switch (op) {
    case EP_OP_SUM: return "sum";
    case EP_OP_MIN: return "min";
    case EP_OP_MAX: return "max";
    default: return "prod";
  }
}

const char *ep_type_name(ep_type t) {
  switch (t) {
    case EP_NONE: return "NoneType";
    case EP_BOOL: return "bool";
    case EP_INT: return "int";
    case EP_FLOAT32: case EP_FLOAT64: return "float";
    case EP_STR: return "str";
    case EP_LIST: return "list";
    default: return "object";
  }
}

/* One number of a reduction, with its ePython type (the interpreter keeps the type of the
   value min/max choose, and makes sum/prod a float when either side is). */
typedef struct { ep_type t; int64_t i; double f; } ep_num;

static int is_number(ep_type t) { return t == EP_BOOL || t == EP_INT || t == EP_FLOAT32 || t == EP_FLOAT64; }
static int is_float(ep_type t) { return t == EP_FLOAT32 || t == EP_FLOAT64; }

static ep_num load_num(ep_type t, const char *at) {
  ep_num v;
  v.t = t;
  v.i = 0;
  v.f = 0;
  switch (t) {
    case EP_BOOL: v.i = *(const unsigned char *)at != 0; v.f = (double)v.i; break;
    case EP_INT: { int32_t x; ep_plat_memcpy(&x, at, 4); v.i = x; v.f = x; break; }
    case EP_FLOAT32: { float x; ep_plat_memcpy(&x, at, 4); v.f = x; break; }
    default: { double x; ep_plat_memcpy(&x, at, 8); v.f = x; break; }
  }
  return v;
}

static void store_num(ep_num v, ep_type t, char *at) {
  switch (t) {
    case EP_BOOL: *(unsigned char *)at = (unsigned char)(is_float(v.t) ? v.f != 0 : v.i != 0); break;
    case EP_INT: { int32_t x = (int32_t)(is_float(v.t) ? (int64_t)v.f : v.i); ep_plat_memcpy(at, &x, 4); break; }
    case EP_FLOAT32: { float x = (float)(is_float(v.t) ? v.f : (double)v.i); ep_plat_memcpy(at, &x, 4); break; }
    default: { double x = is_float(v.t) ? v.f : (double)v.i; ep_plat_memcpy(at, &x, 8); break; }
  }
}

static double as_double(ep_num v) { return is_float(v.t) ? v.f : (double)v.i; }

/* a op b, b from core `core`; 0 with *err filled on overflow. */
static int combine(ep_op op, ep_num a, ep_num b, ep_num *r, int core, int *err_core,
                   const char **err_kind, char *err_msg) {
  if (op == EP_OP_MIN) { *r = as_double(b) < as_double(a) ? b : a; return 1; }
  if (op == EP_OP_MAX) { *r = as_double(b) > as_double(a) ? b : a; return 1; }
  if (!is_float(a.t) && !is_float(b.t)) {
    int64_t x = op == EP_OP_SUM ? a.i + b.i : a.i * b.i; /* both in int32 range: no int64 overflow */
    if (x < INT32_MIN || x > INT32_MAX) {
      *err_core = core;
      *err_kind = "OverflowError";
      ep_plat_format(err_msg, 256, "reduce('%s') overflows the 32-bit int range (%lld)", ep_op_name(op), (long long)x);
      return 0;
    }
    r->t = EP_INT;
    r->i = x;
    r->f = (double)x;
    return 1;
  }
  double x = op == EP_OP_SUM ? as_double(a) + as_double(b) : as_double(a) * as_double(b);
  r->t = a.t == EP_FLOAT64 || b.t == EP_FLOAT64 ? EP_FLOAT64 : EP_FLOAT32;
  r->f = r->t == EP_FLOAT32 ? (double)(float)x : x; /* the run's precision, as Math.fround */
  r->i = 0;
  return 1;
}

int ep_fold(const ep_payload *const *items, int n, ep_op op, ep_payload *out,
            int *err_core, const char **err_kind, char *err_msg) {
  const ep_payload *first = items[0];
  int is_list = first->type == EP_LIST;
  int32_t count = is_list ? first->count : 1;
  for (int c = 0; c < n; c++) {
    const ep_payload *p = items[c];
    ep_type t = p->type == EP_LIST ? p->elem_type : p->type;
    if (!is_number(t)) {
      *err_core = c;
      *err_kind = "TypeError";
      ep_plat_format(err_msg, 256, "reduce('%s') needs numbers (or lists of numbers), but core %d gave a %s",
                     ep_op_name(op), c, ep_type_name(p->type));
      return 0;
    }
    if ((p->type == EP_LIST) != is_list || (is_list && p->count != count)) {
      char gave[48], earlier[48];
      ep_plat_format(gave, sizeof gave, p->type == EP_LIST ? "list of %d" : "%s",
                     p->type == EP_LIST ? (int)p->count : 0);
      if (p->type != EP_LIST) ep_plat_format(gave, sizeof gave, "%s", ep_type_name(p->type));
      if (is_list) ep_plat_format(earlier, sizeof earlier, "list of %d", (int)count);
      else ep_plat_format(earlier, sizeof earlier, "%s", ep_type_name(first->type));
      *err_core = c;
      *err_kind = "TypeError";
      ep_plat_format(err_msg, 256, "reduce('%s'): core %d gave a %s where earlier cores gave a %s",
                     ep_op_name(op), c, gave, earlier);
      return 0;
    }
  }
  ep_num *acc = ep_alloc(sizeof(ep_num) * (size_t)(count > 0 ? count : 1));
  ep_type t0 = is_list ? first->elem_type : first->type;
  for (int32_t k = 0; k < count; k++) acc[k] = load_num(t0, (const char *)first->data + (size_t)k * ep_elem_size(t0));
  for (int c = 1; c < n; c++) {
    ep_type t = is_list ? items[c]->elem_type : items[c]->type;
    size_t w = ep_elem_size(t);
    for (int32_t k = 0; k < count; k++) {
      ep_num b = load_num(t, (const char *)items[c]->data + (size_t)k * w);
      if (!combine(op, acc[k], b, &acc[k], c, err_core, err_kind, err_msg)) {
        ep_free(acc);
        return 0;
      }
    }
  }
  /* A list is packed with one element type: the widest among its elements (a mix only
     happens when cores gave lists of different element types). */
  ep_type rt = count > 0 ? acc[0].t : t0;
  for (int32_t k = 0; k < count; k++) {
    ep_type t = acc[k].t;
    if (t == EP_FLOAT64 || (t == EP_FLOAT32 && rt != EP_FLOAT64) || (t == EP_INT && rt == EP_BOOL)) rt = t;
  }
  size_t w = ep_elem_size(rt);
  char *data = ep_alloc(w * (size_t)count + 1);
  for (int32_t k = 0; k < count; k++) store_num(acc[k], rt, data + (size_t)k * w);
  data[w * (size_t)count] = 0;
  ep_free(acc);
  out->type = is_list ? EP_LIST : rt;
  out->elem_type = is_list ? rt : EP_NONE;
  out->count = count;
  out->data = data;
  return 1;
}

/* -------------------------------------------------------------------- output */

void ep_out_init(ep_outbuf *o, int core, int prefix) {
  o->cap = 128;
  o->buf = ep_alloc(o->cap);
  o->prefix_len = prefix ? (size_t)ep_plat_format(o->buf, o->cap, "[device %d] ", core) : 0;
  o->len = o->prefix_len;
}

static void out_reserve(ep_outbuf *o, size_t more) {
  if (o->len + more <= o->cap) return;
  size_t cap = o->cap * 2;
  while (cap < o->len + more) cap *= 2;
  char *grown = ep_plat_realloc(o->buf, cap);
  if (!grown) ep_fail("MemoryError", 0, 0, "out of memory for an output line of %lu bytes", (unsigned long)cap);
  o->buf = grown;
  o->cap = cap;
}

void ep_out_write(ep_outbuf *o, const char *s, size_t n) {
  /* Invariant: buf[0..prefix_len) is the prefix, buf[prefix_len..len) the pending line. */
  while (n > 0) {
    size_t k = 0;
    while (k < n && s[k] != '\n') k++;
    int whole = k < n;
    size_t take = whole ? k + 1 : k;
    out_reserve(o, take);
    ep_plat_memcpy(o->buf + o->len, s, take);
    o->len += take;
    if (whole) {
      ep_plat_write(1, o->buf, o->len);
      o->len = o->prefix_len;
    }
    s += take;
    n -= take;
  }
}

void ep_out_finish(ep_outbuf *o) {
  if (!o->buf) return;
  if (o->len > o->prefix_len) ep_out_write(o, "\n", 1);
  ep_plat_free(o->buf);
  o->buf = 0;
}

/* -------------------------------------------------------------------- errors */

size_t ep_format_failure(char *buf, size_t size, int core, const char *kind, int line,
                         const char *func, const char *msg) {
  size_t n = (size_t)ep_plat_format(buf, size, "Error on device core %d:\n", core);
  if (line > 0 && n < size) {
    n += (size_t)ep_plat_format(buf + n, size - n, "Traceback (most recent call last):\n  File \"%s\", line %d%s%s\n",
                                ep_rt.file, line, func ? ", in " : "", func ? func : "");
  }
  if (n < size) n += (size_t)ep_plat_format(buf + n, size - n, "%s%s%s\n", kind, msg && msg[0] ? ": " : "", msg ? msg : "");
  return n < size ? n : size - 1;
}

void ep_fail(const char *kind, int line, const char *func, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  ep_plat_vformat(msg, sizeof msg, fmt, ap);
  va_end(ap);
  ep_target_fail(ep_coreid(), kind, line, func, msg);
}

void ep_check_peer(int me, int peer, const char *op, const char *original, int self_ok, int line) {
  if (peer < 0 || peer >= ep_rt.ncores) {
    char ids[32];
    if (ep_rt.ncores == 1) ep_plat_format(ids, sizeof ids, "0");
    else ep_plat_format(ids, sizeof ids, "0-%d", ep_rt.ncores - 1);
    ep_fail("ValueError", line, 0, "%s: core %d called %s() with core %d, but the cores are %s",
            original, me, op, peer, ids);
  }
  if (!self_ok && peer == me) {
    ep_fail("DeadlockError", line, 0, "core %d called %s() with itself as the other core; this can never complete", me, op);
  }
}
