// Character names for `"\N{...}"` string escapes: the table generated from CPython
// 3.11's unicodedata (unicodeNameTable.ts: the blocks users write names from), and the
// names Unicode computes (CJK UNIFIED IDEOGRAPH-4E00, HANGUL SYLLABLE GA). As CPython,
// names match without regard to case. The table is decoded on the first `\N` escape.

import { NAME_TABLE, NAME_WORDS } from "./unicodeNameTable.js";

let byName: Map<string, number> | null = null;

function decodeTable(): Map<string, number> {
  const words = NAME_WORDS.split("|");
  const word = (w: string) => (w.length === 1 && w >= "\u00c0" ? words[w.charCodeAt(0) - 0xc0]! : w);
  const decode = (n: string) => n.split(" ").map(word).join(" ");
  const map = new Map<string, number>();
  for (const line of NAME_TABLE.split("\n")) {
    const colon = line.indexOf(":");
    const head = line.slice(0, colon);
    const body = line.slice(colon + 1).split("|");
    if (head === "ALIASES") {
      for (const a of body) {
        const eq = a.indexOf("=");
        map.set(decode(a.slice(eq + 1)), parseInt(a.slice(0, eq), 16));
      }
      continue;
    }
    const first = parseInt(head, 16);
    body.forEach((n, i) => {
      if (n !== "") map.set(decode(n), first + i);
    });
  }
  return map;
}

/** CPython 3.11's (Unicode 14.0) CJK unified ideograph ranges, whose names are computed. */
const CJK: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a],
];
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** The Hangul syllable named `rest` (after "HANGUL SYLLABLE "), as Unicode composes it, or undefined. */
function hangul(rest: string): number | undefined {
  // The longest matching jamo at each step, as CPython's find_syllable does.
  const take = (list: string[], from: number): [number, number] => {
    let best = -1;
    let len = -1;
    list.forEach((j, i) => {
      if (j.length > len && rest.startsWith(j, from)) {
        best = i;
        len = j.length;
      }
    });
    return [best, len];
  };
  const [l, ll] = take(JAMO_L, 0);
  if (l < 0) return undefined;
  const [v, vl] = take(JAMO_V, ll);
  if (v < 0) return undefined;
  const [t, tl] = take(JAMO_T, ll + vl);
  if (t < 0 || ll + vl + tl !== rest.length) return undefined;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

/** The code point named `name` (any case), or undefined. */
export function lookupCharacterName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk) {
    const cp = parseInt(cjk[1]!, 16);
    return CJK.some(([lo, hi]) => cp >= lo && cp <= hi) ? cp : undefined;
  }
  if (upper.startsWith("HANGUL SYLLABLE ")) return hangul(upper.slice(16));
  byName ??= decodeTable();
  return byName.get(upper);
}
