// The calendar side of the `time` module: `gmtime`, `localtime`, `mktime`, `asctime`,
// `ctime`, `strftime`, `struct_time` and `time_ns`. The device has no time zone: local
// time is UTC, as datetime's (`tm_zone` 'UTC', offset 0). `strftime` knows the C
// locale's directives (`%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y
// %Z %z %%`, and `%D %F %T %R %r %h %C %n %t %u %G %g %V %s`) with glibc's flags
// (`%-d` unpadded, `%_d`, `%0e`, `%^a`, `%#p`), widths (`%10d`) and E/O modifiers, as
// CPython on Linux gives them; an unknown directive is copied as it is, as glibc does.
//
// Memory: a struct_time is charged as the 9-tuple it is; strings through newStr.

import { expectArgs, expectKwargs, typeName } from "../args.js";
import { intOfSafe } from "../bigint.js";
import { overflowError, typeError, valueError } from "../errors.js";
import { listBytes } from "../memory.js";
import { StructSequence } from "../structseq.js";
import { PyBigInt, PyModule, PyTuple, type CoreApi, type Value, floatValue, isFloat } from "../values.js";
import { def } from "./util.js";

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

class StructTime extends StructSequence {
  /** gmtime's 'GMT', else the device's zone, 'UTC'; what struct_time(seq) was given (None without). */
  zone: Value = "UTC";
  /** The offset from UTC in seconds: 0 for the device's times; struct_time(seq)'s or None. */
  gmtoff: Value = 0;
  override field(name: string): Value | undefined {
    // CPython's extra attributes, outside the tuple.
    if (name === "tm_zone") return this.zone;
    if (name === "tm_gmtoff") return this.gmtoff;
    return super.field(name);
  }
}

/** The fields of a UTC instant (ms since the epoch). */
function fieldsOf(ms: number): number[] {
  const d = new Date(ms);
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0];
}

function structTime(core: CoreApi, fields: number[], zone: string): StructTime {
  core.charge(listBytes(9));
  const t = new StructTime("time.struct_time", FIELDS, fields);
  t.zone = zone;
  return t;
}

/** Seconds since the epoch from an optional argument (None or absent: now). */
function secondsArg(v: Value | undefined): number {
  if (v === undefined || v === null) return Date.now();
  let s: number;
  if (typeof v === "number") s = v;
  else if (typeof v === "boolean") s = Number(v);
  else if (isFloat(v)) s = floatValue(v);
  else if (v instanceof PyBigInt) s = Number(v.v);
  else throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(s)) throw valueError("Invalid value NaN (not a number)");
  const ms = Math.floor(s) * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw overflowError("timestamp out of range for platform time_t");
  return ms;
}

/** A struct_time or 9-tuple argument as its fields (absent: now). */
function tupleArg(fname: string, v: Value | undefined): number[] {
  if (v === undefined) return fieldsOf(Date.now());
  if (!(v instanceof PyTuple)) throw typeError(`Tuple or struct_time argument required`);
  if (v.items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  return v.items.map((x) => {
    if (typeof x === "number" && (x | 0) === x) return x;
    if (typeof x === "boolean") return Number(x);
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  });
}

const pad = (n: number, w = 2, c = "0") => String(n).padStart(w, c);

/** ISO 8601 week-based year and week of the fields. */
function isoWeek(f: number[]): [number, number] {
  const [y, m, d] = f;
  const date = Date.UTC(y, m - 1, d);
  const wday = f[6] + 1; // Monday 1 .. Sunday 7
  const thursday = date + (4 - wday) * 86400000;
  const ty = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(ty, 0, 1)) / 86400000 / 7) + 1;
  return [ty, week];
}

function asctimeOf(f: number[]): string {
  return `${DAYS[f[6]].slice(0, 3)} ${MONTHS[f[1] - 1].slice(0, 3)} ${pad(f[2], 2, " ")} ${pad(f[3])}:${pad(f[4])}:${pad(f[5])} ${f[0]}`;
}

