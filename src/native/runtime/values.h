/* Values beyond numbers and plain lists for natively compiled programs (C99), included
 * by core.h: slices with steps (lists and strs), the str methods, conversions between
 * strs and numbers (int(s), float(s), hex, chr, ord, input), the int builtins (divmod,
 * pow with a modulus, round with digits) and the math/random functions on ints and
 * sequences. Every function keeps the interpreter's results and error messages
 * (src/vm/methods/str.ts, src/vm/builtins.ts, src/vm/modules/math.ts, random.ts).
 *
 * Strs are UTF-8; indices, slices, lengths and paddings count code points as Python
 * does. Character classes and case mappings are ASCII (as core.c's upper/lower): a
 * non-ASCII letter is neither alpha nor cased here (a documented gap). */
#ifndef EP_VALUES_H
#define EP_VALUES_H

/* ------------------------------------------------------------------ slices */
/* l[lo:hi:step] (has_* 0: the bound is absent); ValueError for a zero step. */
ep_list *ep_list_slice_step(const ep_list *l, ep_int lo, ep_int hi, ep_int step, int has_lo, int has_hi, int line, const char *fn);
ep_str ep_str_slice(ep_str s, ep_int lo, ep_int hi, ep_int step, int has_lo, int has_hi, int line, const char *fn);
/* A new list with l's elements in reverse order (reversed(l)). */
ep_list *ep_list_reversed(const ep_list *l);
/* The characters of s as a list of one-character strs (list(s), iterating s). */
ep_list *ep_str_chars(ep_str s);

/* l[lo:hi] = src; list.remove's removal (k < 0: ValueError); list order (sort kinds). */
void ep_list_set_slice(ep_list *l, ep_int lo, ep_int hi, int has_lo, int has_hi, const ep_list *src);
void ep_list_remove_index(ep_list *l, int32_t k, int line, const char *fn);
int ep_list_cmp(const ep_list *a, const ep_list *b, int kind);
void ep_list_sort_by(ep_list *l, int (*cmp)(const void *, const void *));

/* ------------------------------------------------------------- str methods */
ep_list *ep_str_split_by(ep_str s, ep_str sep, int has_sep, ep_int maxsplit, int from_right, int line, const char *fn);
ep_list *ep_str_splitlines(ep_str s);
/* strip/lstrip/rstrip: which 1 left, 2 right, 3 both; chars absent: whitespace. */
ep_str ep_str_strip_by(ep_str s, ep_str chars, int has_chars, int which);
ep_str ep_str_title(ep_str s);
ep_str ep_str_capitalize(ep_str s);
ep_str ep_str_swapcase(ep_str s);
/* The is... predicates: kind 'd' digit, 'a' alpha, 'n' alnum, 's' space, 'u' upper, 'l' lower. */
ep_bool ep_str_is(ep_str s, char kind);
ep_int ep_str_count(ep_str s, ep_str sub);
/* find/rfind/index/rindex within s[start:end] (code points); raise: ValueError when absent. */
ep_int ep_str_search(ep_str s, ep_str sub, ep_int start, ep_int end, int has_start, int has_end, int from_right, int raise, int line, const char *fn);
/* replace at most count occurrences (count < 0: all). */
ep_str ep_str_replace_n(ep_str s, ep_str old, ep_str new_, ep_int count);
ep_str ep_str_zfill(ep_str s, ep_int width);
/* ljust (where 0), rjust (1), center (2) with a one-character fill. */
ep_str ep_str_pad(ep_str s, ep_int width, ep_str fill, int where, int line, const char *fn);

/* ------------------------------------------------------------ conversions */
ep_int ep_str_to_int(ep_str s, ep_int base, int line, const char *fn);
double ep_str_to_float(ep_str s, int line, const char *fn);
/* hex/oct/bin: base 16, 8, 2 with the 0x/0o/0b prefix. */
ep_str ep_int_radix(ep_int v, int base);
ep_str ep_chr(ep_int cp, int line, const char *fn);
ep_int ep_ord(ep_str s, int line, const char *fn);
/* input(): one line of standard input without its newline; EOFError at its end. */
ep_str ep_input(ep_str prompt, int line, const char *fn);

/* ---------------------------------------------------------- int builtins */
ep_int ep_powmod(ep_int a, ep_int b, ep_int m, int line, const char *fn);
/* round(x, n) of a float: correctly rounded (the exact binary value, ties to even). */
double ep_round_digits(double x, ep_int n, int f32);
ep_int ep_round_int_digits(ep_int x, ep_int n, int line, const char *fn);

/* ------------------------------------------------------------------- math */
ep_int ep_math_factorial(ep_int n, int line, const char *fn);
ep_int ep_math_perm(ep_int n, ep_int k, int line, const char *fn);
ep_int ep_math_comb(ep_int n, ep_int k, int line, const char *fn);
ep_int ep_math_gcd(ep_int a, ep_int b, int line, const char *fn);
ep_int ep_math_isqrt(ep_int n, int line, const char *fn);
ep_bool ep_math_isclose(double a, double b);

/* ------------------------------------------------------------------ format */
/* format(v, spec) / f"{v:spec}" / "{:spec}".format(v): kind 'i' int, 'b' bool, 'f' float
 * (x), 's' str (text); an empty spec is str(v). */
void ep_format_value(ep_buf *b, char kind, ep_int i, double x, ep_str text, ep_str spec, int f32, int line, const char *fn);

/* ------------------------------------------------ values of several types */
/* A message of several types (recv() in a program that sends ints and strs): the tag
 * says which field holds the value. Tags follow the order None, int, float, bool, str. */
enum { EP_ANY_NONE, EP_ANY_INT, EP_ANY_FLOAT, EP_ANY_BOOL, EP_ANY_STR };
typedef struct ep_any {
  uint8_t tag;
  ep_bool b;
  ep_int i;
  ep_float f;
  ep_str s;
} ep_any;
/* The payload of v (pointing into *v: v must outlive the send). */
void ep_any_payload(ep_any *v, ep_payload *p);
/* The value of a received payload; TypeError for a list (no list is in the union). */
ep_any ep_any_from_payload(const ep_payload *p, int line, const char *fn);
/* str() (repr when `repr`) of v. */
void ep_buf_any(ep_buf *b, ep_any v, int repr);
/* v == number x (ints, floats and bools compare by value, as Python). */
int ep_any_eq_num(ep_any v, double x);
/* a == b for two values of several types. */
int ep_any_same(ep_any a, ep_any b);

/* ----------------------------------------------------------------- random */
ep_int ep_random_randrange_step(ep_int start, ep_int stop, ep_int step, int line, const char *fn);
/* An index for choice() of a sequence of n elements; IndexError when empty. */
ep_int ep_random_choice_index(ep_int n, int line, const char *fn);
void ep_random_shuffle(ep_list *l);
ep_list *ep_random_sample(const ep_list *pop, ep_int k, int line, const char *fn);
ep_int ep_random_getrandbits(ep_int k, int line, const char *fn);
ep_float ep_random_gauss(double mu, double sigma);
ep_float ep_random_expovariate(double lambd, int line, const char *fn);

#endif
