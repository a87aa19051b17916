// random's other distributions, state saving and randbytes: CPython 3.11's
// algorithms (Lib/random.py) step for step, so that a seeded generator draws the same
// values as CPython (the transcendental functions are the host's, which agree with
// C's libm to the last bit in all but rare cases).

import * as libm from "../libm.js";
import { typeError, valueError, zeroDivision } from "../errors.js";
import { newBytes } from "../bytes.js";
import { intOf } from "../bigint.js";
import { PyTuple, type CoreApi, type PyModule, type Value } from "../values.js";
import { bindMethod, def, int, iterate, real } from "./util.js";
import type { RandomState } from "./random.js";

// CPython's random.py constants, written out as CPython computes them
// (4 * exp(-0.5) / sqrt(2.0), log(4.0), 1.0 + log(4.5)): computing them here would
// build libm's tables as the module loads, at every start-up (libm.ts).
const NV_MAGICCONST = 1.7155277699214135;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274;
const TWOPI = 2.0 * Math.PI;

/** Python's float % (the result has the divisor's sign). */
const pyMod = (a: number, b: number) => {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
};

/** Python's float ** for the cases these algorithms meet (a negative base with a fractional power is complex there: refused). */
function pow(x: number, y: number): number {
  if (x === 0 && y < 0) throw zeroDivision("0.0 cannot be raised to a negative power");
  if (x < 0 && !Number.isInteger(y)) throw valueError("math domain error");
  return Number.isFinite(x) && Number.isFinite(y) ? libm.powFinite(x, y) : x ** y;
}