export function strftimeOf(format: string, f: number[], zone = "UTC"): string {
  const [y, m, d, H, M, S, wd, yd] = f;
  const directive = (c: string): string | null => {
    switch (c) {
      case "a": return DAYS[wd].slice(0, 3);
      case "A": return DAYS[wd];
      case "b": case "h": return MONTHS[m - 1].slice(0, 3);
      case "B": return MONTHS[m - 1];
      case "c": return asctimeOf(f);
      case "C": return pad(Math.floor(y / 100));
      case "d": return pad(d);
      case "D": return `${pad(m)}/${pad(d)}/${pad(y % 100)}`;
      case "e": return pad(d, 2, " ");
      case "F": return `${y}-${pad(m)}-${pad(d)}`;
      case "G": return String(isoWeek(f)[0]);
      case "g": return pad(isoWeek(f)[0] % 100);
      case "H": return pad(H);
      case "I": return pad(H % 12 || 12);
      case "j": return pad(yd, 3);
      case "m": return pad(m);
      case "M": return pad(M);
      case "n": return "\n";
      case "p": return H < 12 ? "AM" : "PM";
      case "r": return `${pad(H % 12 || 12)}:${pad(M)}:${pad(S)} ${H < 12 ? "AM" : "PM"}`;
      case "R": return `${pad(H)}:${pad(M)}`;
      case "s": return String(Math.floor(Date.UTC(y, m - 1, d, H, M, S) / 1000));
      case "S": return pad(S);
      case "t": return "\t";
      case "T": case "X": return `${pad(H)}:${pad(M)}:${pad(S)}`;
      case "u": return String(wd + 1);
      case "U": return pad(Math.floor((yd - 1 + 7 - ((wd + 1) % 7)) / 7));
      case "V": return pad(isoWeek(f)[1]);
      case "w": return String((wd + 1) % 7);
      case "W": return pad(Math.floor((yd - 1 + 7 - wd) / 7));
      case "x": return `${pad(m)}/${pad(d)}/${pad(y % 100)}`;
      case "y": return pad(y % 100);
      case "Y": return String(y);
      // glibc writes no zone for a time whose tm_isdst is negative (datetime's timetuple()).
      case "z": return f[8] < 0 ? "" : "+0000";
      case "Z": return f[8] < 0 ? "" : zone;
      case "%": return "%";
      default: return null;
    }
  };
  let out = "";
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== "%") {
      out += format[i];
      continue;
    }
    const spec = strftimeSpec(format, i);
    const text = spec.directive === "" ? null : directive(spec.directive);
    // An unknown directive (or a lone '%' at the end) is copied as it is, as glibc does.
    out += text === null ? format.slice(i, spec.end) : strftimeModified(text, spec.directive, spec.flags, spec.width);
    i = spec.end - 1;
  }
  return out;
}

/**
 * The directive at `format[at]` (a '%'): glibc's flags (`-` no padding, `_` spaces,
 * `0` zeros, `^` upper case, `#` swapped case), a field width, an E or O modifier,
 * then the directive letter ('' at the end of the format); `end` is past it.
 */
export function strftimeSpec(format: string, at: number): { flags: string; width: number; directive: string; end: number } {
  let i = at + 1;
  let flags = "";
  while (i < format.length && "-_0^#".includes(format[i])) flags += format[i++];
  let digits = "";
  while (i < format.length && format[i] >= "0" && format[i] <= "9") digits += format[i++];
  if (i < format.length && (format[i] === "E" || format[i] === "O")) i++;
  const directive = i < format.length ? format[i++] : "";
  return { flags, width: digits ? Number(digits) : 0, directive, end: i };
}

/** The directives whose text is a number (zero-padded, or space-padded for %e). */
const NUMERIC_DIRECTIVES = "CdegGHIjmMSsUuVwWyY";

