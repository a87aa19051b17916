/* Slices, str methods, str <-> number conversions, int builtins, math on ints and the
 * random functions on sequences (see values.h). Results and messages are the
 * interpreter's: the comments name the TypeScript each function mirrors. */
/* flockfile/getc_unlocked (POSIX) for input() */
#define _POSIX_C_SOURCE 200809L
#include "core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ UTF-8 helpers */

static int is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

/* Byte offsets of the code points of s: off[i] is where code point i starts, off[n] = s.len. */
static int32_t *cp_offsets(ep_str s, int32_t *n_out) {
  int32_t n = ep_str_len(s);
  int32_t *off = ep_alloc(sizeof(int32_t) * (size_t)(n + 1));
  int32_t k = 0;
  for (int32_t i = 0; i < s.len; i++) if (!is_cont(s.data[i])) off[k++] = i;
  off[n] = s.len;
  *n_out = n;
  return off;
}

/* Python's slice.indices(len) for a non-zero step: start, stop and the element count. */
static int32_t slice_indices(int32_t len, ep_int lo, ep_int hi, ep_int step, int has_lo, int has_hi, int32_t *start) {
  int64_t a, b;
  if (step > 0) {
    a = has_lo ? lo : 0;
    b = has_hi ? hi : len;
    if (a < 0) { a += len; if (a < 0) a = 0; } else if (a > len) a = len;
    if (b < 0) { b += len; if (b < 0) b = 0; } else if (b > len) b = len;
    *start = (int32_t)a;
    return b > a ? (int32_t)((b - a + step - 1) / step) : 0;
  }
  a = has_lo ? lo : (int64_t)len - 1;
  b = has_hi ? hi : -1 - (int64_t)len; /* "to the beginning": below index 0 after normalising */
  if (a < 0) { a += len; if (a < 0) a = -1; } else if (a >= len) a = len - 1;
  if (has_hi || b != -1 - (int64_t)len) {
    if (b < 0) { b += len; if (b < 0) b = -1; } else if (b >= len) b = len - 1;
  } else b = -1;
  *start = (int32_t)a;
  return a > b ? (int32_t)((a - b + (-(int64_t)step) - 1) / (-(int64_t)step)) : 0;
}

/* ------------------------------------------------------------------ slices */

ep_list *ep_list_slice_step(const ep_list *l, ep_int lo, ep_int hi, ep_int step, int has_lo, int has_hi, int line, const char *fn) {
  if (step == 0) ep_value_error("slice step cannot be zero", line, fn);
  int32_t start;
  int32_t n = slice_indices(l->len, lo, hi, step, has_lo, has_hi, &start);
  ep_list *r = ep_list_new(n, l->esize);
  size_t es = (size_t)l->esize;
  for (int32_t i = 0; i < n; i++)
    memcpy((char *)r->data + (size_t)i * es, (char *)l->data + (size_t)(start + (int64_t)i * step) * es, es);
  return r;
}

ep_str ep_str_slice(ep_str s, ep_int lo, ep_int hi, ep_int step, int has_lo, int has_hi, int line, const char *fn) {
  if (step == 0) ep_value_error("slice step cannot be zero", line, fn);
  int32_t len, start;
  int32_t *off = cp_offsets(s, &len);
  int32_t n = slice_indices(len, lo, hi, step, has_lo, has_hi, &start);
  if (step == 1) return n ? (ep_str){ off[start + n] - off[start], s.data + off[start] } : (ep_str){ 0, "" };
  ep_buf b;
  ep_buf_init(&b);
  for (int32_t i = 0; i < n; i++) {
    int32_t k = (int32_t)(start + (int64_t)i * step);
    ep_buf_bytes(&b, s.data + off[k], (size_t)(off[k + 1] - off[k]));
  }
  return ep_buf_take(&b);
}

ep_list *ep_list_reversed(const ep_list *l) {
  ep_list *r = ep_list_copy(l);
  ep_list_reverse(r);
  return r;
}

ep_list *ep_str_chars(ep_str s) {
  ep_list *l = ep_list_new(0, sizeof(ep_str));
  for (int32_t i = 0; i < s.len;) {
    int32_t j = i + 1;
    while (j < s.len && is_cont(s.data[j])) j++;
    *(ep_str *)ep_list_push(l) = (ep_str){ j - i, s.data + i };
    i = j;
  }
  return l;
}

/* ------------------------------------------------------------- str methods */