export function defineDistributions(mod: PyModule, st: (c: CoreApi) => RandomState): void {
  const rnd = (c: CoreApi) => {
    const mt = st(c).draws;
    return () => mt.random();
  };
  const opt = (v: Value | undefined, d: number) => (v === undefined ? d : real(v));

  function normal(random: () => number, mu: number, sigma: number): number {
    let z: number;
    for (;;) {
      const u1 = random();
      const u2 = 1.0 - random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4.0 <= -libm.log(u2)) break;
    }
    return mu + z * sigma;
  }

  function gamma(random: () => number, alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw valueError("gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - random();
        const v = libm.log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * libm.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= libm.log(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -libm.log(1.0 - random()) * beta;
    let x: number;
    for (;;) {
      const u = random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pow(p, 1.0 / alpha) : -libm.log((b - p) / alpha);
      const u1 = random();
      if (p > 1.0) {
        if (u1 <= pow(x, alpha - 1.0)) break;
      } else if (u1 <= libm.exp(-x)) break;
    }
    return x * beta;
  }

  def(mod, "normalvariate", (c, args, kwargs) => {
    const [mu, sigma] = bindMethod("Random.normalvariate", args, kwargs, ["mu", "sigma"], 0);
    return c.float(normal(rnd(c), opt(mu, 0), opt(sigma, 1)));
  });

  def(mod, "lognormvariate", (c, args, kwargs) => {
    const [mu, sigma] = bindMethod("Random.lognormvariate", args, kwargs, ["mu", "sigma"], 2);
    return c.float(libm.exp(normal(rnd(c), real(mu!), real(sigma!))));
  });

  def(mod, "triangular", (c, args, kwargs) => {
    const [lowA, highA, modeA] = bindMethod("Random.triangular", args, kwargs, ["low", "high", "mode"], 0);
    let low = opt(lowA, 0);
    let high = opt(highA, 1);
    let u = rnd(c)();
    if (high === low) return c.float(low); // CPython: the ZeroDivisionError is caught
    let k = modeA === undefined || modeA === null ? 0.5 : (real(modeA) - low) / (high - low);
    if (u > k) {
      u = 1.0 - u;
      k = 1.0 - k;
      [low, high] = [high, low];
    }
    return c.float(low + (high - low) * Math.sqrt(u * k));
  });

  def(mod, "vonmisesvariate", (c, args, kwargs) => {
    const [muA, kappaA] = bindMethod("Random.vonmisesvariate", args, kwargs, ["mu", "kappa"], 2);
    const mu = real(muA!);
    const kappa = real(kappaA!);
    const random = rnd(c);
    if (kappa <= 1e-6) return c.float(TWOPI * random());
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = random();
      z = libm.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = random();
    return c.float(u3 > 0.5 ? pyMod(mu + libm.acos(f), TWOPI) : pyMod(mu - libm.acos(f), TWOPI));
  });

  def(mod, "gammavariate", (c, args, kwargs) => {
    const [alpha, beta] = bindMethod("Random.gammavariate", args, kwargs, ["alpha", "beta"], 2);
    return c.float(gamma(rnd(c), real(alpha!), real(beta!)));
  });

  def(mod, "betavariate", (c, args, kwargs) => {
    const [alpha, beta] = bindMethod("Random.betavariate", args, kwargs, ["alpha", "beta"], 2);
    const random = rnd(c);
    const y = gamma(random, real(alpha!), 1.0);
    return c.float(y ? y / (y + gamma(random, real(beta!), 1.0)) : 0.0);
  });

  def(mod, "paretovariate", (c, args, kwargs) => {
    const [alpha] = bindMethod("Random.paretovariate", args, kwargs, ["alpha"], 1);
    const a = real(alpha!);
    if (a === 0) throw zeroDivision("float division by zero");
    return c.float(pow(1.0 - rnd(c)(), -1.0 / a));
  });

  def(mod, "weibullvariate", (c, args, kwargs) => {
    const [alpha, beta] = bindMethod("Random.weibullvariate", args, kwargs, ["alpha", "beta"], 2);
    const b = real(beta!);
    if (b === 0) throw zeroDivision("float division by zero");
    return c.float(real(alpha!) * pow(-libm.log(1.0 - rnd(c)()), 1.0 / b));
  });

  // randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'): 32-bit words, least significant first.
  def(mod, "randbytes", (c, args, kwargs) => {
    const [nA] = bindMethod("Random.randbytes", args, kwargs, ["n"], 1);
    const n = int(nA!);
    if (n < 0) throw valueError("negative argument not allowed");
    const s = st(c);
    // CPython's randbytes is getrandbits(n * 8).to_bytes(n, "little"), through a subclass's override.
    const out = new Uint8Array(n);
    if (s.draws !== s.mt) {
      let v = s.draws.getrandbitsBig(n * 8);
      for (let i = 0; i < n; i++, v >>= 8n) out[i] = Number(v & 0xffn);
      return newBytes(c, out);
    }
    const mt = s.mt;
    for (let i = 0; i < n; i += 4) {
      const left = Math.min(4, n - i);
      let w = mt.nextUint32();
      if (left < 4) w >>>= 32 - 8 * left;
      for (let j = 0; j < left; j++) out[i + j] = (w >>> (8 * j)) & 255;
    }
    return newBytes(c, out);
  });

  // getstate() -> (3, (625 words...), gauss_next); setstate(state).
  def(mod, "getstate", (c, args, kwargs) => {
    bindMethod("Random.getstate", args, kwargs, [], 0);
    const s = st(c);
    const g = s.gaussNext;
    return c.newTuple([3, c.newTuple(s.mt.getState().map((w) => intOf(c, BigInt(w)))), g === null ? null : c.float(g)]);
  });

  def(mod, "setstate", (c, args, kwargs) => {
    const [state] = bindMethod("Random.setstate", args, kwargs, ["state"], 1);
    if (!(state instanceof PyTuple) || state.items.length !== 3) throw typeError("state vector must be a tuple");
    if (state.items[0] !== 3) throw valueError(`state with version ${String(state.items[0])} passed to Random.setstate() of version 3`);
    const words: number[] = [];
    for (const w of iterate(state.items[1]!)) words.push(real(w));
    if (words.length !== 625) throw valueError("state vector is the wrong size");
    const index = words[624]!;
    if (!(index >= 0 && index <= 624)) throw valueError("invalid state");
    const s = st(c);
    s.mt.setState(words);
    const g = state.items[2]!;
    s.gaussNext = g === null ? null : real(g);
    return null;
  });
}