/** `text`, a directive's output, with glibc's flags and width applied (strftimeSpec). */
export function strftimeModified(text: string, directive: string, flags: string, width: number): string {
  if (!flags && !width) return text;
  const numeric = NUMERIC_DIRECTIVES.includes(directive);
  if (numeric) {
    const digits = text.replace(/^[0 ]+(?=.)/, "");
    const padding = text.length - digits.length;
    // '-' drops the directive's padding; a width still pads, with spaces.
    if (flags.includes("-")) return digits.padStart(width, " ");
    // Padding of the directive's own width, then up to `width`: zeros unless '_' asks for spaces.
    const fill = flags.includes("_") ? " " : flags.includes("0") || directive !== "e" ? "0" : " ";
    return fill.repeat(Math.max(padding, width - digits.length)) + digits;
  }
  let result = text;
  if (flags.includes("^")) result = result.toUpperCase();
  // '#' swaps the case glibc's way: names in upper case, %p and %Z in lower case.
  else if (flags.includes("#") && "aAbBh".includes(directive)) result = result.toUpperCase();
  else if (flags.includes("#") && "pZ".includes(directive)) result = result.toLowerCase();
  return width > result.length ? (flags.includes("0") ? "0" : " ").repeat(width - result.length) + result : result;
}

/** Adds the calendar functions to the `time` module. */
export function installTimeCalendar(mod: PyModule): void {
  mod.set("timezone", 0);
  mod.set("altzone", 0);
  mod.set("daylight", 0);
  def(mod, "time_ns", (c, args, kwargs) => {
    expectKwargs("time_ns", kwargs);
    expectArgs("time_ns", args, 0);
    return intOfSafe(c, Date.now() * 1e6);
  });
  for (const name of ["gmtime", "localtime"]) {
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(name, kwargs);
      expectArgs(name, args, 0, 1);
      return structTime(c, fieldsOf(secondsArg(args[0])), name === "gmtime" ? "GMT" : "UTC");
    });
  }
  def(mod, "mktime", (c, args, kwargs) => {
    expectKwargs("mktime", kwargs);
    expectArgs("mktime", args, 1);
    const f = tupleArg("mktime", args[0]);
    return c.float(Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]) / 1000);
  });
  def(mod, "asctime", (c, args, kwargs) => {
    expectKwargs("asctime", kwargs);
    expectArgs("asctime", args, 0, 1);
    return c.newStr(asctimeOf(tupleArg("asctime", args[0])));
  });
  def(mod, "ctime", (c, args, kwargs) => {
    expectKwargs("ctime", kwargs);
    expectArgs("ctime", args, 0, 1);
    return c.newStr(asctimeOf(fieldsOf(secondsArg(args[0]))));
  });
  def(mod, "strftime", (c, args, kwargs) => {
    expectKwargs("strftime", kwargs);
    expectArgs("strftime", args, 1, 2);
    const format = args[0];
    if (typeof format !== "string") throw typeError(`strftime() argument 1 must be str, not ${typeName(format)}`);
    // %Z is the struct_time's own zone (gmtime's 'GMT'), else the device's.
    const zone = args[1] instanceof StructTime && typeof args[1].zone === "string" ? args[1].zone : "UTC";
    return c.newStr(strftimeOf(format, tupleArg("strftime", args[1]), zone));
  });
  def(mod, "struct_time", (c, args, kwargs) => {
    expectKwargs("struct_time", kwargs);
    expectArgs("struct_time", args, 1);
    const v = args[0];
    const items = v instanceof PyTuple ? v.items : null;
    if (items === null || items.length < 9) throw typeError(`time.struct_time() takes an at least 9-sequence (${items ? items.length : 0}-sequence given)`);
    if (items.length > 11) throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    c.charge(listBytes(9));
    // Items 10 and 11 are tm_zone and tm_gmtoff, None when absent (time.strptime gives them).
    const t = new StructTime("time.struct_time", FIELDS, items.slice(0, 9));
    t.zone = items[9] ?? null;
    t.gmtoff = items[10] ?? null;
    return t;
  });
}