/* Python's whitespace among ASCII (str.split()/strip() with no argument). */
static int is_ws(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(char c) { return is_lower(c) || is_upper(c); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int matches_at(ep_str s, int32_t i, ep_str sub) {
  return i >= 0 && i + sub.len <= s.len && memcmp(s.data + i, sub.data, (size_t)sub.len) == 0;
}

/* str.split / str.rsplit (str.ts): maxsplit < 0 is unlimited. */
ep_list *ep_str_split_by(ep_str s, ep_str sep, int has_sep, ep_int maxsplit, int from_right, int line, const char *fn) {
  ep_list *l = ep_list_new(0, sizeof(ep_str));
  if (has_sep && sep.len == 0) ep_value_error("empty separator", line, fn);
  if (!has_sep) {
    /* runs of whitespace separate; none at the ends; a split-off rest keeps its inner spaces */
    if (!from_right) {
      int32_t i = 0;
      for (;;) {
        while (i < s.len && is_ws(s.data[i])) i++;
        if (i >= s.len) break;
        if (maxsplit >= 0 && l->len == maxsplit) {
          int32_t e = s.len;
          while (e > i && is_ws(s.data[e - 1])) e--;
          *(ep_str *)ep_list_push(l) = (ep_str){ e - i, s.data + i };
          break;
        }
        int32_t j = i;
        while (j < s.len && !is_ws(s.data[j])) j++;
        *(ep_str *)ep_list_push(l) = (ep_str){ j - i, s.data + i };
        i = j;
      }
    } else {
      int32_t j = s.len;
      for (;;) {
        while (j > 0 && is_ws(s.data[j - 1])) j--;
        if (j <= 0) break;
        if (maxsplit >= 0 && l->len == maxsplit) {
          int32_t a = 0;
          while (a < j && is_ws(s.data[a])) a++;
          *(ep_str *)ep_list_push(l) = (ep_str){ j - a, s.data + a };
          break;
        }
        int32_t i = j;
        while (i > 0 && !is_ws(s.data[i - 1])) i--;
        *(ep_str *)ep_list_push(l) = (ep_str){ j - i, s.data + i };
        j = i;
      }
      ep_list_reverse(l);
    }
    return l;
  }
  if (!from_right) {
    int32_t start = 0;
    for (int32_t i = 0; i + sep.len <= s.len;) {
      if ((maxsplit < 0 || l->len < maxsplit) && matches_at(s, i, sep)) {
        *(ep_str *)ep_list_push(l) = (ep_str){ i - start, s.data + start };
        i += sep.len;
        start = i;
      } else i++;
    }
    *(ep_str *)ep_list_push(l) = (ep_str){ s.len - start, s.data + start };
  } else {
    int32_t end = s.len;
    for (int32_t i = s.len - sep.len; i >= 0;) {
      if ((maxsplit < 0 || l->len < maxsplit) && matches_at(s, i, sep)) {
        *(ep_str *)ep_list_push(l) = (ep_str){ end - (i + sep.len), s.data + i + sep.len };
        end = i;
        i -= sep.len;
      } else i--;
    }
    *(ep_str *)ep_list_push(l) = (ep_str){ end, s.data };
    ep_list_reverse(l);
  }
  return l;
}

/* Lines split at \n, \r, \r\n (and the other ASCII line breaks), without the breaks. */
ep_list *ep_str_splitlines(ep_str s) {
  ep_list *l = ep_list_new(0, sizeof(ep_str));
  int32_t start = 0;
  for (int32_t i = 0; i < s.len; i++) {
    char c = s.data[i];
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) {
      *(ep_str *)ep_list_push(l) = (ep_str){ i - start, s.data + start };
      if (c == '\r' && i + 1 < s.len && s.data[i + 1] == '\n') i++;
      start = i + 1;
    }
  }
  if (start < s.len) *(ep_str *)ep_list_push(l) = (ep_str){ s.len - start, s.data + start };
  return l;
}

/* Whether the code point starting at s.data[i] (length n bytes) is one of chars. */
static int in_chars(ep_str chars, const char *cp, int32_t n) {
  for (int32_t i = 0; i + n <= chars.len; i++)
    if (memcmp(chars.data + i, cp, (size_t)n) == 0 && (i + n == chars.len || !is_cont(chars.data[i + n])) && !is_cont(chars.data[i])) return 1;
  return 0;
}

ep_str ep_str_strip_by(ep_str s, ep_str chars, int has_chars, int which) {
  int32_t a = 0, b = s.len;
  if (!has_chars) {
    if (which & 1) while (a < b && is_ws(s.data[a])) a++;
    if (which & 2) while (b > a && is_ws(s.data[b - 1])) b--;
    return (ep_str){ b - a, s.data + a };
  }
  if (which & 1) {
    while (a < b) {
      int32_t e = a + 1;
      while (e < b && is_cont(s.data[e])) e++;
      if (!in_chars(chars, s.data + a, e - a)) break;
      a = e;
    }
  }
  if (which & 2) {
    while (b > a) {
      int32_t st = b - 1;
      while (st > a && is_cont(s.data[st])) st--;
      if (!in_chars(chars, s.data + st, b - st)) break;
      b = st;
    }
  }
  return (ep_str){ b - a, s.data + a };
}

static char *copy_bytes(ep_str s) {
  char *d = ep_alloc((size_t)s.len + 1);
  memcpy(d, s.data, (size_t)s.len);
  d[s.len] = 0;
  return d;
}

static char to_upper(char c) { return is_lower(c) ? (char)(c - 32) : c; }
static char to_lower(char c) { return is_upper(c) ? (char)(c + 32) : c; }

/* title(): a letter after a letter lowers, any other letter uppers. */
ep_str ep_str_title(ep_str s) {
  char *d = copy_bytes(s);
  int prev = 0;
  for (int32_t i = 0; i < s.len; i++) {
    int cased = is_alpha(d[i]);
    if (cased) d[i] = prev ? to_lower(d[i]) : to_upper(d[i]);
    prev = cased;
  }
  return (ep_str){ s.len, d };
}

ep_str ep_str_capitalize(ep_str s) {
  char *d = copy_bytes(s);
  for (int32_t i = 0; i < s.len; i++) d[i] = i ? to_lower(d[i]) : to_upper(d[i]);
  return (ep_str){ s.len, d };
}

ep_str ep_str_swapcase(ep_str s) {
  char *d = copy_bytes(s);
  for (int32_t i = 0; i < s.len; i++) d[i] = is_upper(d[i]) ? to_lower(d[i]) : to_upper(d[i]);
  return (ep_str){ s.len, d };
}

ep_bool ep_str_is(ep_str s, char kind) {
  if (kind == 'u' || kind == 'l') {
    /* a cased character of the kind, none of the other */
    int want = 0;
    for (int32_t i = 0; i < s.len; i++) {
      char c = s.data[i];
      if (kind == 'u' ? is_lower(c) : is_upper(c)) return 0;
      if (kind == 'u' ? is_upper(c) : is_lower(c)) want = 1;
    }
    return (ep_bool)want;
  }
  if (s.len == 0) return 0;
  for (int32_t i = 0; i < s.len; i++) {
    char c = s.data[i];
    int ok = kind == 'd' ? is_digit(c) : kind == 'a' ? is_alpha(c) : kind == 'n' ? is_alpha(c) || is_digit(c) : is_ws(c);
    if (!ok) return 0;
  }
  return 1;
}

ep_int ep_str_count(ep_str s, ep_str sub) {
  if (sub.len == 0) return ep_str_len(s) + 1;
  ep_int n = 0;
  for (int32_t i = 0; i + sub.len <= s.len;) {
    if (matches_at(s, i, sub)) { n++; i += sub.len; } else i++;
  }
  return n;
}

ep_int ep_str_search(ep_str s, ep_str sub, ep_int start, ep_int end, int has_start, int has_end, int from_right, int raise, int line, const char *fn) {
  int32_t len;
  int32_t *off = cp_offsets(s, &len);
  int64_t a = has_start ? start : 0, b = has_end ? end : len;
  if (a < 0) { a += len; if (a < 0) a = 0; }
  if (b < 0) { b += len; if (b < 0) b = 0; } else if (b > len) b = len;
  ep_int found = -1;
  if (a <= len && b >= a) {
    int32_t ba = off[a], bb = off[b];
    if (!from_right) {
      for (int32_t k = (int32_t)a; k <= b; k++) if (off[k] + sub.len <= bb && matches_at(s, off[k], sub)) { found = k; break; }
    } else {
      for (int32_t k = (int32_t)b; k >= a; k--) if (off[k] >= ba && off[k] + sub.len <= bb && matches_at(s, off[k], sub)) { found = k; break; }
    }
  }
  if (found < 0 && raise) ep_value_error("substring not found", line, fn);
  return found;
}

ep_str ep_str_replace_n(ep_str s, ep_str old, ep_str new_, ep_int count) {
  if (count < 0) return ep_str_replace(s, old, new_);
  ep_buf b;
  ep_buf_init(&b);
  ep_int done = 0;
  int32_t i = 0;
  if (old.len == 0) {
    for (; i < s.len; i++) {
      if (!is_cont(s.data[i]) && done < count) { ep_buf_str(&b, new_); done++; }
      ep_buf_char(&b, s.data[i]);
    }
    if (done < count) ep_buf_str(&b, new_);
    return ep_buf_take(&b);
  }
  while (i < s.len) {
    if (done < count && matches_at(s, i, old)) { ep_buf_str(&b, new_); i += old.len; done++; }
    else ep_buf_char(&b, s.data[i++]);
  }
  return ep_buf_take(&b);
}

ep_str ep_str_zfill(ep_str s, ep_int width) {
  ep_int n = ep_str_len(s);
  if (width <= n) return s;
  ep_buf b;
  ep_buf_init(&b);
  int32_t i = 0;
  if (s.len && (s.data[0] == '+' || s.data[0] == '-')) ep_buf_char(&b, s.data[i++]);
  for (ep_int k = 0; k < width - n; k++) ep_buf_char(&b, '0');
  ep_buf_bytes(&b, s.data + i, (size_t)(s.len - i));
  return ep_buf_take(&b);
}

ep_str ep_str_pad(ep_str s, ep_int width, ep_str fill, int where, int line, const char *fn) {
  if (ep_str_len(fill) != 1) ep_fail("TypeError", line, fn, "The fill character must be exactly one character long");
  ep_int n = ep_str_len(s);
  if (width <= n) return s;
  ep_int pad = width - n, left;
  if (where == 0) left = 0;
  else if (where == 1) left = pad;
  else left = pad / 2 + (pad & width & 1); /* CPython's center */
  ep_buf b;
  ep_buf_init(&b);
  for (ep_int k = 0; k < left; k++) ep_buf_str(&b, fill);
  ep_buf_str(&b, s);
  for (ep_int k = left; k < pad; k++) ep_buf_str(&b, fill);
  return ep_buf_take(&b);
}

/* ------------------------------------------------------------ conversions */

/* repr(s) as C text for messages. */
static const char *repr_cstr(ep_str s) {
  ep_buf b;
  ep_buf_init(&b);
  ep_buf_repr_str(&b, s);
  ep_buf_char(&b, 0);
  return b.p;
}

static int digit_value(char c) {
  if (is_digit(c)) return c - '0';
  if (is_lower(c)) return c - 'a' + 10;
  if (is_upper(c)) return c - 'A' + 10;
  return 99;
}

/* convert.ts intFromString: sign, 0x/0o/0b prefix, single underscores between digits. */
ep_int ep_str_to_int(ep_str s, ep_int base, int line, const char *fn) {
  if (base != 0 && (base < 2 || base > 36)) ep_value_error("int() base must be >= 2 and <= 36, or 0", line, fn);
  ep_str t = ep_str_strip_by(s, s, 0, 3);
  int32_t i = 0, n = t.len;
  const char *p = t.data;
  int neg = 0, b = base, prefixed = 0;
  if (i < n && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
  if (n - i >= 2 && p[i] == '0') {
    char x = to_lower(p[i + 1]);
    int pb = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
    if (pb && (b == 0 || b == pb)) { b = pb; i += 2; prefixed = 1; }
  }
  int bad = 0;
  if (b == 0) {
    b = 10;
    int zeros = i < n && p[i] == '0', nonzero = 0;
    for (int32_t k = i; k < n; k++) if (p[k] >= '1' && p[k] <= '9') nonzero = 1;
    if (zeros && nonzero) bad = 1;
  }
  if (prefixed && i < n && p[i] == '_') i++;
  if (i >= n || p[i] == '_' || p[n - 1] == '_') bad = 1;
  int64_t v = 0;
  int big = 0;
  for (int32_t k = i; k < n && !bad; k++) {
    if (p[k] == '_') { if (p[k - 1] == '_') bad = 1; continue; }
    int d = digit_value(p[k]);
    if (d >= b) { bad = 1; break; }
    if (!big) { v = v * b + d; if (v > 2147483648LL) big = 1; }
  }
  if (bad) ep_fail("ValueError", line, fn, "invalid literal for int() with base %d: %s", (int)base, repr_cstr(s));
  if (neg) v = -v;
  if (big || v > INT32_MAX || v < INT32_MIN) {
    /* the interpreter prints the exact value; the text without '_' and leading zeros is it */
    ep_buf m;
    ep_buf_init(&m);
    if (b == 10) {
      if (neg) ep_buf_char(&m, '-');
      int32_t k = i;
      while (k < n - 1 && (p[k] == '0' || p[k] == '_')) k++;
      for (; k < n; k++) if (p[k] != '_') ep_buf_char(&m, p[k]);
    } else ep_buf_cstr(&m, neg ? "-(big)" : "(big)");
    ep_buf_char(&m, 0);
    ep_fail("OverflowError", line, fn, "integer %s does not fit in a 32-bit int", m.p);
  }
  return (ep_int)v;
}

/* ASCII case-insensitive equality of w and lower-case word. */
static int same_word(const char *w, const char *word) {
  while (*w && to_lower(*w) == *word) { w++; word++; }
  return *w == 0 && *word == 0;
}

/* convert.ts floatFromString: decimal text (underscores between digits), inf/nan. */
double ep_str_to_float(ep_str s, int line, const char *fn) {
  ep_str t = ep_str_strip_by(s, s, 0, 3);
  char *c = ep_alloc((size_t)t.len + 1);
  int32_t m = 0, ok = t.len > 0;
  for (int32_t i = 0; i < t.len; i++) {
    char ch = t.data[i];
    if (ch == '_') {
      if (!(i > 0 && is_digit(t.data[i - 1]) && i + 1 < t.len && is_digit(t.data[i + 1]))) ok = 0;
      continue;
    }
    if (!(is_digit(ch) || ch == '.' || ch == 'e' || ch == 'E' || ch == '+' || ch == '-' || is_alpha(ch))) ok = 0;
    c[m++] = ch;
  }
  c[m] = 0;
  char *end = NULL;
  double x = ok ? strtod(c, &end) : 0;
  /* strtod also takes hex floats and "infinit"; Python takes neither */
  int hex = strchr(c, 'x') || strchr(c, 'X');
  if (!ok || m == 0 || *end || hex) ep_fail("ValueError", line, fn, "could not convert string to float: %s", repr_cstr(s));
  if (is_alpha(c[m - 1]) || (m > 1 && is_alpha(c[1]))) {
    const char *w = c + (c[0] == '+' || c[0] == '-');
    if (!same_word(w, "inf") && !same_word(w, "infinity") && !same_word(w, "nan") && !strchr(c, 'e') && !strchr(c, 'E'))
      ep_fail("ValueError", line, fn, "could not convert string to float: %s", repr_cstr(s));
  }
  return x;
}

ep_str ep_int_radix(ep_int v, int base) {
  char tmp[40];
  int k = 0;
  uint32_t u = v < 0 ? (uint32_t)(-(int64_t)v) : (uint32_t)v;
  do { tmp[k++] = "0123456789abcdef"[u % (uint32_t)base]; u /= (uint32_t)base; } while (u);
  ep_buf b;
  ep_buf_init(&b);
  if (v < 0) ep_buf_char(&b, '-');
  ep_buf_cstr(&b, base == 16 ? "0x" : base == 8 ? "0o" : "0b");
  while (k) ep_buf_char(&b, tmp[--k]);
  return ep_buf_take(&b);
}

ep_str ep_chr(ep_int cp, int line, const char *fn) {
  if (cp < 0 || cp > 0x10ffff) ep_value_error("chr() arg not in range(0x110000)", line, fn);
  char *d = ep_alloc(5);
  int32_t n;
  if (cp < 0x80) { d[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { d[0] = (char)(0xC0 | (cp >> 6)); d[1] = (char)(0x80 | (cp & 63)); n = 2; }
  else if (cp < 0x10000) { d[0] = (char)(0xE0 | (cp >> 12)); d[1] = (char)(0x80 | ((cp >> 6) & 63)); d[2] = (char)(0x80 | (cp & 63)); n = 3; }
  else { d[0] = (char)(0xF0 | (cp >> 18)); d[1] = (char)(0x80 | ((cp >> 12) & 63)); d[2] = (char)(0x80 | ((cp >> 6) & 63)); d[3] = (char)(0x80 | (cp & 63)); n = 4; }
  d[n] = 0;
  return (ep_str){ n, d };
}

ep_int ep_ord(ep_str s, int line, const char *fn) {
  ep_int n = ep_str_len(s);
  if (n != 1) ep_fail("TypeError", line, fn, "ord() expected a character, but string of length %d found", (int)n);
  const unsigned char *p = (const unsigned char *)s.data;
  if (p[0] < 0x80) return p[0];
  if (p[0] < 0xE0) return ((p[0] & 31) << 6) | (p[1] & 63);
  if (p[0] < 0xF0) return ((p[0] & 15) << 12) | ((p[1] & 63) << 6) | (p[2] & 63);
  return ((p[0] & 7) << 18) | ((p[1] & 63) << 12) | ((p[2] & 63) << 6) | (p[3] & 63);
}

/* Cores share standard input: one line at a time, whole (stdio locks the stream). */
ep_str ep_input(ep_str prompt, int line, const char *fn) {
  if (prompt.len) ep_write(prompt.data, (size_t)prompt.len);
  ep_buf b;
  ep_buf_init(&b);
  flockfile(stdin);
  int c, any = 0;
  while ((c = getc_unlocked(stdin)) != EOF) {
    any = 1;
    if (c == '\n') break;
    ep_buf_char(&b, (char)c);
  }
  funlockfile(stdin);
  if (!any) ep_fail("EOFError", line, fn, "EOF when reading a line");
  if (b.len && b.p[b.len - 1] == '\r') b.len--;
  return ep_buf_take(&b);
}

/* ---------------------------------------------------------- int builtins */

/* numbers.ts powMod: the result has the modulus's sign; a negative exponent inverts. */
ep_int ep_powmod(ep_int a, ep_int b, ep_int m, int line, const char *fn) {
  if (m == 0) ep_value_error("pow() 3rd argument cannot be 0", line, fn);
  int64_t mm = m < 0 ? -(int64_t)m : m;
  int64_t base = (((int64_t)a % mm) + mm) % mm;
  int64_t e = b;
  if (e < 0) {
    /* extended Euclid on (base, mm) */
    int64_t r0 = base, r1 = mm, s0 = 1, s1 = 0;
    while (r1) { int64_t q = r0 / r1, t = r0 - q * r1; r0 = r1; r1 = t; t = s0 - q * s1; s0 = s1; s1 = t; }
    if (r0 != 1) ep_value_error("base is not invertible for the given modulus", line, fn);
    base = ((s0 % mm) + mm) % mm;
    e = -e;
  }
  int64_t r = 1 % mm;
  while (e > 0) {
    if (e & 1) r = r * base % mm;
    base = base * base % mm;
    e >>= 1;
  }
  return (ep_int)(m < 0 && r != 0 ? r + m : r);
}

/* builtins.ts round(x, d): d >= 0 formats the exact binary value with d decimals (ties
 * to even, as glibc's printf) and reads it back; d < 0 rounds x / 10^-d half to even. */
double ep_round_digits(double x, ep_int n, int f32) {
  if (!isfinite(x) || n > 300) return x;
  double r;
  if (n >= 0) {
    char buf[400];
    snprintf(buf, sizeof buf, "%.*f", (int)(n > 330 ? 330 : n), x);
    r = strtod(buf, NULL);
  } else {
    if (-n > 308) return x < 0 ? -0.0 : 0.0;
    double m = pow(10.0, (double)-n);
    r = ep_round_half_even(x / m) * m;
  }
  return f32 ? (double)(float)r : r;
}

ep_int ep_round_int_digits(ep_int x, ep_int n, int line, const char *fn) {
  if (n >= 0) return x;
  if (n < -10) return 0;
  double m = pow(10.0, (double)-n);
  double r = ep_round_half_even((double)x / m) * m;
  if (r > INT32_MAX || r < INT32_MIN) ep_overflow2("round", x, n, r, line, fn);
  return (ep_int)r;
}

/* ------------------------------------------------------------------- math */

ep_int ep_math_perm(ep_int n, ep_int k, int line, const char *fn) {
  if (n < 0) ep_value_error("n must be a non-negative integer", line, fn);
  if (k < 0) ep_value_error("k must be a non-negative integer", line, fn);
  if (k > n) return 0;
  int64_t r = 1;
  for (ep_int i = 0; i < k; i++) {
    r *= n - i;
    if (r > INT32_MAX) ep_fail("OverflowError", line, fn, "perm() result does not fit in a 32-bit int");
  }
  return (ep_int)r;
}

ep_int ep_math_factorial(ep_int n, int line, const char *fn) {
  if (n < 0) ep_value_error("factorial() not defined for negative values", line, fn);
  int64_t r = 1;
  for (ep_int i = 0; i < n; i++) {
    r *= n - i;
    if (r > INT32_MAX) ep_fail("OverflowError", line, fn, "factorial() result does not fit in a 32-bit int");
  }
  return (ep_int)r;
}

ep_int ep_math_comb(ep_int n, ep_int k, int line, const char *fn) {
  if (n < 0) ep_value_error("n must be a non-negative integer", line, fn);
  if (k < 0) ep_value_error("k must be a non-negative integer", line, fn);
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  /* C(n, i+1) = C(n, i) * (n-i) / (i+1) exactly; C(n, i) <= 2^31 so the product fits 64 bits */
  int64_t r = 1;
  for (ep_int i = 0; i < k; i++) {
    r = r * (n - i) / (i + 1);
    if (r > INT32_MAX) ep_fail("OverflowError", line, fn, "comb() result does not fit in a 32-bit int");
  }
  return (ep_int)r;
}

ep_int ep_math_gcd(ep_int a, ep_int b, int line, const char *fn) {
  int64_t x = a < 0 ? -(int64_t)a : a, y = b < 0 ? -(int64_t)b : b;
  while (y) { int64_t t = x % y; x = y; y = t; }
  if (x > INT32_MAX) ep_fail("OverflowError", line, fn, "int overflow: gcd() = %lld does not fit in a 32-bit int", (long long)x);
  return (ep_int)x;
}

ep_int ep_math_isqrt(ep_int n, int line, const char *fn) {
  if (n < 0) ep_value_error("isqrt() argument must be nonnegative", line, fn);
  int64_t r = (int64_t)sqrt((double)n);
  while (r * r > n) r--;
  while ((r + 1) * (r + 1) <= n) r++;
  return (ep_int)r;
}

ep_bool ep_math_isclose(double a, double b) {
  if (a == b) return 1;
  if (!isfinite(a) || !isfinite(b)) return 0;
  double d = fabs(b - a), rel = 1e-9;
  return d <= fabs(rel * b) || d <= fabs(rel * a);
}

/* ----------------------------------------------------------------- random */

/* random.ts randrange with a step (CPython's algorithm and 3.11 messages). */
ep_int ep_random_randrange_step(ep_int start, ep_int stop, ep_int step, int line, const char *fn) {
  if (step == 1) return ep_random_randrange(start, stop, line, fn);
  int64_t width = (int64_t)stop - start, n = 0;
  if (step == 0) ep_value_error("zero step for randrange()", line, fn);
  int64_t num = step > 0 ? width + step - 1 : width + step + 1;
  n = num / step;
  if (num % step != 0 && ((num < 0) != (step < 0))) n--; /* Python's floor division */
  if (n <= 0) ep_value_error("empty range for randrange()", line, fn);
  return (ep_int)(start + step * (int64_t)ep_randbelow((uint64_t)n));
}

ep_int ep_random_choice_index(ep_int n, int line, const char *fn) {
  if (n <= 0) ep_index_error("Cannot choose from an empty sequence", line, fn);
  return (ep_int)ep_randbelow((uint64_t)n);
}

void ep_random_shuffle(ep_list *l) {
  size_t es = (size_t)l->esize;
  char tmp[64];
  char *d = l->data;
  for (int32_t i = l->len - 1; i >= 1; i--) {
    int32_t j = (int32_t)ep_randbelow((uint64_t)i + 1);
    memcpy(tmp, d + (size_t)i * es, es);
    memcpy(d + (size_t)i * es, d + (size_t)j * es, es);
    memcpy(d + (size_t)j * es, tmp, es);
  }
}

/* random.ts sample: CPython's choice between a pool and a set of selected indices. */
ep_list *ep_random_sample(const ep_list *pop, ep_int k, int line, const char *fn) {
  int32_t n = pop->len;
  if (!(k >= 0 && k <= n)) ep_value_error("Sample larger than population or is negative", line, fn);
  size_t es = (size_t)pop->esize;
  ep_list *r = ep_list_new(k, pop->esize);
  double setsize = 21;
  if (k > 5) setsize += pow(4, ceil(log((double)k * 3) / log(4)));
  if (n <= setsize) {
    ep_list *pool = ep_list_copy(pop);
    for (ep_int i = 0; i < k; i++) {
      int32_t j = (int32_t)ep_randbelow((uint64_t)(n - i));
      memcpy((char *)r->data + (size_t)i * es, (char *)pool->data + (size_t)j * es, es);
      memcpy((char *)pool->data + (size_t)j * es, (char *)pool->data + (size_t)(n - i - 1) * es, es);
    }
  } else {
    uint8_t *selected = ep_alloc((size_t)n);
    memset(selected, 0, (size_t)n);
    for (ep_int i = 0; i < k; i++) {
      int32_t j = (int32_t)ep_randbelow((uint64_t)n);
      while (selected[j]) j = (int32_t)ep_randbelow((uint64_t)n);
      selected[j] = 1;
      memcpy((char *)r->data + (size_t)i * es, (char *)pop->data + (size_t)j * es, es);
    }
  }
  return r;
}

ep_int ep_random_getrandbits(ep_int k, int line, const char *fn) {
  if (k < 0) ep_value_error("number of bits must be non-negative", line, fn);
  if (k > 31) ep_fail("OverflowError", line, fn, "getrandbits() result does not fit in a 32-bit int (k must be <= 31)");
  return k == 0 ? 0 : (ep_int)(ep_random_u32() >> (32 - k));
}

ep_float ep_random_gauss(double mu, double sigma) {
  double z;
  if (!ep_gauss_next(&z)) {
    double x2pi = ep_random53() * (2 * 3.141592653589793);
    double g2rad = sqrt(-2.0 * log(1.0 - ep_random53()));
    z = cos(x2pi) * g2rad;
    ep_gauss_keep(sin(x2pi) * g2rad);
  }
  return (ep_float)(mu + z * sigma);
}

ep_float ep_random_expovariate(double lambd, int line, const char *fn) {
  double u = -log(1.0 - ep_random53());
  if (lambd == 0) ep_zero_div("float division by zero", line, fn);
  return (ep_float)(u / lambd);
}

/* ------------------------------------------------ format() specifications */
/* format.ts formatSpec: [[fill]align][sign][z][#][0][width][,|_][.precision][type]. */

typedef struct {
  char fill[5];
  int filllen;
  char align, sign, grouping, type;
  int z, alt, width, prec;
} fspec;

static int is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static void parse_fspec(ep_str s, const char *owner, char dtype, char dalign, fspec *r, int line, const char *fn) {
  memset(r, 0, sizeof *r);
  r->fill[0] = ' ';
  r->filllen = 1;
  r->width = r->prec = -1;
  r->type = dtype;
  int32_t pos = 0, n = s.len;
  const char *p = s.data;
  int32_t first = 1;
  while (first < n && is_cont(p[first])) first++; /* the fill may be any code point */
  int fill_given = 0;
  if (n > first && is_align(p[first])) {
    memcpy(r->fill, p, (size_t)first);
    r->filllen = first;
    r->align = p[first];
    fill_given = 1;
    pos = first + 1;
  } else if (n && is_align(p[0])) {
    r->align = p[0];
    pos = 1;
  }
  if (pos < n && (p[pos] == '+' || p[pos] == '-' || p[pos] == ' ')) r->sign = p[pos++];
  if (pos < n && p[pos] == 'z') { r->z = 1; pos++; }
  if (pos < n && p[pos] == '#') { r->alt = 1; pos++; }
  if (!fill_given && pos < n && p[pos] == '0') {
    r->fill[0] = '0';
    if (!r->align && dalign == '>') r->align = '=';
    pos++;
  }
  if (pos < n && is_digit(p[pos])) { r->width = 0; while (pos < n && is_digit(p[pos])) r->width = r->width * 10 + (p[pos++] - '0'); }
  if (pos < n && p[pos] == ',') { r->grouping = ','; pos++; }
  if (pos < n && p[pos] == '_') {
    if (r->grouping) ep_value_error("Cannot specify both ',' and '_'.", line, fn);
    r->grouping = '_';
    pos++;
  }
  if (pos < n && p[pos] == ',' && r->grouping == '_') ep_value_error("Cannot specify both ',' and '_'.", line, fn);
  if (pos < n && p[pos] == '.') {
    pos++;
    if (!(pos < n && is_digit(p[pos]))) ep_value_error("Format specifier missing precision", line, fn);
    r->prec = 0;
    while (pos < n && is_digit(p[pos])) r->prec = r->prec * 10 + (p[pos++] - '0');
  }
  if (n - pos > 1) ep_fail("ValueError", line, fn, "Invalid format specifier '%.*s' for object of type '%s'", (int)n, p, owner);
  if (n - pos == 1) r->type = p[pos];
  if (r->grouping && !(r->type == 0 || strchr("defgEG%F", r->type) || (strchr("boxX", r->type) && r->grouping == '_')))
    ep_fail("ValueError", line, fn, "Cannot specify '%c' with '%c'.", r->grouping, r->type);
  if (!r->align) r->align = dalign;
}

static void fill_n(ep_buf *b, const fspec *s, int n) { while (n-- > 0) ep_buf_bytes(b, s->fill, (size_t)s->filllen); }

/* Pads text (code points counted) to the width with the fill and alignment. */
static void fspec_align(ep_buf *b, const fspec *s, const char *t, int32_t len) {
  int pad = s->width - (int)ep_str_len((ep_str){ len, t });
  if (pad <= 0) { ep_buf_bytes(b, t, (size_t)len); return; }
  int left = s->align == '<' ? 0 : s->align == '^' ? pad / 2 : pad;
  fill_n(b, s, left);
  ep_buf_bytes(b, t, (size_t)len);
  fill_n(b, s, pad - left);
}

static void group_digits(ep_buf *b, const char *d, int n, char sep, int size) {
  for (int i = 0; i < n; i++) {
    if (i && sep && (n - i) % size == 0) ep_buf_char(b, sep);
    ep_buf_char(b, d[i]);
  }
}

/* format.ts number(): sign, prefix, grouped integer digits and the rest, aligned. */
static void fspec_number(ep_buf *b, const fspec *s, int neg, const char *prefix, const char *digits, int nd, const char *rest, int size) {
  char lead[8];
  snprintf(lead, sizeof lead, "%s%s", neg ? "-" : s->sign == '+' ? "+" : s->sign == ' ' ? " " : "", prefix);
  int leadn = (int)strlen(lead), restn = (int)strlen(rest);
  int glen = s->grouping ? nd + (nd - 1) / size : nd;
  if (s->align == '=') {
    int pad = s->width - leadn - glen - restn;
    ep_buf_cstr(b, lead);
    if (pad > 0 && s->grouping && s->fill[0] == '0' && s->filllen == 1) {
      /* zero padding joins the grouped number, never starting with a separator */
      int min = s->width - leadn - restn, raw = nd;
      while ((s->grouping ? raw + (raw - 1) / size : raw) < min) raw++;
      char *z = ep_alloc((size_t)raw + 1);
      memset(z, '0', (size_t)(raw - nd));
      memcpy(z + raw - nd, digits, (size_t)nd);
      group_digits(b, z, raw, s->grouping, size);
    } else {
      if (pad > 0) fill_n(b, s, pad);
      group_digits(b, digits, nd, s->grouping, size);
    }
    ep_buf_cstr(b, rest);
    return;
  }
  ep_buf t;
  ep_buf_init(&t);
  ep_buf_cstr(&t, lead);
  group_digits(&t, digits, nd, s->grouping, size);
  ep_buf_cstr(&t, rest);
  fspec_align(b, s, t.p, (int32_t)t.len);
}

static void fspec_float(ep_buf *b, fspec *s, double x, int f32, int line, const char *fn) {
  char t = s->type;
  if (t != 0 && !strchr("eEfFgGn%", t)) ep_fail("ValueError", line, fn, "Unknown format code '%c' for object of type 'float'", t);
  int upper = t == 'E' || t == 'F' || t == 'G';
  int nan = isnan(x), neg = !nan && signbit(x);
  const char *pct = t == '%' ? "%" : "";
  double ax = t == '%' ? fabs(x) * 100 : fabs(x);
  if (!isfinite(ax)) {
    fspec s2 = *s;
    s2.grouping = 0;
    fspec_number(b, &s2, neg, "", nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3, pct, 3);
    return;
  }
  char body[512];
  int prec = s->prec;
  if (t == 0 && prec < 0) {
    ep_buf r;
    ep_buf_init(&r);
    ep_buf_float(&r, ax, f32);
    ep_buf_char(&r, 0);
    snprintf(body, sizeof body, "%s", r.p);
    if (s->alt && !strchr(body, '.') && !strchr(body, 'e')) strcat(body, ".");
  } else if (t == 0) {
    /* no type with a precision (format.ts fmtGeneral with addDot0): 'g' whose fixed
     * form keeps a ".0" and which takes the exponent form from exponent p-1 on */
    int p = prec == 0 ? 1 : prec;
    snprintf(body, sizeof body, "%.*e", p - 1, ax);
    int x = atoi(strchr(body, 'e') + 1);
    if (x < -4 || x >= p - 1) {
      char *e = strchr(body, 'e'), *q = e;
      if (!s->alt && strchr(body, '.')) { while (q[-1] == '0') q--; if (q[-1] == '.') q--; }
      char ex[16];
      snprintf(ex, sizeof ex, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
      strcpy(q, ex);
    } else {
      snprintf(body, sizeof body, "%.*f", p - 1 - x, ax);
      if (!s->alt && strchr(body, '.')) {
        char *q = body + strlen(body);
        while (q[-1] == '0') q--;
        if (q[-1] == '.') q++;
        *q = 0;
      }
      if (!strchr(body, '.')) strcat(body, ".0");
    }
  } else {
    char code = t == 'n' ? 'g' : t == '%' ? 'f' : (char)(t | 32);
    char f[8];
    snprintf(f, sizeof f, "%%%s.*%c", s->alt ? "#" : "", code);
    int n = snprintf(body, sizeof body, f, prec < 0 ? 6 : prec, ax);
    if (n >= (int)sizeof body) ep_fail("ValueError", line, fn, "precision too large");
  }
  if (upper) for (char *q = body; *q; q++) *q = to_upper(*q);
  if (neg && s->z) {
    int nonzero = 0;
    for (char *q = body; *q && *q != 'e' && *q != 'E'; q++) if (*q >= '1' && *q <= '9') nonzero = 1;
    if (!nonzero) neg = 0;
  }
  int nd = 0;
  while (is_digit(body[nd])) nd++;
  char rest[520];
  snprintf(rest, sizeof rest, "%s%s", body + nd, pct);
  fspec_number(b, s, neg, "", body, nd, rest, 3);
}

static void fspec_int(ep_buf *b, fspec *s, ep_int v, const char *owner, int f32, int line, const char *fn) {
  char t = s->type;
  if (t && strchr("eEfFgG%", t)) { fspec_float(b, s, (double)v, f32, line, fn); return; }
  if (!t || !strchr("bcdoxXn", t)) ep_fail("ValueError", line, fn, "Unknown format code '%c' for object of type '%s'", t, owner);
  if (s->prec >= 0) ep_value_error("Precision not allowed in integer format specifier", line, fn);
  if (t == 'c') {
    ep_str c = ep_chr(v, line, fn);
    if (s->align == '=') s->align = '>';
    fspec_align(b, s, c.data, c.len);
    return;
  }
  int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
  char d[40];
  int k = 0;
  uint32_t u = v < 0 ? (uint32_t)(-(int64_t)v) : (uint32_t)v;
  char tmp[40];
  do { tmp[k++] = (t == 'X' ? "0123456789ABCDEF" : "0123456789abcdef")[u % (uint32_t)base]; u /= (uint32_t)base; } while (u);
  for (int i = 0; i < k; i++) d[i] = tmp[k - 1 - i];
  d[k] = 0;
  char prefix[3] = { 0 };
  if (s->alt && base != 10) { prefix[0] = '0'; prefix[1] = t == 'b' ? 'b' : t == 'o' ? 'o' : t; }
  fspec_number(b, s, v < 0, prefix, d, k, "", base == 10 ? 3 : 4);
}

void ep_format_value(ep_buf *b, char kind, ep_int i, double x, ep_str text, ep_str spec, int f32, int line, const char *fn) {
  fspec s;
  switch (kind) {
    case 'i': case 'b':
      if (spec.len == 0) { if (kind == 'b') ep_buf_bool(b, (ep_bool)i); else ep_buf_int(b, i); return; }
      parse_fspec(spec, kind == 'b' ? "bool" : "int", 'd', '>', &s, line, fn);
      fspec_int(b, &s, i, kind == 'b' ? "bool" : "int", f32, line, fn);
      return;
    case 'f':
      if (spec.len == 0) { ep_buf_float(b, x, f32); return; }
      parse_fspec(spec, "float", 0, '>', &s, line, fn);
      fspec_float(b, &s, x, f32, line, fn);
      return;
    default:
      parse_fspec(spec, "str", 's', '<', &s, line, fn);
      if (s.type != 's') ep_fail("ValueError", line, fn, "Unknown format code '%c' for object of type 'str'", s.type);
      if (s.sign == ' ') ep_value_error("Space not allowed in string format specifier", line, fn);
      if (s.sign) ep_value_error("Sign not allowed in string format specifier", line, fn);
      if (s.alt) ep_value_error("Alternate form (#) not allowed in string format specifier", line, fn);
      if (s.align == '=') ep_value_error("'=' alignment not allowed in string format specifier", line, fn);
      if (s.prec >= 0) {
        int32_t k = 0, at = 0;
        for (; at < text.len; at++) if (!is_cont(text.data[at])) { if (k == s.prec) break; k++; }
        text.len = at;
      }
      fspec_align(b, &s, text.data, text.len);
  }
}

/* ------------------------------------------------ values of several types */

void ep_any_payload(ep_any *v, ep_payload *p) {
  switch (v->tag) {
    case EP_ANY_INT: *p = (ep_payload){ EP_INT, EP_NONE, 1, &v->i }; break;
    case EP_ANY_FLOAT: *p = (ep_payload){ EP_F32 ? EP_FLOAT32 : EP_FLOAT64, EP_NONE, 1, &v->f }; break;
    case EP_ANY_BOOL: *p = (ep_payload){ EP_BOOL, EP_NONE, 1, &v->b }; break;
    case EP_ANY_STR: *p = (ep_payload){ EP_STR, EP_NONE, v->s.len, (void *)v->s.data }; break;
    default: *p = (ep_payload){ EP_NONE, EP_NONE, 0, NULL };
  }
}

ep_any ep_any_from_payload(const ep_payload *p, int line, const char *fn) {
  ep_any v;
  memset(&v, 0, sizeof v);
  switch (p->type) {
    case EP_NONE: break;
    case EP_INT: v.tag = EP_ANY_INT; v.i = *(ep_int *)p->data; break;
    case EP_FLOAT32: v.tag = EP_ANY_FLOAT; v.f = (ep_float) * (float *)p->data; break;
    case EP_FLOAT64: v.tag = EP_ANY_FLOAT; v.f = (ep_float) * (double *)p->data; break;
    case EP_BOOL: v.tag = EP_ANY_BOOL; v.b = *(ep_bool *)p->data; break;
    case EP_STR: v.tag = EP_ANY_STR; v.s = (ep_str){ p->count, (const char *)p->data }; break;
    default: ep_fail("TypeError", line, fn, "a message of an unexpected type arrived");
  }
  return v;
}

void ep_buf_any(ep_buf *b, ep_any v, int repr) {
  switch (v.tag) {
    case EP_ANY_INT: ep_buf_int(b, v.i); break;
    case EP_ANY_FLOAT: ep_buf_float(b, (double)v.f, EP_F32); break;
    case EP_ANY_BOOL: ep_buf_bool(b, v.b); break;
    case EP_ANY_STR: if (repr) ep_buf_repr_str(b, v.s); else ep_buf_str(b, v.s); break;
    default: ep_buf_cstr(b, "None");
  }
}

int ep_any_eq_num(ep_any v, double x) {
  switch (v.tag) {
    case EP_ANY_INT: return (double)v.i == x;
    case EP_ANY_FLOAT: return (double)v.f == x;
    case EP_ANY_BOOL: return (double)v.b == x;
    default: return 0;
  }
}

int ep_any_same(ep_any a, ep_any b) {
  if (a.tag == EP_ANY_NONE || b.tag == EP_ANY_NONE) return a.tag == b.tag;
  if (a.tag == EP_ANY_STR || b.tag == EP_ANY_STR) return a.tag == b.tag && ep_str_eq(a.s, b.s);
  return ep_any_eq_num(a, b.tag == EP_ANY_INT ? (double)b.i : b.tag == EP_ANY_FLOAT ? (double)b.f : (double)b.b);
}

/* ------------------------------------------------------------ list extras */

/* l[lo:hi] = src (a step-less slice; src may be l itself: it is copied first). */
void ep_list_set_slice(ep_list *l, ep_int lo, ep_int hi, int has_lo, int has_hi, const ep_list *src) {
  int32_t n = l->len;
  int64_t a = has_lo ? lo : 0, b = has_hi ? hi : n;
  if (a < 0) { a += n; if (a < 0) a = 0; } else if (a > n) a = n;
  if (b < 0) { b += n; if (b < 0) b = 0; } else if (b > n) b = n;
  if (b < a) b = a;
  ep_list *s = ep_list_copy(src);
  size_t es = (size_t)l->esize;
  int32_t newlen = (int32_t)(n - (b - a) + s->len);
  while (l->len < newlen) ep_list_push(l); /* grows the storage */
  char *d = l->data;
  memmove(d + (size_t)(a + s->len) * es, d + (size_t)b * es, (size_t)(n - b) * es);
  memcpy(d + (size_t)a * es, s->data, (size_t)s->len * es);
  l->len = newlen;
}

/* list.remove(x) at index k found by the caller (k < 0: not there). */
void ep_list_remove_index(ep_list *l, int32_t k, int line, const char *fn) {
  if (k < 0) ep_value_error("list.remove(x): x not in list", line, fn);
  size_t es = (size_t)l->esize;
  char *d = l->data;
  memmove(d + (size_t)k * es, d + (size_t)(k + 1) * es, (size_t)(l->len - k - 1) * es);
  l->len--;
}

/* Lexicographic order of two lists of one element kind (ep_list_sort's kinds). */
int ep_list_cmp(const ep_list *a, const ep_list *b, int kind) {
  int32_t n = a->len < b->len ? a->len : b->len;
  for (int32_t i = 0; i < n; i++) {
    int c;
    switch (kind) {
      case 1: { double x = (double)EP_AT(ep_float, a, i), y = (double)EP_AT(ep_float, b, i); c = (x > y) - (x < y); break; }
      case 2: c = ep_str_cmp(EP_AT(ep_str, a, i), EP_AT(ep_str, b, i)); break;
      case 3: c = (EP_AT(ep_bool, a, i) > EP_AT(ep_bool, b, i)) - (EP_AT(ep_bool, a, i) < EP_AT(ep_bool, b, i)); break;
      default: c = (EP_AT(ep_int, a, i) > EP_AT(ep_int, b, i)) - (EP_AT(ep_int, a, i) < EP_AT(ep_int, b, i));
    }
    if (c) return c;
  }
  return (a->len > b->len) - (a->len < b->len);
}

/* A stable sort of any element type with a generated comparator (lists of tuples):
 * a merge sort through one scratch buffer, as Python's sort is stable. */
void ep_list_sort_by(ep_list *l, int (*cmp)(const void *, const void *)) {
  size_t es = (size_t)l->esize;
  int32_t n = l->len;
  if (n < 2) return;
  char *a = l->data, *tmp = ep_alloc((size_t)n * es);
  for (int32_t w = 1; w < n; w *= 2) {
    for (int32_t lo = 0; lo < n - w; lo += 2 * w) {
      int32_t mid = lo + w, hi = lo + 2 * w < n ? lo + 2 * w : n, i = lo, j = mid, k = 0;
      while (i < mid && j < hi) {
        if (cmp(a + (size_t)j * es, a + (size_t)i * es) < 0) memcpy(tmp + (size_t)k++ * es, a + (size_t)j++ * es, es);
        else memcpy(tmp + (size_t)k++ * es, a + (size_t)i++ * es, es);
      }
      while (i < mid) memcpy(tmp + (size_t)k++ * es, a + (size_t)i++ * es, es);
      while (j < hi) memcpy(tmp + (size_t)k++ * es, a + (size_t)j++ * es, es);
      memcpy(a + (size_t)lo * es, tmp, (size_t)k * es);
    }
  }
}
